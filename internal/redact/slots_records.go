package redact

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/rare"
	"github.com/presign-doctor/presign-doctor/internal/table"
)

// Slot classes recognised by construction rather than by one format
// (issue 18, found by the third held-out wave of internal/plant: formats
// written from documentation before this code was read). Each detector
// names the class it reads and the formats that write it; the examples
// beside each one are in slots_records_test.go.
//
//   - identities: the identity half of a credential pair. A record (the
//     bracket group, or else the paragraph, around a secret or password
//     found by the other slots) that holds a secret also names who it
//     belongs to: key=, user=, uid=, login=, key_id :=, KEY_ID '…', -u,
//     --username, --key, the userinfo user of a URL whose password is a
//     secret. That value is the access key ID when it reads as an
//     identifier (letters and digits, no path, no dot): s3fs/fsspec
//     key=/secret=, Nextcloud 'key'/'secret', Athena JDBC User=/Password=
//     and ODBC UID=/PWD=, DuckDB KEY_ID/SECRET, duck -u/-p, serverless
//     --key/--secret, awsathena+rest://KEY:SECRET@.
//   - userPassFlags: "-u USER … -p PASSWORD" on one command line (duck,
//     mysql, sshpass conventions): -p is the password when -u is there.
//   - setterCall: a call whose method names a credential and whose first
//     argument is a string literal: with_secret_access_key("…"),
//     .secretKey("…"), setPassword("…") (builders of object_store, the AWS
//     SDKs for Java and Rust, minio-java).
//   - promptLines: an interactive prompt that shows the current value in
//     brackets before the colon: "AWS Secret Access Key [None]: …",
//     "Password [****]: …" (aws configure, most CLI prompts).
//   - regValues: Windows "reg query" output, "NAME    REG_SZ    value".
//   - compoundLabel: a lower-case compound ending with "password"
//     (dbpassword, smtppassword, rootpassword: PHP, Nextcloud and many
//     config files glue the words).

// identityNames are the normalised names (lower case, without '_', '-',
// '.') of the field that names who holds the secret of its record.
var identityNames = table.Set(
	"key", "user", "username", "uid", "userid", "login",
	"keyid", "accessid", "access", "clientid",
)

// identityFlags are the CLI flags that name the user or key ID of the
// secret given beside them.
var identityFlags = table.Set(
	"-u", "--user", "--username", "--key", "--login", "--access-key",
	"--access-key-id", "--key-id", "--uid",
)

// idLike reports a value that reads as a generated identifier (a key ID,
// not a person's name, a path, a host or a file): 8 to 128 letters,
// digits, '-' and '_', with at least one letter and one digit.
func idLike(v string) bool {
	if len(v) < 8 || len(v) > 128 {
		return false
	}
	letter, digit, up, low, turns := false, false, false, false, 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case isDigit(c):
			digit = true
		case c >= 'A' && c <= 'Z':
			letter, up = true, true
			if i > 0 && v[i-1] >= 'a' && v[i-1] <= 'z' {
				turns++
			}
		case c >= 'a' && c <= 'z':
			letter, low = true, true
		case c == '-' || c == '_':
		default:
			return false
		}
	}
	// letters and digits, or a long mixed-case run (a random key such as
	// an Alibaba LTAI… ID)
	return letter && digit || up && low && len(v) >= 16 && turns >= 1
}

// keyLike reports a value of a field named as a key (key, key_id,
// access_key): any token of 6 to 128 letters, digits, '-' and '_' (a
// MinIO access key may be a lower-case word); a path, a file name or a
// host has '/' or '.'.
func keyLike(v string) bool {
	if len(v) < 6 || len(v) > 128 {
		return false
	}
	letter := false
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c|0x20 >= 'a' && c|0x20 <= 'z':
			letter = true
		case isDigit(c) || c == '-' || c == '_':
		default:
			return false
		}
	}
	return letter
}

// recordSpan bounds a record on each side of its secret: the records that
// pair a key with its secret (a dict, a call, an ini section, a command
// line) are short.
const recordSpan = 512

// record returns the bounds of the record around p: the innermost bracket
// group that opens before p (within recordSpan, not past a blank line) and
// closes after it, else the paragraph (the lines between blank lines, a
// section header or a shell prompt, recordSpan each side at most).
func record(s string, p int) (int, int) {
	depth := 0
	lo := max(0, p-recordSpan)
	if x := lastIndexPair(s[lo:p], '\n'); x >= 0 {
		lo += x + 2 // not past a blank line
	}
	for k := p - 1; k >= lo; k-- {
		x := lastBracket(s[lo : k+1])
		if x < 0 {
			break
		}
		k = lo + x
		c := s[k]
		switch c {
		case ')', '}', ']':
			depth++
		case '(', '{', '[':
			if depth > 0 {
				depth--
				continue
			}
			if c == '(' {
				pk := k
				for pk > lo && (s[pk-1] == ' ' || s[pk-1] == '\t') {
					pk--
				}
				if pk > lo && (s[pk-1] == '=' || s[pk-1] == ':') {
					continue // a value in parentheses (a split literal): its record is outside
				}
				if strings.HasSuffix(s[lo:k], "paste0") || strings.HasSuffix(s[lo:k], "concat!") || strings.HasSuffix(s[lo:k], "CONCAT") {
					continue // a value joined from pieces (concatCalls): its record is outside
				}
			}
			// the matching closer after p
			d := 0
			hi := min(len(s), p+recordSpan)
			for e := k + 1; e < hi; e++ {
				x := indexBracket(s[e:hi])
				if x < 0 {
					break
				}
				e += x
				switch s[e] {
				case '(', '{', '[':
					d++
				case ')', '}', ']':
					if d == 0 {
						if e > p {
							return k + 1, e
						}
						e = hi
					} else {
						d--
					}
				}
			}
			k = lo // no closer: fall back to the paragraph
		}
	}
	lo = max(0, p-recordSpan)
	a := lo + lastIndexByte(s[lo:p], '\n') + 1
	for a > lo && !recordBreak(s[a:min(len(s), a+256)]) {
		ps := lo + lastIndexByte(s[lo:a-1], '\n') + 1
		if prev := strings.TrimLeft(s[ps:a-1], " \t|"); prev == "" || prev[0] == '[' {
			break
		}
		a = ps
	}
	hi := min(len(s), p+recordSpan)
	b := p
	for b < hi {
		le := strings.IndexByte(s[b:hi], '\n')
		if le < 0 {
			b = hi
			break
		}
		b += le
		if recordBreak(s[b+1 : min(len(s), b+257)]) {
			break
		}
		b++
	}
	return a, b
}

