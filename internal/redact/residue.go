package redact

import (
	"math"
	"strings"
)

// Layer 3: residue. After the slots and the shapes, what is left of the
// paste is read run by run: AWS's bare heuristics (a 40-character secret
// key beside a key ID, a session token by its stable base64 prefix), then
// any long high-entropy run that is not a benign shape in a benign
// position is an unknown secret. Benign stays readable because the
// diagnosis needs it: hex (the hash on the last line of a string to sign,
// payload hashes, ETags, signatures' own checks, git SHAs, request IDs),
// runs after a benign label on their line (HostId, x-amz-id-2, checksums,
// integrity, data:…;base64, ssh-rsa, UploadId, ContinuationToken …),
// certificate and public-key bodies, and base64 that decodes to readable
// text holding no secret (a POST policy, a Kubernetes ConfigMap).

// bare judges one base64 run s[i:e] (decoded v) without context.
func (st *state) bare(s string, i, e int, v string) (hit, bool) {
	if k, ok := st.known[v]; ok {
		return hit{start: i, end: e, kind: k, val: v}, true
	}
	switch {
	case len(v) == 40:
		if st.hasKey && bareSecret(v) {
			return hit{start: i, end: e, kind: KindSecretAccessKey, val: v}, true
		}
	case len(v) >= 100:
		if tokenMarker(v) {
			return hit{start: i, end: e, kind: KindSessionToken, val: v}, true
		}
	case len(v) == 12 && allDigits(v):
		q := i > 0 && e < len(s) && (s[i-1] == '"' || s[i-1] == '\'') && s[e] == s[i-1]
		ap := i > 0 && s[i-1] == '-' && strings.HasPrefix(s[e:], ".s3-accesspoint")
		if q || ap {
			return hit{start: i, end: e, kind: KindAccountID, val: v}, true
		}
	}
	var h hit
	ok := false
	if len(v) < residueMin && len(v) >= 8 && (e < len(s) && isJoiner(s[e]) || i > 0 && isJoiner(s[i-1])) {
		// a run cut by a character that ends no word of prose ('!' '^'
		// '*' '~' '#' ','): the residue judges the whole word it is part
		// of (FuzzPlantedSlot 69416be4f500f5ba:
		// A001110222B28Cba!211797X0Y7707Zc in a forum post)
		a, b := i, e
		for a > 0 && i-a < 256 && (isB64(s[a-1]) || isJoiner(s[a-1])) {
			a--
		}
		for b < len(s) && b-e < 256 && (isB64(s[b]) || isJoiner(s[b])) {
			b++
		}
		for b > e && isJoiner(s[b-1]) {
			b-- // a sentence's punctuation after the word
		}
		if w := s[a:b]; len(w) >= residueMin && (a == 0 || !isWord(s[a-1])) && (b == len(s) || !isWord(s[b])) {
			h, ok = st.residue(s, a, b, w)
		}
	}
	if !ok && len(v) >= residueMin {
		h, ok = st.residue(s, i, e, v)
	}
	if !ok {
		return hit{}, false
	}
	if _, seen := st.known[h.val]; !seen {
		st.known[h.val] = h.kind
	}
	return h, true
}

// isJoiner reports a character that joins the parts of one word of prose
// rather than ending it.
func isJoiner(c byte) bool {
	return c == '!' || c == '^' || c == '*' || c == '~' || c == '#' || c == ','
}

// residueMin is the shortest run the residue layer judges.
const residueMin = 32

// residue judges a run no slot or shape took.
func (st *state) residue(s string, i, e int, v string) (hit, bool) {
	body := strings.TrimRight(v, "=")
	if len(body) < residueMin || allDigits(body) {
		return hit{}, false
	}
	if allHex(body) {
		// hashes have fixed lengths (MD5 32, SHA-1 40, SHA-224 56,
		// SHA-256 64, SHA-384 96, SHA-512 128): hex of another length in no
		// slot is a key or a seed
		switch len(body) {
		case 32, 40, 56, 64, 96, 128:
			return hit{}, false
		}
		if !hasDigit(body) || strings.ToLower(body) != body && strings.ToUpper(body) != body || benignBefore(s, i) {
			return hit{}, false
		}
		return hit{start: i, end: e, kind: KindUnknownSecret, val: v,
			note: "hex of no hash's length in no known slot: redacted as an unknown secret"}, true
	}
	if d, ok := printableB64(v); ok {
		// base64-wrapped text: a secret inside makes the whole run one
		if depth := st.b64depth; depth < 2 {
			st.b64depth++
			sub := &state{opts: st.opts, known: map[string]string{}, ph: st.ph, count: st.count, accounts: map[string]bool{}, b64depth: st.b64depth}
			// (read in its own view: the text's escapes decoded, as the
			// paste's are: a SAS URL's sig=%3D%2A… in base64)
			hs := sub.find(decodeView(d).text)
			st.b64depth--
			if len(hs) > 0 {
				return hit{start: i, end: e, kind: hs[0].kind, val: v, note: "base64-encoded text holding a secret"}, true
			}
		}
		return hit{}, false
	}
	if !highEntropy(body) || benignBefore(s, i) || pathLike(s, e, body) && !base64Marked(v) {
		return hit{}, false
	}
	return hit{start: i, end: e, kind: KindUnknownSecret, val: v,
		note: "a long random value in no known slot and of no known shape: redacted as an unknown secret"}, true
}

