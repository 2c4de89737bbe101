package engine

import (
	"strings"
	"testing"
	"unicode/utf16"
)

// End-to-end goldens for the URL and error checks: each case is a paste, the
// rule that must fire on it (with the exact span and words of its
// message) or stay silent.

const ruNow = "2024-01-15T14:30:00Z"

// ruV4 builds a SigV4 presigned URL; extra is appended to the query.
func ruV4(host, path, key, region, date, expires, signed, extra string) string {
	return "https://" + host + path + "?X-Amz-Algorithm=AWS4-HMAC-SHA256" +
		"&X-Amz-Credential=" + key + "%2F" + date[:8] + "%2F" + region + "%2Fs3%2Faws4_request" +
		"&X-Amz-Date=" + date + "&X-Amz-Expires=" + expires + "&X-Amz-SignedHeaders=" + signed + extra +
		"&X-Amz-Signature=" + strings.Repeat("cd", 32)
}

const (
	ruKey  = "AKIAIOSFODNN7EXAMPLE"
	ruTemp = "ASIAIOSFODNN7EXAMPLE"
	ruDate = "20240115T140000Z"
)

// ruGood is a URL no URL check should report at ruNow.
var ruGood = ruV4("demo.s3.eu-west-1.amazonaws.com", "/a.txt", ruKey, "eu-west-1", ruDate, "3600", "host", "")

type ruCase struct {
	name  string
	input string
	fires bool
	span  string   // the exact text of the finding's span
	says  []string // words of the message
}

func ruRun(t *testing.T, rule string, cases []ruCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			resp := Analyze(Request{Input: c.input, Now: ruNow})
			if resp.Error != "" {
				t.Fatal(resp.Error)
			}
			u := utf16.Encode([]rune(resp.Redacted))
			text := func(f Finding) string { return string(utf16.Decode(u[f.Start:f.End])) }
			var fs []Finding
			for _, f := range resp.Findings {
				if f.Rule == rule {
					fs = append(fs, f)
				}
			}
			if !c.fires {
				for _, f := range fs {
					t.Errorf("%s fired on %q: %s", rule, text(f), f.Message)
				}
				return
			}
			var hit *Finding
			for i := range fs {
				if text(fs[i]) == c.span {
					hit = &fs[i]
				}
			}
			if hit == nil {
				for _, f := range fs {
					t.Logf("finding on %q: %s", text(f), f.Message)
				}
				var rules []string
				for _, f := range resp.Findings {
					rules = append(rules, f.Rule)
				}
				t.Fatalf("no %s finding on %q (findings: %v)", rule, c.span, rules)
			}
			for _, s := range c.says {
				if !strings.Contains(hit.Message, s) {
					t.Errorf("message lacks %q: %s", s, hit.Message)
				}
			}
			if m := hit.Message; strings.HasSuffix(m, ".") || strings.ToLower(m[:1]) != m[:1] {
				t.Errorf("message style: %q", m)
			}
			if len(hit.Fixes) == 0 {
				if rule != "s3_error" {
					t.Errorf("no fix")
				}
			}
			for _, fx := range hit.Fixes {
				if len(fx.Edits) != 0 {
					t.Errorf("a signed URL cannot be edited, yet the fix edits: %+v", fx)
				}
			}
		})
	}
}