// isBracket holds ( ) [ ] { }.
var isBracket = [256]bool{'(': true, ')': true, '[': true, ']': true, '{': true, '}': true}

// indexBracket and lastBracket are strings.IndexAny and LastIndexAny of s
// and "()[]{}", one lookup a byte (those build their set at each call,
// record makes a dozen a secret).
func indexBracket(s string) int {
	for i := 0; i < len(s); i++ {
		if isBracket[s[i]] {
			return i
		}
	}
	return -1
}

func lastBracket(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if isBracket[s[i]] {
			return i
		}
	}
	return -1
}

// recordBreak reports a line (the start of t) that begins a new record:
// a blank line, a section header, a shell prompt.
func recordBreak(t string) bool {
	if e := strings.IndexByte(t, '\n'); e >= 0 {
		t = t[:e]
	}
	t = strings.TrimLeft(t, " \t|")
	return t == "" || t[0] == '[' || strings.HasPrefix(t, "$ ") || strings.HasPrefix(t, "> ")
}

// identities adds the identity half of each credential pair whose secret
// hits holds (see the file comment). hits are scan1's, sorted.
func (st *state) identities(s string, hits []hit) []hit {
	var found []hit
	lastB := -1
	for _, h := range hits {
		if h.kind != KindSecretAccessKey && h.kind != KindPassword && h.kind != KindUnknownSecret {
			continue
		}
		// URL userinfo: scheme://USER:SECRET@ (the secret also when only
		// its shape told it, a user holding '#' cutting the authority
		// short for the password's reader: FuzzPlantedSlot
		// 3df31fcd00b4a436, awsathena+rest://02@#0100:SECRET@host)
		if h.start > 0 && s[h.start-1] == ':' {
			// (the user: RFC 3986 3.2.1's userinfo characters up to the
			// first ':', unreserved, sub-delims and '%': "072!0100" is a
			// user as much as an identifier is, FuzzPlantedSlot
			// b98517f309b4dbf8)
			// ('#' '?' '[' ']' too, gen-delims that a user pasted
			// unencoded holds: the scheme's "//" decides where it
			// starts; FuzzPlantedSlot 1bccd20fc1515eb3: 072#0100)
			// ('@' too: the userinfo ends at the authority's LAST '@',
			// so a user pasted with an unencoded '@' keeps it, as
			// userinfoAt reads the password; FuzzPlantedSlot
			// dc50c0878cd081ef: awsathena+rest://072@0100:SECRET@host)
			a := h.start - 1
			for a > 0 && h.start-a < 256 && (isAlnum(s[a-1]) || strings.IndexByte("-._~!$&'()*+,;=%#?[]@", s[a-1]) >= 0) {
				a--
			}
			// (its user is the key ID when it reads as one, or whatever its
			// shape in a record addressing S3: Athena's awsathena+rest://
			// beside its s3_staging_dir)
			if u := s[a:max(a, h.start-1)]; a >= 2 && s[a-2:a] == "//" && (h.end < len(s) && s[h.end] == '@' || strings.IndexByte(s[h.start:h.end], '@') >= 0) &&
				(idLike(u) || len(u) >= 3 && addressesS3(s[max(0, a-512):min(len(s), h.end+512)])) {
				found = append(found, hit{start: a, end: h.start - 1, kind: keyKind(s[a : h.start-1]), val: s[a : h.start-1]})
			}
		}
		if h.kind == KindUnknownSecret {
			continue // a record's identity is read beside a named secret only
		}
		if h.start < lastB {
			continue // inside the record read last (hits are sorted)
		}
		a, b := record(s, h.start)
		lastB = b
		found = identitiesIn(s, a, b, found)
	}
	found = userinfoUsers(s, st.anchorsOf(s).of(anScheme), found)
	if len(found) == 0 {
		return hits
	}
	var extra []hit
	for _, f := range found {
		extra = st.add(extra, f)
	}
	return mergeHits(hits, sortHits(extra))
}

// identityTail is the last part of the compound name w (after its last
// '-', '_' or '.', not first), lower-cased, when that part is a person's
// identity word. identitiesIn asks it at every word of a record: it reads
// only w's last 9 bytes, as a last part longer than 8 is no identity word
// (strings.LastIndexAny read the whole word and built its set each call).
func identityTail(w string) (string, bool) {
	for k := len(w) - 1; k >= 0 && k >= len(w)-9; k-- {
		if c := w[k]; c == '-' || c == '_' || c == '.' {
			if k > 0 && k < len(w)-3 {
				switch p := strings.ToLower(w[k+1:]); p {
				case "user", "username", "login", "userid", "uid":
					return p, true
				}
			}
			return "", false
		}
	}
	return "", false
}