// entropyCounts counts v's bytes into cnt and returns its upper-case
// letters, lower-case letters, digits and the letters of its lower-case
// runs of 4 and more (words), for highEntropy. It tests no character in a
// branch: a random run's characters are what a branch predictor cannot
// guess, a miss at every other one.
func entropyCounts(v string, cnt *[256]int) (up, lo, dig, wordy int) {
	var cls [4]int // by entropyClass
	run := 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		cnt[c]++
		k := entropyClass[c]
		cls[k]++
		low := int(k>>1) & int(k) & 1 // 1 for a lower-case letter (class 3)
		ended := run &^ -low          // a run of lower-case letters ends here
		if ended < 4 {
			ended = 0
		}
		wordy += ended
		run = (run + 1) & -low
	}
	if run >= 4 {
		wordy += run
	}
	return cls[1], cls[3], cls[2], wordy
}

// entropyClass is highEntropy's class of a byte: 1 upper-case letter, 2
// digit, 3 lower-case letter, 0 any other.
var entropyClass = func() (t [256]uint8) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = 1
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = 2
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = 3
	}
	return
}()

func allHex(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isHex(s[i]) {
			return false
		}
	}
	return true
}

// highEntropy: Shannon entropy per character near that of random base64
// of this length (a 32-character random run has about 4.6 bits, English
// words and camelCase identifiers under 4.2), and not mostly words.
func highEntropy(v string) bool {
	var cnt [256]int
	up, lo, dig, wordy := entropyCounts(v, &cnt)
	classes := 0
	for _, n := range []int{up, lo, dig} {
		if n > 0 {
			classes++
		}
	}
	if classes < 2 || wordy*2 > len(v) {
		return false
	}
	h := 0.0
	for _, n := range cnt {
		if n > 0 {
			p := float64(n) / float64(len(v))
			h -= p * math.Log2(p)
		}
	}
	want := 4.3
	if len(v) >= 64 {
		want = 4.6
	} else if len(v) > 40 {
		want = 4.3 + 0.3*float64(len(v)-40)/24
	}
	if classes == 3 && len(v) >= 32 {
		// upper and lower case and digits mixed over 32+ characters, not
		// words: no identifier, hash or ID reads so (hashes and IDs are
		// one case, or hex, or carry dashes); a run whose characters
		// repeat more than random ones would is still a token someone
		// made (FuzzPlantedSlot d2e26b75b7702682:
		// A001110222B28CXYZ211797a0b7707cx, 3.5 bits)
		want = min(want, 3.5)
	}
	return h >= want
}

// benignLabels are labels after which a random-looking run is an
// identifier, a hash or public material that the diagnosis reads.
var benignLabels = []string{"requestid", "request-id", "request_id", "hostid", "host-id", "x-amz-id-2", "amz-cf-id",
	"etag", "checksum", "sha1", "sha256", "sha384", "sha512", "md5", "hash", "digest", "integrity", "fingerprint",
	"base64,", "ssh-rsa", "ssh-ed25519", "ecdsa-sha2", "ssh-dss", "public", "cert", "nonce", "commit", "uuid", "versionid",
	"version-id", "uploadid", "upload-id", "continuationtoken", "nextcontinuationtoken", "marker", "nexttoken", "cursor",
	"salt", "image/", "font/", "thumbprint", "sourceidentity"}

