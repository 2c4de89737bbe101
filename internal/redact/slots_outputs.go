package redact

import "strings"

// credClass reports whether a label class names a credential.
func credClass(cl int) bool {
	switch cl {
	case lSecret, lSession, lToken, lPassword, lCred, lKeyID:
		return true
	}
	return false
}

// lastNamePart is the last part of a stored value's name: after its last
// '/' (a Consul KV path, an envdir file's path) or, inside a JSONPath
// '{.data.KEY}', after its last '.': the part that names the value.
func lastNamePart(s string, a, b int) (int, int) {
	for b > a && (s[b-1] == '}' || s[b-1] == '\'' || s[b-1] == '"') {
		b--
	}
	for k := b - 1; k >= a; k-- {
		if s[k] == '/' || s[k] == '.' && k+1 < b || s[k] == '{' || s[k] == '=' {
			return k + 1, b
		}
	}
	return a, b
}

// nextLineWord is the one word alone on the line after position p (its
// numbered-lines table layout "| 23 | value |" dropped), or false.
func nextLineWord(s string, p int) (int, int, bool) {
	nl := strings.IndexByte(s[p:min(len(s), p+4096)], '\n')
	if nl < 0 {
		return 0, 0, false
	}
	k := p + nl + 1
	e := strings.IndexByte(s[k:], '\n')
	if e < 0 {
		e = len(s) - k
	}
	line := s[k : k+e]
	if n, in := numberedRowText(strings.TrimSpace(line)); n > 0 && in != "" {
		line = in
	}
	if c := strings.Index(line, "</"); c > 0 {
		line = line[:c] // a page's markup closing the block (<pre><code>…</code></pre>): text has its '<' escaped
	}
	v := strings.TrimSpace(strings.TrimSuffix(line, "\r"))
	if len(v) < 3 || strings.ContainsAny(v, " \t<>") || v[0] == '$' || strings.HasPrefix(v, "PS ") ||
		templateLike(v) || IsPlaceholder(v) || hasPlaceholder(v) {
		return 0, 0, false
	}
	a := k + strings.Index(s[k:k+e], v)
	return a, a + len(v), true
}

// namedOutput reads the output of a command that prints one stored value
// bare on the next line, when the name it reads names a credential: the
// line's one word is that value, whatever its shape. j is the end of the
// command word w.
//   - consul kv get KEY: "prints the value of the key"
//     (developer.hashicorp.com/consul/commands/kv/get), KEY a path whose
//     last part names the value (minio/root_password).
//   - kubectl get secret NAME -o jsonpath='{.data.KEY}' (| base64
//     --decode): one data value of a Secret
//     (kubernetes.io/docs/tasks/configmap-secret/managing-secret-using-kubectl/).
//   - cat DIR/NAME where the file is an envdir variable named for what it
//     holds (wal-g's /etc/wal-g.d/env/AWS_SECRET_ACCESS_KEY; daemontools
//     envdir(8): each file's first line is the variable's value).
func namedOutput(s string, j int, w string) (hit, bool) {
	ws := shellWords(s, j, 16)
	name := [2]int{}
	switch w {
	case "consul":
		if len(ws) < 3 || s[ws[0][0]:ws[0][1]] != "kv" || s[ws[1][0]:ws[1][1]] != "get" {
			return hit{}, false
		}
		for _, x := range ws[2:] {
			if t := s[x[0]:x[1]]; t != "" && t[0] != '-' && t != "|" {
				name = x
			}
		}
	case "kubectl":
		// (the quotes split -o jsonpath='{…}' into two words)
		for _, x := range ws {
			if t := s[x[0]:x[1]]; strings.HasPrefix(t, "{.data.") || strings.Contains(t, "jsonpath={.data.") {
				name = x
			}
		}
	case "cat":
		if len(ws) != 1 && !(len(ws) == 2 && s[ws[1][0]:ws[1][1]] == "|") { // (a numbered-lines row end)
			return hit{}, false
		}
		name = ws[0]
	}
	return outputOfName(s, name)
}

