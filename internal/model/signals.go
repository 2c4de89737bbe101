package model

import (
	"fmt"
	"sort"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/lazyre"
	"github.com/presign-doctor/presign-doctor/internal/rare"
)

// Signals are the facts of the incident that no request reader holds: what
// the client itself reported (a browser's CORS refusal, a certificate or
// TLS error of curl, Python, Ruby, Node, a browser), S3's messages quoted
// in logs and SDK exceptions that no error reader read, and what the code
// configures around the request (Transfer Acceleration, Content-MD5, a
// CloudFront signer, an MRAP ARN and whether SigV4a signs, a second
// encoding of a presigned URL, ETag reads). They are read once, here, by
// small anchored patterns; the rules are predicates over them.
type Signals struct {
	// ClientErrors are errors the client reports without S3 answering.
	ClientErrors []*ClientError
	// Logged are S3's answers quoted in logs and exceptions (a PHP
	// S3Exception, a Java SdkException, s3cmd's ERROR line, a JS error's
	// message) that no error reader read; inc.Answers holds the others.
	Logged []*Answer
	// Accelerate are the settings that turn the accelerate endpoint on
	// (use_accelerate_endpoint, useAccelerateEndpoint, UseAccelerateEndpoint,
	// --endpoint-url https://s3-accelerate…).
	Accelerate []Fact
	// AccelerateStatus is get-bucket-accelerate-configuration's Status
	// ("Enabled", "Suspended"; "Off" when the answer is empty).
	AccelerateStatus Fact
	// ContentMD5 are the Content-MD5 values the paste shows: Str for a
	// literal (a header, S3's <Content-MD5>), Expr for code that computes
	// it (one assignment followed), From the source.
	ContentMD5 []Fact
	// ReEncodes are code calls that percent-encode a presigned URL again
	// (encodeURI(url), quote(url), URI.encode, UrlHelper…).
	ReEncodes []Fact
	// MRAP are Multi-Region Access Point ARNs and hosts; SigV4a is
	// evidence that SigV4a signs (AWS4-ECDSA-P256-SHA256, the CRT signer
	// loaded, awscrt).
	MRAP, SigV4a []Fact
	// CloudFrontSigners are calls of a CloudFront URL signer, Str the URL
	// they sign when literal; KeyPairIDs are Key-Pair-Id parameters and
	// keypairId settings.
	CloudFrontSigners []Fact
	// HostSwaps are code replacing a presigned URL's host by another
	// (Str the new host).
	HostSwaps []Fact
	// Botocore is the botocore version the paste states (botocore==1.29.0,
	// "botocore version: 1.20.50", botocore-1.10.70, Botocore/1.31.2 in a
	// user agent), or the one a stated boto3 version ships with (boto3
	// 1.x.y depends on botocore 1.(x+3).y up to boto3 1.29, on the same
	// version from 1.33 on): Str "1.29.0", Why where it comes from.
	Botocore Fact
	// Outcomes are what a comment of code says a request ended with,
	// after an arrow ("# https://… -> 307 then SignatureDoesNotMatch",
	// "// => 403 AccessDenied"): one Fact per S3 code (a CamelCase word)
	// or HTTP status (a three-digit number from 200 to 599) it names, Span
	// the comment's text after the arrow. Not an answer of S3's: the
	// paste only tells it, without S3's message or elements.
	Outcomes []Fact
	// Refusals are an HTTP status with one of S3's error codes right after
	// it in the paste's words ("Response: 403 SignatureDoesNotMatch", "got
	// a 403 (AccessDenied)"): Str the code, Why the status. Not an answer
	// of S3's (no message, no elements, no link to a request): a rule may
	// read it only where the paste has one signed request and no answer
	// naming another cause.
	Refusals []Fact
	// ETagReads are code reading the ETag response header.
	ETagReads []Fact
	// Endpoints are endpoint settings of code with their scheme
	// (endpoint_url, ServiceURL, endpoint, endPoint with useSSL): Str the
	// URL ("https://…" when useSSL/secure is true), Why the setting.
	Endpoints []Fact
	// HTTPSDefault is a .NET GetPreSignedURL call without Protocol: it
	// signs https unless told (aws-sdk-net#1253).
	HTTPSDefault []Fact
	// QueryAdded are query parameters the paste's prose says are added to
	// the URL after the SDK returned it ("our code adds
	// response-content-disposition to the URL returned by the SDK"): Str
	// the parameter's name as a URL of the paste writes it, Span where
	// the sentence names it (proseQueryAdded).
	QueryAdded []Fact
}

