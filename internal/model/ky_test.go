package model

import (
	"testing"
	"time"
)

// ky: an instance made with ky.create (and one extended from it) adds the
// headers of its headers option and of its beforeRequest hooks
// (request.headers.set) to every request it sends, as client-wide
// defaults; ky itself adds none.
func TestKySenders(t *testing.T) {
	text := `const api = ky.create({
  headers: { "x-amz-acl": "private" },
  hooks: { beforeRequest: [(request) => { request.headers.set("x-amz-meta-user", currentUser.id); }] },
});
const admin = api.extend({ timeout: 5000 });
await api.put(uploadUrl, { body: file });
await admin.post(formUrl, { body: form });
await ky.put(plainUrl, { body: file, headers: { "Content-Type": "image/png" } });
`
	f := Build(text, []Part{{Kind: KindText, Span: Span{Start: 0, End: len(text)}}}, time.Date(2025, 3, 4, 10, 0, 0, 0, time.UTC))
	want := map[string][]string{
		"uploadUrl": {"x-amz-acl", "x-amz-meta-user"},
		"formUrl":   {"x-amz-acl", "x-amz-meta-user"},
		"plainUrl":  {"Content-Type"},
	}
	method := map[string]string{"uploadUrl": "PUT", "formUrl": "POST", "plainUrl": "PUT"}
	seen := 0
	for _, s := range f.Incident.SentRequests {
		w, ok := want[s.URL.Expr]
		if !ok || s.Source != "ky" {
			continue
		}
		seen++
		if s.Method.Str != method[s.URL.Expr] {
			t.Errorf("%s: method %s, want %s", s.URL.Expr, s.Method.Str, method[s.URL.Expr])
		}
		var got []string
		for _, h := range s.Headers {
			got = append(got, h.Name)
			if h.Default != (s.URL.Expr != "plainUrl") {
				t.Errorf("%s: %s Default=%v", s.URL.Expr, h.Name, h.Default)
			}
		}
		if len(got) != len(w) {
			t.Errorf("%s: headers %v, want %v", s.URL.Expr, got, w)
			continue
		}
		for i := range w {
			if got[i] != w[i] {
				t.Errorf("%s: headers %v, want %v", s.URL.Expr, got, w)
			}
		}
	}
	if seen != 3 {
		t.Errorf("%d ky requests read, want 3", seen)
	}
}