// vsoSetVariable reads Azure Pipelines' logging command
// "##vso[task.setvariable variable=NAME;issecret=true;…]VALUE"
// (learn.microsoft.com/en-us/azure/devops/pipelines/scripts/logging-commands,
// SetVariable): the value is the rest of the line, whatever its shape,
// when NAME names a credential or issecret=true marks it one. j is the end
// of the word "variable" before its '='.
func vsoSetVariable(s string, i, j int) (hit, bool) {
	if j >= len(s) || s[j] != '=' || i < 12 || !strings.HasSuffix(s[max(0, i-13):i], "setvariable ") {
		return hit{}, false
	}
	cmd := strings.LastIndex(s[max(0, i-64):i], "##vso[")
	if cmd < 0 {
		return hit{}, false
	}
	cmd += max(0, i-64)
	end := strings.IndexAny(s[j:min(len(s), j+512)], "]\n")
	if end < 0 || s[j+end] != ']' {
		return hit{}, false
	}
	props := s[j+1 : j+end]
	n := strings.IndexByte(props, ';')
	if n < 0 {
		n = len(props)
	}
	cl, _ := labelClass(s, j+1, j+1+n)
	if !credClass(cl) && !strings.Contains(strings.ToLower(props), "issecret=true") {
		return hit{}, false
	}
	a := j + end + 1
	b := a
	for b < len(s) && s[b] != '\n' && s[b] != '\r' {
		b++
	}
	if cmd > 0 && (s[cmd-1] == '"' || s[cmd-1] == '\'') { // echo "##vso[…]VALUE"
		if q := strings.IndexByte(s[a:b], s[cmd-1]); q >= 0 {
			b = a + q
		}
	}
	v := s[a:b]
	if len(v) < 3 || v[0] == '$' || templateLike(v) || IsPlaceholder(v) || hasPlaceholder(v) {
		return hit{}, false
	}
	return hit{start: a, end: b, kind: classKind(cl, v), val: v}, true
}

// plainTextSecure reads PowerShell's ConvertTo-SecureString [-String] TEXT
// -AsPlainText (learn.microsoft.com/powershell/module/microsoft.powershell.security/convertto-securestring:
// "-AsPlainText: Specifies a plain text string to convert to a secure
// string"): TEXT is a password, whatever its shape. j is the end of the
// cmdlet's name.
func plainTextSecure(s string, j int) (hit, bool) {
	ws := shellWords(s, j, 8)
	plain := false
	val := [2]int{}
	for k, w := range ws {
		t := s[w[0]:w[1]]
		switch {
		case strings.EqualFold(t, "-AsPlainText"):
			plain = true
		case strings.EqualFold(t, "-String") && k+1 < len(ws):
			val = ws[k+1]
		case t == "|" || t == ";" || t == ")":
		case val[1] == val[0] && t != "" && t[0] != '-':
			val = w
		}
	}
	if !plain || val[1] == val[0] {
		return hit{}, false
	}
	v := s[val[0]:val[1]]
	if len(v) < 3 || v[0] == '$' || templateLike(v) || IsPlaceholder(v) || hasPlaceholder(v) {
		return hit{}, false
	}
	return hit{start: val[0], end: val[1], kind: KindPassword, val: v}, true
}

// echoToFile reads echo [-n] VALUE > FILE where FILE is named for the
// credential it will hold (External Secrets' "echo -n 'KEYID' >
// ./access-key" before kubectl create secret --from-file,
// external-secrets.io/latest/provider/aws-secrets-manager/): VALUE is
// that credential, whatever its shape. j is the end of the word echo.
func echoToFile(s string, j int) (hit, bool) {
	ws := shellWords(s, j, 6)
	val, to := [2]int{}, -1
	for k, w := range ws {
		t := s[w[0]:w[1]]
		if t == ">" || t == ">>" {
			to = k + 1
			break
		}
		if t == "" || t[0] == '-' && val[1] == val[0] {
			continue
		}
		if val[1] != val[0] {
			return hit{}, false // more than one word echoed
		}
		val = w
	}
	if to <= 0 || to >= len(ws) || val[1] == val[0] {
		return hit{}, false
	}
	a, b := lastNamePart(s, ws[to][0], ws[to][1])
	cl, _ := labelClass(s, a, b)
	v := s[val[0]:val[1]]
	if !credClass(cl) || len(v) < 3 || v[0] == '$' || templateLike(v) || IsPlaceholder(v) || hasPlaceholder(v) {
		return hit{}, false
	}
	return hit{start: val[0], end: val[1], kind: classKind(cl, v), val: v}, true
}

// namedValueFlag reads a CLI's "--name NAME … --value VALUE" pair, a
// secret store's add command (woodpecker-cli secret add --repository R
// --name N --value V, woodpecker-ci.org/docs/cli): VALUE is the
// credential NAME names, whatever its shape. j is the end of --value.
func namedValueFlag(s string, i, j int) (hit, bool) {
	line := lineAround(s, i)
	ls := i - strings.Index(line, s[i:j]) // (the first --value of the line)
	if ls < 0 || ls > i {
		return hit{}, false
	}
	ws := shellWords(s, ls, 24)
	cl := 0
	for k := 0; k+1 < len(ws); k++ {
		if t := s[ws[k][0]:ws[k][1]]; t == "--name" || t == "-name" {
			a, b := lastNamePart(s, ws[k+1][0], ws[k+1][1])
			cl, _ = labelClass(s, a, b)
		}
	}
	vs := shellWords(s, j, 1)
	if !credClass(cl) || len(vs) != 1 {
		return hit{}, false
	}
	v := s[vs[0][0]:vs[0][1]]
	if len(v) < 3 || v[0] == '$' || v[0] == '-' || templateLike(v) || IsPlaceholder(v) || hasPlaceholder(v) {
		return hit{}, false
	}
	return hit{start: vs[0][0], end: vs[0][1], kind: classKind(cl, v), val: v}, true
}