// identitiesIn reads the identity fields of the record s[a:b].
func identitiesIn(s string, a, b int, found []hit) []hit {
	for k := a; k < b; {
		c := s[k]
		if class[c]&cAlnum == 0 && c != '-' || k > a && class[s[k-1]]&cWord != 0 {
			k++
			continue
		}
		e := k
		for e < b && class[s[e]]&cWord != 0 {
			e++
		}
		w := s[k:e]
		flag := w[0] == '-'
		name := w
		if !flag && len(w) > 3 {
			// a compound name whose last part names the identity: s3ql's
			// authinfo2 backend-login beside backend-password
			// (rath.org/s3ql-docs/authinfo.html), db_user, s3.username
			// (a person's identity word: kms_keyid names a KMS key)
			if p, ok := identityTail(w); ok {
				name = p
			}
		}
		if flag && !identityFlags[w] || !flag && (len(name) > 10 || strings.IndexByte("kKuUlLaAcC", name[0]) < 0 || !identityName(name)) {
			k = e
			continue
		}
		v, q := identityValue(s, e, b, flag)
		elem := false
		if v < 0 && !flag && k > 0 && s[k-1] == '<' && e < b && s[e] == '>' {
			// an XML element beside the secret's (<server><username>KEY
			// </username><password>SECRET</password>, Maven settings.xml
			// as S3 wagons read it; FileZilla's <User> beside <Pass>): its
			// text, to the next tag whatever it holds (syntax: XML
			// element, delim.go; FuzzPlantedSlot 1cf0feb3e631c9b6:
			// <username>01,00072</username>)
			v, q, elem = e+1, 0, true
		}
		if v < 0 {
			k = e
			continue
		}
		ve := v
		if elem {
			if x := valueEnd(s, v, synXMLElement, ""); x > v && x <= b {
				ve = x
			}
		} else if q == 0 && !flag {
			// a value does not start with its own delimiter: leading ','
			// ';' are its characters, as genericValue reads them, unless
			// the next field follows them ("User=;Password=…": an empty
			// user) (FuzzPlantedSlot: Athena's JDBC URL, User=,0010207)
			x := v
			for x < b && x-v < 8 && (s[x] == ',' || s[x] == ';') {
				x++
			}
			if x > v {
				y := x
				for y < b && s[y] > ' ' && strings.IndexByte(",;)}]&|\"'<=", s[y]) < 0 {
					y++
				}
				if y > x && (y == b || s[y] != '=') {
					ve = x
				}
			}
		}
		for !elem && ve < b && s[ve] != '\n' {
			// (a flag's argument is a shell word: ',' ')' '}' ']' are in it)
			if q != 0 && s[ve] == q || q == 0 && !flag && strings.IndexByte(" \t,;)}]&|\"'<", s[ve]) >= 0 ||
				q == 0 && flag && strings.IndexByte(" \t;&|\"'<`", s[ve]) >= 0 {
				break
			}
			ve++
		}
		if !elem && q == 0 && !flag && ve > v {
			ve = listValueEnd(s, v, ve, b) // (User=B,200001;Password=…)
		}
		val := s[v:ve]
		if q == 0 && strings.HasSuffix(val, "(") && ve < b && (s[ve] == '"' || s[ve] == '\'' || s[ve] == '`') {
			// a call given a literal (Key: aws.String("reports/q1.pdf"),
			// Go's SDK; key: String("…")): the value is the argument, read
			// by the quoted-literal slots, not the call's name, whose
			// every copy would go (Bucket: aws.String(…) too)
			k = ve
			continue
		}
		ok := idLike(val)
		if !ok && !flag && isKeyName(w) {
			// a field named as a key in a record that holds a secret is
			// its key ID whatever its shape (B.A00010, a word): only a
			// path, a template or a reference that code makes (codeExpr:
			// a variable or member chain in a slot written in code) is not
			ok = keyLike(val) && !templateLike(val) || anyShapeID(s, k, e, val, q)
			n := normKey(w)
			if ok && n == "key" && fileNameLike(val) { // slots_outputs.go
				ok = false
			}
			if !ok && (n == "keyid" || n == "accessid") {
				// a name that only ever holds a key ID (key_id, KEY_ID,
				// access_id) takes '/' too: no path is named so; a bare
				// key may be an object key's path and keeps the rule
				// above (FuzzPlantedSlot: DuckDB KEY_ID '000/0127')
				ok = anyShapeID(s, k, e, strings.ReplaceAll(val, "/", "_"), q)
			}
			if !ok && n == "key" && secretSibling(s[a:b]) && !keyPathLike(val) {
				// key beside secret is the key/secret pair of the AWS SDK
				// for PHP's credentials array, Laravel's s3 disk,
				// Nextcloud's objectstore arguments, fsspec/s3fs's
				// S3FileSystem(key=, secret=): its key ID whatever it
				// holds, '/' too, unless it reads as an object's path
				// (FuzzPlantedSlot: Nextcloud 'key' => '000/7120', fsspec
				// key='0/070012')
				ok = anyShapeID(s, k, e, strings.ReplaceAll(val, "/", "_"), q)
			}
		}
		if !ok && (addressesS3(s[a:b]) || flag && normKey(w) == "key") {
			// a command or a connection string addressing S3 (duck, s3fs,
			// Athena's JDBC URL), a --key flag: its user is the access key
			// ID, a lower-case word or any other shape as well
			ok = keyLike(val) && !templateLike(val) || anyShapeID(s, k, e, val, q)
			if !ok && flag && normKey(w) != "key" && addressesS3(s[a:b]) {
				// a user flag's argument (duck --username, -u, --login)
				// in a command addressing S3 is its access key ID
				// whatever it holds: '/' too, no path names a user (a
				// --key may be an object key's path, so it keeps the rule
				// above) (FuzzPlantedSlot 5cc3d882dde65937: 07200/01)
				ok = len(val) >= 3 && !templateLike(val)
			}
			if !ok && flag && normKey(w) == "key" && strings.Contains(s[a:b], "--secret") && !keyPathLike(val) {
				// a --key beside a --secret (serverless config credentials
				// --key … --secret …) is the pair's key ID whatever it
				// holds, '/' too, unless it reads as an object's path, as
				// key beside secret= is (FuzzPlantedSlot 5af44de7e5ee022b:
				// --key 000/0271)
				ok = anyShapeID(s, k, e, strings.ReplaceAll(val, "/", "_"), q)
			}
			if !ok && !flag && !isKeyName(w) && addressesS3(s[a:b]) {
				// so is a user field's value (User=, UID=, UserName=):
				// '/' too, as for the flag (FuzzPlantedSlot 9b1f7116ebe1c1f6:
				// WinSCP.ini UserName=000/0127 of an S3 session)
				ok = anyShapeID(s, k, e, strings.ReplaceAll(val, "/", "_"), q)
			}
		}
		if ok && normKey(w) == "key" && !flag && fieldNamed(s[a:b], "value") && !fieldNamed(s[a:b], "secret") {
			// key beside value is a name and its value (GitLab's and
			// Bitbucket's variables API, {"key": "AWS_SECRET_ACCESS_KEY",
			// "value": …}; Terraform's tags): the key names the secret,
			// it holds none. Redacted, the name went from every line of
			// the paste (h-rprobe8: a /proc/PID/environ line beside it
			// kept its key ID)
			ok = false
		}
		if ok && !IsPlaceholder(val) && !hasPlaceholder(val) {
			found = append(found, hit{start: v, end: ve, kind: keyKind(val), val: val})
		}
		k = ve
	}
	return found
}