// ClientError kinds.
const (
	ClientCORS         = "cors"          // the browser blocked a cross-origin request or its preflight
	ClientUnsafeHeader = "unsafe-header" // the browser refused to expose a response header (ETag)
	ClientCertificate  = "certificate"   // the certificate does not match the host
	ClientTLSProtocol  = "tls-protocol"  // TLS spoken to a plain-HTTP port
	ClientPlainToTLS   = "plain-to-tls"  // plain HTTP spoken to a TLS port
	ClientNoRegion     = "no-region"     // the SDK found no region to sign for
)

// ClientError is one error the client reports.
type ClientError struct {
	_    [0]func() // not comparable: no generated equality function in the wasm
	Span Span
	Kind string
	// Host is the host it names, URL the URL, when it names them.
	Host, URL string
	// Detail is what it says was refused: a method, a header
	// (Access-Control-Allow-Headers), the unsafe header's name.
	Detail string
	// Preflight is a CORS refusal of the preflight (OPTIONS) for want
	// of its headers: the request itself was never sent, so S3 never
	// read it.
	Preflight bool
	// Who is "browser", "curl", "python", "ruby", "node", "java" or "".
	Who string
}

var (
	reCORSChrome    = lazyre.New(`Access to (?:fetch|XMLHttpRequest) at '([^']+)' from origin '([^']*)' has been blocked by CORS policy:? ?([^\n]*)`)
	reCORSFox       = lazyre.New(`Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at (\S+?)\.? \(Reason: ([^)\n]*)\)`)
	reCORSOther     = lazyre.New(`(?:Response for preflight has invalid HTTP status code \d+|Response to preflight request doesn't pass access control check[^\n]*|is not allowed by Access-Control-Allow-(?:Headers|Methods|Origin)[^\n]*|CORSResponse: This CORS request is not allowed[^\n<]*|CORSResponse: CORS is not enabled for this bucket|Preflight response is not successful[^\n]*|(?:Fetch API|XMLHttpRequest) cannot load \S+ due to access control checks|The request was redirected to '[^'\n]+', which is disallowed for cross-origin requests that require preflight)`)
	reUnsafeHdr     = lazyre.New(`Refused to get unsafe header "([^"]+)"|No access to ETag property on response`)
	reHdrNotAllowed = lazyre.New(`Request header field (\S+) is not allowed by Access-Control-Allow-Headers`)
	reCert          = lazyre.New(`(?i)(?:hostname '([^']+)' doesn't match[^\n]*|hostname "([^"]+)" does not match the server certificate|no alternative certificate subject name matches target host name '([^']+)'|certificate subject name '[^']*' does not match target hostname '([^']+)'|Hostname/IP does not match certificate's altnames: Host: ([^\s.]+(?:\.[^\s.]+)+?)\. is not in|Certificate for <([^>\s]+)> doesn't match any of the subject alternative names|x509: certificate is valid for [^\n]*?, not ([A-Za-z0-9.-]+)|Hostname ([A-Za-z0-9.-]+) not verified|certificate verify failed: Hostname mismatch, certificate is not valid for '([^']+)'|(?:NET::)?ERR_CERT_COMMON_NAME_INVALID|SSL_ERROR_BAD_CERT_DOMAIN|Your connection is not private)`)
	reTLSProto      = lazyre.New(`(?i)(?:ERR_SSL_PROTOCOL_ERROR|wrong version number|WRONG_VERSION_NUMBER|SSL23_GET_SERVER_HELLO:unknown protocol|\[SSL: UNKNOWN_PROTOCOL\]|packet length too long|server gave HTTP response to HTTPS client|SSL_ERROR_RX_RECORD_TOO_LONG|(?:Unsupported or u|U)nrecognized SSL message|first record does not look like a TLS handshake|Cannot determine the frame size or a corrupted frame was received)`)
	rePlainToTLS    = lazyre.New(`(?i)(?:The plain HTTP request was sent to HTTPS port|Client sent an HTTP request to an HTTPS server)`)
	reURLInLine     = lazyre.New(`https?://[^\s'"<>()]+`)
	reHostInLine    = lazyre.New(`\b([a-z0-9][a-z0-9.-]*\.(?:amazonaws\.com(?:\.cn)?|[a-z]{2,}))\b`)

	reLoggedMsg = lazyre.New(`(Content-MD5 (?:OR x-amz-checksum- )?HTTP header is required for Put (?:Object|Part) requests with Object Lock parameters|The Content-MD5 you specified was invalid\.?|A header you provided implies functionality that is not implemented|You must provide the Content-Length HTTP header\.?|S3 Transfer Acceleration is not configured on this bucket|Amazon S3 Transfer Acceleration is not supported for buckets with (?:periods \(\.\) in their names|non-DNS compliant names)|Query-string authentication requires the Signature, Expires and AWSAccessKeyId parameters|The provided token is malformed or otherwise invalid\.?|The authorization mechanism you have provided is not supported\. Please use AWS4-HMAC-SHA256\.?|Requests specifying Server Side Encryption with AWS KMS managed keys require AWS Signature Version 4\.?)`)

	reAccelCode   = lazyre.New(`(?i)(?:["']?use_?accelerate_?endpoint["']?\s*[:=]>?\s*(?:True|true|1)\b|--endpoint-url[= ]https?://s3-accelerate\.)`)
	reAccelStatus = lazyre.New(`(?s)get-bucket-accelerate-configuration[^\n]*\n\s*\{\s*(?:"Status"\s*:\s*"(\w+)"\s*)?\}|<AccelerateConfiguration[^>]*>\s*(?:<Status>(\w+)</Status>)?`)

	reMD5Assign = lazyre.New(`(?i)["']?content[-_]?md5["']?\s*(?:[:=]>?|,)\s*([^,\n})\]]+)|setContentMD5\(([^\n;]+)\)|content_md5:\s*([^,\n})]+)`)
	reHexDigest = lazyre.New(`(?i)(?:hexdigest\(\)|digest\(\s*["']hex["']\s*\)|md5Hex\(|Digest::MD5\.hexdigest|md5sum|DigestUtils\.md5Hex|\.hex\(\)|toString\(\s*["']hex["']\s*\)|hex\.EncodeToString|bin2hex|md5_file\(|md5\(\$)`)
	reHex32     = lazyre.New(`^[0-9a-fA-F]{32}$`)

	reReEncode = lazyre.New(`(?i)(?:encodeURI(?:Component)?|urllib\.parse\.quote(?:_plus)?|\bquote(?:_plus)?|URI\.(?:encode|escape)|UrlHelper\.(?:encode|escape)\w*|HttpUtility\.UrlEncode|URLEncoder\.encode|Uri\.EscapeDataString|url\.QueryEscape|CGI\.escape|rawurlencode|urlencode)\(\s*([A-Za-z_][\w.]*)`)

	reMRAP     = lazyre.New(`arn:aws[a-z-]*:s3::[A-Za-z0-9_]+:accesspoint[/:][a-z0-9]+\.mrap|\b[a-z0-9]+\.mrap\.accesspoint\.s3-global\.amazonaws\.com`)
	reSigV4a   = lazyre.New(`AWS4-ECDSA-P256-SHA256|signature-v4-crt|signature-v4a|\bawscrt\b|SigV4a(?:Signer|Signing)|SIGV4A|s3v4a`)
	reCFSigner = lazyre.New(`(?i)(?:getSignedUrl|get_signed_url|create_signed_url|generate_presigned_url|getSignedURLWithCannedPolicy|getSignedUrlWithCustomPolicy|GetCannedSignedURL|Sign)\(\s*(?:["'` + "`" + `](https?://[^"'` + "`" + `\s]+)["'` + "`" + `])?`)
	reCFMarker = lazyre.New(`(?i)keypair_?id|key_pair_id|Key-Pair-Id|CloudFrontSigner|CloudFrontUrlSigner|aws-cloudfront-sign|cloudfront-signer|@aws-sdk/cloudfront-signer|UrlSigner|cloudfront\.Signer`)
	reHostSwap = lazyre.New(`\.replace(?:All)?\(\s*["'][^"'\n]*(?:amazonaws\.com|\{?bucket\}?)[^"'\n]*["']\s*,\s*["'](?:https?://)?([a-z0-9.-]+)[^"'\n]*["']`)

	reETagRead = lazyre.New(`(?i)(?:headers\.get\(\s*["']etag["']\s*\)|getResponseHeader\(\s*["']etag["']\s*\)|headers\[\s*["']etag["']\s*\]|headers\.etag\b)`)

	reEndpoint      = lazyre.New(`(?i)(?:endpoint_url|ServiceURL|endpoint)\s*[:=]\s*["'](https?://[^"'\s]+)["']|\bendPoint\s*:\s*["']([^"'\s]+)["'][^\n]*?useSSL\s*:\s*(true|false)|Minio\(\s*["']([^"'\s]+)["'][^\n]*?secure\s*=\s*(True|False)`)
	reDotNetPresign = lazyre.New(`GetPreSignedURL(?:Async)?\s*\(`)
	reDotNetProto   = lazyre.New(`Protocol\s*=\s*Protocol\.HTTPS?\b`)
)