func TestURLRegionMismatch(t *testing.T) {
	bad := ruV4("demo.s3.eu-central-1.amazonaws.com", "/a.txt", ruKey, "us-east-1", ruDate, "3600", "host", "")
	ruRun(t, "region_mismatch", []ruCase{
		{name: "scope vs host", input: bad, fires: true, span: "us-east-1", says: []string{"scoped to us-east-1", "eu-central-1", "AuthorizationQueryParametersError (400)"}},
		{name: "scope vs host, line-wrapped", input: strings.Replace(bad, "us-east-1%2Fs3", "us-east-1%2F\ns3", 1), fires: true, span: "us-east-1"},
		{name: "error message", input: `<Error><Code>AuthorizationQueryParametersError</Code><Message>Error parsing the X-Amz-Credential parameter; the region 'us-east-1' is wrong; expecting 'eu-central-1'</Message><Region>eu-central-1</Region></Error>`,
			fires: true, span: "eu-central-1", says: []string{"eu-central-1", "AuthorizationQueryParametersError"}},
		{name: "bucket region header vs URL scope", input: ruV4("demo.s3.amazonaws.com", "/a.txt", ruKey, "us-east-1", ruDate, "3600", "host", "") +
			"\n\nHTTP/1.1 301 Moved Permanently\nx-amz-bucket-region: ap-southeast-2\n\n<Error><Code>PermanentRedirect</Code><Message>The bucket you are attempting to access must be addressed using the specified endpoint.</Message><Endpoint>demo.s3.ap-southeast-2.amazonaws.com</Endpoint><Bucket>demo</Bucket></Error>",
			fires: true, span: "ap-southeast-2", says: []string{"signed for us-east-1", "PermanentRedirect"}},
		{name: "botocore", input: "botocore.exceptions.ClientError: An error occurred (AuthorizationHeaderMalformed) when calling the GetObject operation: The authorization header is malformed; the region 'us-east-1' is wrong; expecting 'eu-west-1'",
			fires: true, span: "eu-west-1"},
		{name: "presigned post", input: `{'url': 'https://demo.s3.eu-west-2.amazonaws.com/', 'fields': {'key': 'a.txt', 'x-amz-algorithm': 'AWS4-HMAC-SHA256', 'x-amz-credential': 'AKIAIOSFODNN7EXAMPLE/20240115/eu-central-1/s3/aws4_request', 'x-amz-date': '20240115T140000Z', 'policy': 'eyJ9', 'x-amz-signature': 'abc'}}`,
			fires: true, span: "eu-central-1", says: []string{"form's x-amz-credential", "eu-west-2"}},
		{name: "matching regions", input: ruGood},
		{name: "global endpoint has no host region", input: ruV4("demo.s3.amazonaws.com", "/a.txt", ruKey, "us-east-1", ruDate, "3600", "host", "")},
		{name: "bucket region agrees with the scope", input: ruGood + "\n\nHTTP/1.1 403 Forbidden\nx-amz-bucket-region: eu-west-1\n\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>"},
	})
}

func TestURLRegionMismatchMerges(t *testing.T) {
	in := ruV4("demo.s3.eu-central-1.amazonaws.com", "/a.txt", ruKey, "us-east-1", ruDate, "3600", "host", "") +
		"\n\n<Error><Code>AuthorizationQueryParametersError</Code><Message>Error parsing the X-Amz-Credential parameter; the region 'us-east-1' is wrong; expecting 'eu-central-1'</Message></Error>"
	resp := Analyze(Request{Input: in, Now: ruNow})
	n := 0
	for _, f := range resp.Findings {
		if f.Rule == "region_mismatch" {
			n++
			if len(f.Related) < 2 {
				t.Errorf("merged finding lacks the error's span: %+v", f)
			}
		}
	}
	if n != 1 {
		t.Fatalf("%d region_mismatch findings, want one merged", n)
	}
}

