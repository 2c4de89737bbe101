package redact

import "strings"

// Slots of syntaxes where a credential's name and its value are separated
// otherwise than by '=' or ':' (added for the sixth held-out wave, issue
// 18, h-rprobe6): a keyword and a literal with blanks between (Lisp/EDN
// keywords, SQL option lists, IDENTIFIED BY), a directive and one word
// (redis.conf, HAProxy), a value piped into the command that names it, GNU
// make's and PHP serialize()'s separators. Each reader names the
// documentation of its syntax.

// makeAssign returns where the value of GNU make's ::= or :::= assignment
// starts when s[k:] is one (make manual "Setting Variables": the simply and
// immediately expanded flavors), or k.
func makeAssign(s string, k int) int {
	switch {
	case strings.HasPrefix(s[k:], "::="):
		return k + 3
	case strings.HasPrefix(s[k:], ":::="):
		return k + 4
	}
	return k
}

// phpSerialized reads, at s[k] just after a serialized string's closing
// '"' and its ';', the next string of PHP's serialize() output,
// s:LEN:"…" (php.net/manual/en/function.serialize.php; WP Offload Media
// stores its settings so, deliciousbrains.com/wp-offload-s3/doc/
// settings-constants): it returns where that string's text starts, or 0.
// A serialized array alternates keys and values, so the string after a
// key is its value.
func phpSerialized(s string, k int) int {
	if k+4 >= len(s) || s[k] != 's' || s[k+1] != ':' {
		return 0
	}
	d := k + 2
	for d < len(s) && d-k < 8 && isDigit(s[d]) {
		d++
	}
	if d == k+2 || d+1 >= len(s) || s[d] != ':' || s[d+1] != '"' {
		return 0
	}
	return d + 2
}

// keywordLiteral reports a label at s[i:j] written as a keyword followed by
// blanks and a quoted literal, in the syntaxes that write a name and its
// value so:
//   - a Lisp/EDN keyword, ":secret-key \"…\"" (clojure.org/reference/
//     data_structures#Keywords; clj-aws-s3's (s3-client :access-key …
//     :secret-key …), amazonica's {:access-key … :secret-key …});
//   - an item of a SQL option list, "OPTIONS (user 'bob', password
//     '…')" (postgresql.org/docs/current/sql-createusermapping.html), also
//     "OPTIONS (SET password '…')" (ALTER USER MAPPING);
//
// the keyword upper case or holding '_' is sqlOption's own case. It returns
// the quote that opens the literal, or 0.
func keywordLiteral(s string, i, j int) byte {
	k := j
	for k < len(s) && k-j < 16 && (s[k] == ' ' || s[k] == '\t') {
		k++
	}
	if k == j || k >= len(s) {
		return 0
	}
	q := s[k]
	if q != '"' && q != '\'' {
		return 0
	}
	if i >= 2 && s[i-1] == ':' && (s[i-2] == ' ' || s[i-2] == '\t' || s[i-2] == '(' || s[i-2] == '{' || s[i-2] == '[' || s[i-2] == '\n') {
		return q // a keyword
	}
	if q != '\'' {
		return 0
	}
	p := rowBack(s, i)
	for p > 0 && (s[p-1] == ' ' || s[p-1] == '\t' || s[p-1] == '\n') {
		p = rowBack(s, p-1)
	}
	if p >= 3 && strings.EqualFold(s[p-3:p], "SET") || p >= 3 && strings.EqualFold(s[p-3:p], "ADD") {
		p -= 3
		for p > 0 && (s[p-1] == ' ' || s[p-1] == '\t') {
			p--
		}
	}
	if p > 0 && (s[p-1] == '(' || s[p-1] == ',') {
		return q // an option list's item
	}
	return 0
}

// identifiedBy reports the word BY at s[i:j] of a SQL IDENTIFIED BY
// 'password' clause (MySQL CREATE USER / ALTER USER … IDENTIFIED [WITH
// plugin] BY 'auth_string', dev.mysql.com/doc/refman/8.0/en/create-
// user.html; Oracle's IDENTIFIED BY password).
func identifiedBy(s string, i, j int) bool {
	if j-i != 2 || !strings.EqualFold(s[i:j], "BY") {
		return false
	}
	lo := max(0, i-96)
	t := s[lo:i]
	x := strings.LastIndex(strings.ToUpper(t), "IDENTIFIED")
	return x >= 0 && !strings.ContainsAny(t[x:], ";\n")
}

