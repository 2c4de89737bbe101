package redact

import "strings"

// Layer 1's delimiter grammar: where a slot's value ends, ONE rule per slot
// syntax. Every slot reader of slots.go names the syntax its slot is
// written in and asks valueEnd where the value ends. The value runs from
// its first byte to its syntax's own closer whatever characters it holds on
// the way: ',' '!' '@' '/' '=' ';' ':' '#' dots or a leading '_' belong to
// the value whenever they are not what closes this syntax (the values
// FuzzPlantedSlot kept finding were always made of such characters:
// internal/engine/testdata/fuzz/FuzzPlantedSlot/).
//
// A reader that cannot tell the syntax (an unquoted value in code, prose)
// keeps its own reading of a word: that is a guess, not a delimiter, and
// the readers say so where they make it.

// syntax is the grammar a slot's value is written in.
type syntax uint8

const (
	synNone syntax = iota

	// synQuery: a URL query parameter (RFC 3986 3.4; WHATWG URL
	// application/x-www-form-urlencoded): to its own '&', or where the URL
	// token ends (a blank, a quote, '<' '>' '`'), or a '#' that starts a
	// route or ends the token (a credential's '#' otherwise fails closed:
	// hashInValue).
	synQuery
	// synQueryEnc, synQueryEnc2: the same in a URL percent-encoded once or
	// twice inside another one (its '=' read as %3D, %253D): its '&' is
	// %26 or %2526, its '#' %23 or %2523.
	synQueryEnc
	synQueryEnc2

	// synAuthParam: an auth-param of an HTTP Authorization header (RFC
	// 9110 11.4 credentials = auth-scheme [ 1*SP ( token68 / #auth-param ) ];
	// AWS SigV4 "Authorization: AWS4-HMAC-SHA256 Credential=…,
	// SignedHeaders=…, Signature=…"): to the ',' that starts the next
	// "name=" (blanks around allowed) or the header's end (the line's end,
	// a blank before a word that is no auth-param, a quote that closes the
	// string the header sits in, '<').
	synAuthParam

	// synHeaderField: an HTTP header field's value (RFC 9110 5.5
	// field-line = field-name ":" OWS field-value OWS) written as a line
	// (a raw request, a log, curl -H 'Name: value'): to the line's end or
	// the quote that closes the string the header sits in, less trailing
	// blanks; ',' ';' '=' belong to it.
	synHeaderField

	// synConnString: a value of a connection string's key=value pairs
	// separated by ';' (Azure Storage connection strings, ADO.NET
	// ConnectionString, ODBC, JDBC properties after ';'): to its own ';',
	// the line's end or the quote that closes the string.
	synConnString

	// synToken68: the credential of an HTTP auth scheme (RFC 9110 11.4
	// token68; Basic RFC 7617, Bearer RFC 6750), or of SigV2's "AWS
	// KEYID:SIGNATURE": one word, to the first blank, quote, backslash or
	// bracket of whatever syntax the header sits in (a JSON or Python
	// string, a template literal, a curl -H argument). ',' and ';' belong
	// to it.
	synToken68

	// synXMLElement: an XML/HTML element's character data (XML 1.0 [43]
	// content): to its own "</" on the same line.
	synXMLElement

	// synQuoted: a quoted string (the opening quote is given): an XML or
	// HTML attribute value (XML 1.0 [10] AttValue), a string literal in
	// code (Python, JS/TS, Go, Java, C#, PHP, Ruby, Rust), a JSON string
	// (RFC 8259 7): to the matching unescaped quote of the same kind, on
	// its line. A backslash escapes the next byte; a quote written \" (a
	// string inside an escaped string) closes at the next \".
	synQuoted

	// synLine: a configuration line's unquoted value (INI and the AWS
	// CLI config; java.util.Properties; spark-defaults.conf; Windows set;
	// PowerShell $env:): to the line's end, less trailing blanks. No inline
	// comments (configparser's default, Properties, spark-defaults). A line
	// pasted inside a string (a file's content in JSON, its line breaks
	// decoded) or a markdown table's cell ends at that string's '"' or that
	// cell's '|'.
	synLine
	// synLineHash: the same for formats where a blank then '#' starts a
	// comment (YAML 1.2 6.6 plain scalars, dotenv, POSIX sh export,
	// docker-compose environment, TOML bare values).
	synLineHash

	// synUserinfo: URL userinfo (RFC 3986 3.2.1): to the authority's LAST
	// '@' (the host holds none; a user or password holding one as pasted,
	// or decoded from %40, is still the userinfo). See userinfoAt.

	// synShellWord: a CLI flag's argument (POSIX sh 2.3 token
	// recognition): a word to the next blank or the line's end; opened
	// with a quote (given), to the matching quote. Unlike sh, a quote
	// inside the word ends it: pasted, a command line sits in a string
	// (a JSON "args" value, a Python list) whose quote closes it. The ';'
	// that ends the word is a terminator, not the value's: sh's control
	// operator (2.9.3 lists: "cmd --secret=V;"), and the end of an nginx
	// simple directive, "name and parameters separated by spaces [that]
	// ends with a semicolon" (nginx.org/en/docs/beginners_guide.html:
	// ngx_aws_auth's "aws_signing_key V;"); a ';' inside the word stays
	// in it (see directiveEnd).
	synShellWord

	// synScope: the access key ID of a SigV4 credential scope
	// (KEY/YYYYMMDD/region/service/aws4_request, also GOOG4): to the '/'
	// (or %2F) before an 8-digit date and a '/', whatever the key holds.
	synScope

	// synCookie: a cookie-pair's value in a Cookie header (RFC 6265 4.2.1
	// cookie-string = cookie-pair *( ";" SP cookie-pair )): to its own ';',
	// the line's end or a quote closing the header's string.
	synCookie
)