func TestURLGlobalEndpoint(t *testing.T) {
	ruRun(t, "global_endpoint", []ruCase{
		{name: "virtual host", input: ruV4("demo.s3.amazonaws.com", "/a.txt", ruKey, "eu-west-1", ruDate, "3600", "host", ""), fires: true,
			span: "demo.s3.amazonaws.com", says: []string{"TemporaryRedirect (307)", "SignatureDoesNotMatch (403)", "eu-west-1"}},
		{name: "path style", input: ruV4("s3.amazonaws.com", "/demo/a.txt", ruKey, "ap-south-1", ruDate, "3600", "host", ""), fires: true, span: "s3.amazonaws.com"},
		{name: "presigned post", input: `{'url': 'https://demo.s3.amazonaws.com/', 'fields': {'key': 'a.txt', 'x-amz-algorithm': 'AWS4-HMAC-SHA256', 'x-amz-credential': 'AKIAIOSFODNN7EXAMPLE/20240115/eu-central-1/s3/aws4_request', 'x-amz-date': '20240115T140000Z', 'policy': 'eyJ9', 'x-amz-signature': 'abc'}}`,
			fires: true, span: "demo.s3.amazonaws.com", says: []string{"presigned POST form", "eu-central-1"}},
		{name: "us-east-1 is fine", input: ruV4("demo.s3.amazonaws.com", "/a.txt", ruKey, "us-east-1", ruDate, "3600", "host", "")},
		{name: "regional", input: ruGood},
	})
}

func TestURLSigV2(t *testing.T) {
	v2 := "https://demo.s3.amazonaws.com/a.txt?AWSAccessKeyId=" + ruKey + "&Signature=abcd%2Bef%3D&Expires=1705330800"
	ruRun(t, "sigv2_signature", []ruCase{
		{name: "url", input: v2, fires: true, span: "Signature=SIGNATURE_1", says: []string{"Signature Version 2", "InvalidRequest (400)", "AWS4-HMAC-SHA256"}},
		{name: "post form", input: `{"url": "https://demo.s3.amazonaws.com/", "fields": {"key": "a.txt", "AWSAccessKeyId": "` + ruKey + `", "policy": "eyJ9", "signature": "abc="}}`,
			fires: true, span: `"AWSAccessKeyId": "AKIA_EXAMPLE_KEY_1"`},
		{name: "sigv4", input: ruGood},
	})
}

func TestURLCustomEndpoint(t *testing.T) {
	ruRun(t, "custom_endpoint", []ruCase{
		{name: "localhost", input: ruV4("localhost:9000", "/demo/a.txt", ruKey, "us-east-1", ruDate, "3600", "host", ""), fires: true, span: "localhost:9000", says: []string{"local or private", "SignatureDoesNotMatch (403)"}},
		{name: "minio in docker", input: ruV4("minio:9000", "/demo/a.txt", ruKey, "us-east-1", ruDate, "3600", "host", ""), fires: true, span: "minio:9000"},
		{name: "r2", input: ruV4("acct.r2.cloudflarestorage.com", "/demo/a.txt", ruKey, "auto", ruDate, "3600", "host", ""), fires: true, span: "acct.r2.cloudflarestorage.com", says: []string{"S3-compatible store (r2)"}},
		{name: "cdn", input: ruV4("files.example.com", "/a.txt", ruKey, "eu-west-1", ruDate, "3600", "host", ""), fires: true, span: "files.example.com", says: []string{"not an S3 endpoint"}},
		{name: "aws", input: ruGood},
		{name: "plain link", input: "see https://files.example.com/docs for details"},
	})
}

func TestURLExpiresTooLongError(t *testing.T) {
	ruRun(t, "expires_too_long", []ruCase{
		{name: "error", input: `<Error><Code>AuthorizationQueryParametersError</Code><Message>X-Amz-Expires must be less than a week (in seconds) that is 604800</Message></Error>`,
			fires: true, span: "X-Amz-Expires must be less than a week (in seconds) that is 604800", says: []string{"AuthorizationQueryParametersError (400)"}},
		{name: "other error", input: `<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>`},
	})
	// The URL and the error are one cause.
	in := ruV4("demo.s3.eu-west-1.amazonaws.com", "/a.txt", ruKey, "eu-west-1", ruDate, "700000", "host", "") +
		"\n\n<Error><Code>AuthorizationQueryParametersError</Code><Message>X-Amz-Expires must be less than a week (in seconds) that is 604800</Message></Error>"
	resp := Analyze(Request{Input: in, Now: ruNow})
	n := 0
	for _, f := range resp.Findings {
		if f.Rule == "expires_too_long" {
			n++
		}
	}
	if n != 1 {
		t.Fatalf("%d expires_too_long findings, want one merged", n)
	}
}