// directiveValue reads a password directive written as the directive's
// name and one word, the line's last: redis.conf's "requirepass …" and
// "masterauth …" (github.com/redis/redis redis.conf; also typed after
// redis-cli's prompt, CONFIG SET masterauth …), HAProxy's userlist "user
// NAME insecure-password …" (docs.haproxy.org configuration.html#3.4).
// The label is one of the password class and names a setting: a compound
// word (requirepass, insecure-password) after at most three words on its
// line, or a bare password word starting its line. The value holds no
// blank and is no prose word (a short word of lower-case letters alone:
// "Reset password link").
func directiveValue(s string, i, j int) (hit, bool) {
	cl, ll := labelClass(s, i, j)
	auth := cl == lCred && strings.EqualFold(s[i:j], "auth")
	if cl != lPassword && !auth {
		return hit{}, false
	}
	ls := strings.LastIndexByte(s[max(0, i-256):i], '\n') + 1 + max(0, i-256)
	var head []string
	for n, w := range strings.Fields(s[ls:i]) {
		if w == "|" || n < 2 && allDigits(w) { // a markdown table row's border and line number
			continue
		}
		head = append(head, w)
	}
	// a setting's own name: a whole-word label of the table (requirepass,
	// masterauth) or a name ending with a password word (insecure-password);
	// not a short tail such as the "pass" of nginx's proxy_pass
	lw := strings.ToLower(s[i:j])
	plain := lw == "password" || lw == "passwd" || lw == "passphrase"
	compound := cl == lPassword && !plain && (ll == j-i && ll > 6 || j-i > ll && ll >= 6)
	bare := plain // password, passwd, passphrase alone
	if len(head) > 3 || !compound && len(head) > 1 || !compound && !auth && (len(head) > 0 || !bare) {
		return hit{}, false
	}
	for _, w := range head {
		if strings.ContainsAny(w, "=\"'`(){}") {
			return hit{}, false
		}
	}
	v := j
	for v < len(s) && (s[v] == ' ' || s[v] == '\t') {
		v++
	}
	if v == j {
		return hit{}, false
	}
	e := v
	for e < len(s) && s[e] > ' ' {
		e++
	}
	r := e
	for r < len(s) && (s[r] == ' ' || s[r] == '\t' || s[r] == '\r') {
		r++
	}
	if r < len(s) && s[r] == '|' { // a markdown table row's border
		r++
		for r < len(s) && (s[r] == ' ' || s[r] == '\t' || s[r] == '\r') {
			r++
		}
	}
	if r < len(s) && s[r] != '\n' || e-v < 4 {
		return hit{}, false
	}
	val := s[v:e]
	if auth {
		// HAProxy's "stats auth USER:PASSWORD" (docs.haproxy.org
		// configuration.html "stats auth"): the password after the colon
		c := strings.IndexByte(val, ':')
		if c <= 0 || c == len(val)-1 {
			return hit{}, false
		}
		v, val = v+c+1, val[c+1:]
		if len(val) < 4 {
			return hit{}, false
		}
	}
	if lettersOnly(val) && strings.ToLower(val) == val && (len(val) < 8 || plain && pronounceable(val)) ||
		templateLike(val) || IsPlaceholder(val) || hasPlaceholder(val) {
		return hit{}, false // a word of prose ("Password incorrect")
	}
	return hit{start: v, end: e, kind: KindPassword, val: val}, true
}