// valueLimit bounds every value (so a paste that is one long line stays
// linear).
const valueLimit = 8192

// valueEnd returns where the value that starts at s[v] ends under syntax
// syn (quote: the opening quote of synQuoted and of a quoted
// synShellWord), or -1 when the syntax's closer does not come (a quoted
// string not closed on its line, an XML element not closed on its line, a
// scope without its date).
func valueEnd(s string, v int, syn syntax, quote string) int {
	n := len(s)
	lim := min(n, v+valueLimit)
	switch syn {
	case synQuery, synQueryEnc, synQueryEnc2:
		e := v
		for e < lim {
			c := s[e]
			if queryStop[c] {
				if c == '#' && syn == synQuery && hashInValue(s, e) {
					e++
					continue
				}
				break
			}
			if c == '%' && (syn == synQueryEnc && (hasPrefixFold(s, e, "%26") || hasPrefixFold(s, e, "%23")) ||
				syn == synQueryEnc2 && (hasPrefixFold(s, e, "%2526") || hasPrefixFold(s, e, "%2523"))) {
				break
			}
			e++
		}
		if e == n || s[e] <= ' ' || s[e] == '"' || s[e] == '\'' || s[e] == '<' || s[e] == '`' {
			// Sentence punctuation after the URL ("…&X-Amz-Signature=ab12.
			// The request was redirected") is the sentence's, as the URL
			// reader reads it: the same value elsewhere gets the same
			// placeholder.
			for e > v+1 && strings.IndexByte(".,;:!?", s[e-1]) >= 0 {
				e--
			}
		}
		return e
	case synAuthParam:
		e := v
		for e < lim {
			c := s[e]
			if c == '\n' || c == '\r' || c == '"' || c == '\'' || c == '`' || c == '<' || c == '>' {
				break
			}
			if c == ',' || c == ' ' || c == '\t' {
				// the next auth-param ("…, name=" or "… name=")? the ','
				// or blank closes this one; a blank before anything
				// else is the header's end, a ',' before anything else
				// is the value's
				if nextParam(s, e) {
					break
				}
				if c != ',' {
					break
				}
			}
			e++
		}
		return e
	case synConnString:
		e := v
		for e < lim && s[e] != ';' && s[e] != '\n' && s[e] != '\r' && s[e] != '"' && s[e] != '\'' && s[e] != '`' {
			e++
		}
		return e
	case synHeaderField:
		e := v
		for e < lim && s[e] != '\n' && s[e] != '\r' && s[e] != '"' && s[e] != '\'' && s[e] != '`' {
			e++
		}
		for e > v && (s[e-1] == ' ' || s[e-1] == '\t') {
			e--
		}
		if e-2 > v && s[e-1] == '|' && s[e-2] == ' ' && (e == lim || s[e] != '"' && s[e] != '\'' && s[e] != '`') && tableRowAt(s, v) {
			// the line is a markdown table's row: its closing " |" is
			// the cell's border, not the field's
			e -= 2
			for e > v && (s[e-1] == ' ' || s[e-1] == '\t') {
				e--
			}
		}
		return e
	case synToken68:
		e := v
		for e < lim && s[e] > ' ' && strings.IndexByte("\"'`\\<>()[]{}", s[e]) < 0 {
			e++
		}
		return e
	case synXMLElement:
		x := strings.Index(s[v:min(n, v+valueLimit+2)], "</")
		if x < 0 || strings.IndexByte(s[v:v+x], '\n') >= 0 {
			return -1
		}
		return v + x
	case synQuoted:
		if quote == "" {
			return -1
		}
		q := quote[len(quote)-1]
		escaped := quote[0] == '\\'
		for e := v; e < lim; e++ {
			c := s[e]
			if c == '\n' {
				if e > v && e+1 < n && s[e+1] == q {
					// "…\n" in a JSON string the view decoded (a key
					// file's content): the line break ends the value,
					// the quote is its closer
					return e
				}
				return -1
			}
			if escaped {
				if c == '\\' && e+1 < n && s[e+1] == q {
					return e
				}
				continue
			}
			if c == '\\' && e+1 < n {
				e++
				continue
			}
			if c == q {
				return e
			}
		}
		return -1
	case synLine, synLineHash:
		e := v
		for e < lim && !lineStop[s[e]] {
			if syn == synLineHash && s[e] == '#' && e > v && (s[e-1] == ' ' || s[e-1] == '\t') {
				break
			}
			e++
		}
		for e > v && (s[e-1] == ' ' || s[e-1] == '\t') {
			e--
		}
		return e
	case synShellWord:
		if quote != "" {
			return valueEnd(s, v, synQuoted, quote)
		}
		e := v
		for e < lim && s[e] > ' ' && s[e] != '"' && s[e] != '\'' && s[e] != '`' {
			if s[e] == '\\' && e+1 < n && (s[e+1] == 'n' || s[e+1] == 'r' || s[e+1] == 't') {
				break // an escaped blank of the string the command sits in (JSON "…\n…")
			}
			e++
		}
		return directiveEnd(s, v, e)
	case synScope:
		// (the date: 8 digits, then '/' or the text's end; a scope cut
		// by a wrap keeps its key's delimiter)
		for x := v; x < min(n, v+256) && s[x] > ' ' && s[x] != '"' && s[x] != '\'' && s[x] != '<' && s[x] != '&'; x++ {
			if x > v && s[x] == '/' && x+9 <= n && allDigits(s[x+1:x+9]) && (x+9 == n || !isAlnum(s[x+9])) {
				return x
			}
			if x > v && hasPrefixFold(s, x, "%2f") && x+11 <= n && allDigits(s[x+3:x+11]) && (x+11 == n || !isAlnum(s[x+11])) {
				return x
			}
		}
		return -1
	case synCookie:
		e := v
		for e < lim && s[e] != ';' && s[e] != '\n' && s[e] != '\r' && s[e] != '"' {
			e++
		}
		return e
	}
	return -1
}