// clientScans are the patterns of the client's errors: the words one of
// which the paste must hold for the pattern to run, the pattern, the kind.
// need, when set, are words (lower case, any case in the paste) one of
// which every match also holds: a line holding a word but none of need is
// not run (the certificate pattern's "match" is on every line of S3's
// "signature ... does not match" message).
var clientScans = []struct {
	words []string
	re    *lazyre.Regexp
	kind  string
	need  []string
}{
	{[]string{"blocked by CORS policy"}, reCORSChrome, ClientCORS, nil},
	{[]string{"Cross-Origin Request Blocked"}, reCORSFox, ClientCORS, nil},
	{[]string{"preflight", "Preflight", "Access-Control-Allow-", "CORSResponse", "access control checks"}, reCORSOther, ClientCORS, nil},
	{[]string{"unsafe header", "ETag property"}, reUnsafeHdr, ClientUnsafeHeader, nil},
	{[]string{"match", "ERR_CERT", "BAD_CERT", "not private", "valid for", "not verified"}, reCert, ClientCertificate, []string{"host", "cert", "not private"}},
	{[]string{"SSL_PROTOCOL", "ersion number", "VERSION_NUMBER", "nknown protocol", "UNKNOWN_PROTOCOL", "length too long", "HTTPS client", "RECORD_TOO_LONG", "nrecognized SSL message", "look like a TLS handshake", "frame size"}, reTLSProto, ClientTLSProtocol, nil},
	{[]string{"plain HTTP request", "HTTP request to an HTTPS"}, rePlainToTLS, ClientPlainToTLS, nil},
	{[]string{"egion"}, reNoRegion, ClientNoRegion, nil},
}

