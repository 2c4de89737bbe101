package s3xml

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

const docsCR = "GET\n/test.txt\nX-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host\nhost:examplebucket.s3.amazonaws.com\n\nhost\nUNSIGNED-PAYLOAD"
const docsSTS = "AWS4-HMAC-SHA256\n20130524T000000Z\n20130524/us-east-1/s3/aws4_request\n3bfa292879f6447bbcda7001decf97f4a54dc650c8942174ae0a9121cf58ad04"

func hexBytes(s string) string {
	var parts []string
	for i := 0; i < len(s); i++ {
		parts = append(parts, fmt.Sprintf("%02x", s[i]))
	}
	return strings.Join(parts, " ")
}

func xmlEscape(s string) string { return strings.ReplaceAll(s, "&", "&amp;") }

func sigBody(cr, sts string) string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message><AWSAccessKeyId>AKIAIOSFODNN7EXAMPLE</AWSAccessKeyId><StringToSign>` + sts + `</StringToSign><SignatureProvided>aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404</SignatureProvided><StringToSignBytes>` + hexBytes(docsSTS) + `</StringToSignBytes><CanonicalRequest>` + xmlEscape(cr) + `</CanonicalRequest><CanonicalRequestBytes>` + hexBytes(docsCR) + `</CanonicalRequestBytes><RequestId>4442587FB7D0A2F9</RequestId><HostId>AbCdEf==</HostId></Error>`
}

func parseAll(text string) *Error { return Parse(text, source.Span{Start: 0, End: len(text)}) }

func TestSignatureDoesNotMatch(t *testing.T) {
	text := sigBody(docsCR, docsSTS)
	e := parseAll(text)
	if e.Code != "SignatureDoesNotMatch" || text[e.CodeSpan.Start:e.CodeSpan.End] != "SignatureDoesNotMatch" {
		t.Fatalf("code %q span %v", e.Code, e.CodeSpan)
	}
	for name, want := range map[string]string{"AWSAccessKeyId": "AKIAIOSFODNN7EXAMPLE", "RequestId": "4442587FB7D0A2F9", "HostId": "AbCdEf==",
		"SignatureProvided": "aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404"} {
		if f := e.Get(name); f == nil || f.Value != want || text[f.Span.Start:f.Span.End] != want {
			t.Errorf("%s = %+v", name, f)
		}
	}
	cr, notes := e.CanonicalRequest()
	if cr != docsCR || len(notes) != 0 {
		t.Fatalf("canonical request %q notes %v", cr, notes)
	}
	sts, _ := e.StringToSign()
	if sts != docsSTS {
		t.Fatalf("string to sign %q", sts)
	}
	if e.Truncated {
		t.Fatal("complete body read as truncated")
	}
}

func TestFoldedByBrowser(t *testing.T) {
	folded := strings.ReplaceAll(docsCR, "\n", " ")
	e := parseAll(sigBody(folded, strings.ReplaceAll(docsSTS, "\n", " ")))
	cr, notes := e.CanonicalRequest()
	if cr != docsCR || len(notes) != 1 || !strings.Contains(notes[0], "restored") {
		t.Fatalf("refold: %q %v", cr, notes)
	}
	// A text that disagrees with the bytes is kept and flagged.
	e = parseAll(sigBody(strings.Replace(docsCR, "GET", "PUT", 1), docsSTS))
	cr, notes = e.CanonicalRequest()
	if !strings.HasPrefix(cr, "PUT") || len(notes) != 1 || !strings.Contains(notes[0], "disagree") {
		t.Fatalf("disagreement: %q %v", cr, notes)
	}
	// Only the bytes.
	e = parseAll("<Error><Code>SignatureDoesNotMatch</Code><CanonicalRequestBytes>" + hexBytes(docsCR) + "</CanonicalRequestBytes></Error>")
	if cr, _ := e.CanonicalRequest(); cr != docsCR {
		t.Fatalf("bytes only: %q", cr)
	}
}

func TestExpiredWithHeaders(t *testing.T) {
	text := "HTTP/1.1 403 Forbidden\r\nx-amz-request-id: 4442587FB7D0A2F9\r\nx-amz-bucket-region: eu-central-1\r\nContent-Type: application/xml\r\n\r\n" +
		"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>\n  <Code>AccessDenied</Code>\n  <Message>Request has expired</Message>\n  <X-Amz-Expires>3600</X-Amz-Expires>\n  <Expires>2024-01-15T13:00:00Z</Expires>\n  <ServerTime>2024-01-15T14:30:00Z</ServerTime>\n  <RequestId>4442587FB7D0A2F9</RequestId>\n</Error>"
	e := parseAll(text)
	if e.Status != 403 || e.Code != "AccessDenied" || e.Message != "Request has expired" {
		t.Fatalf("%+v", e)
	}
	if h := e.Header("X-Amz-Bucket-Region"); h == nil || text[h.Span.Start:h.Span.End] != "eu-central-1" {
		t.Fatalf("header %+v", h)
	}
	r, ok := e.BucketRegion()
	if !ok || r.Value != "eu-central-1" || r.From != "x-amz-bucket-region" {
		t.Fatalf("bucket region %+v", r)
	}
	exp, _, ok := e.Time("Expires")
	st, _, ok2 := e.Time("ServerTime")
	if !ok || !ok2 || st.Sub(exp) != 90*time.Minute || e.Value("x-amz-expires") != "3600" {
		t.Fatalf("times %v %v", exp, st)
	}
}

func TestCurlVerbose(t *testing.T) {
	text := "< HTTP/1.1 301 Moved Permanently\n< x-amz-bucket-region: eu-west-2\n< Content-Type: application/xml\n<\n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>PermanentRedirect</Code></Error>"
	e := parseAll(text)
	if r, ok := e.BucketRegion(); e.Status != 301 || !ok || r.Value != "eu-west-2" || e.Code != "PermanentRedirect" {
		t.Fatalf("%+v", e)
	}
}

func TestRegionError(t *testing.T) {
	text := `<Error><Code>AuthorizationQueryParametersError</Code><Message>Error parsing the X-Amz-Credential parameter; the region 'us-east-1' is wrong; expecting 'eu-central-1'</Message><Region>eu-central-1</Region><RequestId>X</RequestId></Error>`
	e := parseAll(text)
	r, ok := e.BucketRegion()
	if !ok || r.Value != "eu-central-1" || text[r.Span.Start:r.Span.End] != "eu-central-1" || r.From != "Message" {
		t.Fatalf("%+v", r)
	}
	w, ok := e.WrongRegion()
	if !ok || text[w.Span.Start:w.Span.End] != "us-east-1" {
		t.Fatalf("wrong %+v", w)
	}
	redirect := parseAll(`<Error><Code>PermanentRedirect</Code><Message>The bucket you are attempting to access must be addressed using the specified endpoint.</Message><Endpoint>b.s3.ap-southeast-2.amazonaws.com</Endpoint><Bucket>b</Bucket></Error>`)
	if r, ok := redirect.BucketRegion(); !ok || r.Value != "ap-southeast-2" || r.From != "Endpoint" {
		t.Fatalf("redirect %+v", r)
	}
}

func TestTruncatedAndEscaped(t *testing.T) {
	text := "<Error><Code>SignatureDoesNotMatch</Code><Message>a &lt;b&gt; &amp; c</Message><CanonicalRequest>GET\n/k\nX-Amz-A=1&amp;X-Amz-B=2\nhost:b.s3.amazonaws.com"
	e := parseAll(text)
	if !e.Truncated || e.Message != "a <b> & c" {
		t.Fatalf("%+v", e)
	}
	f := e.Get("CanonicalRequest")
	if f == nil || !strings.HasSuffix(f.Value, "host:b.s3.amazonaws.com") || !strings.Contains(f.Value, "X-Amz-A=1&X-Amz-B=2") || f.Span.End != len(text) {
		t.Fatalf("truncated element %+v", f)
	}
}

func TestBotocore(t *testing.T) {
	text := `Traceback (most recent call last):
  File "app.py", line 12, in <module>
    s3.get_object(Bucket="b", Key="k")