// benignBefore reports a benign label before s[i] on its line (within 48
// bytes), or a certificate or public-key PEM body around it.
func benignBefore(s string, i int) bool {
	// a run at the start of a line that continues one wrapped from the
	// line before is judged from where it started
	floor := max(0, i-4096) // bounded, so judging stays linear
	for hops := 0; hops < 64 && i > floor+1 && (s[i-1] == '\n' || s[i-1] == '\r'); hops++ {
		k := i - 1
		if s[k] == '\r' {
			k--
		}
		if k < 1 || !isB64(s[k-1]) {
			break
		}
		for k > floor && isB64(s[k-1]) {
			k--
		}
		i = k
	}
	// the 48 bytes before, on this line and, when this line continues a
	// wrapped one (the line before ends inside a word), on that one
	ls := i
	for ls > 0 && i-ls < 48 {
		if s[ls-1] == '\n' {
			if ls < 2 || !isWord(s[ls-2]) && !isB64(s[ls-2]) && s[ls-2] != '"' && s[ls-2] != '\'' && s[ls-2] != ':' {
				break
			}
		}
		ls--
	}
	var buf [48]byte
	n := 0
	for k := ls; k < i && n < len(buf); k++ {
		if s[k] != '\n' && s[k] != '\r' {
			buf[n] = lower(s[k])
			n++
		}
	}
	pre := string(buf[:n])
	for _, l := range benignLabels {
		if strings.Contains(pre, l) {
			return true
		}
	}
	// an S3 server access log line: its host ID and request ID stand in
	// fields without labels (S3 "Server access log format")
	// (within 400 bytes: a log line wrapped by a viewer)
	if accessLog(lineAround(s, i)) {
		return true
	}
	// (a line before that ends in a blank was cut there too: a log line
	// ends in no blank, and a viewer's hard wrap falls where it falls)
	if ls := lastIndexByte(s[max(0, i-800):i], '\n'); ls > 0 && s[max(0, i-800)+ls-1] != '\n' && accessLog(s[max(0, i-800):i]) {
		return true
	}
	lo := max(0, i-1<<14)
	if b := strings.LastIndex(s[lo:i], "-----BEGIN "); b >= 0 {
		b += lo
		hdr := s[b:min(len(s), b+64)]
		if !strings.Contains(hdr, "PRIVATE") && !strings.Contains(s[b:i], "-----END") {
			return true
		}
	}
	return false
}

// bareSecret is AWS's heuristic for a secret access key without a label:
// 40 base64 characters, mixed case with a digit or '+'/'/', not hex, and
// not made of words: fewer than 24 characters in lower-case runs of three
// or more (a camelCase identifier has about 30; random base64 reaches 24
// once in 30,000).
func bareSecret(v string) bool {
	var up, lo, dig, hexOnly = false, false, false, true
	wordy, run := 0, 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		if c >= 'a' && c <= 'z' {
			run++
		} else {
			if run >= 3 {
				wordy += run
			}
			run = 0
		}
		switch {
		case c >= 'A' && c <= 'Z':
			up = true
		case c >= 'a' && c <= 'z':
			lo = true
		case c == '=':
			return false
		default:
			dig = true
		}
		if !isHex(c) {
			hexOnly = false
		}
	}
	if run >= 3 {
		wordy += run
	}
	return up && lo && dig && !hexOnly && wordy < 24
}

// base64Marked reports a run that carries what base64 writes and no path
// does: '=' padding at its end (padded or not to a multiple of 4: a
// value cut or made up still ends so) or a '+' (RFC 4648 4's alphabet; an
// object key holding '+' and random enough to be judged here is rarer than
// a secret whose one segment between '/' is five lower-case letters by
// chance, 1 in 90 per segment: FuzzPlantedSlot's forum-prose
// "lF+thLAy…c5/yypbj/Hvv…1B==" read as a path and survived).
func base64Marked(v string) bool {
	return padded(v) || strings.HasSuffix(v, "=") || strings.IndexByte(v, '+') >= 0
}

// padded reports a run in base64's padded form: '=' padding and a length
// that is a multiple of 4 (an Azure storage key, 86 characters and "==",
// whose first 5 may well be lower-case letters before a '/'). No path
// ends so.
func padded(v string) bool {
	return len(v)%4 == 0 && strings.HasSuffix(v, "=")
}

// pathLike reports an object key or URL path rather than a secret: a run
// with '/' followed by a file extension, or with a year or a word of five
// lower-case letters between its slashes (reports/2024/efh9r700mg5zs.pdf).
func pathLike(s string, e int, body string) bool {
	if strings.IndexByte(body, '/') < 0 {
		return false
	}
	if e+2 < len(s) && s[e] == '.' {
		x := e + 1
		for x < len(s) && x-e <= 5 && s[x] >= 'a' && s[x] <= 'z' {
			x++
		}
		if x-e >= 3 && (x == len(s) || !isAlnum(s[x])) {
			return true
		}
	}
	for _, seg := range strings.Split(body, "/") {
		if len(seg) == 4 && allDigits(seg) && (seg[:2] == "19" || seg[:2] == "20") {
			return true
		}
		if len(seg) >= 5 && strings.Trim(seg, "abcdefghijklmnopqrstuvwxyz") == "" {
			return true
		}
	}
	return false
}

func accessLog(w string) bool {
	return strings.Contains(w, " REST.") || strings.Contains(w, " WEBSITE.") || strings.Contains(w, " BATCH.") || strings.Contains(w, " S3.")
}
