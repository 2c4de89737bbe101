package sigv4

import (
	"fmt"
	"strings"
)

// DecodeHexBytes decodes the StringToSignBytes / CanonicalRequestBytes form
// of an S3 error body: hex bytes separated by white space ("47 45 54 0a").
// Pretty-printers may fold or indent it; any white space separates bytes.
func DecodeHexBytes(s string) (string, error) {
	fields := strings.Fields(s)
	out := make([]byte, 0, len(fields))
	for i, f := range fields {
		if len(f) != 2 {
			return "", fmt.Errorf("byte %d (%q) is not two hex digits", i+1, f)
		}
		h, ok1 := unhex(f[0])
		l, ok2 := unhex(f[1])
		if !ok1 || !ok2 {
			return "", fmt.Errorf("byte %d (%q) is not two hex digits", i+1, f)
		}
		out = append(out, h<<4|l)
	}
	return string(out), nil
}