// identityValue reads the separator after an identity field ending at e:
// an optional closing quote, blanks, then '=', ':', ':=', '=>' (or, for a
// flag or a SQL option, blanks alone), blanks and an opening quote. It
// returns where the value starts and its quote, or -1.
func identityValue(s string, e, b int, flag bool) (int, byte) {
	k := e
	if k < b && (s[k] == '"' || s[k] == '\'') {
		k++
	}
	if k < b && s[k] == ']' && e > 0 && (s[e-1] != ']') {
		k++ // PHP's print_r: [key] => value
	}
	sp := k
	for k < b && (s[k] == ' ' || s[k] == '\t') {
		k++
	}
	sep := false
	switch {
	case k+1 < b && (s[k:k+2] == ":=" || s[k:k+2] == "=>"):
		k += 2
		sep = true
	case k < b && (s[k] == '=' || s[k] == ':'):
		k++
		sep = true
	}
	if !sep && k == sp {
		return -1, 0
	}
	for k < b && (s[k] == ' ' || s[k] == '\t') {
		k++
	}
	var q byte
	if k+1 < b && s[k] == '(' && (s[k+1] == '"' || s[k+1] == '\'') {
		k++ // ("…" "…"): a literal split in parentheses
	}
	if k+8 < b && s[k] == 'p' && strings.HasPrefix(s[k:], "paste0(") && (s[k+7] == '"' || s[k+7] == '\'') {
		k += 7 // R: key = paste0("…", "…"), the pieces one string (inConcat), as separator reads it
	}
	if k < b && (s[k] == '"' || s[k] == '\'') {
		q = s[k]
		k++
	} else if !sep && !flag {
		return -1, 0 // "key value" only as a flag or a quoted SQL option
	}
	return k, q
}

// normKey lower-cases a short field name without '_', '-' and '.'.
func normKey(w string) string {
	var buf [16]byte
	n := 0
	for i := 0; i < len(w) && n < len(buf); i++ {
		if c := w[i]; c != '_' && c != '-' && c != '.' {
			buf[n] = lower(c)
			n++
		}
	}
	return string(buf[:n])
}

// identityName reports w, lower-cased without '_', '-' and '.', among
// identityNames (without allocating).
func identityName(w string) bool {
	var buf [16]byte
	n := 0
	for i := 0; i < len(w) && n < len(buf); i++ {
		c := w[i]
		if c == '_' || c == '-' || c == '.' {
			continue
		}
		buf[n] = lower(c)
		n++
	}
	return identityNames[string(buf[:n])]
}

// userPassFlags reads "-u USER … -p PASSWORD" on one command line: the
// value of -p is the password (duck(1) --username/--password short forms,
// mysql(1) -u/-p, sshpass -p with ssh -l/-u), only when -u is on the same
// line (alone, -p is a port or mkdir's flag).
func (st *state) userPassFlags(s string, hits []hit) []hit {
	le, withU := -1, false
	from := 0
	for _, x := range st.anchorsOf(s).of(anPortFlag) {
		if x < from {
			continue
		}
		from = x + 4
		if x >= le { // a new line: read it once
			ls := lastIndexByte(s[max(0, x-2048, le+1):x], '\n') + max(0, x-2048, le+1) + 1
			e := strings.IndexByte(s[x:min(len(s), x+2048)], '\n')
			if e < 0 {
				e = min(len(s), x+2048) - x
			}
			le = x + e
			withU = strings.Contains(s[ls:le], " -u ")
		}
		if !withU {
			continue
		}
		if ws := shellWords(s, x+3, 1); len(ws) == 1 {
			v := s[ws[0][0]:ws[0][1]]
			if len(v) >= 4 && !templateLike(v) && !hasPlaceholder(v) && !isDigits(v) {
				hits = st.add(hits, hit{start: ws[0][0], end: ws[0][1], kind: KindPassword, val: v})
			}
		}
	}
	return hits
}

func isDigits(v string) bool { return v != "" && strings.Trim(v, "0123456789") == "" }

// setterCall reads a call whose method (the word s[i:j], before "(")
// names a credential and whose first argument is a string literal:
// with_access_key_id("…") (object_store AmazonS3Builder), .secretKey("…")
// and .accessKey("…") (builders), setPassword("…"). A getter (get…,
// fetch…, load…) takes a name, not the value.
func setterCall(s string, i, j int) (hit, bool) {
	if j >= len(s) || s[j] != '(' || j+2 >= len(s) {
		return hit{}, false
	}
	// the cheap test first: a string literal opens the arguments
	k := j + 1
	for k < len(s) && (s[k] == ' ' || s[k] == '\n' || s[k] == '\t') && k-j < 64 {
		k++
	}
	for n := 0; n < 3 && k < len(s); n++ { // Some("…"), concat!("…", "…"), String::from("…")
		w := argWrapper(s[k:])
		if w == 0 {
			break
		}
		k += w
	}
	if k >= len(s) || s[k] != '"' && s[k] != '\'' {
		return hit{}, false
	}
	w := s[i:j]
	if x := lastIndexByte(w, '.'); x >= 0 {
		i += x + 1
		w = w[x+1:]
	}
	if len(w) < 3 {
		return hit{}, false
	}
	lw := strings.ToLower(w[:min(len(w), 8)])
	for _, p := range []string{"get", "fetch", "load", "read", "lookup", "has", "is", "delete", "remove", "describe", "list", "create", "generate", "rotate"} {
		if strings.HasPrefix(lw, p) {
			return hit{}, false
		}
	}
	cl, _ := labelClass(s, i, j)
	switch cl {
	case lSecret, lSession, lPassword, lKeyID, lCred, lToken:
	default:
		return hit{}, false
	}
	e := valueEnd(s, k+1, synQuoted, s[k:k+1]) // syntax: string literal
	if e < 0 {
		return hit{}, false
	}
	v := s[k+1 : e]
	if v == "" || templateLike(v) || IsPlaceholder(v) {
		return hit{}, false
	}
	return hit{start: k + 1, end: e, kind: classKind(cl, v), val: v}, true
}

// promptLines reads interactive prompts that show the current value in
// brackets before the colon, the answer after it: "AWS Access Key ID
// [None]: …", "AWS Secret Access Key [****************ABCD]: …" (aws
// configure, AWS CLI reference), "Password [****]: …". The label before
// the brackets is a phrase label.
func (st *state) promptLines(s string, hits []hit) []hit {
	from := 0
	for _, x := range st.anchorsOf(s).of(anPromptEnd) {
		if x < from {
			continue
		}
		from = x + 3
		lo := max(0, x-256)
		ls := lo + lastIndexByte(s[lo:x], '\n') + 1
		o := lastIndexByte(s[ls:x], '[')
		if o < 0 {
			continue
		}
		o += ls
		label := strings.TrimRight(s[ls:o], " \t")
		if sp := strings.LastIndexAny(label, "|>"); sp >= 0 { // a table cell, a quote
			label = label[sp+1:]
		}
		cl := phraseLabels()[normPhrase(label)]
		if cl == 0 {
			continue
		}
		ws := shellWords(s, x+3, 1)
		if len(ws) != 1 {
			continue
		}
		v := s[ws[0][0]:ws[0][1]]
		if v == "" || templateLike(v) || hasPlaceholder(v) {
			continue
		}
		hits = st.add(hits, hit{start: ws[0][0], end: ws[0][1], kind: classKind(cl, v), val: v})
	}
	return hits
}