// queryStop holds the bytes that end a query value (a blank or control
// byte, & # " ' < > `), lineStop those that end a line's value (\n \r " |):
// one lookup a byte in valueEnd's loops instead of a comparison with each.
var queryStop, lineStop = func() (q, l [256]bool) {
	for c := 0; c <= ' '; c++ {
		q[c] = true
	}
	for _, c := range []byte("&#\"'<>`") {
		q[c] = true
	}
	for _, c := range []byte("\n\r\"|") {
		l[c] = true
	}
	return q, l
}()

// directiveEnd returns e, the end of an unquoted word s[v:e], less the
// ';' that close it: the terminator of a shell command or of an nginx
// directive ("aws_signing_key V;"), which a copy of V elsewhere does not
// carry. A word that is ';' alone keeps it (no value is empty).
func directiveEnd(s string, v, e int) int {
	k := e
	for k > v && s[k-1] == ';' {
		k--
	}
	if k == v {
		return e
	}
	return k
}

// tableRowAt reports whether the line holding s[v] is a markdown table's
// row (it starts with '|' after indentation).
func tableRowAt(s string, v int) bool {
	ls := lastIndexByte(s[max(0, v-4096):v], '\n') + 1 + max(0, v-4096)
	t := strings.TrimLeft(s[ls:v], " \t")
	return t != "" && t[0] == '|'
}

