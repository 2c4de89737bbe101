package redact

import (
	"sort"
	"strings"
)

// hit is one span of a segment to replace.
type hit struct {
	start, end int
	kind       string
	val        string  // the normalised secret: the placeholder key
	hex        *hexSeg // set for a hex-bytes element to decode, redact and re-encode
}

// state is what one Redact call learns while it scans.
type state struct {
	opts     Options
	known    map[string]string // normalised value -> kind, for values found in context
	hasKey   bool              // the paste carries an access key ID
	buckets  []string          // bucket names and object keys found (RedactBucketNames)
	ph       map[string]string // normalised value -> placeholder
	count    map[string]int
	accounts map[string]bool // account IDs seen in the text
}

func (st *state) add(hits []hit, h hit) []hit {
	if h.end <= h.start || h.val == "" || IsPlaceholder(h.val) {
		return hits
	}
	switch h.kind {
	case KindAccessKeyID:
		st.hasKey = true
	case KindAccountID:
		st.accounts[h.val] = true
	case KindBucket, KindObjectKey:
		if hasPlaceholder(h.val) {
			return hits // already redacted material, not a name
		}
		if _, ok := st.known[h.val]; !ok {
			st.buckets = append(st.buckets, h.val)
		}
	}
	if h.kind != "" {
		if _, ok := st.known[h.val]; !ok {
			st.known[h.val] = h.kind
		}
	}
	return append(hits, h)
}

// sortHits orders hits by start and drops those overlapping an earlier
// (or, at the same start, a longer) one.
func sortHits(hits []hit) []hit {
	sort.SliceStable(hits, func(a, b int) bool {
		if hits[a].start != hits[b].start {
			return hits[a].start < hits[b].start
		}
		return hits[a].end > hits[b].end
	})
	out := hits[:0]
	last := -1
	for _, h := range hits {
		if h.start < last {
			continue
		}
		out = append(out, h)
		last = h.end
	}
	return out
}

// keyBoundary reports whether a key ID may start at s[k] inside the word
// that starts at s[i]: at the word start, after '_', '-', '.', or right
// after a percent escape or a JSON "\n".
func keyBoundary(s string, i, k int) bool {
	if k == i {
		return true
	}
	p := s[k-1]
	if p == '_' || p == '-' || p == '.' {
		return true
	}
	if k >= 3 && s[k-3] == '%' && isHex(s[k-2]) && isHex(s[k-1]) && (k-3 == i-1 || k-3 >= i && !isAlnum(s[k-4])) {
		return true
	}
	if k >= 5 && s[k-5] == '%' && k-5 == i-1 && s[k-4] == '2' && s[k-3] == '5' && isHex(s[k-2]) && isHex(s[k-1]) {
		return true
	}
	if k == i+1 && i > 0 && s[i-1] == '\\' && (p == 'n' || p == 't' || p == 'r') {
		return true
	}
	return false
}

// keyPlaceholderIn returns the end of the first access key ID or unique ID
// placeholder that starts at a key boundary in the word s[i:j] and is not
// the whole word, or 0.
func keyPlaceholderIn(s string, i, j int) int {
	if strings.IndexByte(s[i:j], '_') < 0 { // every key ID placeholder has one
		return 0
	}
	for k := i; k < j; k++ {
		if s[k] != 'A' || !keyBoundary(s, i, k) {
			continue
		}
		q := k
		for q < j && (isAlnum(s[q]) || s[q] == '_') {
			q++
		}
		if q == j && k == i {
			return 0
		}
		if kind, ok := PlaceholderKind(s[k:q]); ok && (kind == KindAccessKeyID || kind == KindUniqueID) {
			return q
		}
	}
	return 0
}

