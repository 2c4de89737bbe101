package redact

import (
	"encoding/json"
	"encoding/xml"
	"net/url"
	"regexp"
	"strings"
	"testing"
)

// Fake values only: the documented examples and keys built here.
const (
	exKey    = "AKIAIOSFODNN7EXAMPLE"
	exSecret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
	// tempKey embeds account 111122223333 (new-generation layout).
	tempKey = "ASIARTX3GSDSVJNBC7HD"
	sig     = "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9"
	tok     = "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD+abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopq+rs/tuv=="
)

func TestTempKeyEmbedsAccount(t *testing.T) {
	if a, ok := accountFromKeyID(tempKey); !ok || a != "111122223333" {
		t.Fatalf("accountFromKeyID(%s) = %q, %v", tempKey, a, ok)
	}
	if _, ok := accountFromKeyID(exKey); ok {
		t.Fatalf("old-generation example key decoded to an account")
	}
}

func TestPlaceholderHelpers(t *testing.T) {
	for s, kind := range map[string]string{
		"AKIA_KEY_1": KindAccessKeyID, "ASIA_KEY_12": KindAccessKeyID, "AKIA_EXAMPLE_KEY_2": KindAccessKeyID,
		"A3TX_KEY_3": KindAccessKeyID, "AROA_ID_1": KindUniqueID, "SECRET_ACCESS_KEY_4": KindSecretAccessKey,
		"EXAMPLE_SECRET_ACCESS_KEY_1": KindSecretAccessKey, "SESSION_TOKEN_1": KindSessionToken,
		"SIGNATURE_2": KindSignature, "ACCOUNT_3": KindAccountID, "PRIVATE_KEY_1": KindPrivateKey,
		"BEARER_TOKEN_1": KindBearerToken, "PASSWORD_1": KindPassword, "CREDENTIAL_1": KindCredential,
		"redacted-bucket-1": KindBucket, "redacted-key-2": KindObjectKey,
	} {
		if k, ok := PlaceholderKind(s); !ok || k != kind {
			t.Errorf("PlaceholderKind(%q) = %q, %v; want %q", s, k, ok, kind)
		}
	}
	for _, s := range []string{"", "AKIA_KEY", "AKIA_KEY_0", "XXXX_KEY_1", "ACCOUNT_x", "redacted_bucket_1", "SECRET_ACCESS_KEY_1 ", exKey, "AKIA_KEY_-1"} {
		if IsPlaceholder(s) {
			t.Errorf("IsPlaceholder(%q) = true", s)
		}
	}
	if !IsTemporaryKeyID("ASIA_KEY_3") || !IsTemporaryKeyID(tempKey) || IsTemporaryKeyID("AKIA_KEY_1") {
		t.Errorf("IsTemporaryKeyID wrong")
	}
	if !IsLongTermKeyID("AKIA_EXAMPLE_KEY_1") || KeyIDPrefix("SIGNATURE_1") != "" || KeyIDPrefix("AROA_ID_2") != "AROA" {
		t.Errorf("KeyIDPrefix wrong")
	}
	if !IsExamplePlaceholder("AKIA_EXAMPLE_KEY_1") || IsExamplePlaceholder("AKIA_KEY_1") {
		t.Errorf("IsExamplePlaceholder wrong")
	}
}

func phOf(r Result, kind string) []string {
	var out []string
	for _, x := range r.Redactions {
		if x.Kind == kind {
			out = append(out, x.Placeholder)
		}
	}
	return out
}