// hashInValue reports a '#' inside a credential's query value rather than
// the start of the URL's fragment. As a URL is written, '#' starts the
// fragment; pasted, a value holds one unencoded (or decoded from %23 in the
// view: a CloudFront URL inside another URL's parameter,
// Policy%3D100%230027%26Signature%3D…), and no reader can tell which. The
// slot fails closed: the '#' and what follows up to the value's own '&' are
// the value's unless nothing follows. A real fragment after a signature
// (#section, a route #/path or #!/path) goes with it: the fragment never
// reaches S3, the diagnosis does not read it (FuzzPlantedSlot
// d62f767c8b8ce868: 0#010072; 106586fdfff64ef2: 100#!002, which a
// "#! starts a route" exception let through).
func hashInValue(s string, k int) bool {
	if k+1 >= len(s) {
		return false
	}
	switch c := s[k+1]; {
	case c <= ' ' || c == '"' || c == '\'' || c == '<' || c == '>' || c == '`' || c == '&':
		return false
	}
	return true
}

// nextParam reports whether s[k] (a ',' or a blank) starts the next
// auth-param of a header: blanks and ',' then an auth-param's name and
// '='. The names are the schemes' own (a value may hold ",x=" itself):
// AWS SigV4 and GCS V4 (Credential, SignedHeaders, Signature), HTTP
// Digest (RFC 7616 3.4), Bearer's challenge (RFC 6750 3).
func nextParam(s string, k int) bool {
	for k < len(s) && (s[k] == ',' || s[k] == ' ' || s[k] == '\t') {
		k++
	}
	b := k
	for k < len(s) && k-b < 24 && (isAlnum(s[k]) || s[k] == '-' || s[k] == '_') {
		k++
	}
	if k == b || k >= len(s) || s[k] != '=' {
		return false
	}
	for _, name := range authParamNames {
		if strings.EqualFold(s[b:k], name) {
			return true
		}
	}
	return false
}

var authParamNames = [...]string{
	"Credential", "SignedHeaders", "Signature",
	"username", "realm", "nonce", "uri", "response", "algorithm", "cnonce", "opaque", "qop", "nc", "userhash",
	"scope", "error", "error_description", "error_uri",
}

// hasSuffixFold is strings.HasSuffix without regard to ASCII case.
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// userinfoAt reads URL userinfo (RFC 3986 3.2.1) that starts at s[u],
// after "scheme://": it returns the authority's last '@' (the userinfo's
// closer: the host holds none, so a user or password holding '@' as pasted
// is still userinfo) or -1. The authority ends at a blank, a quote or an
// angle bracket, and at '/' — except in a store's userinfo (store: s3a://,
// MC_HOST_), whose secret key holds '/' as pasted; '?' and '#' end it only
// after an '@' (a pasted password holds them before one) and when no other
// '@' follows in the word (a password holding '@' then '?'). limit bounds
// the walk.
func userinfoAt(s string, u int, store bool, limit int) int {
	at, colon, firstColon := -1, false, -1
	for k := u; k < len(s) && k-u < limit; k++ {
		c := s[k]
		switch {
		case c == '@':
			at = k
		case c == ':':
			if !colon {
				firstColon = k
			}
			colon = true
		case c <= ' ' || c == '"' || c == '\'' || c == '<' || c == '>' || c == '`':
			return at
		case c == '/' && !store && at < 0 && colon && slashInPassword(s, u, firstColon, k):
			// user:pass/word@host, the password pasted unencoded: the
			// '@' that follows decides
		case c == '/' && !store:
			return at
		case (c == '?' || c == '#') && at >= 0 && !store && atFollows(s, k):
			// user:@pa?ss@host: the password holds '@' then '?' as
			// pasted (or decoded from %40, %3F), or the user does
			// (02@#0100:pass@host: FuzzPlantedSlot 3df31fcd00b4a436): the
			// host holds no '@', so an '@' further in the same word is
			// still the closer
		case (c == '?' || c == '#' || c == '/') && at >= 0 && !store:
			return at
		}
	}
	return at
}

