package signedheaders

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/presign"
)

// sentAsSigned reports whether the paste shows the signed request used as
// signed (issue 17 class 11): a request linked to it (curl -H, requests
// headers, fetch/axios headers with their defaults, a HAR entry) sends
// every signed header with the signed value (when the paste tells it), or
// S3 answered it with a 2xx status; and no x-amz-* header is sent
// unsigned. want maps each signed header (lower
// case, x-amz-meta-* for metadata) to its signed value, "" when unknown.
func sentAsSigned(inc *model.Incident, sr *model.SignedRequest, want map[string]string) bool {
	if inc == nil || sr == nil || len(want) == 0 {
		return false
	}
	sent := inc.SentWith(sr)
	for _, s := range sent {
		if s.Source != "s3" && s.Status >= 200 && s.Status < 300 {
			return true
		}
	}
	if unsignedAmz(sent, want) {
		return false // S3 answers AccessDenied "headers present … which were not signed"
	}
	for name, val := range want {
		if strings.HasSuffix(name, "*") {
			if !sendsPrefix(sent, strings.TrimSuffix(name, "*")) {
				return false
			}
			continue
		}
		got, from, ok := inc.SignedHeaderValue(sr, name)
		if !ok || from == nil || from.Source == "s3" {
			return false
		}
		if val != "" && strings.TrimSpace(got) != strings.TrimSpace(val) {
			return false
		}
	}
	return true
}

// unsignedAmz reports whether a sent request (not S3's quote) carries an
// x-amz-* header the signature does not cover (client defaults included).
func unsignedAmz(sent []*model.SentRequest, want map[string]string) bool {
	for _, s := range sent {
		if s.Source == "s3" {
			continue
		}
		for _, h := range s.Headers {
			n := strings.ToLower(h.Name)
			if !strings.HasPrefix(n, "x-amz-") {
				continue
			}
			if _, ok := want[n]; ok {
				continue
			}
			if _, ok := want["x-amz-meta-*"]; ok && strings.HasPrefix(n, "x-amz-meta-") {
				continue
			}
			return true
		}
	}
	return false
}

// sendsPrefix reports whether a sent request (not S3's quote) carries a
// header starting with prefix.
func sendsPrefix(sent []*model.SentRequest, prefix string) bool {
	for _, s := range sent {
		if s.Source == "s3" {
			continue
		}
		for _, h := range s.Headers {
			if strings.HasPrefix(strings.ToLower(h.Name), prefix) {
				return true
			}
		}
	}
	return false
}

// signedOfOp returns the incident's signed request of a presign call.
func signedOfOp(inc *model.Incident, o *model.Operation) *model.SignedRequest {
	if inc == nil {
		return nil
	}
	for _, sr := range inc.SignedRequests {
		if sr.Op == o {
			return sr
		}
	}
	return nil
}

// urlSentAsSigned is sentAsSigned for a presigned URL whose signed
// headers' values the URL does not carry.
func urlSentAsSigned(inc *model.Incident, u *presign.URL, extra []string) bool {
	if inc == nil {
		return false
	}
	want := map[string]string{}
	for _, h := range extra {
		want[h] = ""
	}
	return sentAsSigned(inc, inc.SignedForURL(u), want)
}

// opSentAsSigned is sentAsSigned for a presign call whose Params give the
// signed headers as "name: value" ("…" when the value is not literal).
func opSentAsSigned(inc *model.Incident, o *model.Operation, hs []string) bool {
	want := map[string]string{}
	for _, hv := range hs {
		name, val, _ := strings.Cut(hv, ": ")
		if val == "…" {
			val = ""
		}
		want[name] = val
	}
	return sentAsSigned(inc, signedOfOp(inc, o), want)
}
