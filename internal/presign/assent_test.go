package presign

import "testing"

// AsSent puts back the escaped ampersands a sender does not read, and
// only those.
func TestAsSent(t *testing.T) {
	text := `curl "https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256\u0026X-Amz-Date=20250101T000000Z&amp;X-Amz-Expires=60&X-Amz-Signature=ab"`
	us := Find(text)
	if len(us) != 1 {
		t.Fatalf("found %d URLs", len(us))
	}
	u := us[0]
	for _, c := range []struct {
		kept int
		want string
	}{
		{0, u.Raw},
		{EscapeJSON, `https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256\u0026X-Amz-Date=20250101T000000Z&X-Amz-Expires=60&X-Amz-Signature=ab`},
		{EscapeHTML, `https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20250101T000000Z&amp;X-Amz-Expires=60&X-Amz-Signature=ab`},
		{EscapeJSON | EscapeHTML, `https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256\u0026X-Amz-Date=20250101T000000Z&amp;X-Amz-Expires=60&X-Amz-Signature=ab`},
	} {
		if got := u.AsSent(text, c.kept); got != c.want {
			t.Errorf("kept %d: got %s, want %s", c.kept, got, c.want)
		}
	}
	if u.Raw != "https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20250101T000000Z&X-Amz-Expires=60&X-Amz-Signature=ab" {
		t.Errorf("Raw = %s: the repair for display is gone", u.Raw)
	}
}