// scan1 finds what context identifies: key IDs, labelled values, ARNs,
// URL passwords, PEM keys, bearer tokens, hex-bytes elements and (with the
// option) bucket names and object keys. It returns sorted, non-overlapping
// hits.
func (st *state) scan1(s string) []hit {
	var hits []hit
	n := len(s)
	for i := 0; i < n; {
		c := s[i]
		if !isWord(c) {
			switch c {
			case ':':
				if i+3 <= n && s[i+1] == '/' && s[i+2] == '/' {
					hits = st.userinfo(s, i+3, hits)
				}
			case '<':
				if h, ok := st.hexElem(s, i); ok {
					hits = append(hits, h)
					i = h.end
					continue
				}
			}
			i++
			continue
		}
		j := i + 1
		for j < n && isWord(s[j]) {
			j++
		}
		next := j
		// A key ID placeholder inside the word was a key ID redacted
		// before: resume after it, as the first pass resumed after the key
		// (so "AKIA_KEY_1.key" is not read as the label "….key").
		if q := keyPlaceholderIn(s, i, j); q > 0 {
			next = q
		}
		// key IDs anywhere in the word at a boundary
		for k := i; k+16 <= j; k++ {
			if s[k] != 'A' || !keyBoundary(s, i, k) {
				continue
			}
			m, kind := keyIDAt(s, k)
			if m == 0 {
				continue
			}
			hits = st.add(hits, hit{start: k, end: k + m, kind: kind, val: s[k : k+m]})
			next = k + m
			if next < n && s[next] == ':' {
				if e, v := b64Run(s, next+1); e > next+1 && (e >= n || !isAlnum(s[e]) && s[e] != '_') {
					switch {
					case len(v) == 40:
						hits = st.add(hits, hit{start: next + 1, end: e, kind: KindSecretAccessKey, val: v})
						next = e
					case len(v) >= 20 && k >= 4 && s[k-4:k] == "AWS ":
						hits = st.add(hits, hit{start: next + 1, end: e, kind: KindSignature, val: v})
						next = e
					}
				}
			}
			break
		}
		if next != j {
			i = next
			continue
		}
		w := s[i:j]
		switch {
		case c == '-' && strings.HasPrefix(w, "-----BEGIN"):
			if h, ok := pemAt(s, i); ok {
				hits = st.add(hits, h)
				i = h.end
				continue
			}
		case (c == 'B' || c == 'b') && (w == "Bearer" || w == "bearer" || w == "BEARER" || w == "Basic" || w == "basic"):
			if h, ok := bearerAt(s, j, w); ok {
				hits = st.add(hits, h)
				i = h.end
				continue
			}
		case c == 'a' && w == "arn":
			var end int
			if hits, end = st.arn(s, j, hits); end > 0 {
				i = end
				continue
			}
		}
		if st.opts.RedactBucketNames {
			if hs, end := st.s3Location(s, i, j); end > 0 {
				for _, h := range hs {
					hits = st.add(hits, h)
				}
				i = end
				continue
			}
		}
		if h, ok := st.labelled(s, i, j); ok {
			hits = st.add(hits, h)
			i = h.end
			continue
		}
		i = j
	}
	for _, k := range st.opts.Known {
		hits = st.knownAnywhere(s, k, hits)
	}
	return sortHits(hits)
}

// knownAnywhere adds every occurrence of a caller-supplied secret, raw or
// percent-encoded.
func (st *state) knownAnywhere(s, k string, hits []hit) []hit {
	if len(k) < 4 {
		return hits
	}
	forms := []string{k}
	if enc := pctEncode(k); enc != k {
		forms = append(forms, enc, strings.ReplaceAll(enc, "%", "%25"))
	}
	for _, f := range forms {
		for off := 0; ; {
			x := strings.Index(s[off:], f)
			if x < 0 {
				break
			}
			hits = st.add(hits, hit{start: off + x, end: off + x + len(f), kind: KindSecretAccessKey, val: k})
			off += x + len(f)
		}
	}
	return hits
}