// reNoRegion is each SDK's error for a client that found no region in its
// settings, the environment or the profile: Ruby's MissingRegionError,
// PHP's 'A "region" configuration value is required', Java v2's region
// provider chain, JavaScript v3's "Region is missing", botocore's
// NoRegionError, Go's MissingRegion.
var reNoRegion = lazyre.New(`No region was provided\. Configure the|missing region; use :region option|MissingRegionError|A "region" configuration value is required|Unable to load region from any of the providers in the chain|\bRegion is missing\b|NoRegionError|You must specify a region\.|MissingRegion: could not find region configuration|an AWS region is required, but was not found`)

// factScans are the patterns whose matches are facts of code as they
// are: the word the paste must hold, the pattern, the group, where.
var factScans = []struct {
	words []string
	re    *lazyre.Regexp
	group int
	dst   func(*Signals) *[]Fact
}{
	{[]string{"ccelerate"}, reAccelCode, 0, func(s *Signals) *[]Fact { return &s.Accelerate }},
	{[]string{"mrap"}, reMRAP, 0, func(s *Signals) *[]Fact { return &s.MRAP }},
	{[]string{"AWS4-ECDSA", "signature-v4", "awscrt", "SigV4a", "SIGV4A", "s3v4a"}, reSigV4a, 0, func(s *Signals) *[]Fact { return &s.SigV4a }},
	{[]string{".replace"}, reHostSwap, 1, func(s *Signals) *[]Fact { return &s.HostSwaps }},
	{[]string{"tag", "Tag", "TAG"}, reETagRead, 0, func(s *Signals) *[]Fact { return &s.ETagReads }},
}

// signals reads the Signals of the incident.
func (b *builder) signals(inc *Incident) {
	text := b.f.Text
	sg := &Signals{}
	inc.Signals = sg
	for _, c := range clientScans {
		for _, m := range lineMatchesNeed(text, c.words, c.need, c.re) {
			if clientErrorAt(sg.ClientErrors, m[0]) {
				continue
			}
			sg.ClientErrors = append(sg.ClientErrors, clientError(text, m, c.kind))
		}
	}
	for _, f := range factScans {
		dst := f.dst(sg)
		for _, m := range lineMatches(text, f.words, f.re) {
			*dst = append(*dst, codeFact(text, m, f.group))
		}
	}
	if strings.Contains(text, "Content-MD5") || strings.Contains(text, "A header you provided") || strings.Contains(text, "Content-Length HTTP") || strings.Contains(text, "Transfer Acceleration") || strings.Contains(text, "Query-string authentication") || strings.Contains(text, "The provided token") || strings.Contains(text, "AWS4-HMAC-SHA256") || strings.Contains(text, "Signature Version 4") {
		b.loggedAnswers(inc, sg)
	}
	sg.QueryAdded = proseQueryAdded(text, inc)
	if strings.Contains(text, "ccelerate") {
		if m := reAccelStatus.FindStringSubmatchIndex(text); m != nil {
			st := grp(text, m, 1) + grp(text, m, 2)
			if st == "" {
				st = "Off"
			}
			sg.AccelerateStatus = Fact{Str: st, Span: spanOf(m, 0), Stated: true, From: FromAWS, Why: "get-bucket-accelerate-configuration"}
		}
	}
	b.contentMD5(inc, sg)
	{
		for _, m := range lineMatches(text, []string{"ncode", "quote", "scape", "Escape"}, reReEncode) {
			arg := strings.ToLower(grp(text, m, 1))
			if strings.Contains(arg, "url") || strings.Contains(arg, "link") || strings.Contains(arg, "presigned") {
				sg.ReEncodes = append(sg.ReEncodes, codeFact(text, m, 0))
			}
		}
	}
	if containsAny(text, []string{"eypair", "eyPair", "ey_pair", "Key-Pair-Id", "loudFront", "loudfront", "UrlSigner"}) {
		for _, m := range lineMatches(text, []string{"ignedUrl", "igned_url", "ignedURL", "SignedURL", "ign("}, reCFSigner) {
			s, _ := lineBounds(text, m[0])
			if strings.Contains(strings.ToLower(text[max(0, s-400):min(len(text), m[1]+200)]), "cloudfront") || reCFMarker.MatchString(text[s:min(len(text), m[1]+200)]) {
				f := codeFact(text, m, 0)
				f.Str = grp(text, m, 1)
				if f.Str == "" {
					f.Str = urlArgAfter(text, m[1]) // the URL argument on the lines after the call's '('
				}
				sg.CloudFrontSigners = append(sg.CloudFrontSigners, f)
			}
		}
	}
	b.endpoints(sg)
	b.pythonStreamBodies(inc)
	sg.Outcomes = commentOutcomes(text)
	sg.Refusals = statusCodes(text)
	if strings.Contains(text, "oto") {
		sg.Botocore = botocoreVersion(text)
	}
}