func TestStableAcrossForms(t *testing.T) {
	enc := url.QueryEscape(tok)
	u := "https://b.s3.us-east-1.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=" + tempKey +
		"%2F20250101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Security-Token=" + enc + "&X-Amz-Signature=" + sig
	in := u + "\n" +
		"https://sso.example.com/?next=" + url.QueryEscape(u) + "\n" +
		"x-amz-security-token: " + tok + "\n" +
		"<Error><AWSAccessKeyId>" + tempKey + "</AWSAccessKeyId><SignatureProvided>" + sig + "</SignatureProvided>" +
		"<CanonicalRequest>GET\n/k\nX-Amz-Credential=" + tempKey + "%2F20250101&amp;X-Amz-Security-Token=" + enc + "</CanonicalRequest>" +
		"<CanonicalRequestBytes>" + encodeHex("X-Amz-Credential="+tempKey+"%2F20250101&X-Amz-Security-Token="+enc) + "</CanonicalRequestBytes></Error>\n"
	r := Redact(in, Options{})
	for _, kind := range []string{KindAccessKeyID, KindSessionToken, KindSignature} {
		ph := phOf(r, kind)
		if len(ph) < 3 {
			t.Errorf("%s: only %d redactions: %v\n%s", kind, len(ph), ph, r.Text)
		}
		for _, p := range ph {
			if p != ph[0] {
				t.Errorf("%s: placeholders differ: %v", kind, ph)
				break
			}
		}
	}
	if !strings.HasPrefix(phOf(r, KindAccessKeyID)[0], "ASIA_") {
		t.Errorf("temporary key lost its prefix: %v", phOf(r, KindAccessKeyID))
	}
	for _, s := range []string{tempKey, tok, enc, sig, url.QueryEscape(enc)} {
		if strings.Contains(r.Text, s) {
			t.Errorf("%.30s survived", s)
		}
	}
	// the hex copy decodes to the redacted canonical request
	m := regexp.MustCompile(`<CanonicalRequestBytes>([^<]*)<`).FindStringSubmatch(r.Text)
	b, err := decodeHexBytes(m[1])
	if err != nil {
		t.Fatal(err)
	}
	want := "X-Amz-Credential=ASIA_KEY_1%2F20250101&X-Amz-Security-Token=SESSION_TOKEN_1"
	if b != want {
		t.Errorf("hex bytes decode to %q, want %q", b, want)
	}
	if !strings.Contains(r.Text, "<CanonicalRequest>GET\n/k\nX-Amz-Credential=ASIA_KEY_1%2F20250101&amp;X-Amz-Security-Token=SESSION_TOKEN_1</CanonicalRequest>") {
		t.Errorf("canonical request not redacted in line with its bytes:\n%s", r.Text)
	}
	// Reveal maps back for the signature checker
	if got := r.Reveal("X-Amz-Credential=ASIA_KEY_1&X-Amz-Signature=SIGNATURE_1"); got != "X-Amz-Credential="+tempKey+"&X-Amz-Signature="+sig {
		t.Errorf("Reveal = %q", got)
	}
}

func decodeHexBytes(s string) (string, error) {
	var b []byte
	for _, f := range strings.Fields(s) {
		var x byte
		for _, c := range []byte(f) {
			x <<= 4
			switch {
			case c >= '0' && c <= '9':
				x |= c - '0'
			case c >= 'a' && c <= 'f':
				x |= c - 'a' + 10
			}
		}
		b = append(b, x)
	}
	return string(b), nil
}

func TestExampleKeysAndAccountLink(t *testing.T) {
	in := "aws_access_key_id = " + exKey + "\naws_secret_access_key = " + exSecret + "\n" +
		"key = " + tempKey + "\n" +
		`{"Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Condition": {"StringEquals": {"aws:SourceAccount": "444455556666"}}}` + "\n"
	r := Redact(in, Options{})
	if strings.Contains(r.Text, "111122223333") || strings.Contains(r.Text, "444455556666") || strings.Contains(r.Text, "EXAMPLE"+"KEY") {
		t.Fatalf("survivor:\n%s", r.Text)
	}
	var keyNote, acctNote, exNote, exSecNote string
	for _, x := range r.Redactions {
		switch {
		case x.Placeholder == "AKIA_EXAMPLE_KEY_1":
			exNote = x.Note
		case x.Placeholder == "EXAMPLE_SECRET_ACCESS_KEY_1":
			exSecNote = x.Note
		case x.Kind == KindAccessKeyID:
			keyNote = x.Note
		case x.Kind == KindAccountID && acctNote == "" && strings.Contains(x.Note, "embedded"):
			acctNote = x.Note
		}
	}
	if !strings.Contains(exNote, "example") || !strings.Contains(exSecNote, "example") {
		t.Errorf("example keys not labelled: %q / %q\n%s", exNote, exSecNote, r.Text)
	}
	aph := r.AccountOf("ASIA_KEY_2")
	if aph == "" || !strings.Contains(keyNote, "same account as "+aph) {
		t.Errorf("key note %q does not link account %q", keyNote, aph)
	}
	if !strings.Contains(r.Text, "arn:aws:iam::"+aph+":root") {
		t.Errorf("ARN account does not share %s:\n%s", aph, r.Text)
	}
	if !strings.Contains(acctNote, "ASIA_KEY_2") {
		t.Errorf("account note %q does not name the key", acctNote)
	}
	for _, x := range r.Redactions {
		if regexp.MustCompile(`\d{6}`).MatchString(x.Note) {
			t.Errorf("note reveals digits: %q", x.Note)
		}
	}
}