// normPhrase lower-cases the last words of a phrase label without blanks,
// '_' and '-', keeping at most 24 letters (the longest phrase label).
func normPhrase(p string) string {
	var buf []byte
	for i := len(p) - 1; i >= 0 && len(buf) < 24; i-- {
		c := p[i]
		if c == ' ' || c == '_' || c == '-' || c == '\t' {
			continue
		}
		if !isAlnum(c) {
			break
		}
		buf = append(buf, lower(c))
	}
	for a, b := 0, len(buf)-1; a < b; a, b = a+1, b-1 {
		buf[a], buf[b] = buf[b], buf[a]
	}
	t := string(buf)
	// the longest suffix that is a phrase label
	for k := 0; k < len(t); k++ {
		if _, ok := phraseLabels()[t[k:]]; ok {
			return t[k:]
		}
	}
	return ""
}

// regValues reads Windows "reg query" output (Windows Commands reference,
// reg query): "    NAME    REG_SZ    value", one value a line; NAME is a
// label in any syntax (HKCU\Environment holds the variables setx wrote).
func (st *state) regValues(s string, hits []hit) []hit {
	from := 0
	for _, x := range st.anchorsOf(s).of(anRegType) {
		if x < from {
			continue
		}
		from = x + 4
		if x < 4 || s[x-4:x] != "    " {
			continue
		}
		t := x
		x -= 4
		te := t
		for te < len(s) && (isAlnum(s[te]) || s[te] == '_') {
			te++
		}
		switch s[t:te] {
		case "REG_SZ", "REG_EXPAND_SZ", "REG_MULTI_SZ":
		default:
			continue
		}
		ne := x
		for ne > 0 && x-ne < 64 && s[ne-1] == ' ' {
			ne--
		}
		na := ne
		for na > 0 && ne-na < 128 && class[s[na-1]]&cWord != 0 {
			na--
		}
		cl, _ := labelClass(s, na, ne)
		if cl == 0 || cl == lBucket || cl == lObjectKey || cl == lAccount || cl == lScope || cl == lCapability || cl == lCookie {
			continue
		}
		v := te
		for v < len(s) && (s[v] == ' ' || s[v] == '\t') {
			v++
		}
		hi := min(len(s), v+4096)
		e := strings.IndexByte(s[v:hi], '\n')
		if e < 0 {
			e = hi - v
		}
		val := s[v : v+e]
		if b := strings.IndexAny(val, " \t\r|"); b >= 0 {
			val = val[:b] // a credential holds no blank (a table's border, a joined wrap follow)
		}
		if val == "" || templateLike(val) || hasPlaceholder(val) {
			continue
		}
		hits = st.add(hits, hit{start: v, end: v + len(val), kind: classKind(cl, val), val: val})
	}
	return hits
}

// compoundLabel is the class of a lower-case compound label that no
// separator splits, ending with a password word: dbpassword,
// smtppassword, rootpasswd (config.php, my.cnf-style keys), or 0.
func compoundLabel(buf []byte) int {
	n := len(buf)
	if n < 7 || n > 16 || buf[n-1] != 'd' { // both words end with 'd'
		return 0
	}
	for _, w := range []string{"password", "passwd"} {
		if n > len(w) && n <= len(w)+8 && string(buf[n-len(w):]) == w && lettersOnly(string(buf[:n-len(w)])) {
			return lPassword
		}
	}
	return 0
}

// sqlOption reads a SQL option written as a keyword and a quoted literal
// with blanks alone between them: DuckDB CREATE SECRET (TYPE s3, KEY_ID
// '…', SECRET '…') (duckdb.org secrets manager), Redshift ACCESS_KEY_ID
// '…' SECRET_ACCESS_KEY '…' (COPY credentials), Snowflake
// AWS_SECRET_KEY = '…'. The word is upper case or holds '_' (an option
// keyword, not prose) and names a credential.
func sqlOption(s string, i, j int) (hit, bool) {
	upper, under := true, false
	for k := i; k < j; k++ {
		c := s[k]
		if c >= 'a' && c <= 'z' {
			upper = false
		}
		if c == '_' {
			under = true
		}
	}
	q := byte('\'')
	by := identifiedBy(s, i, j) // slots_keywords.go
	if !upper && !under || by {
		if by {
			// IDENTIFIED BY '…'
		} else if q = keywordLiteral(s, i, j); q == 0 { // slots_keywords.go
			return hit{}, false
		}
	}
	k := j
	for k < len(s) && k-j < 16 && (s[k] == ' ' || s[k] == '\t') {
		k++
	}
	if k == j || k >= len(s) || s[k] != q {
		return hit{}, false
	}
	cl, _ := labelClass(s, i, j)
	if by {
		cl = lPassword
	}
	switch cl {
	case lSecret, lSession, lPassword, lKeyID, lCred, lToken:
	default:
		return hit{}, false
	}
	e := valueEnd(s, k+1, synQuoted, string(q)) // syntax: string literal
	if e < 0 || strings.IndexByte(s[k+1:e], '\n') >= 0 {
		return hit{}, false
	}
	v := s[k+1 : e]
	if v == "" || templateLike(v) || IsPlaceholder(v) {
		return hit{}, false
	}
	return hit{start: k + 1, end: e, kind: classKind(cl, v), val: v}, true
}

// sqlOptionNext reports blanks then a single quote at s[j] (sqlOption's
// entry test for slotCandidate).
func sqlOptionNext(s string, j int) bool {
	k := j
	for k < len(s) && k-j < 16 && (s[k] == ' ' || s[k] == '\t') {
		k++
	}
	return k > j && k < len(s) && s[k] == '\''
}

