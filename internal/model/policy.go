package model

import (
	"strings"
	"sync"

	"github.com/presign-doctor/presign-doctor/internal/policy"
	"github.com/presign-doctor/presign-doctor/internal/table"
)

// maxPolicyProblems bounds the syntax problems reported per policy part.
const maxPolicyProblems = 3

// policy reads a part of kind policy into facts.
func (b *builder) policy(p Part) {
	text := b.f.Text
	plan := IsTFPlanHeader(strings.TrimSpace(firstLine(text[p.Span.Start:p.Span.End])))
	if plan {
		text = TFPlanView(text, p.Span)
	}
	docs, probs := policy.Parse(text, p.Span)
	b.f.Policies = append(b.f.Policies, docs...)
	if plan {
		b.f.PlanRemovals = append(b.f.PlanRemovals, planRemovals(b.f.Text, p.Span, docs)...)
	}
	if body := strings.TrimSpace(b.f.Text[p.Span.Start:p.Span.End]); !strings.HasPrefix(body, "{") && !strings.HasPrefix(body, "[") {
		// Terraform around a policy: its expressions are not ours to judge.
		return
	}
	for i, pr := range probs {
		if i == maxPolicyProblems {
			break
		}
		b.f.Problems = append(b.f.Problems, Problem{Span: pr.Span, Message: "policy: " + pr.Message})
	}
}

// Target is an S3 request the paste presigns: the operation, the IAM action
// it needs, and the bucket, key and region when the paste tells them ("" when
// not).
type Target struct {
	_      [0]func() // not comparable: no generated equality function in the wasm
	Op     string    // get_object, put_object, ...
	Action string    // s3:GetObject, ...
	Method string
	Bucket string
	Key    string
	Region string
	// KMS is set when the paste shows SSE-KMS for the object; KMSSpan
	// points at that evidence.
	KMS     bool
	KMSSpan Span
	// Span is where the paste shows the operation.
	Span Span
}

// ObjectARN returns the ARN of the object, with * for what is unknown.
func (t Target) ObjectARN() string {
	b, k := t.Bucket, t.Key
	if b == "" {
		b = "*"
	}
	if k == "" {
		k = "*"
	}
	return "arn:aws:s3:::" + b + "/" + k
}

// KMSAction returns the KMS action the operation needs on an SSE-KMS object.
func (t Target) KMSAction() string {
	if t.Method == "PUT" || t.Method == "POST" {
		return "kms:GenerateDataKey"
	}
	return "kms:Decrypt"
}

var opActions = sync.OnceValue(func() map[string]struct{ action, method string } {
	return map[string]struct{ action, method string }{
		"get_object": {"s3:GetObject", "GET"}, "head_object": {"s3:GetObject", "HEAD"},
		"put_object": {"s3:PutObject", "PUT"}, "upload_part": {"s3:PutObject", "PUT"},
		"delete_object":   {"s3:DeleteObject", "DELETE"},
		"list_objects_v2": {"s3:ListBucket", "GET"}, "list_objects": {"s3:ListBucket", "GET"},
		"create_multipart_upload": {"s3:PutObject", "POST"}, "complete_multipart_upload": {"s3:PutObject", "POST"},
	}
})

var methodOps = sync.OnceValue(func() map[string]string {
	return table.Pairs("GET", "get_object", "HEAD", "head_object", "PUT", "put_object", "DELETE", "delete_object")
})