// TestKnownMisses covers what aws-secret-shapes.md §6.8 lists as other
// scanners' misses.
func TestKnownMisses(t *testing.T) {
	cases := map[string]string{
		"stopword secret":     "aws_secret_access_key = abcdJAVAjava0123456789ABCDEFGHIJKLMNOPQR",
		"plus first":          "AWS_SECRET_ACCESS_KEY=+bcdJAVAjava0123456789ABCDEFGHIJKLMNOPQR",
		"slash last":          `"SecretAccessKey": "abcdJAVAjava0123456789ABCDEFGHIJKLMNOPQ/"`,
		"secret_key":          "botocore secret_key='abcdJAVAjava0123456789ABCDEFGHIJKLMNOPQR'",
		"AWS_SECRET_KEY":      "AWS_SECRET_KEY=abcdJAVAjava0123456789ABCDEFGHIJKLMNOPQR",
		"== token":            "aws_session_token=FQoGZXIvYXdzEabcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOP==",
		"token in url":        "?X-Amz-Security-Token=FQoGZXIvYXdzEabcdefghijklmnop%2Bqrstuvwxyz0123456789ABCDEFGHIJKLMNOP%3D%3D&X-Amz-Signature=" + sig,
		"unique id 21":        "AssumedRoleId: AROAYMRWIRURMDAA7K4QX:alice",
		"hand shortened":      "my key is AKIAZOKIXEXAMPLE ok",
		"double encoded":      "next=X-Amz-Credential%3D" + tempKey + "%252F20250101%26X-Amz-Signature%3D" + sig,
		"sigv2 query":         "AWSAccessKeyId=" + tempKey + "&Expires=1&Signature=vjbyPxybdZaNmGa%2ByT272YEAiv4%3D",
		"sigv2 header":        "Authorization: AWS " + tempKey + ":vjbyPxybdZaNmGa+yT272YEAiv4=",
		"curl user":           `--user "` + tempKey + `:abcdJAVAjava0123456789ABCDEFGHIJKLMNOPQR"`,
		"presigned post":      `{"fields": {"x-amz-signature": "` + sig + `", "x-amz-credential": "` + tempKey + `/20250101/us-east-1/s3/aws4_request"}}`,
		"bare secret pair":    "Session('" + tempKey + "', 'abcdJAVAjava0123456789ABCDEFGHIJKLMNOPQR')",
		"access point":        "ap-111122223333.s3-accesspoint.us-east-1.amazonaws.com",
		"console account":     "account_id: 1111-2222-3333",
		"bearer":              "Authorization: Bearer abcdefghijklmnop0123456789",
		"userinfo":            "https://deploy:s3cr3t-pa55@git.example.com/repo.git",
		"password assignment": `DB_PASSWORD="s3cr3t-pa55"`,
		"xml secret":          "<SecretAccessKey>abcdJAVAjava0123456789ABCDEFGHIJKLMNOPQR</SecretAccessKey>",
		"token-0":             "<Token-0>FQoGZXIvYXdzEabcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOP==</Token-0>",
	}
	secrets := regexp.MustCompile(`abcdJAVAjava0123456789ABCDEFGHIJKLMNOP|FQoGZXIvYXdzE\w+|` + tempKey + `|` + sig + `|AROAYMRWIRURMDAA7K4QX|AKIAZOKIXEXAMPLE|vjbyPxybdZaNmGa|111122223333|1111-2222-3333|abcdefghijklmnop0123456789|s3cr3t-pa55`)
	for name, in := range cases {
		r := Redact(in, Options{})
		if m := secrets.FindString(r.Text); m != "" {
			t.Errorf("%s: %q survived in %q", name, m, r.Text)
		}
		if len(r.Redactions) == 0 {
			t.Errorf("%s: nothing redacted", name)
		}
	}
}