// atFollows reports whether an '@' comes after the '?' or '#' at s[k] in
// the same word before any '/', blank, quote or angle bracket, and no '='
// or '&' between: a query's name=value pairs ("user:pw@host?x=a@b") are
// no password.
func atFollows(s string, k int) bool {
	for x := k + 1; x < len(s) && x-k < 256; x++ {
		switch c := s[x]; {
		case c == '@':
			return true
		case c <= ' ' || c == '/' || c == '"' || c == '\'' || c == '<' || c == '>' || c == '`' || c == '=' || c == '&':
			return false
		}
	}
	return false
}

// webScheme reports a URL whose authority starts at s[u] after http://,
// https://, ws:// or wss:// (also git+https://): web URLs put '@' in
// their paths (npm scopes, @handles, an e-mail in a query), so "host:port/
// …@…" may be no userinfo there; a connection string's (postgres://,
// redis://, mongodb://, ftp://, amqp://) never does.
func webScheme(s string, u int) bool {
	k := u - 3
	if k < 2 || s[k:u] != "://" {
		return false
	}
	b := k
	for b > 0 && k-b < 16 && (isAlnum(s[b-1]) || s[b-1] == '+') {
		b--
	}
	w := strings.ToLower(s[b:k])
	return w == "http" || w == "https" || w == "ws" || w == "wss" || strings.HasSuffix(w, "+https") || strings.HasSuffix(w, "+http")
}

// slashInPassword reports whether the '/' at s[k], after "user:" (the
// URL's authority starting at s[u], its first ':' at s[colon]) and before
// any '@', belongs to a password pasted unencoded: an '@' follows in the
// same URL token. The password may hold '/', '?',
// '#', '=' and even "://" as pasted (q/w=e?r#t, https://x.y). When digits
// alone stand between ':' and this '/' in a web URL, they may be a port
// and a path: portPassword decides; "app:000/0127@db" and
// "app:0/0#0012@db" are passwords (FuzzPlantedSlot c055f46ce10d95e7).
func slashInPassword(s string, u, colon, k int) bool {
	if webScheme(s, u) && allDigits(s[colon+1:k]) {
		return portPassword(s, u, colon, k)
	}
	for x := k + 1; x < len(s) && x-k < 256; x++ {
		c := s[x]
		if c == '@' {
			// (also just after the '/': no port stands before it, so
			// "ci-bot:21070A0/@github.com" reads only as userinfo, and
			// the last '@' of the word closes it,
			// "ci-bot:A01000/@@github.com": FuzzPlantedSlot
			// 1115534492c19cac, 2805fe8194b7861a)
			return true
		}
		if c <= ' ' || c == '"' || c == '\'' || c == '<' || c == '>' || c == '`' {
			return false
		}
	}
	return false
}

