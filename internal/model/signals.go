package model

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/lazyre"
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
	// ETagReads are code reading the ETag response header.
	ETagReads []Fact
	// Endpoints are endpoint settings of code with their scheme
	// (endpoint_url, ServiceURL, endpoint, endPoint with useSSL): Str the
	// URL ("https://…" when useSSL/secure is true), Why the setting.
	Endpoints []Fact
	// HTTPSDefault is a .NET GetPreSignedURL call without Protocol: it
	// signs https unless told (aws-sdk-net#1253).
	HTTPSDefault []Fact
}

// ClientError kinds.
const (
	ClientCORS         = "cors"          // the browser blocked a cross-origin request or its preflight
	ClientUnsafeHeader = "unsafe-header" // the browser refused to expose a response header (ETag)
	ClientCertificate  = "certificate"   // the certificate does not match the host
	ClientTLSProtocol  = "tls-protocol"  // TLS spoken to a plain-HTTP port
	ClientPlainToTLS   = "plain-to-tls"  // plain HTTP spoken to a TLS port
)

// ClientError is one error the client reports.
type ClientError struct {
	Span Span
	Kind string
	// Host is the host it names, URL the URL, when it names them.
	Host, URL string
	// Detail is what it says was refused: a method, a header
	// (Access-Control-Allow-Headers), the unsafe header's name.
	Detail string
	// Who is "browser", "curl", "python", "ruby", "node", "java" or "".
	Who string
}

