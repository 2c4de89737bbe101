package presign

import (
	"strings"
	"testing"
	"time"
)

const docsURL = "https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404"

func TestFindSigV4(t *testing.T) {
	text := `see https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=700000&X-Amz-Signature=x for details`
	us := Find(text)
	if len(us) != 1 {
		t.Fatalf("found %d URLs", len(us))
	}
	u := us[0]
	if u.Version != "v4" || u.Host != "examplebucket.s3.amazonaws.com" || u.Path != "/test.txt" {
		t.Fatalf("bad URL: %+v", u)
	}
	n, p, ok := u.Expires()
	if !ok || n != 700000 || text[p.Span.Start:p.Span.End] != "X-Amz-Expires=700000" || text[p.ValSpan.Start:p.ValSpan.End] != "700000" {
		t.Fatalf("Expires = %d %v %+v", n, ok, p)
	}
}

func TestDecodeDocsURL(t *testing.T) {
	u := Parse(docsURL)
	if u == nil {
		t.Fatal("no URL")
	}
	s, _, ok := u.Credential()
	if !ok || s.AccessKeyID != "AKIAIOSFODNN7EXAMPLE" || s.Date != "20130524" || s.Region != "us-east-1" || s.Service != "s3" || s.Terminator != "aws4_request" {
		t.Fatalf("scope %+v %v", s, ok)
	}
	if u.Bucket != "examplebucket" || u.Key != "test.txt" || u.Endpoint.Kind != EndpointGlobal || u.Endpoint.Style != StyleVirtual || u.Endpoint.Region != "" || !u.Endpoint.AWS {
		t.Fatalf("decoded %q %q %+v", u.Bucket, u.Key, u.Endpoint)
	}
	at, _, ok := u.SignedAt()
	if !ok || !at.Equal(time.Date(2013, 5, 24, 0, 0, 0, 0, time.UTC)) {
		t.Fatalf("signed at %v", at)
	}
	exp, p, ok := u.ExpiresAt()
	if !ok || !exp.Equal(at.Add(24*time.Hour)) || p.Name != "X-Amz-Expires" {
		t.Fatalf("expires at %v", exp)
	}
	if d, _ := u.ExpiresIn(at.Add(23 * time.Hour)); d != time.Hour {
		t.Fatalf("expires in %v", d)
	}
	if h, _ := u.SignedHeaders(); len(h) != 1 || h[0] != "host" {
		t.Fatalf("signed headers %v", h)
	}
	if u.Temporary() || u.Token() != nil || u.SignatureVersion() != "SigV4" || u.Region() != "us-east-1" || u.Service() != "s3" {
		t.Fatalf("temporary/token/version wrong")
	}
	if len(u.Repairs) != 0 {
		t.Fatalf("repairs on a clean URL: %v", u.Repairs)
	}
}