// reSDKVersion is a stated boto3 or botocore version: a pin, a print, a
// pip line, a user agent.
var reSDKVersion = lazyre.New(`(?i)\b(boto3|botocore)(?:[ \t]*==[ \t]*|[ \t]+version[ \t]*[:=-]?[ \t]*|[ \t]*[:=][ \t]*|-|/|[ \t]+v?)(\d+)\.(\d+)\.(\d+)\b`)

// botocoreVersion reads Signals.Botocore: botocore's own version when the
// paste states it, else the one a stated boto3 version ships with.
func botocoreVersion(text string) Fact {
	var boto3 Fact
	for _, m := range lineMatches(text, []string{"oto3", "otocore", "OTO3", "OTOCORE"}, reSDKVersion) {
		major, minor, patch := grp(text, m, 2), atoi(grp(text, m, 3)), grp(text, m, 4)
		if major != "1" {
			continue
		}
		if strings.EqualFold(grp(text, m, 1), "botocore") {
			return Fact{Str: fmt.Sprintf("1.%d.%s", minor, patch), Span: spanOf(m, 0), Stated: true, From: FromCode, Why: "botocore's version as the paste states it"}
		}
		if boto3.Str == "" {
			if minor <= 29 {
				minor += 3 // boto3 1.29 depends on botocore 1.32
			} else if minor < 33 {
				continue // no boto3 1.30-1.32 was released
			}
			boto3 = Fact{Str: fmt.Sprintf("1.%d.%s", minor, patch), Span: spanOf(m, 0), Stated: false, From: FromCode, Why: "the botocore the stated boto3 version ships with"}
		}
	}
	return boto3
}

var (
	// reOutcomeComment is a comment (#, //) whose text says, after an
	// arrow, what a request ended with.
	reOutcomeComment = lazyre.New(`(?:^|[ \t])(?:#|//)[^\n]*?(?:->|=>|→)[ \t]*([^\n]+)`)
	reOutcomeWord    = lazyre.New(`\b(?:[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+|[2-5]\d\d)\b`)
)

// reStatusCode is a 4xx/5xx status followed by a code-like word, with
// at most a reason phrase and punctuation between them.
var reStatusCode = lazyre.New(`\b([45]\d\d)[ \t]*[-:(–—]?[ \t]*(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?[ \t]*[-:(–—,][ \t]*)?([A-Z][A-Za-z0-9]{5,60})\b`)

// statusCodes reads Signals.Refusals: only S3's own codes count.
func statusCodes(text string) []Fact {
	var out []Fact
	for _, m := range lineMatches(text, []string{"400", "403", "404", "405", "409", "411", "412", "416", "500", "501", "503"}, reStatusCode) {
		code := text[m[4]:m[5]]
		if !s3Codes[code] {
			continue
		}
		out = append(out, Fact{Str: code, Why: text[m[2]:m[3]], Span: Span{Start: m[0], End: m[1]}, Stated: true, From: FromText})
	}
	return out
}

// commentOutcomes reads Signals.Outcomes.
func commentOutcomes(text string) []Fact {
	var out []Fact
	for _, m := range lineMatches(text, []string{"->", "=>", "→"}, reOutcomeComment) {
		body := text[m[2]:m[3]]
		for _, w := range reOutcomeWord.FindAllStringSubmatchIndex(body, -1) {
			out = append(out, Fact{Str: body[w[0]:w[1]], Span: Span{Start: m[2], End: m[3]}, Stated: true, From: FromCode, Why: "a comment telling the request's outcome"})
		}
	}
	return out
}

