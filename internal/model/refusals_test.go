package model

import "testing"

// Signals.Refusals: a status with one of S3's codes next to it; other
// CamelCase words and codes far from a status are not.
func TestStatusCodes(t *testing.T) {
	for _, c := range []struct {
		text, code, status string
	}{
		{"Postman shows 403 Forbidden - SignatureDoesNotMatch. Works in curl.", "SignatureDoesNotMatch", "403"},
		{"Result: 403 (SignatureDoesNotMatch).", "SignatureDoesNotMatch", "403"},
		{"Response: 403 SignatureDoesNotMatch", "SignatureDoesNotMatch", "403"},
		{"got 400: AuthorizationQueryParametersError", "AuthorizationQueryParametersError", "400"},
		{"we return 403 ForbiddenPage to the user", "", ""},
		{"403 on upload; somewhere else SignatureDoesNotMatch was mentioned", "", ""},
		{"x-amz-signature=4030SignatureDoesNotMatch", "", ""},
	} {
		got := statusCodes(c.text)
		if c.code == "" {
			if len(got) != 0 {
				t.Errorf("%q: read %+v, want nothing", c.text, got)
			}
			continue
		}
		if len(got) != 1 || got[0].Str != c.code || got[0].Why != c.status {
			t.Errorf("%q: read %+v, want %s %s", c.text, got, c.status, c.code)
		}
	}
}