func TestURLExpired(t *testing.T) {
	old := ruV4("demo.s3.eu-west-1.amazonaws.com", "/a.txt", ruKey, "eu-west-1", "20240115T120000Z", "3600", "host", "")
	body := `<Error><Code>AccessDenied</Code><Message>Request has expired</Message><X-Amz-Expires>3600</X-Amz-Expires><Expires>2024-01-15T13:00:00Z</Expires><ServerTime>2024-01-15T14:29:00Z</ServerTime></Error>`
	ruRun(t, "url_expired", []ruCase{
		{name: "url", input: old, fires: true, span: "X-Amz-Expires=3600", says: []string{"expired at 2024-01-15 13:00:00 UTC", "1h 30m before now", "AccessDenied (403)"}},
		{name: "sigv2", input: "https://demo.s3.amazonaws.com/a.txt?AWSAccessKeyId=" + ruKey + "&Signature=abc&Expires=1705320000", fires: true, span: "Expires=1705320000"},
		{name: "error", input: body, fires: true, span: "Request has expired", says: []string{"13:00:00", "1h 29m", "X-Amz-Expires was 3600"}},
		{name: "still valid", input: ruGood},
		{name: "expires exactly now is not yet expired", input: ruV4("demo.s3.eu-west-1.amazonaws.com", "/a.txt", ruKey, "eu-west-1", "20240115T133000Z", "3600", "host", "")},
	})
	resp := Analyze(Request{Input: old + "\n\n" + body, Now: ruNow})
	n := 0
	for _, f := range resp.Findings {
		if f.Rule == "url_expired" {
			n++
		}
	}
	if n != 1 {
		t.Fatalf("%d url_expired findings, want the URL and the error merged", n)
	}
}

func TestURLNotYetValid(t *testing.T) {
	ruRun(t, "url_not_yet_valid", []ruCase{
		{name: "url", input: ruV4("demo.s3.eu-west-1.amazonaws.com", "/a.txt", ruKey, "eu-west-1", "20240115T160000Z", "3600", "host", ""), fires: true,
			span: "X-Amz-Date=20240115T160000Z", says: []string{"1h 30m after now", "Request is not yet valid"}},
		{name: "error", input: `<Error><Code>AccessDenied</Code><Message>Request is not yet valid</Message><X-Amz-Date>1705336200000</X-Amz-Date><Expires>2024-01-15T17:30:00Z</Expires><ServerTime>2024-01-15T14:30:00Z</ServerTime></Error>`,
			fires: true, span: "Request is not yet valid", says: []string{"2024-01-15 16:30:00 UTC", "2h after S3's clock"}},
		{name: "within tolerance", input: ruV4("demo.s3.eu-west-1.amazonaws.com", "/a.txt", ruKey, "eu-west-1", "20240115T143200Z", "3600", "host", "")},
		{name: "past", input: ruGood},
	})
}

func TestURLExpiryExceedsSession(t *testing.T) {
	tok := "&X-Amz-Security-Token=FwoGZXIvYXdzEBEaDExampleToken"
	ruRun(t, "expiry_exceeds_session", []ruCase{
		{name: "asia week", input: ruV4("demo.s3.eu-west-1.amazonaws.com", "/a.txt", ruTemp, "eu-west-1", ruDate, "604800", "host", tok), fires: true,
			span: "X-Amz-Expires=604800", says: []string{"temporary credentials", "ExpiredToken (400)", "7d"}},
		{name: "asia two hours", input: ruV4("demo.s3.eu-west-1.amazonaws.com", "/a.txt", ruTemp, "eu-west-1", ruDate, "7200", "host", tok), fires: true,
			span: "X-Amz-Expires=7200", says: []string{"default 1-hour role session"}},
		{name: "asia one hour", input: ruV4("demo.s3.eu-west-1.amazonaws.com", "/a.txt", ruTemp, "eu-west-1", ruDate, "3600", "host", tok)},
		{name: "long-term key", input: ruV4("demo.s3.eu-west-1.amazonaws.com", "/a.txt", ruKey, "eu-west-1", ruDate, "604800", "host", "")},
	})
}

