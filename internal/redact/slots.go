package redact

import (
	"strings"
	"sync"
)

// Label classes: what a labelled value is expected to be.
const (
	lSecret    = iota + 1 // secret access key (base64)
	lSession              // session token (base64)
	lToken                // a bare "token" label: session token or other credential
	lSignature            // SigV4/SigV2 signature
	lAccount              // 12-digit account ID
	lPassword             // password-style assignment
	lCred                 // other credentials (API keys, OAuth tokens)
	lKeyID                // access key ID labels (values without a known prefix)
	lBucket               // bucket names (only with RedactBucketNames)
	lObjectKey            // object keys (only with RedactBucketNames)
)

// labels maps a normalised label (lower case, without '_', '-' and '.') to
// its class. A label also matches as a suffix of a longer name at a word
// boundary (TF_VAR_aws_secret_key, X-Amz-Security-Token, mySecretKey).
var labels = sync.OnceValue(func() map[string]int {
	return map[string]int{
		"awssecretaccesskey": lSecret, "secretaccesskey": lSecret, "awssecretkey": lSecret,
		"secretkey": lSecret, "awssecret": lSecret, "secret": lSecret, "secretaccess": lSecret,
		"awssecretaccess": lSecret, "secretaccesskeyid": lSecret,

		"awssessiontoken": lSession, "sessiontoken": lSession, "awssecuritytoken": lSession,
		"securitytoken": lSession, "token0": lSession, "ststoken": lSession, "sessionkey": lSession,
		"token": lToken,

		"signature": lSignature, "signatureprovided": lSignature, "xamzsignature": lSignature,

		"account": lAccount, "accountid": lAccount, "accountnumber": lAccount, "awsaccount": lAccount,
		"awsaccountid": lAccount, "owner": lAccount, "ownerid": lAccount, "bucketowner": lAccount,
		"expectedbucketowner": lAccount, "aws": lAccount, "accountids": lAccount, "principal": lAccount,
		"awsaccountnumber": lAccount,

		"password": lPassword, "passwd": lPassword, "pwd": lPassword, "pass": lPassword,
		"passphrase": lPassword,

		"apikey": lCred, "apisecret": lCred, "apitoken": lCred, "accesstoken": lCred,
		"authtoken": lCred, "refreshtoken": lCred, "clientsecret": lCred, "secrettoken": lCred,
		"idtoken": lCred, "bearertoken": lCred, "privatekey": lCred, "xapikey": lCred,

		"awsaccesskeyid": lKeyID, "accesskeyid": lKeyID, "accesskey": lKeyID, "awsaccesskey": lKeyID,

		"bucket": lBucket, "bucketname": lBucket, "s3bucket": lBucket,
		"key": lObjectKey, "objectkey": lObjectKey, "s3key": lObjectKey,
	}
})

// labelClass returns the class of the word s[i:j] (0 if none) and the
// length of the normalised label that matched, looking at the whole word
// and at each suffix that starts at a separator or at a case change.
func labelClass(s string, i, j int) (int, int) {
	if j-i < 2 {
		return 0, 0
	}
	cut := false
	if j-i > 64 { // long word: only its tail's suffixes can be labels
		i, cut = j-64, true
	}
	var buf [64]byte
	var starts [32]int
	n, ns := 0, 0
	for k := i; k < j; k++ {
		c := s[k]
		if c == '_' || c == '-' || c == '.' {
			if ns < len(starts) {
				starts[ns] = n
				ns++
			}
			continue
		}
		if k > i && (c >= 'A' && c <= 'Z' && s[k-1] >= 'a' && s[k-1] <= 'z' || !isDigit(c) && isDigit(s[k-1])) && ns < len(starts) {
			starts[ns] = n
			ns++
		}
		buf[n] = lower(c)
		n++
	}
	if l, ok := labels()[string(buf[:n])]; ok && !cut {
		return l, n
	}
	for k := 0; k < ns; k++ {
		if starts[k] < n {
			if l, ok := labels()[string(buf[starts[k]:n])]; ok {
				return l, n - starts[k]
			}
		}
	}
	return 0, 0
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
