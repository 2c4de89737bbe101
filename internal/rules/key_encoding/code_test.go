package keyencoding

import "testing"

// TestHandEscaped: a key expression that writes a percent-escape itself is
// encoded before signing in any language; format verbs and plain strings
// are not escapes.
func TestHandEscaped(t *testing.T) {
	for _, c := range []struct {
		expr string
		want bool
	}{
		{`request.Key.Replace("/", "%2F")`, true},
		{`key.replace(/ /g, '%20')`, true},
		{`str_replace(' ', '%20', $key)`, true},
		{"`reports%2F${name}`", true},
		{`String.format("%02d/%s", day, name)`, false},
		{`fmt.Sprintf("%20s-%s", a, b)`, false},
		{`"uploads/" + name`, false},
		{`"progress 100%"`, false},
	} {
		if _, got := handEscaped(c.expr); got != c.want {
			t.Errorf("handEscaped(%s) = %v, want %v", c.expr, got, c.want)
		}
	}
}