func TestURLMissingSessionToken(t *testing.T) {
	ruRun(t, "missing_session_token", []ruCase{
		{name: "asia without token", input: ruV4("demo.s3.eu-west-1.amazonaws.com", "/a.txt", ruTemp, "eu-west-1", ruDate, "3600", "host", ""), fires: true,
			span: "ASIA_EXAMPLE_KEY_1", says: []string{"temporary (ASIA) key", "InvalidAccessKeyId (403)"}},
		{name: "asia with token", input: ruV4("demo.s3.eu-west-1.amazonaws.com", "/a.txt", ruTemp, "eu-west-1", ruDate, "3600", "host", "&X-Amz-Security-Token=abc")},
		{name: "akia", input: ruGood},
	})
}

func TestURLSignedHeaders(t *testing.T) {
	ruRun(t, "signed_headers", []ruCase{
		{name: "content type", input: ruV4("demo.s3.eu-west-1.amazonaws.com", "/a.txt", ruKey, "eu-west-1", ruDate, "3600", "content-type%3Bhost%3Bx-amz-acl", ""), fires: true,
			span: "X-Amz-SignedHeaders=content-type%3Bhost%3Bx-amz-acl", says: []string{"content-type, x-amz-acl", "SignatureDoesNotMatch (403)", "charset"}},
		{name: "host only", input: ruGood},
	})
}

func TestURLChecksumParameters(t *testing.T) {
	ck := "&x-amz-checksum-crc32=AAAAAA%3D%3D&x-amz-sdk-checksum-algorithm=CRC32"
	ruRun(t, "checksum_parameters", []ruCase{
		{name: "minio", input: ruV4("localhost:9000", "/demo/a.txt", ruKey, "us-east-1", ruDate, "3600", "host", ck), fires: true,
			span: "x-amz-checksum-crc32=AAAAAA%3D%3D", says: []string{"S3-compatible", "BadDigest", "empty body"}},
		{name: "aws", input: ruV4("demo.s3.eu-west-1.amazonaws.com", "/a.txt", ruKey, "eu-west-1", ruDate, "3600", "host", ck), fires: true,
			span: "x-amz-checksum-crc32=AAAAAA%3D%3D", says: []string{"conflict"}},
		{name: "none", input: ruGood},
	})
}

func TestURLKeyEncoding(t *testing.T) {
	ruRun(t, "key_encoding", []ruCase{
		{name: "double encoded", input: ruV4("demo.s3.eu-west-1.amazonaws.com", "/my%2520file.txt", ruKey, "eu-west-1", ruDate, "3600", "host", ""), fires: true,
			span: "%2520", says: []string{"my%20file.txt", "NoSuchKey (404)"}},
		{name: "plus", input: ruV4("demo.s3.eu-west-1.amazonaws.com", "/my+file.txt", ruKey, "eu-west-1", ruDate, "3600", "host", ""), fires: true, span: "+"},
		{name: "encoded once", input: ruV4("demo.s3.eu-west-1.amazonaws.com", "/my%20file%2B1.txt", ruKey, "eu-west-1", ruDate, "3600", "host", "")},
	})
}