// varDumpValues reads PHP var_dump() output (php.net var_dump): each
// element is ["name"]=> on its line and its value on the next, after its
// type: string(N) "value". The name is a label in any syntax; "key" or
// "user" beside a credential of the same dump is its identity.
func (st *state) varDumpValues(s string, hits []hit) []hit {
	from := 0
	for _, x := range st.anchorsOf(s).of(anVarDumpName) {
		if x < from {
			continue
		}
		from = x + 4
		na, ne, ok := varDumpName(s, x)
		if !ok {
			continue
		}
		v := x + 4
		for v < len(s) && (s[v] == ' ' || s[v] == '|' || s[v] == '\r') {
			v++ // a markdown table's cell border
		}
		if v >= len(s) || s[v] != '\n' {
			continue
		}
		v++
		for v < len(s) && (s[v] == ' ' || s[v] == '\t' || s[v] == '|' || isDigit(s[v])) {
			v++ // indentation, or a numbered-lines table row's "| 8 |"
		}
		if !strings.HasPrefix(s[v:], "string(") {
			continue
		}
		q := strings.Index(s[v:min(len(s), v+24)], ") \"")
		if q < 0 {
			continue
		}
		v += q + 3
		hi := min(len(s), v+4096)
		le := strings.IndexByte(s[v:hi], '\n')
		if le < 0 {
			le = hi - v
		}
		e := v + lastIndexByte(s[v:v+le], '"')
		if e <= v {
			continue
		}
		val := s[v:e]
		if templateLike(val) || hasPlaceholder(val) {
			continue
		}
		cl, _ := labelClass(s, na, ne)
		switch cl {
		case lSecret, lSession, lPassword, lKeyID, lCred, lToken:
			hits = st.add(hits, hit{start: v, end: e, kind: classKind(cl, val), val: val})
		default:
			// (a "key" beside a "secret" in the same dump is the AWS SDK
			// for PHP's credentials array, ['key' => …, 'secret' => …,
			// 'token' => …]: its key ID whatever it holds, '/' too
			// (FuzzPlantedSlot 4779bda3187064f8: 7001020/); another key
			// holding '/' is an object key's path)
			if identityName(s[na:ne]) && (idLike(val) || isKeyName(s[na:ne]) && len(val) >= 3 && (!strings.ContainsAny(val, "/ ") || s[na:ne] == "key" && !strings.Contains(val, " ") && strings.Contains(s[max(0, x-1024):min(len(s), x+1024)], "[\"secret\"]=>"))) && varDumpHasSecret(s, x) {
				hits = st.add(hits, hit{start: v, end: e, kind: keyKind(val), val: val})
			}
		}
	}
	return hits
}

// varDumpHasSecret reports a credential element within 1 KB of s[x] in
// the same var_dump output.
func varDumpHasSecret(s string, x int) bool {
	t := s[max(0, x-1024):min(len(s), x+1024)]
	for from := 0; ; {
		k := strings.Index(t[from:], "\"]=>")
		if k < 0 {
			return false
		}
		k += from
		from = k + 4
		na, ne, ok := varDumpName(t, k)
		if !ok {
			continue
		}
		switch cl, _ := labelClass(t, na, ne); cl {
		case lSecret, lPassword:
			return true
		}
	}
}

// varDumpName returns the element name of var_dump's ["name"]=> whose
// "]=> stands at s[x] (at most 64 bytes before it).
func varDumpName(s string, x int) (int, int, bool) {
	o := strings.LastIndex(s[max(0, x-64):x], "[\"")
	if o < 0 {
		return 0, 0, false
	}
	return max(0, x-64) + o + 2, x, true
}

// structDumps reads an object printed by its toString on a log line:
// TypeName(name=value, name=value, …), values unquoted (Kotlin data
// classes, kotlinlang.org/docs/data-classes.html; Lombok @ToString and
// @Data, projectlombok.org/features/ToString; Java records print
// Name[name=value, …]). A credential-named field's value is a literal
// there, even when it reads like a variable (secretKey=prdrgdnenrmi), as
// soon as the group is a dump, not a call: one of its values is no
// expression (a URL, a date-time) or the line carries a log level.
func (st *state) structDumps(s string, hits []hit) []hit {
	for _, opener := range []anchor{anParen, anBracket} {
		from := 0
		for _, o := range st.anchorsOf(s).of(opener) {
			// an opener right after a letter (a byte at or above 'A'
			// that is alphanumeric)
			if o < from || o == 0 || s[o-1] < 'A' || class[s[o-1]]&cAlnum == 0 {
				continue
			}
			from = o + 1
			ls := max(0, o-4096)
			ls += lastIndexByte(s[ls:o], '\n') + 1
			hi := min(len(s), o+4096)
			le := strings.IndexByte(s[o:hi], '\n')
			if le < 0 {
				le = hi
			} else {
				le += o
			}
			var next int
			hits, next = st.structDumpAt(s, ls, le, o, hits)
			from = max(from, next)
		}
	}
	return hits
}

// structDumpAt reads the group that opens at s[o] on the line s[ls:le]
// and returns where to look for the next one.
func (st *state) structDumpAt(s string, ls, le, o int, hits []hit) ([]hit, int) {
	ta := o
	for ta > ls && o-ta < 64 && isAlnum(s[ta-1]) {
		ta--
	}
	if ta == o || s[ta] < 'A' || s[ta] > 'Z' { // a type's name, not a function's
		return hits, o + 1
	}
	closer := byte(')')
	if s[o] == '[' {
		closer = ']'
	}
	c := strings.IndexByte(s[o:le], closer)
	if c < 0 {
		return hits, o + 1
	}
	c += o
	body := s[o+1 : c]
	if strings.IndexByte(body, '=') < 0 || strings.ContainsAny(body, "\"'") {
		return hits, c + 1 // quoted values: a call or a repr, read by the labelled slots
	}
	dump := strings.Contains(body, "://") || isoDateIn(body)
	for _, lv := range []string{" INFO ", " DEBUG ", " WARN ", " ERROR ", " TRACE ", "[main]"} {
		dump = dump || strings.Contains(s[ls:le], lv)
	}
	if !dump {
		return hits, c + 1
	}
	for p := o + 1; p < c; {
		q := strings.Index(s[p:c], ", ")
		e := c
		if q >= 0 {
			e = p + q
		}
		if eq := strings.IndexByte(s[p:e], '='); eq > 0 {
			na, ne, v := p, p+eq, p+eq+1
			for na < ne && s[na] == ' ' {
				na++
			}
			cl, _ := labelClass(s, na, ne)
			switch cl {
			case lSecret, lSession, lPassword, lKeyID, lCred, lToken:
				if val := s[v:e]; val != "" && !templateLike(val) && !hasPlaceholder(val) && !strings.ContainsAny(val, " ()") {
					hits = st.add(hits, hit{start: v, end: e, kind: classKind(cl, val), val: val})
				}
			}
		}
		if q < 0 {
			break
		}
		p = e + 2
	}
	return hits, c + 1
}