func pctEncode(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '+':
			b.WriteString("%2B")
		case '/':
			b.WriteString("%2F")
		case '=':
			b.WriteString("%3D")
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// separator reads what follows a label at s[j]: an optional closing quote,
// blanks, then '=', ':', '=>', ':=', '>', or a percent-encoded '=' or ':'.
// With spaceOK, blanks alone separate. It returns where the value starts
// (after blanks and an opening quote), the quote, and whether there was a
// separator.
func separator(s string, j int, spaceOK bool) (v int, quote string, ok bool) {
	n := len(s)
	k := j
	if k+1 < n && s[k] == '\\' && (s[k+1] == '"' || s[k+1] == '\'') {
		k += 2
	} else if k < n && (s[k] == '"' || s[k] == '\'') {
		k++
	}
	b := k
	for k < n && (s[k] == ' ' || s[k] == '\t') {
		k++
	}
	if k >= n {
		return 0, "", false
	}
	switch {
	case s[k] == '=':
		k++
		if k < n && s[k] == '>' {
			k++
		}
	case s[k] == ':':
		k++
		if k < n && s[k] == '=' {
			k++
		}
	case s[k] == '>':
		k++
	case hasPrefixFold(s, k, "%3d") || hasPrefixFold(s, k, "%3a"):
		k += 3
	case hasPrefixFold(s, k, "%253d") || hasPrefixFold(s, k, "%253a"):
		k += 5
	default:
		if !spaceOK || k == b {
			return 0, "", false
		}
	}
	for k < n && (s[k] == ' ' || s[k] == '\t') {
		k++
	}
	if k+1 < n && s[k] == '\\' && (s[k+1] == '"' || s[k+1] == '\'') {
		return k + 2, s[k : k+2], true
	}
	if k+1 < n && strings.IndexByte("rbfuRBFU", s[k]) >= 0 && (s[k+1] == '"' || s[k+1] == '\'') {
		k++
	}
	if k < n && (s[k] == '"' || s[k] == '\'' || s[k] == '`') {
		return k + 1, s[k : k+1], true
	}
	return k, "", true
}

// labelled handles a word followed by a separator and a value.
func (st *state) labelled(s string, i, j int) (hit, bool) {
	if j-i < 2 {
		return hit{}, false
	}
	// cheap check before normalising: a separator must follow
	if j >= len(s) {
		return hit{}, false
	}
	switch s[j] {
	case '=', ':', '>', '"', '\'', '%', '\\':
	case ' ', '\t':
		// blanks then a separator, or a long label / CLI flag alone
		k := j
		for k < len(s) && k-j < 16 && (s[k] == ' ' || s[k] == '\t') {
			k++
		}
		// (a word holding a placeholder is not long: the placeholder may
		// stand for a short value, and the first pass saw that)
		if k < len(s) && s[k] != '=' && s[k] != ':' && s[k] != '%' && (j-i < 12 || hasPlaceholder(s[i:j])) && !cliFlag(s[i:j]) {
			return hit{}, false
		}
	default:
		return hit{}, false
	}
	cl, ll := labelClass(s, i, j)
	if cl == 0 {
		return hit{}, false
	}
	if (cl == lBucket || cl == lObjectKey) && !st.opts.RedactBucketNames {
		return hit{}, false
	}
	// blanks alone separate only after a CLI flag or a long, specific label
	// (aws configure set aws_secret_access_key VALUE)
	spaceOK := cliFlag(s[i:j]) || ll >= 12 && cl != lKeyID && cl != lAccount && cl != lBucket && cl != lObjectKey
	v, quote, ok := separator(s, j, spaceOK)
	if !ok || v >= len(s) {
		return hit{}, false
	}
	switch cl {
	case lSecret, lSession, lToken, lSignature:
		e, val := b64Run(s, v)
		if e > v && (e >= len(s) || !isAlnum(s[e]) && s[e] != '_' && s[e] != '-' && !(s[e] == '.' && e+1 < len(s) && isAlnum(s[e+1]))) && len(val) >= 16 {
			kind := KindSecretAccessKey
			switch cl {
			case lSession:
				kind = KindSessionToken
			case lToken:
				kind = KindCredential
				if len(val) >= 100 || tokenMarker(val) {
					kind = KindSessionToken
				}
			case lSignature:
				kind = KindSignature
			}
			return hit{start: v, end: e, kind: kind, val: val}, true
		}
		if cl == lSignature {
			return hit{}, false
		}
		if e, val, ok := genericValue(s, v, quote); ok && len(val) >= 8 {
			return hit{start: v, end: e, kind: KindCredential, val: val}, true
		}
	case lAccount:
		if e, val, ok := accountValue(s, v); ok {
			return hit{start: v, end: e, kind: KindAccountID, val: val}, true
		}
	case lPassword:
		if e, val, ok := genericValue(s, v, quote); ok {
			return hit{start: v, end: e, kind: KindPassword, val: val}, true
		}
	case lCred:
		if e, val, ok := genericValue(s, v, quote); ok && len(val) >= 8 {
			return hit{start: v, end: e, kind: KindCredential, val: val}, true
		}
	case lKeyID:
		e := v
		for e < len(s) && e-v < 128 && (s[e] >= 'A' && s[e] <= 'Z' || isDigit(s[e])) {
			e++
		}
		if e-v >= 16 && (e >= len(s) || !isWord(s[e])) && !IsPlaceholder(s[v:e]) {
			return hit{start: v, end: e, kind: KindAccessKeyID, val: s[v:e]}, true
		}
	case lBucket:
		e := v
		for e < len(s) && e-v < 64 && (isAlnum(s[e]) || s[e] == '.' || s[e] == '-' || s[e] == '_') {
			e++
		}
		if e-v >= 3 && e-v <= 63 && (e >= len(s) || !isWord(s[e])) {
			return hit{start: v, end: e, kind: KindBucket, val: s[v:e]}, true
		}
	case lObjectKey:
		if e, val, ok := genericValue(s, v, quote); ok && !strings.ContainsAny(val, "()") {
			return hit{start: v, end: e, kind: KindObjectKey, val: val}, true
		}
	}
	return hit{}, false
}

// tokenMarker reports the stable base64 prefixes of STS session tokens.
func tokenMarker(v string) bool {
	head := v
	if len(head) > 20 {
		head = head[:20]
	}
	return strings.Contains(head, "YXdz") || strings.Contains(v, "Jb3JpZ2luX2Vj") || strings.HasPrefix(v, "AQoEXAMPLE")
}

// accountValue reads a 12-digit account ID (also 1234-5678-9012), or a list
// of them, at s[v].
func accountValue(s string, v int) (int, string, bool) {
	digits := func(k int) (int, string, bool) {
		if k+12 <= len(s) && allDigits(s[k:k+12]) && (k+12 == len(s) || !isAlnum(s[k+12])) {
			return k + 12, s[k : k+12], true
		}
		if k+14 <= len(s) && allDigits(s[k:k+4]) && s[k+4] == '-' && allDigits(s[k+5:k+9]) && s[k+9] == '-' && allDigits(s[k+10:k+14]) && (k+14 == len(s) || !isAlnum(s[k+14])) {
			return k + 14, s[k:k+4] + s[k+5:k+9] + s[k+10:k+14], true
		}
		return 0, "", false
	}
	return digits(v)
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return len(s) > 0
}

// genericValue reads a password-like value: up to the closing quote, or an
// unquoted run that does not look like code.
func genericValue(s string, v int, quote string) (int, string, bool) {
	n := len(s)
	if quote != "" {
		q := quote[len(quote)-1]
		e := v
		for e < n && e-v < 1024 && s[e] != '\n' {
			if s[e] == '\\' && quote[0] != '\\' && e+1 < n {
				e += 2
				continue
			}
			if s[e] == q && (quote[0] != '\\' || s[e-1] == '\\') {
				break
			}
			e++
		}
		if quote[0] == '\\' && e < n && s[e] == q {
			e-- // before the backslash of \"
		}
		if e >= n || e == v || e-v >= 1024 || s[e] == '\n' {
			return 0, "", false
		}
		val := s[v:e]
		if templateLike(val) {
			return 0, "", false
		}
		return e, val, true
	}
	e := v
	for e < n && e-v < 1024 {
		c := s[e]
		if c <= ' ' || strings.IndexByte("\"'`,;&<>(){}[]\\", c) >= 0 || hasPrefixFold(s, e, "%26") || hasPrefixFold(s, e, "%2526") {
			break
		}
		e++
	}
	if e == v || e-v >= 1024 {
		return 0, "", false
	}
	if e < n && (s[e] == '(' || s[e] == '[') {
		return 0, "", false
	}
	val := s[v:e]
	if templateLike(val) || identChain(val) {
		return 0, "", false
	}
	return e, val, true
}

// templateLike reports values that are references, not secrets.
func templateLike(v string) bool {
	lead := 0
	for lead < len(v) && (isAlnum(v[lead]) || v[lead] == '_' || v[lead] == '-') {
		lead++
	}
	if IsPlaceholder(v[:lead]) || hasPlaceholder(v) {
		return true
	}
	switch strings.ToLower(v) {
	case "none", "null", "nil", "true", "false", "undefined", "empty", "yes", "no", "=", ":":
		return true
	}
	if IsPlaceholder(v) || v[0] == '$' || v[0] == '%' || v[0] == '{' || v[0] == '<' || strings.Trim(v, "*xX.") == "" {
		return true
	}
	return strings.Contains(v, "{{") || strings.Contains(v, "${")
}

// identChain reports dotted identifiers such as os.environ or
// settings.PASSWORD.
func identChain(v string) bool {
	if !strings.Contains(v, ".") {
		return false
	}
	for _, part := range strings.Split(v, ".") {
		if part == "" || isDigit(part[0]) || len(part) > 32 {
			return false
		}
		for i := 0; i < len(part); i++ {
			if !isAlnum(part[i]) && part[i] != '_' {
				return false
			}
		}
	}
	return true
}

// bearerAt reads the credential after "Bearer " or "Basic " at s[j].
func bearerAt(s string, j int, w string) (hit, bool) {
	if j >= len(s) || s[j] != ' ' {
		return hit{}, false
	}
	v := j + 1
	e := v
	for e < len(s) && e-v < 8192 && (isAlnum(s[e]) || strings.IndexByte("._~+/=-", s[e]) >= 0) {
		e++
	}
	// A placeholder with trailing punctuation was redacted before: the
	// bucket and key placeholders ("redacted-key-1") are long enough to
	// pass for a token where the first pass saw a short word ("Bearer t."
	// in a paste whose object key is "t"). Only the whole value counts: a
	// real token that merely contains a placeholder's letters is redacted.
	if e-v < 8 || IsPlaceholder(strings.TrimRight(s[v:e], "._~+/=-")) {
		return hit{}, false
	}
	kind := KindBearerToken
	if lower(w[1]) == 'a' {
		kind = KindCredential
	}
	return hit{start: v, end: e, kind: kind, val: s[v:e]}, true
}

// pemAt redacts the body of a PEM private key whose header starts at s[i].
func pemAt(s string, i int) (hit, bool) {
	lim := i + 100
	if lim > len(s) {
		lim = len(s)
	}
	h := strings.Index(s[i+10:lim], "-----")
	if h < 0 || !strings.Contains(s[i:i+10+h], "PRIVATE KEY") {
		return hit{}, false
	}
	b := i + 10 + h + 5
	// A body that is one placeholder is a key redacted before: skip it
	// whole, as the first redaction skipped its header, even when no END
	// line follows (the plain body scan below stops at the '_').
	if p, q := placeholderAfterBlanks(s, b); q > p {
		return hit{start: p, end: q, kind: KindPrivateKey, val: s[p:q]}, true // skipped by add
	}
	end := len(s)
	if end-b > 1<<16 {
		end = b + 1<<16
	}
	e := strings.Index(s[b:end], "-----END")
	if e >= 0 {
		e += b
	} else {
		e = b
		for e < end && (isB64(s[e]) || s[e] == '\n' || s[e] == '\r' || s[e] == ' ' || s[e] == '\\' || s[e] == ':' || s[e] == '-' || s[e] == ',') {
			e++
		}
	}
	// trim blanks and literal \n around the body
	for b < e && (s[b] == '\n' || s[b] == '\r' || s[b] == ' ' || s[b] == '\\' && b+1 < e && s[b+1] == 'n') {
		if s[b] == '\\' {
			b++
		}
		b++
	}
	for e > b && (s[e-1] == '\n' || s[e-1] == '\r' || s[e-1] == ' ' || s[e-1] == 'n' && e-2 >= b && s[e-2] == '\\') {
		if s[e-1] == 'n' {
			e--
		}
		e--
	}
	if IsPlaceholder(s[b:e]) {
		return hit{start: b, end: e, kind: KindPrivateKey, val: s[b:e]}, true // skipped by add
	}
	// A body that already holds another placeholder (a short body whose
	// text another detector replaced) is no key body: taking it now would
	// make a second redaction differ from the first.
	if e-b < 16 || hasPlaceholder(s[b:e]) {
		return hit{}, false
	}
	val := strings.NewReplacer("\n", "", "\r", "", " ", "", `\n`, "").Replace(s[b:e])
	return hit{start: b, end: e, kind: KindPrivateKey, val: val}, true
}

// placeholderAfterBlanks returns the bounds of the placeholder that starts
// at s[b] after blanks and literal \n, or q == p when there is none.
func placeholderAfterBlanks(s string, b int) (p, q int) {
	p = b
	for p < len(s) && (s[p] == '\n' || s[p] == '\r' || s[p] == ' ' || s[p] == '\\' && p+1 < len(s) && s[p+1] == 'n') {
		if s[p] == '\\' {
			p++
		}
		p++
	}
	q = p
	for q < len(s) && q-p < 64 && (isAlnum(s[q]) || s[q] == '_' || s[q] == '-') {
		q++
	}
	if q == p || !IsPlaceholder(s[p:q]) {
		return p, p
	}
	return p, q
}

// userinfo redacts the password of scheme://user:password@host.
func (st *state) userinfo(s string, u int, hits []hit) []hit {
	colon := -1
	for k := u; k < len(s) && k-u < 512; k++ {
		c := s[k]
		switch {
		case c == '@':
			if colon > u && k > colon+1 && !hasPlaceholder(s[u:k]) {
				return st.add(hits, hit{start: colon + 1, end: k, kind: KindPassword, val: s[colon+1 : k]})
			}
			return hits
		case c == ':':
			if colon < 0 {
				colon = k
			}
		case c <= ' ' || strings.IndexByte("/\"'<>`", c) >= 0:
			return hits
		}
	}
	return hits
}

// colonAt reports a ':' at s[k], raw or percent-encoded, and its length.
func colonAt(s string, k int) int {
	if k < len(s) && s[k] == ':' {
		return 1
	}
	if hasPrefixFold(s, k, "%3a") {
		return 3
	}
	if hasPrefixFold(s, k, "%253a") {
		return 5
	}
	return 0
}

// arn reads arn:partition:service:region:account:resource after the word
// "arn" (ending at s[j]) and adds the account (and, with the option, the
// bucket and key of S3 ARNs). It returns the end of what it consumed, or 0.
func (st *state) arn(s string, j int, hits []hit) ([]hit, int) {
	k := j
	var fields [4][2]int
	for f := 0; f < 4; f++ {
		c := colonAt(s, k)
		if c == 0 {
			return hits, 0
		}
		k += c
		b := k
		for k < len(s) && k-b < 64 && (s[k] >= 'a' && s[k] <= 'z' || isDigit(s[k]) || s[k] == '-') {
			k++
		}
		if k == b {
			// A field redacted before (an account ID, wherever it stood)
			// is still that field, so a second pass consumes the same ARN
			// as the first.
			if e := placeholderAt(s, b); e > 0 {
				k = e
			}
		}
		fields[f] = [2]int{b, k}
	}
	if fields[0][1] == fields[0][0] || fields[1][1] == fields[1][0] {
		return hits, 0
	}
	acc := s[fields[3][0]:fields[3][1]]
	c := colonAt(s, k)
	if c == 0 && acc == "" {
		return hits, 0
	}
	if len(acc) == 12 && allDigits(acc) {
		hits = st.add(hits, hit{start: fields[3][0], end: fields[3][1], kind: KindAccountID, val: acc})
	}
	if c == 0 {
		return hits, k
	}
	k += c
	if st.opts.RedactBucketNames && s[fields[1][0]:fields[1][1]] == "s3" && acc == "" {
		b := k
		for k < len(s) && k-b < 64 && (s[k] >= 'a' && s[k] <= 'z' || isDigit(s[k]) || s[k] == '.' || s[k] == '-') {
			k++
		}
		if k-b >= 3 && k-b <= 63 {
			hits = st.add(hits, hit{start: b, end: k, kind: KindBucket, val: s[b:k]})
			if k < len(s) && s[k] == '/' {
				if e := keyEnd(s, k+1); e > k+1 {
					hits = st.add(hits, hit{start: k + 1, end: e, kind: KindObjectKey, val: s[k+1 : e]})
					k = e
				}
			}
		}
	}
	return hits, k
}

// keyEnd returns the end of an object key starting at s[k] in a URL or ARN.
func keyEnd(s string, k int) int {
	e := k
	for e < len(s) && e-k < 1024 {
		c := s[e]
		if c <= ' ' || strings.IndexByte("?#\"'<>`,*)]}\\", c) >= 0 {
			break
		}
		e++
	}
	return e
}

// cliFlag reports a word such as --secret-access-key.
func cliFlag(w string) bool {
	return len(w) > 3 && w[0] == '-' && w[1] == '-' && (w[2] >= 'a' && w[2] <= 'z' || w[2] >= 'A' && w[2] <= 'Z')
}