// clientError reads one client error: the first URL its groups name, the
// host they name, and the rest as the detail.
func clientError(text string, m []int, kind string) *ClientError {
	e := &ClientError{Span: spanOf(m, 0), Kind: kind}
	for i := 1; 2*i < len(m); i++ {
		g := grp(text, m, i)
		switch {
		case g == "":
		case strings.Contains(g, "://"):
			if e.URL == "" {
				e.URL = g
			}
		case kind == ClientCertificate:
			e.Host = strings.ToLower(g)
		default:
			e.Detail = g
		}
	}
	if kind == ClientCORS || kind == ClientUnsafeHeader {
		e.Who = "browser"
		// (a preflight refused for a redirect was read and answered by
		// S3: a 307 from a global or wrong-region endpoint)
		l := strings.ToLower(text[m[0]:m[1]])
		e.Preflight = kind == ClientCORS && strings.Contains(l, "preflight") && !strings.Contains(l, "redirect")
		if e.Detail == "" {
			e.Detail = text[m[0]:m[1]]
		}
		if h := reHdrNotAllowed.FindStringSubmatch(e.Detail); h != nil {
			e.Detail = "header " + strings.ToLower(h[1])
		}
		if kind == ClientUnsafeHeader && !strings.HasPrefix(e.Detail, "E") && len(e.Detail) > 20 {
			e.Detail = "ETag"
		}
	}
	if e.URL == "" && e.Host == "" && kind != ClientCORS {
		e.URL = reURLInLine.FindString(text[lineStart(text, m[0]):lineEnd(text, m[0])])
	}
	if e.Host == "" && e.URL != "" {
		e.Host = hostOf(e.URL)
	}
	if e.Host == "" && kind == ClientCertificate {
		// "… steal your information from HOST (for example …)" is on a
		// neighbouring line of the browser's page.
		e.Host = nearHost(text, m[0])
	}
	if l := text[max(0, m[0]-200):lineEnd(text, m[0])]; e.Who == "" && strings.Contains(l, "curl") {
		e.Who = "curl"
	} else if e.Who == "" && strings.Contains(l, "ERR_") {
		e.Who = "browser"
	}
	return e
}

func codeFact(text string, m []int, g int) Fact {
	return Fact{Str: grp(text, m, g), Span: spanOf(m, 0), Stated: true, From: FromCode}
}

func grp(text string, m []int, i int) string {
	if 2*i+1 >= len(m) || m[2*i] < 0 {
		return ""
	}
	return text[m[2*i]:m[2*i+1]]
}

func spanOf(m []int, i int) Span { return Span{Start: m[2*i], End: m[2*i+1]} }

func containsAny(text string, words []string) bool {
	for _, w := range words {
		if rare.Contains(text, w) {
			return true
		}
	}
	return false
}

func lineStart(text string, off int) int { return strings.LastIndexByte(text[:off], '\n') + 1 }

func lineEnd(text string, off int) int {
	if e := strings.IndexByte(text[off:], '\n'); e >= 0 {
		return off + e
	}
	return len(text)
}

func lineBounds(text string, off int) (int, int) { return lineStart(text, off), lineEnd(text, off) }

func hostOf(u string) string {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	h, _, _ := strings.Cut(u, "/")
	h, _, _ = strings.Cut(h, "?")
	return strings.ToLower(h)
}

// contentMD5 gathers the Content-MD5 values: S3's echo, sent headers,
// code (one assignment followed).
func (b *builder) contentMD5(inc *Incident, sg *Signals) {
	text := b.f.Text
	for _, a := range inc.Answers {
		for _, el := range a.Elements {
			if strings.EqualFold(el.Name, "Content-MD5") {
				sg.ContentMD5 = append(sg.ContentMD5, Fact{Str: strings.TrimSpace(el.Value), Span: el.Span, Stated: true, From: FromS3, Why: "S3 echoes the Content-MD5 it refused"})
			}
		}
	}
	for _, s := range inc.SentRequests {
		if h := s.Header("Content-MD5"); h != nil {
			sg.ContentMD5 = append(sg.ContentMD5, Fact{Str: h.Value, Expr: followAssign(text, h.Expr), Span: h.Span, Stated: true, From: FromSent})
		}
	}
	if !strings.Contains(text, "MD5") && !strings.Contains(text, "md5") && !strings.Contains(text, "Md5") {
		return
	}
	for _, m := range lineMatches(text, []string{"md5", "MD5", "Md5"}, reMD5Assign) {
		i := 1
		for i <= 3 && m[2*i] < 0 {
			i++
		}
		if i > 3 {
			continue
		}
		v := strings.Trim(strings.TrimSpace(grp(text, m, i)), `"'`)
		if v == "" || covers(sg.ContentMD5, m[2*i]) {
			continue
		}
		f := Fact{Span: spanOf(m, i), Stated: true, From: FromCode}
		if reHex32.MatchString(v) || strings.Contains(v, "=") && !strings.ContainsAny(v, "() ") {
			f.Str = v
		} else {
			f.Expr = followAssign(text, v)
		}
		sg.ContentMD5 = append(sg.ContentMD5, f)
	}
}