// pipedValue reads a value echoed or printed into the standard input of a
// command whose argument names it: "echo '…' | bin/elasticsearch-keystore
// add --stdin s3.client.default.secret_key" (elastic.co repository-s3
// client settings), "printf '%s' '…' | podman secret create
// minio_secret_key -" (docs.podman.io podman-secret-create), the same
// with docker secret create, gh secret set, wrangler secret put. j is the
// end of the word echo or printf; the value is its one argument (printf:
// the one after the format).
func pipedValue(s string, j int) (hit, bool) {
	ws := shellWords(s, j, 16)
	var val [2]int
	pipe := -1
	for k, w := range ws {
		t := s[w[0]:w[1]]
		if t == "|" {
			pipe = k
			break
		}
		if strings.HasPrefix(t, "%s") && len(t) > 2 && val[1] == val[0] {
			// printf '%s' '…': the view joins adjacent literals (decode.go),
			// so the format and the value are one word
			t, w = t[2:], [2]int{w[0] + 2, w[1]}
		}
		if t == "" || t[0] == '-' && val[1] == val[0] || strings.Contains(t, "%s") && val[1] == val[0] {
			continue // a flag (-n), printf's format
		}
		if val[1] != val[0] {
			return hit{}, false // more than one word printed
		}
		val = w
	}
	if pipe <= 0 || val[1] == val[0] {
		return hit{}, false
	}
	if pipe+1 < len(ws) {
		switch s[ws[pipe+1][0]:ws[pipe+1][1]] {
		case "grep", "egrep", "fgrep", "rg", "sed", "awk", "jq", "yq", "cut", "tr", "wc", "head", "tail", "sort":
			return hit{}, false // a filter whose argument is a pattern, not the name of what it stores
		}
	}
	cl := 0
	for _, w := range ws[pipe+1:] {
		if s[w[0]:w[1]] == "|" {
			break
		}
		a, b := lastNamePart(s, w[0], w[1])
		if c, _ := labelClass(s, a, b); credClass(c) {
			cl = c // the last name the command is given
		}
	}
	v := s[val[0]:val[1]]
	if cl == 0 || len(v) < 3 || v[0] == '$' || templateLike(v) || IsPlaceholder(v) || hasPlaceholder(v) {
		return hit{}, false
	}
	return hit{start: val[0], end: val[1], kind: classKind(cl, v), val: v}, true
}

// keyBesideKeyID reports a field named key (s[i:j], ending with "key")
// written beside the same name followed by id: Salt's s3.keyid and s3.key
// (docs.saltproject.io salt.modules.s3: "s3.keyid: GKTADJGHEIQSXMKKRBJ08H /
// s3.key: askdjghsdfjkghWupU…"), its ext_pillar's keyid: / key:, a
// profile's {"keyid": …, "key": …}. Beside its ID, a key is the secret.
func keyBesideKeyID(s string, i, j int) bool {
	w := s[i:j]
	if len(w) < 3 || !strings.EqualFold(w[len(w)-3:], "key") {
		return false
	}
	lo, hi := max(0, i-1024), min(len(s), j+1024)
	win := s[lo:hi]
	for _, c := range [...]string{w + "id", w + "_id", w + "Id", w + "ID", w + "-id"} {
		for off := 0; off < len(win); {
			k := strings.Index(win[off:], c)
			if k < 0 {
				break
			}
			k += off
			off = k + len(c)
			end := k + len(c)
			if (k == 0 || !isAlnum(win[k-1]) && win[k-1] != '_') && (end >= len(win) || !isAlnum(win[end]) && win[end] != '_') {
				return true
			}
		}
	}
	return false
}

// directiveTail reports a word that may name a password directive
// (directiveValue's entry test for slotCandidate): it ends with pass,
// auth or password.
func directiveTail(w string) bool {
	n := len(w)
	if n == 4 {
		return strings.EqualFold(w, "auth") // stats auth USER:PASSWORD
	}
	if n < 8 {
		return false
	}
	t := strings.ToLower(w[n-4:])
	return t == "pass" || t == "auth" || t == "word"
}