var (
	reCORSChrome    = lazyre.New(`Access to (?:fetch|XMLHttpRequest) at '([^']+)' from origin '([^']*)' has been blocked by CORS policy:? ?([^\n]*)`)
	reCORSFox       = lazyre.New(`Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at (\S+?)\.? \(Reason: ([^)\n]*)\)`)
	reCORSOther     = lazyre.New(`(?:Response for preflight has invalid HTTP status code \d+|Response to preflight request doesn't pass access control check[^\n]*|is not allowed by Access-Control-Allow-(?:Headers|Methods|Origin)[^\n]*|CORSResponse: This CORS request is not allowed[^\n<]*|CORSResponse: CORS is not enabled for this bucket)`)
	reUnsafeHdr     = lazyre.New(`Refused to get unsafe header "([^"]+)"|No access to ETag property on response`)
	reHdrNotAllowed = lazyre.New(`Request header field (\S+) is not allowed by Access-Control-Allow-Headers`)
	reCert          = lazyre.New(`(?i)(?:hostname '([^']+)' doesn't match[^\n]*|hostname "([^"]+)" does not match the server certificate|no alternative certificate subject name matches target host name '([^']+)'|certificate subject name '[^']*' does not match target hostname '([^']+)'|Hostname/IP does not match certificate's altnames: Host: ([^\s.]+(?:\.[^\s.]+)+?)\. is not in|(?:NET::)?ERR_CERT_COMMON_NAME_INVALID|SSL_ERROR_BAD_CERT_DOMAIN|Your connection is not private)`)
	reTLSProto      = lazyre.New(`(?i)(?:ERR_SSL_PROTOCOL_ERROR|wrong version number|WRONG_VERSION_NUMBER|SSL23_GET_SERVER_HELLO:unknown protocol|\[SSL: UNKNOWN_PROTOCOL\]|packet length too long|server gave HTTP response to HTTPS client|SSL_ERROR_RX_RECORD_TOO_LONG)`)
	rePlainToTLS    = lazyre.New(`(?i)(?:The plain HTTP request was sent to HTTPS port|Client sent an HTTP request to an HTTPS server)`)
	reURLInLine     = lazyre.New(`https?://[^\s'"<>()]+`)
	reHostInLine    = lazyre.New(`\b([a-z0-9][a-z0-9.-]*\.(?:amazonaws\.com(?:\.cn)?|[a-z]{2,}))\b`)

	reLoggedMsg = lazyre.New(`(Content-MD5 (?:OR x-amz-checksum- )?HTTP header is required for Put (?:Object|Part) requests with Object Lock parameters|The Content-MD5 you specified was invalid\.?|A header you provided implies functionality that is not implemented|You must provide the Content-Length HTTP header\.?|S3 Transfer Acceleration is not configured on this bucket|Amazon S3 Transfer Acceleration is not supported for buckets with (?:periods \(\.\) in their names|non-DNS compliant names)|Query-string authentication requires the Signature, Expires and AWSAccessKeyId parameters|The provided token is malformed or otherwise invalid\.?)`)

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

// signals reads the Signals of the incident.
func (b *builder) signals(inc *Incident) {
	text := b.f.Text
	sg := &Signals{}
	inc.Signals = sg
	sp := func(m []int, i int) Span { return Span{Start: m[2*i], End: m[2*i+1]} }
	group := func(m []int, i int) string {
		if m[2*i] < 0 {
			return ""
		}
		return text[m[2*i]:m[2*i+1]]
	}
	lineOf := func(off int) (int, int) {
		s := strings.LastIndexByte(text[:off], '\n') + 1
		e := strings.IndexByte(text[off:], '\n')
		if e < 0 {
			return s, len(text)
		}
		return s, off + e
	}
	hostOfURL := func(u string) string {
		if i := strings.Index(u, "://"); i >= 0 {
			u = u[i+3:]
		}
		h, _, _ := strings.Cut(u, "/")
		h, _, _ = strings.Cut(h, "?")
		return strings.ToLower(h)
	}
	add := func(e *ClientError) { sg.ClientErrors = append(sg.ClientErrors, e) }

	// The browser's CORS refusals.
	if strings.Contains(text, "CORS") || strings.Contains(text, "Access-Control") || strings.Contains(text, "preflight") || strings.Contains(text, "Cross-Origin") {
		for _, m := range reCORSChrome.FindAllStringSubmatchIndex(text, maxScan) {
			e := &ClientError{Span: sp(m, 0), Kind: ClientCORS, URL: group(m, 1), Who: "browser", Detail: group(m, 3)}
			e.Host = hostOfURL(e.URL)
			if h := reHdrNotAllowed.FindStringSubmatch(e.Detail); h != nil {
				e.Detail = "header " + strings.ToLower(h[1])
			}
			add(e)
		}
		for _, m := range reCORSFox.FindAllStringSubmatchIndex(text, maxScan) {
			e := &ClientError{Span: sp(m, 0), Kind: ClientCORS, URL: group(m, 1), Who: "browser", Detail: group(m, 2)}
			e.Host = hostOfURL(e.URL)
			add(e)
		}
		for _, m := range reCORSOther.FindAllStringSubmatchIndex(text, maxScan) {
			if clientErrorAt(sg.ClientErrors, m[0]) {
				continue
			}
			e := &ClientError{Span: sp(m, 0), Kind: ClientCORS, Detail: group(m, 0), Who: "browser"}
			if h := reHdrNotAllowed.FindStringSubmatch(e.Detail); h != nil {
				e.Detail = "header " + strings.ToLower(h[1])
			}
			add(e)
		}
	}
	if strings.Contains(text, "unsafe header") || strings.Contains(text, "ETag property") {
		for _, m := range reUnsafeHdr.FindAllStringSubmatchIndex(text, maxScan) {
			name := group(m, 1)
			if name == "" {
				name = "ETag"
			}
			add(&ClientError{Span: sp(m, 0), Kind: ClientUnsafeHeader, Detail: name, Who: "browser"})
		}
	}
	// Certificate, TLS and plain-HTTP errors, with the host they name
	// (or the URL on their line).
	lower := strings.ToLower(text)
	if strings.Contains(lower, "cert") || strings.Contains(lower, "match") || strings.Contains(text, "not private") {
		for _, m := range reCert.FindAllStringSubmatchIndex(text, maxScan) {
			e := &ClientError{Span: sp(m, 0), Kind: ClientCertificate}
			for i := 1; i <= 5; i++ {
				if h := group(m, i); h != "" {
					e.Host = strings.ToLower(h)
				}
			}
			if e.Host == "" {
				e.URL, e.Host = lineURL(text, lineOf, m[0])
			}
			if e.Host == "" {
				// "… steal your information from HOST (for example …)" is on
				// a neighbouring line of the browser's page.
				e.Host = nearHost(text, m[0])
			}
			add(e)
		}
	}
	if strings.Contains(lower, "ssl") || strings.Contains(lower, "version number") || strings.Contains(lower, "https client") || strings.Contains(lower, "record_too_long") {
		for _, m := range reTLSProto.FindAllStringSubmatchIndex(text, maxScan) {
			e := &ClientError{Span: sp(m, 0), Kind: ClientTLSProtocol}
			e.URL, e.Host = lineURL(text, lineOf, m[0])
			add(e)
		}
	}
	if strings.Contains(lower, "http request") {
		for _, m := range rePlainToTLS.FindAllStringSubmatchIndex(text, maxScan) {
			add(&ClientError{Span: sp(m, 0), Kind: ClientPlainToTLS})
		}
	}
	for _, e := range sg.ClientErrors {
		e.Who = clientWho(text, e)
	}

	// S3's messages quoted outside an error body.
	if strings.Contains(text, "Content-MD5") || strings.Contains(text, "A header you provided") || strings.Contains(text, "Content-Length HTTP") || strings.Contains(text, "Transfer Acceleration") || strings.Contains(text, "Query-string authentication") || strings.Contains(text, "The provided token") {
		b.loggedAnswers(inc, sg)
	}

	// Transfer Acceleration.
	if strings.Contains(lower, "accelerate") {
		for _, m := range reAccelCode.FindAllStringSubmatchIndex(text, maxScan) {
			sg.Accelerate = append(sg.Accelerate, Fact{Str: "on", Span: sp(m, 0), Stated: true, From: FromCode, Why: text[m[0]:m[1]]})
		}
		if m := reAccelStatus.FindStringSubmatchIndex(text); m != nil {
			st := group(m, 1) + group(m, 2)
			if st == "" {
				st = "Off"
			}
			sg.AccelerateStatus = Fact{Str: st, Span: sp(m, 0), Stated: true, From: FromAWS, Why: "get-bucket-accelerate-configuration"}
		}
	}

	// Content-MD5 values: S3's echo, sent headers, code.
	for _, a := range inc.Answers {
		for _, el := range a.Elements {
			if strings.EqualFold(el.Name, "Content-MD5") {
				sg.ContentMD5 = append(sg.ContentMD5, Fact{Str: strings.TrimSpace(el.Value), Span: el.Span, Stated: true, From: FromS3, Why: "S3 echoes the Content-MD5 it refused"})
			}
		}
	}
	for _, s := range inc.SentRequests {
		if h := s.Header("Content-MD5"); h != nil {
			sg.ContentMD5 = append(sg.ContentMD5, Fact{Str: h.Value, Expr: h.Expr, Span: h.Span, Stated: true, From: FromSent, Why: "the Content-MD5 header sent"})
		}
	}
	if strings.Contains(lower, "md5") {
		for _, m := range reMD5Assign.FindAllStringSubmatchIndex(text, maxScan) {
			i := 1
			for i <= 3 && m[2*i] < 0 {
				i++
			}
			if i > 3 {
				continue
			}
			v := strings.Trim(strings.TrimSpace(group(m, i)), `"'`)
			if v == "" || covers(sg.ContentMD5, m[2*i]) {
				continue
			}
			f := Fact{Span: sp(m, i), Stated: true, From: FromCode, Why: "Content-MD5 in code"}
			if reHex32.MatchString(v) || strings.Contains(v, "=") && !strings.ContainsAny(v, "() ") {
				f.Str = v
			} else {
				f.Expr = followAssign(text, v)
			}
			sg.ContentMD5 = append(sg.ContentMD5, f)
		}
	}

	// A presigned URL encoded again.
	if strings.Contains(lower, "encode") || strings.Contains(lower, "quote") || strings.Contains(lower, "escape") {
		for _, m := range reReEncode.FindAllStringSubmatchIndex(text, maxScan) {
			arg := strings.ToLower(group(m, 1))
			if !strings.Contains(arg, "url") && !strings.Contains(arg, "link") && !strings.Contains(arg, "presigned") {
				continue
			}
			sg.ReEncodes = append(sg.ReEncodes, Fact{Str: text[m[0]:m[1]] + ")", Span: sp(m, 0), Stated: true, From: FromCode})
		}
	}

	// Multi-Region Access Points and SigV4a.
	if strings.Contains(text, "mrap") {
		for _, m := range reMRAP.FindAllStringSubmatchIndex(text, maxScan) {
			sg.MRAP = append(sg.MRAP, Fact{Str: text[m[0]:m[1]], Span: sp(m, 0), Stated: true, From: FromCode})
		}
		for _, m := range reSigV4a.FindAllStringSubmatchIndex(text, maxScan) {
			sg.SigV4a = append(sg.SigV4a, Fact{Str: text[m[0]:m[1]], Span: sp(m, 0), Stated: true, From: FromCode})
		}
	}

	// CloudFront signers and host swaps.
	if reCFMarker.MatchString(text) {
		for _, m := range reCFSigner.FindAllStringSubmatchIndex(text, maxScan) {
			s, e := lineOf(m[0])
			line := text[s:e]
			if !reCFMarker.MatchString(line) && !strings.Contains(strings.ToLower(line), "cloudfront") && !strings.Contains(lower[max(0, s-400):s], "cloudfront") {
				continue
			}
			sg.CloudFrontSigners = append(sg.CloudFrontSigners, Fact{Str: group(m, 1), Span: sp(m, 0), Stated: true, From: FromCode})
		}
	}
	if strings.Contains(text, ".replace") {
		for _, m := range reHostSwap.FindAllStringSubmatchIndex(text, maxScan) {
			sg.HostSwaps = append(sg.HostSwaps, Fact{Str: strings.ToLower(group(m, 1)), Span: sp(m, 0), Stated: true, From: FromCode})
		}
	}

	// ETag reads.
	if strings.Contains(lower, "etag") {
		for _, m := range reETagRead.FindAllStringSubmatchIndex(text, maxScan) {
			sg.ETagReads = append(sg.ETagReads, Fact{Str: "ETag", Span: sp(m, 0), Stated: true, From: FromCode})
		}
	}

	// Endpoint settings with their scheme.
	for _, m := range endpointMatches(text) {
		f := Fact{Span: sp(m, 0), Stated: true, From: FromCode}
		switch {
		case group(m, 1) != "":
			f.Str, f.Why = group(m, 1), "endpoint"
		case group(m, 2) != "":
			scheme := "http://"
			if group(m, 3) == "true" {
				scheme = "https://"
			}
			f.Str, f.Why = scheme+group(m, 2), "useSSL: "+group(m, 3)
		case group(m, 4) != "":
			scheme := "http://"
			if group(m, 5) == "True" {
				scheme = "https://"
			}
			f.Str, f.Why = scheme+group(m, 4), "secure="+group(m, 5)
		}
		sg.Endpoints = append(sg.Endpoints, f)
	}
	if strings.Contains(text, "GetPreSignedURL") {
		for _, m := range reDotNetPresign.FindAllStringSubmatchIndex(text, maxScan) {
			s, e := lineOf(m[0])
			if reDotNetProto.MatchString(text[s:e]) {
				continue
			}
			sg.HTTPSDefault = append(sg.HTTPSDefault, Fact{Str: "https", Span: sp(m, 0), From: FromDefault, Why: "GetPreSignedURL signs https unless Protocol = Protocol.HTTP"})
		}
	}
	b.pythonStreamBodies(inc)
	b.terraformCORS(inc)
}

// loggedAnswers reads S3's messages quoted outside an error body.
func (b *builder) loggedAnswers(inc *Incident, sg *Signals) {
	text := b.f.Text
	for _, m := range reLoggedMsg.FindAllStringSubmatchIndex(text, maxScan) {
		if answered(inc.Answers, m[0]) {
			continue
		}
		msg := text[m[2]:m[3]]
		sp := Span{Start: m[2], End: m[3]}
		sg.Logged = append(sg.Logged, &Answer{Span: sp, Source: "log",
			Code:    Fact{Str: loggedCode(msg), Span: sp, From: FromS3, Why: "the code S3 sends with this message"},
			Message: Fact{Str: msg, Span: sp, Stated: true, From: FromS3}})
	}
}

// lineURL returns the URL on the line of off and its host.
func lineURL(text string, lineOf func(int) (int, int), off int) (string, string) {
	s, e := lineOf(off)
	if u := reURLInLine.FindString(text[s:e]); u != "" {
		rest := u[strings.Index(u, "://")+3:]
		h, _, _ := strings.Cut(rest, "/")
		h, _, _ = strings.Cut(h, "?")
		return u, strings.ToLower(h)
	}
	return "", ""
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

// clientWho names the client from the words around an error.
func clientWho(text string, e *ClientError) string {
	if e.Who != "" {
		return e.Who
	}
	s, t := max(0, e.Span.Start-300), min(len(text), e.Span.End+200)
	around := strings.ToLower(text[s:t])
	switch {
	case strings.Contains(around, "curl"):
		return "curl"
	case strings.Contains(around, "python") || strings.Contains(around, "requests.") || strings.Contains(around, "urllib3") || strings.Contains(around, "_ssl.c") || strings.Contains(around, "certificateerror"):
		return "python"
	case strings.Contains(around, "openssl::") || strings.Contains(around, "ruby"):
		return "ruby"
	case strings.Contains(around, "eproto") || strings.Contains(around, "node") || strings.Contains(around, "axios"):
		return "node"
	case strings.Contains(around, "net::") || strings.Contains(around, "err_") || strings.Contains(around, "chrome") || strings.Contains(around, "browser"):
		return "browser"
	case strings.Contains(around, "java") || strings.Contains(around, "sslpeerunverified"):
		return "java"
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

// loggedCode is the code S3 sends with a message it quotes.
func loggedCode(msg string) string {
	switch {
	case strings.Contains(msg, "Object Lock"), strings.Contains(msg, "Transfer Acceleration"):
		return "InvalidRequest"
	case strings.HasPrefix(msg, "The Content-MD5"):
		return "InvalidDigest"
	case strings.HasPrefix(msg, "A header you provided"):
		return "NotImplemented"
	case strings.HasPrefix(msg, "You must provide the Content-Length"):
		return "MissingContentLength"
	case strings.HasPrefix(msg, "Query-string authentication"):
		return "AccessDenied"
	case strings.HasPrefix(msg, "The provided token"):
		return "InvalidToken"
	}
	return ""
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
		defs := reGenDef.FindAllStringSubmatchIndex(text, maxScan)
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

var (
	reTFCORS     = lazyre.New(`(?s)cors_rule\s*\{([^{}]*)\}`)
	reTFCORSList = lazyre.New(`(allowed_origins|allowed_methods|allowed_headers|expose_headers)\s*=\s*\[([^\]]*)\]`)
)

// terraformCORS reads the cors_rule blocks of Terraform (aws_s3_bucket_cors_configuration,
// the older inline cors_rule of aws_s3_bucket) into Env.CORS.
func (b *builder) terraformCORS(inc *Incident) {
	text := b.f.Text
	if !strings.Contains(text, "cors_rule") {
		return
	}
	for _, m := range reTFCORS.FindAllStringSubmatchIndex(text, maxScan) {
		r := CORSRule{Span: Span{Start: m[0], End: m[1]}}
		for _, l := range reTFCORSList.FindAllStringSubmatch(text[m[2]:m[3]], -1) {
			for _, q := range reQuoted.FindAllStringSubmatch(l[2], -1) {
				switch l[1] {
				case "allowed_origins":
					r.AllowedOrigins = append(r.AllowedOrigins, q[1])
				case "allowed_methods":
					r.AllowedMethods = append(r.AllowedMethods, strings.ToUpper(q[1]))
				case "allowed_headers":
					r.AllowedHeaders = append(r.AllowedHeaders, q[1])
				default:
					r.Exposed = append(r.Exposed, q[1])
				}
			}
		}
		inc.Env.CORS = append(inc.Env.CORS, r)
	}
}

func endpointMatches(text string) [][]int {
	if !strings.Contains(text, "ndpoint") && !strings.Contains(text, "ServiceURL") && !strings.Contains(text, "Minio(") {
		return nil
	}
	return reEndpoint.FindAllStringSubmatchIndex(text, maxScan)
}