// endpoints reads endpoint settings of code with their scheme.
func (b *builder) endpoints(sg *Signals) {
	text := b.f.Text
	if !strings.Contains(text, "ndpoint") && !strings.Contains(text, "ServiceURL") && !strings.Contains(text, "Minio(") {
		return
	}
	for _, m := range lineMatches(text, []string{"ndpoint", "ServiceURL", "Minio("}, reEndpoint) {
		f := codeFact(text, m, 1)
		host, tls := grp(text, m, 2)+grp(text, m, 4), grp(text, m, 3)+grp(text, m, 5)
		if host != "" {
			f.Str = "http://" + host
			if tls == "true" || tls == "True" {
				f.Str = "https://" + host
			}
		}
		sg.Endpoints = append(sg.Endpoints, f)
	}
	if strings.Contains(text, "GetPreSignedURL") {
		for _, m := range reDotNetPresign.FindAllStringSubmatchIndex(text, maxScan) {
			if reDotNetProto.MatchString(text[lineStart(text, m[0]):lineEnd(text, m[0])]) {
				continue
			}
			sg.HTTPSDefault = append(sg.HTTPSDefault, Fact{Str: "https", Span: spanOf(m, 0), From: FromDefault, Why: "GetPreSignedURL signs https unless Protocol = Protocol.HTTP"})
		}
	}
}

// loggedAnswers reads S3's messages quoted outside an error body.
func (b *builder) loggedAnswers(inc *Incident, sg *Signals) {
	text := b.f.Text
	for _, m := range lineMatches(text, []string{"Content-MD5", "A header you provided", "Content-Length HTTP", "Transfer Acceleration", "Query-string authentication", "The provided token", "Please use AWS4-HMAC-SHA256", "require AWS Signature Version 4"}, reLoggedMsg) {
		if answered(inc.Answers, m[0]) {
			continue
		}
		msg := text[m[2]:m[3]]
		sp := Span{Start: m[2], End: m[3]}
		sg.Logged = append(sg.Logged, &Answer{Span: sp, Source: "log",
			Code:    Fact{Str: messageCode(msg, true), Span: sp, From: FromS3, Why: "the code S3 sends with this message"},
			Message: Fact{Str: msg, Span: sp, Stated: true, From: FromS3}})
	}
}

// nearHost returns an amazonaws.com host named within a few lines of off.
func nearHost(text string, off int) string {
	s, e := max(0, off-400), min(len(text), off+400)
	for _, m := range reHostInLine.FindAllStringSubmatch(text[s:e], 20) {
		if strings.Contains(m[1], ".amazonaws.com") {
			return strings.ToLower(m[1])
		}
	}
	return ""
}

func clientErrorAt(es []*ClientError, off int) bool {
	for _, e := range es {
		if e.Span.Start <= off && off < e.Span.End {
			return true
		}
	}
	return false
}

func covers(fs []Fact, off int) bool {
	for _, f := range fs {
		if f.Span.Start <= off && off < f.Span.End {
			return true
		}
	}
	return false
}

func answered(as []*Answer, off int) bool {
	for _, a := range as {
		if a.Span.Start <= off && off < a.Span.End {
			return true
		}
	}
	return false
}

var reAssign = lazyre.New(`(?m)^[ \t]*(?:(?:const|let|var|final|String|val)\s+)?\$?([A-Za-z_]\w*)\s*=\s*([^\n;]+)`)

// followAssign returns the expression assigned to v when v is a plain
// name the paste assigns (one step), else v itself.
func followAssign(text, v string) string {
	v = strings.TrimSpace(v)
	if v == "" || strings.ContainsAny(v, "().[] ") {
		return v
	}
	for _, m := range reAssign.FindAllStringSubmatch(text, maxScan) {
		if m[1] == strings.TrimPrefix(v, "$") {
			return strings.TrimSpace(m[2])
		}
	}
	return v
}

// HexDigest reports whether an expression computes a hex digest
// (hexdigest(), digest('hex'), md5Hex, md5sum …).
func HexDigest(expr string) bool { return reHexDigest.MatchString(expr) }

// AllAnswers returns S3's answers: those read from error bodies, then
// those quoted in logs and exceptions.
func (inc *Incident) AllAnswers() []*Answer {
	if inc.Signals == nil || len(inc.Signals.Logged) == 0 {
		return inc.Answers
	}
	return append(append([]*Answer{}, inc.Answers...), inc.Signals.Logged...)
}