botocore.exceptions.ClientError: An error occurred (SignatureDoesNotMatch) when calling the GetObject operation: The request signature we calculated does not match the signature you provided. Check your key and signing method.`
	e := parseAll(text)
	if !e.Botocore || e.Code != "SignatureDoesNotMatch" || e.Operation != "GetObject" || !strings.HasPrefix(e.Message, "The request signature") ||
		text[e.CodeSpan.Start:e.CodeSpan.End] != "SignatureDoesNotMatch" || text[e.MessageSpan.Start:e.MessageSpan.End] != e.Message {
		t.Fatalf("%+v", e)
	}
	retries := parseAll(`An error occurred (ExpiredToken) when calling the PutObject operation (reached max retries: 4): The provided token has expired.`)
	if retries.Code != "ExpiredToken" || retries.Message != "The provided token has expired." {
		t.Fatalf("%+v", retries)
	}
	region := parseAll(`botocore.exceptions.ClientError: An error occurred (AuthorizationHeaderMalformed) when calling the GetObject operation: The authorization header is malformed; the region 'us-east-1' is wrong; expecting 'eu-west-1'`)
	if r, ok := region.BucketRegion(); !ok || r.Value != "eu-west-1" {
		t.Fatalf("%+v", r)
	}
}

func TestResponseDict(t *testing.T) {
	text := `{'Error': {'Code': 'InvalidAccessKeyId', 'Message': 'The AWS Access Key Id you provided does not exist in our records.', 'AWSAccessKeyId': 'AKIA_KEY_1'}, 'ResponseMetadata': {'HTTPStatusCode': 403, 'HTTPHeaders': {'x-amz-bucket-region': 'us-west-2'}}}`
	e := parseAll(text)
	if e.Code != "InvalidAccessKeyId" || e.Status != 403 || e.Value("AWSAccessKeyId") != "AKIA_KEY_1" {
		t.Fatalf("%+v", e)
	}
	if r, ok := e.BucketRegion(); !ok || r.Value != "us-west-2" {
		t.Fatalf("region %+v", r)
	}
	js := parseAll(`{"Code": "NoSuchKey", "Message": "The specified key does not exist.", "Key": "a b.txt"}`)
	if js.Code != "NoSuchKey" || js.Value("Key") != "a b.txt" {
		t.Fatalf("%+v", js)
	}
}

func TestParseTime(t *testing.T) {
	for s, want := range map[string]int64{"2024-01-15T14:30:00Z": 1705329000, "20240115T143000Z": 1705329000, "1705329000000": 1705329000, "1705329000": 1705329000, "2024-01-15T14:30:00.000Z": 1705329000} {
		if got, ok := ParseTime(s); !ok || got.Unix() != want {
			t.Errorf("%s: %v", s, got)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add(sigBody(docsCR, docsSTS))
	f.Add("HTTP/1.1 301 Moved\nx-amz-bucket-region: eu-west-1\n<Error><Code>PermanentRedirect</Code><Endpoint>b.s3.eu-west-1.amazonaws.com")
	f.Add(`An error occurred (X) when calling the Y operation: the region '' is wrong; expecting 'a'`)
	f.Add(`{'Code': 'A\'', "Message": "x\"y", 'HTTPStatusCode': 999}<a/><b></c>`)
	f.Fuzz(func(t *testing.T, text string) {
		in := func(sp source.Span) bool { return 0 <= sp.Start && sp.Start <= sp.End && sp.End <= len(text) }
		e := parseAll(text)
		for _, fl := range append(append([]Field{}, e.Fields...), e.Headers...) {
			if !in(fl.Span) {
				t.Fatalf("span %v out of %d", fl.Span, len(text))
			}
		}
		for _, sp := range []source.Span{e.CodeSpan, e.MessageSpan, e.StatusSpan} {
			if !in(sp) {
				t.Fatalf("span %v out of %d", sp, len(text))
			}
		}
		for _, ev := range []func() (Evidence, bool){e.BucketRegion, e.WrongRegion} {
			if v, ok := ev(); ok && !in(v.Span) {
				t.Fatalf("evidence %+v out of %d", v, len(text))
			}
		}
		e.CanonicalRequest()
		e.StringToSign()
		// A sub-span parses too.
		if len(text) > 4 {
			Parse(text, source.Span{Start: 2, End: len(text) - 2})
		}
	})
}

// xmlName reads the name the pattern it replaced read.
func TestXMLNameAsPattern(t *testing.T) {
	re := regexp.MustCompile(`^[A-Za-z_][\w.-]*`)
	for _, s := range []string{"", "Code>", "_a.b-c9>x", "9x", "-x", ".x", "é", "aé", "Ab_9.-z/", "/Code>", "x\n", "Z"} {
		if got, want := xmlName(s), re.FindString(s); got != want {
			t.Errorf("xmlName(%q) = %q, want %q", s, got, want)
		}
	}
}