func TestEndpoints(t *testing.T) {
	for _, c := range []struct {
		host, path              string
		kind, style, region     string
		bucket, key             string
		dual, fips, local, awsh bool
	}{
		{"s3.amazonaws.com", "/b/k/x.txt", EndpointGlobal, StylePath, "", "b", "k/x.txt", false, false, false, true},
		{"my.bucket.s3.eu-west-1.amazonaws.com", "/a%20b", EndpointRegional, StyleVirtual, "eu-west-1", "my.bucket", "a b", false, false, false, true},
		{"s3.eu-west-1.amazonaws.com", "/b/k", EndpointRegional, StylePath, "eu-west-1", "b", "k", false, false, false, true},
		{"b.s3-eu-west-1.amazonaws.com", "/k", EndpointLegacy, StyleVirtual, "eu-west-1", "b", "k", false, false, false, true},
		{"s3-external-1.amazonaws.com", "/b/k", EndpointLegacy, StylePath, "us-east-1", "b", "k", false, false, false, true},
		{"b.s3.dualstack.ap-south-1.amazonaws.com", "/k", EndpointDualstack, StyleVirtual, "ap-south-1", "b", "k", true, false, false, true},
		{"b.s3-accelerate.amazonaws.com", "/k", EndpointAccelerate, StyleVirtual, "", "b", "k", false, false, false, true},
		{"b.s3-accelerate.dualstack.amazonaws.com", "/k", EndpointAccelerate, StyleVirtual, "", "b", "k", true, false, false, true},
		{"b.s3-fips.us-gov-west-1.amazonaws.com", "/k", EndpointFIPS, StyleVirtual, "us-gov-west-1", "b", "k", false, true, false, true},
		{"ap-123456789012.s3-accesspoint.us-west-2.amazonaws.com", "/k", EndpointAccessPoint, StyleVirtual, "us-west-2", "ap-123456789012", "k", false, false, false, true},
		{"s3-backup.s3.amazonaws.com", "/k", EndpointGlobal, StyleVirtual, "", "s3-backup", "k", false, false, false, true},
		{"b.s3.cn-north-1.amazonaws.com.cn", "/k", EndpointRegional, StyleVirtual, "cn-north-1", "b", "k", false, false, false, true},
		{"localhost:9000", "/b/k", EndpointCompatible, StylePath, "", "b", "k", false, false, true, false},
		{"minio:9000", "/b/k", EndpointCompatible, StylePath, "", "b", "k", false, false, true, false},
		{"192.168.1.10:9000", "/b/k", EndpointCompatible, StylePath, "", "b", "k", false, false, true, false},
		{"acct.r2.cloudflarestorage.com", "/b/k", EndpointCompatible, StylePath, "auto", "b", "k", false, false, false, false},
		{"b.acct.r2.cloudflarestorage.com", "/k", EndpointCompatible, StyleVirtual, "auto", "b", "k", false, false, false, false},
		{"b.nyc3.digitaloceanspaces.com", "/k", EndpointCompatible, StyleVirtual, "nyc3", "b", "k", false, false, false, false},
		{"cdn.example.com", "/k/x", EndpointCustom, StyleCustom, "", "", "k/x", false, false, false, false},
	} {
		u := Parse("https://" + c.host + c.path + "?X-Amz-Algorithm=AWS4-HMAC-SHA256")
		if u == nil {
			t.Errorf("%s: not read", c.host)
			continue
		}
		e := u.Endpoint
		if e.Kind != c.kind || e.Style != c.style || e.Region != c.region || u.Bucket != c.bucket || u.Key != c.key ||
			e.Dualstack != c.dual || e.FIPS != c.fips || e.Local != c.local || e.AWS != c.awsh {
			t.Errorf("%s%s: got %+v bucket %q key %q", c.host, c.path, e, u.Bucket, u.Key)
		}
	}
}

func TestPasteDamage(t *testing.T) {
	clean := "https://b.s3.eu-west-1.amazonaws.com/k.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA_KEY_1%2F20240115%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20240115T120000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
	for _, c := range []struct {
		name, text string
		repair     string
	}{
		{"html amp", strings.ReplaceAll(clean, "&", "&amp;"), RepairAmp},
		{"double html amp", strings.ReplaceAll(clean, "&", "&amp;amp;"), RepairAmp},
		{"json amp", strings.ReplaceAll(clean, "&", `\u0026`), RepairUnicodeAmp},
		{"break after amp", strings.Replace(clean, "&X-Amz-Date", "&\nX-Amz-Date", 1), RepairLineBreak},
		{"break before amp", strings.Replace(clean, "&X-Amz-Date", "\n&X-Amz-Date", 1), RepairLineBreak},
		{"crlf after eq", strings.Replace(clean, "X-Amz-Expires=", "X-Amz-Expires=\r\n", 1), RepairLineBreak},
		{"hard wrap", clean[:100] + "\n" + clean[100:200] + "\n" + clean[200:], RepairLineBreak},
		{"split signature", strings.Replace(clean, "0123456789abcdef0123456789abcdef0123", "0123456789abcdef0123456789abcdef\n0123", 1), RepairLineBreak},
		{"space after amp", strings.Replace(clean, "&X-Amz-Date", "& X-Amz-Date", 1), RepairSpace},
		{"smart quotes", "\u201c" + clean + "\u201d", RepairSmartQuote},
		{"json slashes", `{"url": "` + strings.ReplaceAll(clean, "/", `\/`) + `"}`, RepairSlash},
		{"quotes", `url = "` + clean + `"`, ""},
		{"angle", "<" + clean + ">", ""},
		{"markdown", "[download](" + clean + ").", ""},
		{"bold", "**" + clean + "**", ""},
		{"sentence", "Opening " + clean + ", gives 403.", ""},
	} {
		us := Find(c.text)
		if len(us) != 1 {
			t.Errorf("%s: %d URLs", c.name, len(us))
			continue
		}
		u := us[0]
		if u.Raw != clean {
			t.Errorf("%s: raw\n%s\nwant\n%s", c.name, u.Raw, clean)
		}
		if c.repair != "" && !contains(u.Repairs, c.repair) || c.repair == "" && len(u.Repairs) > 0 {
			t.Errorf("%s: repairs %v, want %q", c.name, u.Repairs, c.repair)
		}
		if len(u.Params) != 6 {
			t.Errorf("%s: %d params", c.name, len(u.Params))
		}
		// Spans map into the original text: values read there match.
		for _, p := range u.Params {
			got := c.text[p.ValSpan.Start:p.ValSpan.End]
			if strip(got) != p.RawValue {
				t.Errorf("%s: %s value span %q, want %q", c.name, p.Name, got, p.RawValue)
			}
		}
		if got := c.text[u.HostSpan.Start:u.HostSpan.End]; got != "b.s3.eu-west-1.amazonaws.com" {
			t.Errorf("%s: host span %q", c.name, got)
		}
		if sp := u.Span; !strings.HasPrefix(strings.ReplaceAll(c.text[sp.Start:], `\/`, "/"), "https://") || !strings.HasSuffix(c.text[:sp.End], "cdef") {
			t.Errorf("%s: span %q", c.name, c.text[sp.Start:sp.End])
		}
	}
}