// loadedProperty reads Flink's GlobalConfiguration log line "Loading
// configuration property: KEY, VALUE"
// (nightlies.apache.org/flink/flink-docs-stable/docs/deployment/config/:
// it hides only the keys it deems sensitive, so fs.s3a.secret.key is
// printed): VALUE is the credential KEY names, whatever its shape. j is
// the end of the word property, before its ':'.
func loadedProperty(s string, i, j int) (hit, bool) {
	if j+2 >= len(s) || s[j] != ':' || s[j+1] != ' ' || !strings.HasSuffix(s[max(0, i-14):i], "configuration ") {
		return hit{}, false
	}
	k := j + 2
	c := strings.IndexAny(s[k:min(len(s), k+256)], ",\n")
	if c <= 0 || s[k+c] != ',' {
		return hit{}, false
	}
	cl, _ := labelClass(s, k, k+c)
	if !credClass(cl) {
		return hit{}, false
	}
	a := k + c + 1
	for a < len(s) && s[a] == ' ' {
		a++
	}
	b := a
	for b < len(s) && s[b] != '\n' && s[b] != '\r' {
		b++
	}
	for b > a && s[b-1] == ' ' {
		b--
	}
	v := s[a:b]
	if len(v) < 3 || strings.Trim(v, "*") == "" || templateLike(v) || IsPlaceholder(v) || hasPlaceholder(v) {
		return hit{}, false
	}
	return hit{start: a, end: b, kind: classKind(cl, v), val: v}, true
}

// pairedSecret reports a field named as a key (NAMEkey) whose other half
// is written beside it, named as its secret: the same name followed by
// secret (pgBackRest's repo1-s3-key and repo1-s3-key-secret, "S3
// repository access key" and "S3 repository secret access key",
// pgbackrest.org/configuration.html), or the same prefix before secret
// (S3_KEY beside S3_SECRET, minioKey beside minioSecret). Such a pair is an
// access key's ID and secret, so the key names the ID, not an object. i, j
// bound the key's name.
func pairedSecret(s string, i, j int) bool {
	w := strings.TrimLeft(s[i:j], "-")
	if len(w) < 5 || !strings.EqualFold(w[len(w)-3:], "key") {
		return false
	}
	p := w[:len(w)-3] // (two characters at least: S3_, s3.)
	lo, hi := max(0, i-2048), min(len(s), j+2048)
	win := s[lo:hi]
	for _, c := range [...]string{w + "-secret", w + "_secret", w + "_SECRET", w + "Secret", p + "secret", p + "SECRET", p + "Secret"} {
		for off := 0; off < len(win); {
			k := strings.Index(win[off:], c)
			if k < 0 {
				break
			}
			k += off
			off = k + len(c)
			if k == 0 || class[win[k-1]]&cWord == 0 || win[k-1] == '-' && (k < 2 || win[k-2] == '-' || class[win[k-2]]&cWord == 0) {
				return true
			}
		}
	}
	return false
}

// numberedHeader reports the header of a numbered-lines table, "| # |
// TITLE |": a line-number column, then the lines of a file or a paste
// under its title (a file name such as aws-secret.yaml or
// crossplane-provider-secret). The title names the text, not the field of
// each cell, so it labels no column: a line under it is a line of text,
// read by the readers of its own text.
func numberedHeader(t string, cells [][2]int) bool {
	return len(cells) == 2 && strings.TrimSpace(t[cells[0][0]:cells[0][1]]) == "#"
}

// fileNameLike reports a value that ends in a common file name extension
// (report.pdf, backup.tar.gz): a field named just key holding it names an
// object (S3's Key, a traceback's local key = 'a.csv' beside the call
// put_object(Bucket=bucket, Key=key)), not an access key: no key ID ends
// so.
func fileNameLike(v string) bool {
	d := lastIndexByte(v, '.')
	if d <= 0 || d == len(v)-1 {
		return false
	}
	switch v[d+1:] {
	case "csv", "pdf", "gz", "tgz", "zip", "txt", "json", "jpg", "jpeg", "png", "gif", "webp", "mp4", "mov", "mp3",
		"parquet", "avro", "orc", "log", "xml", "html", "htm", "bin", "tar", "bz2", "xz", "zst", "doc", "docx",
		"xls", "xlsx", "ppt", "pptx", "yaml", "yml", "md", "svg", "wav", "iso", "dmg", "exe", "jar", "whl":
		return true
	}
	return false
}