// isoDateIn reports an ISO 8601 date-time (2024-01-15T12:30:00) in t.
func isoDateIn(t string) bool {
	for k := strings.IndexByte(t, 'T'); k >= 0; {
		if k >= 10 && k+3 < len(t) && isDigit(t[k-1]) && t[k-3] == '-' && isDigit(t[k+1]) && t[k+3] == ':' {
			return true
		}
		n := strings.IndexByte(t[k+1:], 'T')
		if n < 0 {
			return false
		}
		k += n + 1
	}
	return false
}

// userinfoUsers reads the user of every URL that carries a password
// (scheme://USER:PASSWORD@host, RFC 3986 userinfo): the user is the key ID
// when it reads as a generated identifier (awsathena+rest://KEY:SECRET@,
// s3://KEY:SECRET@bucket), whether or not the password was recognised
// where it stands (percent-encoded inside a JSON string, say). schemes
// is where "://" starts in s.
func userinfoUsers(s string, schemes []int, found []hit) []hit {
	from := 0
	for _, x := range schemes {
		if x < from {
			continue
		}
		from = x + 3
		a := x + 3
		u := a
		for u < len(s) && u-a < 129 && (isAlnum(s[u]) || s[u] == '-' || s[u] == '_') {
			u++
		}
		if u >= len(s) || s[u] != ':' || !idLike(s[a:u]) {
			continue
		}
		at := u + 1
		for at < len(s) && at-u < 512 && s[at] > ' ' && s[at] != '"' && s[at] != '\'' && s[at] != '@' && s[at] != '\\' {
			at++
		}
		d := u + 1
		for d < at && isDigit(s[d]) {
			d++
		}
		if d > u+1 && (d == at || s[d] == '/' && !portPassword(s, a, u, d)) {
			continue // host:port/…@…: a port, not a password
		}
		if at < len(s) && s[at] == '@' && at > u+1 {
			found = append(found, hit{start: a, end: u, kind: keyKind(s[a:u]), val: s[a:u]})
		}
	}
	return found
}

// moreConstructors are credential calls whose positional arguments carry
// credentials (merged into constructors, slots.go), each with its source.
var moreConstructors = map[string][]int{
	// AWS SDK for .NET new AmazonS3Client(awsAccessKeyId, awsSecretAccessKey[, awsSessionToken], config)
	// (docs.aws.amazon.com/sdkfornet/v3/apidocs/items/S3/MS3ctor.html)
	"AmazonS3Client": {argKeyID, argSecret, argToken},
	// requests-aws4auth AWS4Auth(access_id, secret_key, region, service) (pypi.org/project/requests-aws4auth)
	"AWS4Auth": {argKeyID, argSecret},
	// ClickHouse s3(url, access_key_id, secret_access_key[, session_token][, format]),
	// ENGINE = S3(path, aws_access_key_id, aws_secret_access_key, format),
	// s3Cluster(cluster, url, …), gcs(url, hmac_key, hmac_secret, …)
	// (clickhouse.com/docs/sql-reference/table-functions/s3)
	"s3":        {argSkip, argKeyID, argSecret, argMaybeToken},
	"S3":        {argSkip, argKeyID, argSecret, argMaybeToken},
	"s3Cluster": {argSkip, argSkip, argKeyID, argSecret, argMaybeToken},
	"gcs":       {argSkip, argKeyID, argSecret},
	// AWS SDK for C++ Aws::Auth::AWSCredentials(accessKeyId, secretKey[,
	// sessionToken]) (github.com/aws/aws-sdk-cpp/issues/54), and
	// SimpleAWSCredentialsProvider(accessKeyId, secretKey, sessionToken),
	// also built as Aws::MakeShared<SimpleAWSCredentialsProvider>(tag, …)
	// (the type keyed with its '>': the first argument is the allocation tag)
	"AWSCredentials":                {argKeyID, argSecret, argToken},
	"SimpleAWSCredentialsProvider":  {argKeyID, argSecret, argToken},
	"SimpleAWSCredentialsProvider>": {argSkip, argKeyID, argSecret, argToken},
	// a cookie's value: .NET System.Net.Cookie(name, value, path, domain)
	// (learn.microsoft.com/en-us/dotnet/api/system.net.cookie.-ctor, as
	// DevTools' "Copy as PowerShell" writes it), Java servlet
	// Cookie(name, value), Python requests.cookies.create_cookie(name, value)
	"Cookie":        {argSkip, argCookie},
	"create_cookie": {argSkip, argCookie},
	// a user and password credential: PowerShell's New-Object
	// System.Management.Automation.PSCredential(userName, password)
	// (learn.microsoft.com/dotnet/api/system.management.automation.pscredential.-ctor),
	// .NET's System.Net.NetworkCredential(userName, password)
	// (learn.microsoft.com/dotnet/api/system.net.networkcredential.-ctor),
	// Apache HttpClient's UsernamePasswordCredentials(userName, password)
	// (hc.apache.org/httpcomponents-client-5.2.x)
	"PSCredential":                {argUser, argPassword},
	"NetworkCredential":           {argUser, argPassword},
	"UsernamePasswordCredentials": {argUser, argPassword},
}

// regType reports a Windows registry value type (REG_SZ, REG_EXPAND_SZ,
// REG_MULTI_SZ, REG_DWORD, REG_QWORD, REG_BINARY): the column of reg
// query output between a name and its value, never a value itself.
func regType(v string) bool {
	switch v {
	case "REG_SZ", "REG_EXPAND_SZ", "REG_MULTI_SZ", "REG_DWORD", "REG_QWORD", "REG_BINARY", "REG_NONE":
		return true
	}
	return false
}