func strip(s string) string {
	return strings.NewReplacer("\r", "", "\n", "", " ", "").Replace(s)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestSeveralURLs(t *testing.T) {
	a := "https://a.s3.amazonaws.com/x?AWSAccessKeyId=AKIA_KEY_1&Expires=1700000000&Signature=abc%2Bdef%3D"
	b := "https://s3.us-west-2.amazonaws.com/b/y?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20240101T000000Z"
	text := "first: " + a + "\n\nand then\n" + b + "\nthanks\n"
	us := Find(text)
	if len(us) != 2 {
		t.Fatalf("%d URLs", len(us))
	}
	if us[0].Raw != a || us[1].Raw != b || us[0].Version != "v2" || us[1].Version != "v4" {
		t.Fatalf("got %q %q", us[0].Raw, us[1].Raw)
	}
	if sig := us[0].Param("Signature"); sig.Value != "abc+def=" {
		t.Fatalf("v2 signature decoded %q", sig.Value)
	}
	at, p, ok := us[0].ExpiresAt()
	if !ok || at.Unix() != 1700000000 || p.Name != "Expires" || us[0].SignatureVersion() != "SigV2" {
		t.Fatalf("v2 expiry %v %v", at, ok)
	}
	// A key=value line after a complete URL is not part of it.
	if us := Find(docsURL + "\nregion=eu-west-1\n"); len(us) != 1 || us[0].Raw != docsURL {
		t.Fatalf("took the next line: %q", us[0].Raw)
	}
	// Text after a bare '?' is not a query.
	if us := Find("does https://h.s3.amazonaws.com/k? fail"); len(us) != 1 || us[0].Raw != "https://h.s3.amazonaws.com/k" {
		t.Fatalf("question mark: %+v", us[0])
	}
	// The word after a complete URL on the next line is not part of it.
	if strings.Contains(us[1].Raw, "thanks") {
		t.Fatal("took the next line")
	}
}

func TestTemporaryKey(t *testing.T) {
	u := Parse("https://b.s3.us-east-1.amazonaws.com/k?X-Amz-Credential=ASIA_KEY_1%2F20240101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Security-Token=TOKEN_1")
	if !u.Temporary() || u.Token() == nil {
		t.Fatal("temporary key or token not seen")
	}
}

func TestFindForms(t *testing.T) {
	text := `{'url': 'https://b.s3.amazonaws.com/', 'fields': {'key': 'uploads/a.txt', 'x-amz-algorithm': 'AWS4-HMAC-SHA256', 'x-amz-credential': 'AKIA_KEY_1/20240101/us-east-1/s3/aws4_request', 'x-amz-date': '20240101T000000Z', 'policy': 'eyJ...', 'x-amz-signature': 'SIG_1'}}
other = {'a': 'b'}`
	fs := FindForms(text)
	if len(fs) != 1 {
		t.Fatalf("%d forms", len(fs))
	}
	f := fs[0]
	if f.URL != "https://b.s3.amazonaws.com/" || f.Version != "v4" || len(f.Fields) != 6 {
		t.Fatalf("form %+v", f)
	}
	if sc, _, ok := f.Credential(); !ok || sc.Region != "us-east-1" {
		t.Fatalf("form scope %+v", sc)
	}
	if tg := f.Target(Find(text)); tg == nil || tg.Endpoint.Kind != EndpointGlobal || text[f.URLSpan.Start:f.URLSpan.End] != f.URL {
		t.Fatalf("form target %+v", tg)
	}
	k := f.Field("key")
	if text[k.ValSpan.Start:k.ValSpan.End] != "uploads/a.txt" {
		t.Fatalf("key span")
	}
	if FindForms(`{'policy': 'x', 'signature': 'y'}`) != nil {
		t.Fatal("a form without credential")
	}
	v2 := FindForms(`{"key": "k", "AWSAccessKeyId": "AKIA_KEY_1", "policy": "p", "signature": "s"}`)
	if len(v2) != 1 || v2[0].Version != "v2" {
		t.Fatalf("v2 form %+v", v2)
	}
}

func TestHuman(t *testing.T) {
	for d, want := range map[time.Duration]string{0: "0s", 90 * time.Second: "1m 30s", 26 * time.Hour: "1d 2h", -3 * time.Hour: "-3h"} {
		if got := Human(d); got != want {
			t.Errorf("Human(%v) = %q, want %q", d, got, want)
		}
	}
}

func TestValueSpan(t *testing.T) {
	text := strings.Replace(docsURL, "%2Fus-east-1", "%2Fus-ea\nst-1", 1)
	text = strings.Replace(text, "test.txt", "a%2520b.txt", 1)
	u := Parse(text)
	p := u.Param("X-Amz-Credential")
	i := strings.Index(p.RawValue, "us-east-1")
	sp := u.ValueSpan(p, i, i+len("us-east-1"))
	if got := text[sp.Start:sp.End]; got != "us-ea\nst-1" {
		t.Fatalf("value span %q", got)
	}
	j := strings.Index(u.RawPath, "%25")
	if sp := u.RawPathSpan(j, j+3); text[sp.Start:sp.End] != "%25" {
		t.Fatalf("path span %q", text[sp.Start:sp.End])
	}
	if u.Key != "a%20b.txt" {
		t.Fatalf("key %q", u.Key)
	}
}

// TestCloudFrontSigned: Key-Pair-Id marks CloudFront's signature, with or
// without an AWSAccessKeyId added to it; S3's own URLs are not.
func TestCloudFrontSigned(t *testing.T) {
	cases := map[string]bool{
		"https://b.s3.amazonaws.com/k?Expires=1741085000&Signature=abc~def&Key-Pair-Id=K2JCJMDEHXQW5F":                         true,
		"https://b.s3.amazonaws.com/k?Policy=eyJ9&Signature=abc&Key-Pair-Id=K2JCJMDEHXQW5F&AWSAccessKeyId=K2JCJMDEHXQW5F":      true,
		"https://d111111abcdef8.cloudfront.net/k?Expires=1741085000&Signature=abc&Key-Pair-Id=K2JCJMDEHXQW5F":                  true,
		"https://b.s3.amazonaws.com/k?AWSAccessKeyId=AKIAIOSFODNN7EXAMPLE&Expires=1741085000&Signature=abc%3D":                 false,
		"https://b.s3.us-east-1.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20250304T095500Z&X-Amz-Expires=60": false,
	}
	for raw, want := range cases {
		if got := Parse(raw).CloudFrontSigned(); got != want {
			t.Errorf("CloudFrontSigned(%s) = %v, want %v", raw, got, want)
		}
	}
}