// getOutput reads a "get NAME" command that prints the stored value bare
// on the next line, when NAME (its last part) names a credential: glab
// variable get KEY (gitlab.com/gitlab-org/cli docs/source/variable/get.md),
// netlify env:get, heroku config:get, doppler secrets get, buildkite-agent
// meta-data get. j is the end of the word "get"; the name is the first
// word after it that is no flag.
func getOutput(s string, j int) (hit, bool) {
	if j >= len(s) || s[j] != ' ' {
		return hit{}, false
	}
	name := [2]int{}
	for _, x := range shellWords(s, j, 8) {
		t := s[x[0]:x[1]]
		if t == "|" || t == ">" || t == "&&" || t == ";" {
			return hit{}, false // piped or written elsewhere: no output below
		}
		if t != "" && t[0] != '-' && name[1] == name[0] {
			name = x
		}
	}
	return outputOfName(s, name)
}

// labelLine reads a credential's name alone on its line and the value
// alone on the next: grep -A1 over strings(1) of a core file or a binary
// prints the name, then the string stored after it. The name must be a
// configuration name of several parts (aws_secret_access_key,
// MINIO_SECRET_KEY), not a word of prose. s[i:j] is the word, alone on
// its line (or in a numbered-lines table's row).
func labelLine(s string, i, j int) (hit, bool) {
	ls := lastIndexByte(s[max(0, i-64):i], '\n') + 1 + max(0, i-64)
	le := lineEnd(s, j)
	t := strings.TrimRight(s[ls:le], " \t\r")
	if n, in := numberedRowText(strings.TrimSpace(t)); n > 0 {
		t = strings.TrimSpace(in) // a numbered-lines table's row: "| 13 | NAME |"
	}
	if t != s[i:j] {
		return hit{}, false
	}
	if !strings.ContainsAny(s[i:j], "_.-") {
		return hit{}, false
	}
	cl, _ := labelClass(s, i, j)
	if !credClass(cl) {
		return hit{}, false
	}
	va, vb, ok := nextLineWord(s, le)
	if !ok || vb-va < 6 {
		return hit{}, false
	}
	if c, _ := labelClass(s, va, vb); c != 0 {
		return hit{}, false // another name (a list of names, one a line)
	}
	return hit{start: va, end: vb, kind: classKind(cl, s[va:vb]), val: s[va:vb]}, true
}

// addMask reads GitHub Actions' workflow command "::add-mask::VALUE"
// (github.com/actions/toolkit docs/commands.md: "To mask a value in the
// logs, use ::add-mask::"; the runner echoes the command line to the log):
// the command itself says VALUE is a secret, whatever its shape or name.
// VALUE runs to the line's end, or to the quote that opened the command
// (echo "::add-mask::…"); a $VARIABLE is a reference. s[i:j] is the word
// add-mask.
func addMask(s string, i, j int) (hit, bool) {
	if i < 2 || s[i-1] != ':' || s[i-2] != ':' || j+2 >= len(s) || s[j] != ':' || s[j+1] != ':' {
		return hit{}, false
	}
	a := j + 2
	e := a
	for e < len(s) && s[e] != '\n' && s[e] != '\r' {
		e++
	}
	if i >= 3 && (s[i-3] == '"' || s[i-3] == '\'') {
		if q := strings.IndexByte(s[a:e], s[i-3]); q >= 0 {
			e = a + q
		}
	}
	for e > a && (s[e-1] == ' ' || s[e-1] == '\t' || s[e-1] == '|') {
		e-- // (a table's cell closer)
	}
	v := s[a:e]
	if len(v) < 4 || v[0] == '$' || templateLike(v) || IsPlaceholder(v) || hasPlaceholder(v) {
		return hit{}, false
	}
	return hit{start: a, end: e, kind: KindCredential, val: v}, true
}

// outputOfName is the value a command printed on the line after it, when
// the name it was asked for (s[name[0]:name[1]], its last part: a path's
// or a JSONPath's) names a credential.
func outputOfName(s string, name [2]int) (hit, bool) {
	if name[1] == name[0] {
		return hit{}, false
	}
	a, b := lastNamePart(s, name[0], name[1])
	cl, _ := labelClass(s, a, b)
	if !credClass(cl) {
		return hit{}, false
	}
	va, vb, ok := nextLineWord(s, name[1])
	if !ok {
		return hit{}, false
	}
	return hit{start: va, end: vb, kind: classKind(cl, s[va:vb]), val: s[va:vb]}, true
}