// portPassword reports whether "s[u:colon]:DIGITS/…@…", a web URL whose
// digits read as a port (the '/' at s[k] ending them), is userinfo after
// all: a password pasted unencoded that starts with digits then '/'. It is
// when an '@' follows in the same word (not in a query's name=value) and
// either the "host" is no host name (an access key ID: letters
// with upper case and digits, as no host is written) or the '@' stands in
// the first path segment and a host name follows it: a path-style S3 URL
// puts a bucket first (no '@' in it), an npm scope or a version is no
// host name ("localhost:4873/@scope/pkg", "cdn:443/react@18.2.0/…"), so
// "ci-bot:2107000/@github.com" is "user:password@host". A path of several
// segments holding '@' stays a path ("minio:9000/bucket/u@example.com/f").
func portPassword(s string, u, colon, k int) bool {
	// (the last '@' of the word: the host holds none)
	// ('?' and '=' may be the password's; a query's name=value is not)
	at, first, slash, query := -1, true, false, false
	for x := k + 1; x < len(s) && x-k < 256; x++ {
		c := s[x]
		if c == '@' {
			at, first = x, !slash
		}
		if c <= ' ' || c == '"' || c == '\'' || c == '<' || c == '>' || c == '`' || c == '&' || c == '=' && query {
			break
		}
		switch c {
		case '/':
			slash = true
		case '?':
			query = true
		}
	}
	if at < 0 {
		return false
	}
	if h := s[u:colon]; idLike(h) && strings.ToLower(h) != h {
		return true
	}
	if !first && hostAt(s, at+1) && (!portNumber(s[colon+1:k]) || gitCredentialsLine(s, u)) {
		// a path of several segments before a host: userinfo still when
		// the digits are no port anyone writes (a leading 0, above
		// 65535), or on a line of git's credential store, which is one
		// URL "https://user:pass@example.com" a line
		// (git-scm.com/docs/git-credential-store, STORAGE FORMAT)
		// (FuzzPlantedSlot f142473582368005: ci-bot:000/1/27@github.com)
		return true
	}
	return first && hostAt(s, at+1)
}

// portNumber reports digits that read as a port as people write one: no
// leading 0, at most 65535 (RFC 6335 6: 0-65535).
func portNumber(d string) bool {
	if d == "" || len(d) > 5 || len(d) > 1 && d[0] == '0' {
		return false
	}
	n := 0
	for i := 0; i < len(d); i++ {
		n = n*10 + int(d[i]-'0')
	}
	return n <= 65535
}

// gitCredentialsLine reports a URL at s[u] (after its "scheme://") that
// is a line of git's credential store: alone on its line, under a line
// naming the file (cat ~/.git-credentials, # .git-credentials) with only
// such URL lines between.
func gitCredentialsLine(s string, u int) bool {
	ls := lastIndexByte(s[:u], '\n') + 1
	if !schemeStart(s, ls, u) {
		return false
	}
	for k, hops := ls, 0; k > 0 && hops < 16; hops++ {
		p := lastIndexByte(s[:k-1], '\n') + 1
		line := s[p : k-1]
		if strings.Contains(line, ".git-credentials") || strings.Contains(line, "git-credentials:") {
			return true
		}
		if x := strings.Index(line, "://"); x < 0 || !schemeStart(s, p, p+x+3) {
			return false
		}
		k = p
	}
	return false
}

// schemeStart reports a line s[ls:] that starts (after blanks) with a
// URL scheme whose "://" ends at u.
func schemeStart(s string, ls, u int) bool {
	k := ls
	for k < u && (s[k] == ' ' || s[k] == '\t') {
		k++
	}
	// (a numbered-lines markdown table's row holds the line in its text
	// cell: "| 3 | https://…", FuzzPlantedSlot 1d7adb15ea073d40)
	if k < u && s[k] == '|' {
		x := k + 1
		for x < u && s[x] == ' ' {
			x++
		}
		d := x
		for x < u && isDigit(s[x]) {
			x++
		}
		for x < u && s[x] == ' ' {
			x++
		}
		if x > d && x < u && s[x] == '|' {
			k = x + 1
			for k < u && s[k] == ' ' {
				k++
			}
		}
	}
	if u-k < 4 || s[u-3:u] != "://" {
		return false
	}
	for x := k; x < u-3; x++ {
		if !isAlnum(s[x]) && s[x] != '+' && s[x] != '-' && s[x] != '.' {
			return false
		}
	}
	return true
}

// hostAt reports a host name at s[h]: "localhost", an IPv4 address or a
// dotted name whose last label holds a letter ("4.17.21" after a
// package@ is a version), ending the word or followed by ':', '/', '?' or
// '#'.
func hostAt(s string, h int) bool {
	e, dots, lastLetter := h, 0, false
	for e < len(s) && e-h < 256 && (isAlnum(s[e]) || s[e] == '-' || s[e] == '.') {
		switch c := s[e]; {
		case c == '.':
			dots++
			lastLetter = false
		case !isDigit(c) && c != '-':
			lastLetter = true
		}
		e++
	}
	if e < len(s) && s[e] > ' ' && strings.IndexByte(":/?#\"'<>`)]},;", s[e]) < 0 {
		return false
	}
	name := s[h:e]
	return strings.EqualFold(name, "localhost") || dots == 3 && !lastLetter && name[len(name)-1] != '.' || dots > 0 && lastLetter
}