// keyIDBesideKey reports a field named as a key's ID (s[i:j] ending with
// keyid, key_id, KeyId, key-id) written beside the same name without the
// ID: Salt's s3.keyid beside s3.key (docs.saltproject.io salt.modules.s3),
// a profile's {"keyid": …, "key": …}. Alone, a KeyId names a KMS key.
func keyIDBesideKey(s string, i, j int) bool {
	w := s[i:j]
	n := len(w)
	var base string
	switch {
	case n >= 5 && strings.EqualFold(w[n-5:], "keyid"):
		base = w[:n-2]
	case n >= 6 && (strings.EqualFold(w[n-6:], "key_id") || strings.EqualFold(w[n-6:], "key-id")):
		base = w[:n-3]
	default:
		return false
	}
	if base == "" {
		return false
	}
	lo, hi := max(0, i-1024), min(len(s), j+1024)
	win := s[lo:hi]
	for off := 0; off < len(win); {
		k := strings.Index(win[off:], base)
		if k < 0 {
			return false
		}
		k += off
		off = k + len(base)
		end := k + len(base)
		if (k == 0 || !isAlnum(win[k-1]) && win[k-1] != '_' && win[k-1] != '.') && end < len(win) && !isAlnum(win[end]) && win[end] != '_' && win[end] != '.' && win[end] != '-' {
			return true
		}
	}
	return false
}

// rowBack steps back from s[p] over a markdown table row's marker ("| 10 |
// " at its line's start: rowStart) and the previous row's closing " |",
// to the text the rows hold; elsewhere it returns p.
func rowBack(s string, p int) int {
	if !rowStart(s, p) {
		return p
	}
	ls := strings.LastIndexByte(s[:p], '\n')
	if ls <= 0 {
		return p
	}
	k := ls
	for k > 0 && (s[k-1] == ' ' || s[k-1] == '\r') {
		k--
	}
	if k > 0 && s[k-1] == '|' {
		k--
	}
	return k
}

// quotedArgs reports a label ending a quoted argument ("AWS:SecretKey",
// the word from its quote to s[j]) followed by a blank and another quoted
// argument, on a command typed at a shell prompt: a name and its value
// (dotnet user-secrets set "AWS:SecretKey" "…",
// learn.microsoft.com/en-us/aspnet/core/security/app-secrets).
func quotedArgs(s string, i, j int) bool {
	if j+2 >= len(s) || s[j] != '"' && s[j] != '\'' || s[j+1] != ' ' || s[j+2] != '"' && s[j+2] != '\'' {
		return false
	}
	a := i
	for a > 0 && i-a < 128 && (isAlnum(s[a-1]) || strings.IndexByte(":_-./", s[a-1]) >= 0) {
		a--
	}
	return a > 0 && s[a-1] == s[j] && commandLine(s, a)
}

// concealedBeside reports a name/value field (its name field at s[k], its
// name ending at s[j]) in an item whose other field is a concealed one:
// 1Password's op item get --format json marks a secret field "type":
// "CONCEALED" (developer.1password.com/docs/cli/item-template-json). The
// item's identity field beside it (username) names who holds that
// secret: an access key ID when it reads as one (idLike).
func concealedBeside(s string, k, j int) bool {
	lo, hi := max(0, k-768), min(len(s), j+768)
	return strings.Contains(s[lo:hi], "CONCEALED")
}

// proseCredential reads a credential named in a log message's words and
// given right after its name: "using access key … with secret …" (boto's
// and SDK clients' debug lines, printed by an app: docs.docker.com json-
// file log of such a line). The name is "access key" (the key ID) or
// "secret" after "with" / "and" (the secret); the value is the next word,
// and only one that no prose holds: an identifier with a digit or of mixed
// case (idLike) for the key, and for the secret eight characters at least
// with a digit, a symbol or an unpronounceable run ("with secret sauce"
// stays).
func proseCredential(s string, i, j int) (hit, bool) {
	w := s[i:j]
	var cl int
	switch {
	case w == "key" && i >= 7 && strings.EqualFold(s[i-7:i], "access "):
		cl = lKeyID
	case w == "secret" && (i >= 5 && s[i-5:i] == "with " || i >= 4 && s[i-4:i] == "and "):
		cl = lSecret
	default:
		return hit{}, false
	}
	v := j + 1
	if v >= len(s) || s[j] != ' ' || s[v] <= ' ' {
		return hit{}, false
	}
	e := v
	for e < len(s) && s[e] > ' ' && s[e] != '"' && s[e] != '\'' && s[e] != '\\' {
		e++
	}
	val := strings.TrimRight(s[v:e], ".,;:")
	e = v + len(val)
	if templateLike(val) || IsPlaceholder(val) || hasPlaceholder(val) {
		return hit{}, false
	}
	if cl == lKeyID {
		if !idLike(val) {
			return hit{}, false
		}
		return hit{start: v, end: e, kind: keyKind(val), val: val}, true
	}
	low := strings.ToLower(val)
	if len(val) < 8 || lettersOnly(val) && low == val && pronounceable(val) {
		return hit{}, false
	}
	return hit{start: v, end: e, kind: KindSecretAccessKey, val: val}, true
}