// inCredentialsGroup reports whether offset p is inside a bracket group
// that a label naming credentials opens: the AWS SDK for PHP's
// 'credentials' => ['key' => …, 'secret' => …], a JavaScript
// credentials: { key: … }. A "key" elsewhere is an object key, also when
// such a group is written just before it (Ruby's
// Aws::S3::Client.new(credentials: creds) above presigned_url(…, key: "a.txt")).
func inCredentialsGroup(s string, p int) bool {
	if p > 0 && s[p-1] == '[' {
		p-- // print_r's [key] => …: the brackets name the entry of the group around them
	}
	a, _ := record(s, p)
	if a == 0 || strings.IndexByte("([{", s[a-1]) < 0 {
		return false
	}
	before := strings.TrimRight(s[max(0, a-81):a-1], " \t\r\n=>:'\"")
	if t, ok := strings.CutSuffix(before, "Array"); ok { // print_r: [credentials] => Array (
		before = strings.TrimRight(t, " \t\r\n=>:'\"]")
	}
	before = strings.TrimRight(before, "]")
	return len(before) >= 11 && strings.EqualFold(before[len(before)-11:], "credentials")
}

// anyShapeID reports a value of an identity field (s[k:e]) that is the
// key ID of the record's secret whatever its shape (B.A00010, a word):
// only a path, a template or a reference that code makes (codeExpr: a
// variable or member chain in a slot written in code) is not.
func anyShapeID(s string, k, e int, val string, q byte) bool {
	return len(val) >= 3 && len(val) <= 128 && !strings.ContainsAny(val, "/ ") && !templateLike(val) && (q != 0 || !codeExpr(s, k, e, val))
}

// secretSibling reports a record holding a field named exactly secret
// (secret=, secret:, 'secret' =>, "secret":, [secret] =>), the other half
// of a key/secret pair; secret_key and the like are not this convention.
func secretSibling(rec string) bool { return fieldNamed(rec, "secret") }

// fieldNamed reports a record holding a field named exactly name (name=,
// name:, 'name' =>, "name":, [name] =>).
func fieldNamed(rec, name string) bool {
	for off := 0; ; {
		i := strings.Index(rec[off:], name)
		if i < 0 {
			return false
		}
		i += off
		off = i + len(name)
		if i > 0 && class[rec[i-1]]&cWord != 0 {
			continue
		}
		t := strings.TrimLeft(rec[off:], "'\"]")
		t = strings.TrimLeft(t, " \t")
		if strings.HasPrefix(t, "=") || strings.HasPrefix(t, ":") {
			return true
		}
	}
}

// keyPathLike reports a value of a key field that reads as an object's
// path: residue's pathLike (a year or a word between its slashes), or a
// file name's extension in its last segment (reports/a.pdf); a key ID has
// neither around a '/'.
func keyPathLike(v string) bool {
	if !strings.Contains(v, "/") {
		return false
	}
	// (a file name's extension: a name of digits and dots alone is a
	// number, not a file, "/7200.00": FuzzPlantedSlot b2fa57b21fbd49be,
	// R's get_bucket(key = "/7200.00", secret = …))
	// (and the file sits in a folder named with a word: "in/a.pdf",
	// "reports/Scan 7.PDF"; a name alone after a leading '/', or folders
	// of digits, are a key ID's characters: "/0000.A1", "/000A.A1",
	// FuzzPlantedSlot e0db57ad0b0a0151 and f174bdae8bd6c588, R's
	// get_bucket(key = …, secret = …))
	if d, sl := lastIndexByte(v, '.'), lastIndexByte(v, '/'); d > sl && d < len(v)-1 && strings.Trim(v[sl+1:], "0123456789.") != "" && fileExtension(v[d+1:]) && letterRun(v[:sl], 2) {
		return true
	}
	return pathLike(v, len(v), v)
}

// fileExtension reports a file name's extension: one to five letters and
// digits, a letter first, its letters of one case (pdf, JPG, mp4, h264,
// tar's gz); "0A" of "/0100.0A" is no extension but a key ID's characters
// (FuzzPlantedSlot fab307407044279c: R's get_bucket(key = "/0100.0A",
// secret = …)).
func fileExtension(x string) bool {
	if len(x) == 0 || len(x) > 5 || !(x[0] >= 'a' && x[0] <= 'z' || x[0] >= 'A' && x[0] <= 'Z') {
		return false
	}
	lower, upper := false, false
	for i := 0; i < len(x); i++ {
		c := x[i]
		switch {
		case c >= 'a' && c <= 'z':
			lower = true
		case c >= 'A' && c <= 'Z':
			upper = true
		case c >= '0' && c <= '9':
		default:
			return false
		}
	}
	return !(lower && upper)
}

// isKeyName reports an identity field named as a key (key, key_id,
// access_key_id): its value is the key ID whatever its shape.
func isKeyName(w string) bool {
	switch normKey(w) {
	case "key", "keyid", "accessid", "access":
		return true
	}
	return false
}

// addressesS3 reports a text naming an s3:// location, as pasted or
// percent-encoded in a query (Athena's ?s3_staging_dir=s3%3A%2F%2F…).
func addressesS3(t string) bool {
	// (by rare.Index: asked at each user of a URL with a password, over
	// 1 KB around it; in the wasm build strings.Index turns to Rabin-Karp
	// after a few stops at a common first byte, the 's' of "s3://")
	// (Athena's JDBC and ODBC drivers sign with an access key too: their
	// User/UID is its ID, jdbc:awsathena://…;User=…;Password=…)
	if rare.Contains(t, "s3://") || rare.Contains(t, "awsathena") || rare.Contains(t, "AWSAthena") {
		return true
	}
	// (a WinSCP session of the S3 protocol: its raw settings name S3's
	// own, S3DefaultRegion=, S3UrlStyle=, S3SessionToken=
	// (winscp.net/eng/docs/rawsettings), and its UserName is the access
	// key ID: "For Amazon S3, use Access key ID", winscp.net/eng/docs/ui_login)
	for k := rare.Index(t, "\nS3"); k >= 0; {
		if e := k + 3; e+1 < len(t) && t[e] >= 'A' && t[e] <= 'Z' {
			for e < len(t) && e-k < 40 && isAlnum(t[e]) {
				e++
			}
			if e < len(t) && t[e] == '=' {
				return true
			}
		}
		n := rare.Index(t[k+3:], "\nS3")
		if n < 0 {
			break
		}
		k += 3 + n
	}
	i := rare.Index(t, "%3A%2F%2F")
	if i < 0 {
		i = rare.Index(t, "%3a%2f%2f")
	}
	return i >= 2 && strings.EqualFold(t[i-2:i], "s3")
}

// letterRun reports a run of n ASCII letters or more in v (a word).
func letterRun(v string, n int) bool {
	run := 0
	for i := 0; i < len(v); i++ {
		if c := v[i] | 0x20; c >= 'a' && c <= 'z' {
			if run++; run >= n {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}