func TestS3Error(t *testing.T) {
	ruRun(t, "s3_error", []ruCase{
		{name: "access denied", input: `<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>X</RequestId></Error>`, fires: true,
			span: "AccessDenied", says: []string{"policy change", "not SignatureDoesNotMatch", "s3:ListBucket"}},
		{name: "invalid key", input: "botocore.exceptions.ClientError: An error occurred (InvalidAccessKeyId) when calling the GetObject operation: The AWS Access Key Id you provided does not exist in our records.",
			fires: true, span: "InvalidAccessKeyId", says: []string{"deleted", "to GetObject"}},
		{name: "expired token", input: "HTTP/1.1 400 Bad Request\n\n<Error><Code>ExpiredToken</Code><Message>The provided token has expired.</Message></Error>", fires: true,
			span: "ExpiredToken", says: []string{"(400)", "session"}},
		{name: "signature", input: `<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided.</Message></Error>`, fires: true,
			span: "SignatureDoesNotMatch", says: []string{"a policy change gives AccessDenied", "InvalidAccessKeyId", "ExpiredToken"}},
		{name: "unknown code", input: `<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>`, fires: true, span: "SlowDown", says: []string{"Please reduce your request rate"}},
		{name: "no error", input: ruGood},
	})
}

func TestSTSGlobalToken(t *testing.T) {
	body := "HTTP/1.1 400 Bad Request\nx-amz-bucket-region: ap-east-1\n\n<Error><Code>InvalidToken</Code><Message>The provided token is malformed or otherwise invalid.</Message></Error>"
	ruRun(t, "sts_global_token", []ruCase{
		{name: "opt-in region", input: body, fires: true, span: "InvalidToken", says: []string{"ap-east-1 is an opt-in region", "v1 tokens"}},
		{name: "region unknown", input: `<Error><Code>InvalidToken</Code><Message>The provided token is malformed or otherwise invalid.</Message></Error>`, fires: true, span: "InvalidToken", says: []string{"if the bucket is in an opt-in region"}},
		{name: "default region", input: strings.Replace(body, "ap-east-1", "eu-west-1", 1)},
		{name: "other code", input: `<Error><Code>ExpiredToken</Code><Message>The provided token has expired.</Message></Error>`},
	})
}

func TestURLCleanPasteIsQuiet(t *testing.T) {
	resp := Analyze(Request{Input: "here is the link:\n" + ruGood + "\nthanks", Now: ruNow})
	for _, f := range resp.Findings {
		t.Errorf("clean URL got %s: %s", f.Rule, f.Message)
	}
}

func TestURLPasteDamageKeepsSpans(t *testing.T) {
	bad := ruV4("demo.s3.eu-central-1.amazonaws.com", "/a.txt", ruKey, "us-east-1", "20240115T120000Z", "3600", "host", "")
	damaged := "<a href=\"" + strings.ReplaceAll(strings.Replace(bad, "&X-Amz-Date", "&\n  X-Amz-Date", 1), "&", "&amp;") + "\">download</a>"
	ruRun(t, "region_mismatch", []ruCase{{name: "html and line break", input: damaged, fires: true, span: "us-east-1"}})
	ruRun(t, "url_expired", []ruCase{{name: "html and line break", input: damaged, fires: true, span: "X-Amz-Expires=3600"}})
}

func TestURLSeveralURLs(t *testing.T) {
	a := ruV4("demo.s3.eu-central-1.amazonaws.com", "/a.txt", ruKey, "us-east-1", ruDate, "3600", "host", "")
	b := ruV4("demo.s3.amazonaws.com", "/b.txt", ruKey, "eu-west-1", ruDate, "3600", "host", "")
	resp := Analyze(Request{Input: "first " + a + "\nsecond " + b + "\n" + ruGood, Now: ruNow})
	got := map[string]int{}
	for _, f := range resp.Findings {
		got[f.Rule]++
	}
	if got["region_mismatch"] != 1 || got["global_endpoint"] != 1 || len(resp.Findings) != 2 {
		t.Fatalf("findings %v", got)
	}
}