var (
	reGenDef      = lazyre.New(`(?m)^[ \t]*def[ \t]+(\w+)\(`)
	rePyDataCall  = lazyre.New(`\bdata\s*=\s*(\w+)\(`)
	rePyGenInline = lazyre.New(`\bdata\s*=\s*(?:iter\(|\(\s*\w+\s+for\b)`)
)

// pythonStreamBodies marks the body of a Python requests/httpx call as a
// stream when it is a generator: requests sends it with
// Transfer-Encoding: chunked and no Content-Length.
func (b *builder) pythonStreamBodies(inc *Incident) {
	text := b.f.Text
	if !strings.Contains(text, "data") {
		return
	}
	gens := map[string]bool{}
	if strings.Contains(text, "yield") {
		defs := lineMatches(text, []string{"def "}, reGenDef)
		for i, m := range defs {
			end := len(text)
			if i+1 < len(defs) {
				end = defs[i+1][0]
			}
			body := text[m[1]:end]
			// The function ends at the first line back at the def's indentation.
			if strings.Contains(firstBlock(body), "yield") {
				gens[text[m[2]:m[3]]] = true
			}
		}
	}
	for _, s := range inc.SentRequests {
		if s.Source != "requests" && s.Source != "httpx" {
			continue
		}
		call := text[s.Span.Start:s.Span.End]
		if m := rePyDataCall.FindStringSubmatchIndex(call); m != nil && gens[call[m[2]:m[3]]] {
			s.Body = Fact{Str: "stream", Span: Span{Start: s.Span.Start + m[0], End: s.Span.Start + m[1]}, Stated: true, From: FromSent, Why: "a generator: requests sends it chunked"}
		} else if m := rePyGenInline.FindStringSubmatchIndex(call); m != nil {
			s.Body = Fact{Str: "stream", Span: Span{Start: s.Span.Start + m[0], End: s.Span.Start + m[1]}, Stated: true, From: FromSent, Why: "an iterator: requests sends it chunked"}
		}
	}
}

// firstBlock returns the lines of body up to the first non-blank line
// that is not indented.
func firstBlock(body string) string {
	lines := strings.Split(body, "\n")
	for i, l := range lines {
		if i > 0 && strings.TrimSpace(l) != "" && l[0] != ' ' && l[0] != '\t' {
			return strings.Join(lines[:i], "\n")
		}
	}
	return body
}

// lineMatches runs re only on the lines that hold one of words (every
// match of re holds one): a scan of the whole paste with a pattern
// without a literal prefix costs seconds on a 1 MB paste. The matches are
// in text's offsets, in order.
func lineMatches(text string, words []string, re *lazyre.Regexp) [][]int {
	return lineMatchesNeed(text, words, nil, re)
}

// lineMatchesNeed is lineMatches run only on the lines that also hold one
// of need in any case (every match of re holds one of need).
func lineMatchesNeed(text string, words, need []string, re *lazyre.Regexp) [][]int {
	var out [][]int
	seen := map[int]bool{}
	for _, w := range words {
		for off := 0; off < len(text) && len(out) < maxScan; {
			i := rare.Index(text[off:], w)
			if i < 0 {
				break
			}
			s, e := lineStart(text, off+i), lineEnd(text, off+i)
			off = e + 1
			if seen[s] {
				continue
			}
			seen[s] = true
			if need != nil && !holdsFold(text[s:e], need) {
				continue
			}
			for _, m := range re.FindAllStringSubmatchIndex(text[s:e], -1) {
				for k := range m {
					if m[k] >= 0 {
						m[k] += s
					}
				}
				out = append(out, m)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// holdsFold reports whether line holds one of words (lower-case ASCII) in
// any case. A line with a byte past ASCII is said to hold them: a (?i)
// pattern also folds some non-ASCII letters (K, ſ) onto ASCII ones.
func holdsFold(line string, words []string) bool {
	for i := 0; i < len(line); i++ {
		if line[i] >= 0x80 {
			return true
		}
	}
	for _, w := range words {
		for i := 0; i+len(w) <= len(line); i++ {
			k := 0
			for k < len(w) && line[i+k]|0x20 == w[k] {
				k++
			}
			if k == len(w) {
				return true
			}
		}
	}
	return false
}

// urlArgAfter is the http(s) URL string literal that starts the argument
// list at off (after the call's '(' and any blanks or line breaks), "" when
// the first argument is something else.
func urlArgAfter(text string, off int) string {
	i := off
	for i < len(text) && i-off < 200 && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r') {
		i++
	}
	if i >= len(text) || !strings.ContainsRune("\"'`", rune(text[i])) {
		return ""
	}
	q := text[i]
	j := strings.IndexByte(text[i+1:], q)
	if j < 0 {
		return ""
	}
	v := text[i+1 : i+1+j]
	if !strings.HasPrefix(v, "https://") && !strings.HasPrefix(v, "http://") || strings.ContainsAny(v, " \t\n") {
		return ""
	}
	return v
}