// delimited is the rule for a slot whose closer is a fixed string (an
// HTML table row's "</tr>", a cell's "</td>"): the value runs from s[v] to
// that closer whatever it holds. It returns the closer's offset, or -1
// when it does not come within limit bytes, or a line break comes first
// and stopAtLine is set.
func delimited(s string, v int, closer string, limit int, stopAtLine bool) int {
	end := min(len(s), v+limit+len(closer))
	x := strings.Index(s[v:end], closer)
	if x < 0 {
		return -1
	}
	if stopAtLine && strings.IndexByte(s[v:v+x], '\n') >= 0 {
		return -1
	}
	return v + x
}

// slotSyntax names the syntax of a labelled slot (the label s[i:j], its
// separator, the value from s[v], its opening quote), or synNone when the
// value is unquoted in a syntax the label and separator do not tell (code,
// a log's prose, a configuration line: labelled's readings decide those).
// cfg: the label starts a configuration line.
func slotSyntax(s string, i, j, v int, quote string, cfg bool) syntax {
	if quote != "" {
		return synQuoted // string literal, attribute, JSON string
	}
	if v > j && strings.TrimSpace(s[j:v]) == "" {
		return synShellWord // a blank separates: a CLI flag's argument, "aws configure set NAME VALUE"
	}
	if v <= j {
		return synNone
	}
	if cfg && (s[j] == ' ' || s[j] == '\t') {
		if sep := strings.TrimSpace(s[j:v]); sep == ":" || sep == "=" {
			// "name   :value", "name = value" on a configuration line:
			// java.util.Properties.load (which spark-defaults.conf is
			// read with) skips the blanks after the key, then one '=' or
			// ':', and the value runs to the line's end whatever it holds
			return synLine
		}
	}
	before := byte('\n') // what stands before the label
	if i > 0 {
		before = s[i-1]
	}
	switch {
	case s[v-1] == '=' && (before == '?' || before == '&' || before == ';' && strings.HasSuffix(s[:i], "&amp;")):
		return synQuery
	case v-j == 3 && hasPrefixFold(s, j, "%3d") && i >= 3 && (hasPrefixFold(s, i-3, "%26") || hasPrefixFold(s, i-3, "%3f")):
		return synQueryEnc
	case v-j == 5 && hasPrefixFold(s, j, "%253d") && i >= 5 && (hasPrefixFold(s, i-5, "%2526") || hasPrefixFold(s, i-5, "%253f")):
		return synQueryEnc2
	case v == j+1 && s[j] == '=' && (before == ' ' || before == ',' || before == '\t') && authParamLine(s, i):
		return synAuthParam
	case v == j+1 && s[j] == '=' && before == ';':
		return synConnString // …;AccountKey=…;
	case s[v-1] == '>' && before == '<' && (v == j+1 || s[j] == ' '):
		return synXMLElement // also with attributes (xmlAttrsEnd)
	case s[j] == '=' && (cliFlag(s[i:j]) || flagArg(s, i) || (before == ' ' || before == '\t') && commandLine(s, i)):
		// --password=VALUE, or --conf fs.s3a.secret.key=VALUE / -e
		// NAME=VALUE, or NAME=VALUE as an argument of a command typed
		// at a prompt (rclone config create NAME s3 access_key_id=…,
		// rclone.org/commands/rclone_config_create): the rest of the
		// shell word
		return synShellWord
	case s[j] == ':' && v > j+1 && (s[j+1] == ' ' || s[j+1] == '\t') && strings.IndexByte(s[i:j], '-') > 0 && s[i] != '-':
		// Name: value with a header's name (tokens joined by '-', which
		// no identifier of code holds): a header field line
		return synHeaderField
	case v == j+1 && s[j] == '=' && shellName(s[i:j]) && (before == ' ' || before == '\t' || before == '\n' || before == '=' || before == '"' || before == '\'' || before == '>' || before == '`'):
		// NAME=value, a shell variable's name (POSIX sh 2.9.1 variable
		// assignment): alone on its line, a dotenv or env-file entry
		// (docker --env-file, python-dotenv: to the line's end, " #"
		// a comment); after Windows cmd's "set", the rest of the line;
		// after "export", "env", a prompt or before a command, a shell
		// word; first in a parameter's value that is a pasted text
		// (?snippet=NAME=value%0A…, decoded) or in a string ("NAME=value"
		// of a docker-compose environment list, a JSON env array, a
		// pasted text as a JSON string), an element (<pre>NAME=value) or
		// markdown code (`NAME=value`), a shell word too
		ls := i
		for ls > 0 && (s[ls-1] == ' ' || s[ls-1] == '\t') {
			ls--
		}
		switch {
		case ls == 0 || s[ls-1] == '\n':
			return synLineHash
		case strings.HasSuffix(s[:ls], "set") && (ls == 3 || s[ls-4] <= ' '):
			return synLine
		}
		return synShellWord
	}
	return synNone
}