// Targets returns the S3 requests the paste presigns, one per presign
// call of the incident (code or aws s3 presign), else one per request the
// paste sends with a presigned URL (its method tells the operation).
// Bucket, key, region and KMS come from the call when it states them,
// else from the incident's resolved target.
func (f *Facts) Targets() []Target {
	inc := f.Incident
	if inc == nil {
		inc = BuildIncident(f)
	}
	rt := inc.Target()
	region := rt.Region.Str
	if rt.Region.From == FromDefault {
		region = ""
	}
	var out []Target
	for _, sr := range inc.SignedRequests {
		o := sr.Op
		if o == nil {
			continue
		}
		a, ok := opActions()[o.Name]
		if o.Kind == "post" {
			// generate_presigned_post: a form upload, s3:PutObject.
			a, ok = opActions()["put_object"], true
		}
		if !ok {
			continue
		}
		t := Target{Op: o.Name, Action: a.action, Method: a.method, Span: o.Span,
			Bucket: knownStr(o.Bucket), Key: keyPattern(o.Key), Region: statedRegion(sr).Str}
		if o.Kind == "post" {
			t.Method = "POST"
		}
		out = append(out, t)
	}
	if len(out) == 0 {
		for _, l := range inc.Links {
			if l.Kind != LinkSentSigned || l.Sent.Source == "s3" || l.Signed.URL == nil || l.Signed.URL.Version == "" {
				continue
			}
			if op := methodOps()[l.Sent.Method.Str]; op != "" {
				a := opActions()[op]
				out = append(out, Target{Op: op, Action: a.action, Method: a.method, Span: l.Sent.Span})
			}
		}
	}
	for i := range out {
		t := &out[i]
		if t.Bucket == "" {
			t.Bucket, t.Key = rt.Bucket.Str, rt.Key.Str
		}
		if t.Key == "" && t.Bucket == rt.Bucket.Str {
			t.Key = rt.Key.Str
		}
		if t.Region == "" {
			t.Region = region
		}
		if rt.KMS.Str != "" {
			t.KMS, t.KMSSpan = true, rt.KMS.Span
		}
	}
	seen := map[string]bool{}
	var dedup []Target
	for _, t := range out {
		k := t.Op + "\x00" + t.Bucket + "\x00" + t.Key
		if !seen[k] {
			seen[k] = true
			dedup = append(dedup, t)
		}
	}
	return dedup
}

// Setting returns the first known value of the named setting ("region",
// "profile", ...), or "".
func (f *Facts) Setting(name string) string {
	for _, s := range f.Settings {
		if s.Name == name {
			if v := knownStr(s.Value); v != "" {
				return v
			}
		}
	}
	return ""
}

func knownStr(v *Value) string {
	if v == nil || !v.Known || v.IsNum {
		return ""
	}
	return v.Str
}

// kmsEvidence tells whether the URLs, curl lines or errors show SSE-KMS.
func (f *Facts) kmsEvidence() (bool, Span) {
	for _, u := range f.URLs {
		for _, p := range u.Params {
			n := strings.ToLower(p.Name)
			if (n == "x-amz-server-side-encryption" && strings.EqualFold(p.Value, "aws:kms")) || n == "x-amz-server-side-encryption-aws-kms-key-id" {
				return true, p.Span
			}
			if n == "x-amz-signedheaders" && strings.Contains(strings.ToLower(p.Value), "x-amz-server-side-encryption-aws-kms-key-id") {
				return true, p.Span
			}
		}
	}
	for _, c := range f.Curls {
		for _, h := range c.Cmd.Headers {
			if strings.EqualFold(h.Name, "x-amz-server-side-encryption") && strings.EqualFold(h.Value, "aws:kms") {
				return true, h.Span
			}
		}
	}
	return false, Span{}
}

// keyPattern is an object key as a policy would match it: its value when
// known, else the literal start of a template (Python f"uploads/{name}",
// JavaScript `uploads/${name}`) followed by *, so that a policy on another
// prefix is seen not to cover it; "" when nothing of it is known.
func keyPattern(v *Value) string {
	if s := knownStr(v); s != "" || v == nil {
		return s
	}
	e := strings.TrimSpace(v.Expr)
	switch {
	case len(e) > 2 && (e[0] == 'f' || e[0] == 'F') && (e[1] == '"' || e[1] == '\''):
		e = e[2:]
		if i := strings.IndexByte(e, '{'); i > 0 {
			return e[:i] + "*"
		}
	case len(e) > 1 && e[0] == '`':
		if i := strings.Index(e, "${"); i > 1 {
			return e[1:i] + "*"
		}
	}
	return ""
}