// s3User reports a user field (User:, username=, login) of a paragraph that
// addresses S3, whose value reads as a generated identifier (idLike): an
// S3 client signs in with the access key ID as its user name, so there the
// user is the key ID whatever store issued it (Windows Credential Manager's
// cmdkey /list, "Target: LegacyGeneric:target=s3.…amazonaws.com" then
// "User: …", learn.microsoft.com/windows-server/administration/windows-commands/cmdkey;
// WinSCP's S3 sessions, "For Amazon S3, use Access key ID",
// winscp.net/eng/docs/ui_login). A person's name stays.
func s3User(s string, i, j int) bool {
	if w := s[i:j]; len(w) > 9 || !(strings.EqualFold(w, "user") || strings.EqualFold(w, "username") || strings.EqualFold(w, "user_name") ||
		strings.EqualFold(w, "login") || strings.EqualFold(w, "userid") || strings.EqualFold(w, "uid")) {
		return false
	}
	v := j
	for v < len(s) && v-j < 8 && (s[v] == ' ' || s[v] == '\t' || s[v] == ':' || s[v] == '=' || s[v] == '"' || s[v] == '\'') {
		v++
	}
	e := v
	for e < len(s) && e-v < 129 && (isAlnum(s[e]) || s[e] == '-' || s[e] == '_') {
		e++
	}
	if !idLike(s[v:e]) {
		return false
	}
	lo, hi := max(0, i-1024), min(len(s), j+1024)
	if x := strings.LastIndex(s[lo:i], "\n\n"); x >= 0 {
		lo += x + 2
	}
	if x := strings.Index(s[j:hi], "\n\n"); x >= 0 {
		hi = j + x
	}
	return addressesS3(s[lo:hi]) || s3Host(s[lo:hi])
}

// s3Host reports a host name of S3 in t: a name under amazonaws.com whose
// first label is s3, s3-<region>, or <bucket>.s3 (the documented endpoint
// forms, docs.aws.amazon.com/general/latest/gr/s3.html).
func s3Host(t string) bool {
	for off := 0; ; {
		k := strings.Index(t[off:], ".amazonaws.com")
		if k < 0 {
			return false
		}
		k += off
		off = k + 14
		a := k
		for a > 0 && k-a < 253 && (isAlnum(t[a-1]) || t[a-1] == '.' || t[a-1] == '-') {
			a--
		}
		h := strings.ToLower(t[a : k+1]) // with the dot before amazonaws.com
		if strings.HasPrefix(h, "s3.") || strings.HasPrefix(h, "s3-") || strings.Contains(h, ".s3.") || strings.Contains(h, ".s3-") {
			return true
		}
	}
}

