package model

// echoes links each aws command written again in the paste to its first
// writing (Operation.Echoes): the same operation with the same bucket, key
// and expiry. A CI log echoes the script's line before its output ("Run
// aws s3 presign …", set -x's "+ aws s3 presign …"): one request, not two.
func (b *builder) echoes() {
	ops := b.f.Operations
	for i, o := range ops {
		if o.Source != "cli" {
			continue
		}
		for _, t := range ops[:i] {
			if t.Source == "cli" && t.Echoes == nil && t.Name == o.Name && valueText(t.Bucket) == valueText(o.Bucket) &&
				valueText(t.Key) == valueText(o.Key) && valueText(t.ExpiresIn) == valueText(o.ExpiresIn) {
				o.Echoes = t
				break
			}
		}
	}
}

// valueText is v's text, "" for no value.
func valueText(v *Value) string {
	if v == nil {
		return ""
	}
	return v.Str
}

// Repeats returns o and the operations that echo it, in the paste's order.
func (f *Facts) Repeats(o *Operation) []*Operation {
	out := []*Operation{o}
	for _, t := range f.Operations {
		if t.Echoes == o {
			out = append(out, t)
		}
	}
	return out
}

// SignedByOp returns the signed requests operation o made.
func (inc *Incident) SignedByOp(o *Operation) []*SignedRequest {
	var out []*SignedRequest
	for _, sr := range inc.SignedRequests {
		if sr.Op == o {
			out = append(out, sr)
		}
	}
	return out
}