func TestKnownOption(t *testing.T) {
	secret := "Zq8/" + strings.Repeat("k", 30) + "+x9Yw0"
	in := "the key I used: " + secret + " and encoded " + url.QueryEscape(secret)
	r := Redact(in, Options{Known: []string{secret}})
	if strings.Contains(r.Text, secret) || strings.Contains(r.Text, url.QueryEscape(secret)) {
		t.Fatalf("known secret survived: %s", r.Text)
	}
}

func TestRedactedStillParses(t *testing.T) {
	for _, d := range Corpus(5, 60) {
		r := Redact(d.Text, Options{})
		for _, x := range r.Redactions {
			if !regexp.MustCompile(`^[A-Za-z0-9._~-]+$`).MatchString(x.Placeholder) {
				t.Errorf("placeholder %q is not URL-safe", x.Placeholder)
			}
		}
		switch d.Context {
		case "url":
			line := strings.SplitN(r.Text, "\n", 2)[0]
			u, err := url.Parse(line)
			if err != nil || u.Query().Get("X-Amz-Signature") == "" && u.Query().Get("Signature") == "" {
				t.Errorf("redacted URL does not parse: %v %q", err, line)
			}
		case "json", "policy":
			dec := json.NewDecoder(strings.NewReader(r.Text))
			for {
				var v any
				if err := dec.Decode(&v); err != nil {
					if err.Error() != "EOF" && !strings.Contains(r.Text, "User: ") {
						t.Errorf("%s: redacted JSON does not parse: %v", d.Context, err)
					}
					break
				}
			}
		case "xml-error":
			x := r.Text[strings.Index(r.Text, "<Error>"):]
			var e struct {
				AWSAccessKeyId    string
				SignatureProvided string
			}
			if err := xml.Unmarshal([]byte(x), &e); err != nil || !IsPlaceholder(e.AWSAccessKeyId) || !IsPlaceholder(e.SignatureProvided) {
				t.Errorf("redacted XML: %v %+v", err, e)
			}
		}
	}
}

func TestRevealRoundTrip(t *testing.T) {
	in := "aws_access_key_id=" + tempKey + "\naws_secret_access_key=" + exSecret + "\nsig=" + sig
	r := Redact(in, Options{})
	if got := r.Reveal(r.Text); got != "aws_access_key_id="+tempKey+"\naws_secret_access_key="+exSecret+"\nsig="+sig {
		t.Errorf("Reveal(Text) = %q", got)
	}
}

func TestBucketNames(t *testing.T) {
	in := "s3.generate_presigned_url('get_object', Params={'Bucket': 'acme-payroll', 'Key': 'exports/2025/jan.csv'})\n" +
		"https://acme-payroll.s3.eu-west-1.amazonaws.com/exports/2025/jan.csv?X-Amz-Signature=" + sig + "\n" +
		"https://s3.eu-west-1.amazonaws.com/acme-payroll/exports/2025/jan.csv\n" +
		"aws s3 cp s3://acme-payroll/exports/2025/jan.csv . --bucket acme-payroll\n" +
		`"Resource": "arn:aws:s3:::acme-payroll/exports/*"` + "\n<BucketName>acme-payroll</BucketName>\n"
	r := Redact(in, Options{RedactBucketNames: true})
	if strings.Contains(r.Text, "acme-payroll") || strings.Contains(r.Text, "jan.csv") {
		t.Errorf("bucket or key survived:\n%s", r.Text)
	}
	b := phOf(r, KindBucket)
	for _, p := range b {
		if p != "redacted-bucket-1" {
			t.Errorf("bucket placeholders differ: %v", b)
		}
	}
	plain := Redact(in, Options{})
	if !strings.Contains(plain.Text, "acme-payroll") {
		t.Errorf("bucket redacted without the option")
	}
}