// escapedKey reads a Java .properties line whose key holds escaped
// separators (java.util.Properties#load: '\:', '\=' and '\ ' are part of
// the key; the key ends at the first unescaped '=', ':' or blank; a value
// may start on the next line after a trailing '\'): s3\:secret\:key = …,
// minio\ secret\ key : …. The key's parts, joined, are the label; the value
// is the rest of its line. s[i:j] is the key's first part, s[j] its '\'.
func escapedKey(s string, i, j int) (hit, bool) {
	n := len(s)
	if j+2 >= n || s[j] != '\\' || s[j+1] != ':' && s[j+1] != '=' && s[j+1] != ' ' || !isWord(s[j+2]) {
		return hit{}, false
	}
	// the key starts its line (after blanks, or a table's "| N | " cell)
	b := i
	for b > 0 && (s[b-1] == ' ' || s[b-1] == '\t') {
		b--
	}
	if b > 0 && s[b-1] == '|' {
		b--
		for b > 0 && (s[b-1] == ' ' || s[b-1] == '\t' || isDigit(s[b-1])) {
			b--
		}
		if b > 0 && s[b-1] == '|' {
			b--
		}
	}
	if b > 0 && s[b-1] != '\n' {
		return hit{}, false
	}
	var key []byte
	k := i
	for k < n && k-i < 96 {
		if isWord(s[k]) {
			key = append(key, s[k])
			k++
			continue
		}
		if s[k] == '\\' && k+1 < n && (s[k+1] == ':' || s[k+1] == '=' || s[k+1] == ' ') {
			key = append(key, '_')
			k += 2
			continue
		}
		break
	}
	v := k
	for v < n && (s[v] == ' ' || s[v] == '\t') {
		v++
	}
	if v < n && (s[v] == '=' || s[v] == ':') {
		v++
	} else if v == k {
		return hit{}, false
	}
	for v < n && (s[v] == ' ' || s[v] == '\t') {
		v++
	}
	if v+1 < n && s[v] == '\\' && s[v+1] == '\n' { // the value on the next line
		v += 2
		for v < n && (s[v] == ' ' || s[v] == '\t') {
			v++
		}
	}
	cl, _ := labelClass(string(key), 0, len(key))
	if !credClass(cl) {
		return hit{}, false
	}
	e := v
	for e < n && s[e] != '\n' && s[e] != '\r' {
		e++
	}
	if x := strings.Index(s[v:e], " |"); x >= 0 && b < i && s[b] == '|' {
		e = v + x // a table's cell closer
	}
	for e > v && (s[e-1] == ' ' || s[e-1] == '\t' || s[e-1] == '\\') {
		e--
	}
	val := s[v:e]
	if len(val) < 3 || templateLike(val) || IsPlaceholder(val) {
		return hit{}, false
	}
	return hit{start: v, end: e, kind: classKind(cl, val), val: val}, true
}

// blockDefault reads the default of a variable block named for a
// credential: HCL's variable "aws_secret_key" { default = "…" } (Packer
// and Terraform input variables, developer.hashicorp.com/packer/docs/
// templates/hcl_templates/variables) and its JSON form "aws_secret_key":
// {"default": "…"}. The block's label names the value; the attribute is
// only "default". s[i:j] is the word default.
func blockDefault(s string, i, j int) (hit, bool) {
	v, quote, ok := separator(s, j, false)
	if !ok || v >= len(s) {
		return hit{}, false
	}
	// the block that holds the attribute: the nearest '{' not closed
	// before it, on an earlier line or this one
	depth, open := 0, -1
	for k := i - 1; k >= 0 && i-k < 512; k-- {
		if s[k] == '}' {
			depth++
		} else if s[k] == '{' {
			if depth == 0 {
				open = k
				break
			}
			depth--
		}
	}
	if open < 0 {
		return hit{}, false
	}
	// its label: the last quoted string or word before the '{'
	e := open
	for e > 0 && (s[e-1] == ' ' || s[e-1] == '\t' || s[e-1] == ':') {
		e--
	}
	if e > 0 && (s[e-1] == '"' || s[e-1] == '\'') {
		e--
	}
	a := e
	for a > 0 && (isWord(s[a-1]) || s[a-1] == '-' || s[a-1] == '.') {
		a--
	}
	if a == e {
		return hit{}, false
	}
	cl, _ := labelClass(s, a, e)
	if !credClass(cl) {
		return hit{}, false
	}
	var end int
	if quote != "" {
		x := strings.IndexByte(s[v:min(len(s), v+1024)], quote[0])
		if x < 0 {
			return hit{}, false
		}
		end = v + x
	} else {
		end = v
		for end < len(s) && s[end] != '\n' && s[end] != '\r' && s[end] != ',' && s[end] != '}' && s[end] != ' ' {
			end++
		}
	}
	val := s[v:end]
	if len(val) < 3 || templateLike(val) || IsPlaceholder(val) || codeRef(val) && quote == "" || strings.HasPrefix(val, "var.") {
		return hit{}, false
	}
	return hit{start: v, end: end, kind: classKind(cl, val), val: val}, true
}