// commandLine reports whether s[i] stands on a command line typed at a
// shell prompt ("$ ", "% ", "> ", "PS C:\> ", or sh -x's "+ " trace), the
// line perhaps a numbered-lines table's row: its words are shell words.
func commandLine(s string, i int) bool {
	ls := lastIndexByte(s[max(0, i-2048):i], '\n') + 1 + max(0, i-2048)
	// (with the word's first byte: the word may be the first after the
	// prompt, "$ PKR_VAR_aws_secret_key=… packer build")
	t := strings.TrimLeft(s[ls:min(len(s), i+1)], " \t")
	if k, in := numberedRowText(t + " |"); k > 0 {
		t = in
	}
	if len(t) > 2 && t[0] == '+' && t[1] == ' ' || len(t) > 2 && promptStart(t, 0) {
		return true
	}
	// the prompt may open a container the line was pasted in: an HTML
	// element (<pre><code>$ …), a JSON string ("message":"$ …), a
	// parameter's value (?snippet=$ …, decoded)
	for p := 0; p < len(t) && p < 512; p++ {
		if x := strings.IndexByte(t[p:min(len(t), 512)], '$'); x < 0 {
			break
		} else {
			p += x
		}
		if p > 0 && strings.IndexByte(">\"'=`", t[p-1]) >= 0 && promptStart(t, p) {
			return true
		}
	}
	return false
}

// flagArg reports whether the word at s[i] is the argument of a CLI flag:
// the word before it, a blank apart on the line, starts with '-'
// (spark-submit --conf k=v, docker -e NAME=v, java -D is one word).
func flagArg(s string, i int) bool {
	k := i
	if k == 0 || s[k-1] != ' ' {
		return false
	}
	for k > 0 && s[k-1] == ' ' {
		k--
	}
	b := k
	for b > 0 && s[b-1] > ' ' {
		b--
	}
	return k-b >= 2 && s[b] == '-' && (isAlnum(s[b+1]) || s[b+1] == '-')
}

// shellName reports a shell variable's name in the environment's
// convention: upper-case letters, digits and '_' (POSIX sh 2.10.2 NAME;
// XBD 8.1: environment variable names "consist solely of uppercase
// letters, digits, and the <underscore>").
func shellName(w string) bool {
	if w == "" || isDigit(w[0]) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !(c >= 'A' && c <= 'Z' || isDigit(c) || c == '_') {
			return false
		}
	}
	return true
}

// authParamLine reports whether the label at s[i] stands in the
// auth-param list of an Authorization header: its scheme (AWS SigV4, GCS
// V4, HTTP Digest RFC 7616) or SigV4's first auth-param Credential= comes
// before it on its line.
func authParamLine(s string, i int) bool {
	ls := max(lastIndexByte(s[:i], '\n')+1, i-1200)
	t := s[ls:i]
	return strings.Contains(t, "Credential=") || strings.Contains(t, "AWS4-HMAC-SHA256 ") ||
		strings.Contains(t, "GOOG4-HMAC-SHA256 ") || strings.Contains(t, "GOOG4-RSA-SHA256 ") || strings.Contains(t, "Digest ")
}