// A port is read as part of the host, so the object key after it is still
// found; digits glued to the next host name are that host's, not a port.
func TestBucketNamesPort(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"https://acme-payroll.s3.amazonaws.com:443/exports/jan.csv",
			"https://redacted-bucket-1.s3.amazonaws.com:443/redacted-key-1"},
		{"acme-payroll.s3.amazonaws.com:0000.s3.amazonaws.com",
			"redacted-bucket-1.s3.amazonaws.com:redacted-bucket-2.s3.amazonaws.com"},
	} {
		r := Redact(tc.in, Options{RedactBucketNames: true})
		if r.Text != tc.want {
			t.Errorf("Redact(%q)\n got %q\nwant %q", tc.in, r.Text, tc.want)
		}
		if again := Redact(r.Text, Options{RedactBucketNames: true}); again.Text != r.Text {
			t.Errorf("second pass changed %q into %q", r.Text, again.Text)
		}
	}
}

// A later pass's placeholder can swallow an earlier one: the spans still
// hold their placeholders, and Reveal still gives the pasted value.
func TestRedactPassesMerge(t *testing.T) {
	in := "000 Bearer 000+0 000.s3.amazonaws.com"
	r := Redact(in, Options{RedactBucketNames: true})
	want := "redacted-bucket-1 Bearer BEARER_TOKEN_1 redacted-bucket-1.s3.amazonaws.com"
	if r.Text != want {
		t.Fatalf("got %q\nwant %q", r.Text, want)
	}
	checkSpans(t, r)
	var kinds []string
	for _, x := range r.Redactions {
		kinds = append(kinds, x.Kind)
	}
	if got := strings.Join(kinds, ","); got != "bucket,bearer-token,bucket" {
		t.Errorf("redactions %s, want bucket,bearer-token,bucket", got)
	}
	if got := r.Reveal(r.Text); got != in {
		t.Errorf("Reveal gives %q, want %q", got, in)
	}
}

// TestEncodedTwiceRecorded: a value percent-encoded twice where it was
// pasted (%252F) is recorded on its redaction, with a note, since the
// placeholder hides it; one encoding is not.
func TestEncodedTwiceRecorded(t *testing.T) {
	tok := "IQoJb3JpZ2luX2VjEJr%2F%2F%2F%2FwEaCXVzLWVhc3QtMSJHMEUCIQD%2Babcdefghijklmnopqrstuvwxyz0123456789"
	for _, c := range []struct {
		text  string
		twice bool
	}{
		{"GET /a.jpg?X-Amz-Security-Token=" + strings.ReplaceAll(tok, "%", "%25") + "&X-Amz-SignedHeaders=host HTTP/1.1\n", true},
		{"GET /a.jpg?X-Amz-Security-Token=" + tok + "&X-Amz-SignedHeaders=host HTTP/1.1\n", false},
	} {
		res := Redact(c.text, Options{})
		found := false
		for _, r := range res.Redactions {
			if r.Kind != KindSessionToken {
				continue
			}
			found = true
			if r.EncodedTwice != c.twice {
				t.Errorf("%q: EncodedTwice %v, want %v", c.text, r.EncodedTwice, c.twice)
			}
			if c.twice && !strings.Contains(r.Note, "encoded twice") {
				t.Errorf("no note on the twice-encoded token: %q", r.Note)
			}
		}
		if !found {
			t.Errorf("%q: no session token redacted", c.text)
		}
	}
}

// A URL that ends a sentence ("…&X-Amz-Signature=ab12. The request was
// redirected to '…ab12'") keeps the period as the sentence's, as the URL
// reader reads it: the same signature gets one placeholder.
func TestQueryValueBeforeSentencePeriod(t *testing.T) {
	u := "https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=" + sig
	in := "XMLHttpRequest cannot load " + u + ". The request was redirected to '" + strings.Replace(u, "s3.amazonaws", "s3.us-west-2.amazonaws", 1) + "', which is disallowed."
	r := Redact(in, Options{})
	ph := phOf(r, KindSignature)
	if len(ph) != 2 || ph[0] != ph[1] {
		t.Errorf("signature placeholders %v\n%s", ph, r.Text)
	}
	if !strings.Contains(r.Text, ph[0]+". The request") || strings.Contains(r.Text, sig) {
		t.Errorf("the period went with the value, or the signature survived:\n%s", r.Text)
	}
}
