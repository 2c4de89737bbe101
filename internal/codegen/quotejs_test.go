package codegen

import (
	"encoding/json"
	"strings"
	"testing"
)

// FuzzJSStr checks jsStr against json.Marshal of the same (valid UTF-8)
// string, which it replaced to keep encoding/json out of the wasm.
func FuzzJSStr(f *testing.F) {
	for _, s := range []string{"", "a'b\"c\\d", "<>&\u2028\u2029\x00\x1f\x7f\b\f\t\r\n", "\xff\xfe é 😀"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, _ := json.Marshal(strings.ToValidUTF8(s, "\uFFFD"))
		if got := jsStr(s); got != string(want) {
			t.Fatalf("jsStr(%q) = %s, want %s", s, got, want)
		}
	})
}
