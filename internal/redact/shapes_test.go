package redact

import (
	"strings"
	"testing"
)

// Layer 2 on its own: every shape's true-positive examples are redacted in
// a sentence, with its kind, and its false positives stay.
func TestShapesTable(t *testing.T) {
	for _, sh := range shapes {
		for _, tp := range sh.tp {
			for _, paste := range []string{tp, "the value " + tp + " was in the log.", `{"x": "` + tp + `"}`} {
				r := Redact(paste, Options{})
				if strings.Contains(r.Text, tp) || len(r.Redactions) == 0 {
					t.Errorf("%s: %q survived in %q", sh.id, tp, r.Text)
					continue
				}
				if r.Redactions[0].Kind != sh.kind {
					t.Errorf("%s: kind %s, want %s", sh.id, r.Redactions[0].Kind, sh.kind)
				}
			}
		}
		for _, fp := range sh.fp {
			paste := "see " + fp + " here"
			if r := Redact(paste, Options{}); r.Text != paste {
				t.Errorf("%s: false positive %q -> %q", sh.id, fp, r.Text)
			}
		}
	}
}

// The AWS prefixes keyIDAt reads: every documented one, and the
// 21-character unique IDs.
func TestShapesAWSKeyPrefixes(t *testing.T) {
	for _, p := range []string{"AKIA", "ASIA", "ABIA", "ACCA", "A3TX"} {
		v := p + "RTX3GSDSVJNBC7HD"
		if r := Redact("id "+v+" end", Options{}); strings.Contains(r.Text, v) || r.Redactions[0].Kind != KindAccessKeyID {
			t.Errorf("%s survived or wrong kind: %q", v, r.Text)
		}
	}
	for _, p := range []string{"AIDA", "AROA", "AGPA", "AIPA", "ANPA", "ANVA", "APKA", "ASCA"} {
		v := p + "RTX3GSDSVJNBC7HDX"
		if r := Redact("id "+v+" end", Options{}); strings.Contains(r.Text, v) || r.Redactions[0].Kind != KindUniqueID {
			t.Errorf("%s survived or wrong kind: %q", v, r.Text)
		}
	}
	// PEM, also JSON-escaped
	pem := "-----BEGIN RSA PRIVATE KEY-----\\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\\n-----END RSA PRIVATE KEY-----\\n"
	if r := Redact(`{"private_key": "`+pem+`"}`, Options{}); strings.Contains(r.Text, "MIIEowIBAAKCAQEAu1SU1L") {
		t.Errorf("JSON-escaped PEM survived: %q", r.Text)
	}
}
