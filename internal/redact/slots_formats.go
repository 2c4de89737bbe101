package redact

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/rare"
	"github.com/presign-doctor/presign-doctor/internal/table"
)

// Slots of whole-file formats whose lines carry credentials without a
// label (added for held-out formats, issue 18, h-rprobe). Each reader names
// the documentation of its format.

// formatSlots runs the readers of this file over s.
func (st *state) formatSlots(s string) []hit {
	var hits []hit
	// (each reader ranges over the starts of its anchor words: anchors.go;
	// find made them for its text, this is made for a text of its own: an
	// argv list's line, a decoded element)
	if !st.anchorsFor(s) {
		outer := st.anchors
		st.anchors = anchorsIn(s)
		defer func() { st.anchors = outer }()
	}
	hits = st.s3fsPasswd(s, hits)
	hits = st.tfAccessKeyID(s, hits)
	hits = st.pulumiSecrets(s, hits)
	hits = st.plistPhrase(s, hits)
	hits = st.envWords(s, hits)
	hits = st.promptLines(s, hits)     // slots_records.go
	hits = st.regValues(s, hits)       // slots_records.go
	hits = st.userPassFlags(s, hits)   // slots_records.go
	hits = st.varDumpValues(s, hits)   // slots_records.go
	hits = st.structDumps(s, hits)     // slots_records.go
	hits = st.pairArrays(s, hits)      // slots_pairs.go
	hits = st.cliTextRows(s, hits)     // slots_pairs.go
	hits = st.parallelArrays(s, hits)  // slots_pairs.go
	hits = st.argvLists(s, hits)       // slots_argv.go
	hits = st.questionPrompts(s, hits) // slots_argv.go
	return hits
}

// s3fsPasswd reads s3fs-fuse's password file: "accessKeyId:secretAccessKey"
// or "bucketName:accessKeyId:secretAccessKey" per line (s3fs(1),
// AUTHENTICATION; /etc/passwd-s3fs, ~/.passwd-s3fs), as written by
// "echo KEY:SECRET > ~/.passwd-s3fs" or shown by "cat /etc/passwd-s3fs"
// (the lines that follow, up to a blank line or the next prompt).
func (st *state) s3fsPasswd(s string, hits []hit) []hit {
	const name = "passwd-s3fs"
	from := 0
	for _, x := range st.anchorsOf(s).of(anPasswdS3fs) {
		if x < from {
			continue
		}
		from = x + len(name)
		ls := lastIndexByte(s[:x], '\n') + 1
		le := strings.IndexByte(s[x:], '\n')
		if le < 0 {
			le = len(s)
		} else {
			le += x
		}
		line := s[ls:le]
		if e := strings.Index(line, "echo "); e >= 0 && e < x-ls {
			a := ls + e + len("echo ")
			for a < x && (s[a] == ' ' || s[a] == '"' || s[a] == '\'') {
				a++
			}
			b := a
			for b < x && s[b] != ' ' && s[b] != '"' && s[b] != '\'' && s[b] != '>' && s[b] != '|' {
				b++
			}
			hits = st.passwdLine(s, a, b, hits)
			continue
		}
		if !strings.Contains(line, "cat ") && !strings.HasPrefix(strings.TrimLeft(line, "|0123456789 "), "#") {
			continue
		}
		// the file's lines after the command or comment that names it
		for p := le + 1; p < len(s); {
			q := strings.IndexByte(s[p:], '\n')
			if q < 0 {
				q = len(s)
			} else {
				q += p
			}
			a, b := p, q
			if b > a && s[b-1] == '\r' {
				b--
			}
			if t := s[a:b]; strings.HasPrefix(t, "|") && strings.HasSuffix(t, "|") {
				// a line of a numbered-lines markdown table: | 4 | … |
				if k := strings.IndexByte(t[1:], '|'); k >= 0 {
					a += k + 2
					b--
				}
			}
			for a < b && s[a] == ' ' {
				a++
			}
			for b > a && s[b-1] == ' ' {
				b--
			}
			t := s[a:b]
			if t == "" || t[0] == '$' || t[0] == '#' || strings.ContainsAny(t, " \t") || strings.Count(t, ":") < 1 {
				break
			}
			hits = st.passwdLine(s, a, b, hits)
			p = q + 1
		}
	}
	return hits
}

// passwdLine redacts the key ID and the secret of one passwd-s3fs entry at
// s[a:b]: two fields (key:secret) or three (bucket:key:secret; the secret
// is the rest, it may hold ':').
func (st *state) passwdLine(s string, a, b int, hits []hit) []hit {
	t := s[a:b]
	c1 := strings.IndexByte(t, ':')
	if c1 < 0 || c1 == len(t)-1 || hasPlaceholder(t) {
		return hits
	}
	ka, kb := a, a+c1
	if c2 := strings.IndexByte(t[c1+1:], ':'); c1 == 0 {
		// an empty first field: the key starts with ':', one or more
		// (FuzzPlantedSlot 2acca46d61e2123d, echo :0012007:SECRET;
		// a08fb40a27859a10, ::012007:SECRET): it runs to the first ':'
		// after them; with no second field the whole entry goes, the
		// split being unknown (fails closed)
		x := 0
		for x < len(t) && t[x] == ':' {
			x++
		}
		c := strings.IndexByte(t[x:], ':')
		if c <= 0 {
			return st.add(hits, hit{start: a, end: b, kind: KindSecretAccessKey, val: t})
		}
		kb = a + x + c
	} else if c2 > 0 {
		// bucket:key:secret when the first field reads as a bucket name
		// (lower case, digits, '-', '.') that the paste names elsewhere
		// too (the s3fs command mounting it, a URL): else it fails
		// closed, the key being first and holding ':' (FuzzPlantedSlot
		// 7a8129a53a72cf25: echo 000120:A:SECRET, the key 000120:A)
		first := t[:c1]
		if strings.Trim(first, "abcdefghijklmnopqrstuvwxyz0123456789-.") == "" && (strings.Contains(s[:a], first) || strings.Contains(s[b:], first)) {
			ka, kb = a+c1+1, a+c1+1+c2
		}
	}
	hits = st.add(hits, hit{start: ka, end: kb, kind: keyKind(s[ka:kb]), val: s[ka:kb]})
	return st.add(hits, hit{start: kb + 1, end: b, kind: KindSecretAccessKey, val: s[kb+1 : b]})
}

// tfAccessKeyID reads the "id" attribute of a Terraform aws_iam_access_key
// resource, which is the access key ID (registry.terraform.io hashicorp/aws
// aws_iam_access_key, Attribute Reference: "id - Access key ID"), in a
// state file (JSON: "type": "aws_iam_access_key", … "attributes": { "id":
// "…" }) or in terraform show / plan output (resource "aws_iam_access_key"
// "x" { id = "…" }); its secret is under the "secret" label already.
func (st *state) tfAccessKeyID(s string, hits []hit) []hit {
	hits = st.accessKeyResourceID(s, "aws_iam_access_key", st.anchorsOf(s).of(anTfAccessKey), hits)
	// Pulumi's AWS provider names the same resource
	// aws:iam/accessKey:AccessKey (pulumi stack export: "type", "urn";
	// its outputs' "id" is the access key ID)
	const pulumi = "aws:iam/accessKey:AccessKey"
	var starts []int
	for from := 0; ; {
		x := rare.Index(s[from:], pulumi)
		if x < 0 {
			break
		}
		starts = append(starts, from+x)
		from += x + len(pulumi)
	}
	return st.accessKeyResourceID(s, pulumi, starts, hits)
}

// accessKeyResourceID is tfAccessKeyID for one resource type's name, at
// the offsets where it is written (in order).
func (st *state) accessKeyResourceID(s, typ string, starts []int, hits []hit) []hit {
	from := 0
	for _, x := range starts {
		if x < from {
			continue
		}
		x += len(typ)
		from = x
		if x < len(s) && (isWord(s[x]) || s[x] == '-') {
			continue // aws_iam_access_key_something
		}
		// the resource's body: up to the next resource (or 4 KB)
		end := min(len(s), x+4096)
		if n := strings.Index(s[x:end], typ); n >= 0 {
			end = x + n
		}
		for p := x; p < end; {
			k := strings.Index(s[p:end], "id")
			if k < 0 {
				break
			}
			k += p
			p = k + 2
			if k > 0 && (isWord(s[k-1]) || s[k-1] == '-') || k+2 < len(s) && (isWord(s[k+2]) || s[k+2] == '-') {
				continue
			}
			q := k + 2
			if q < end && s[q] == '"' {
				q++
			}
			for q < end && s[q] == ' ' {
				q++
			}
			if q >= end || s[q] != ':' && s[q] != '=' {
				continue
			}
			q++
			for q < end && s[q] == ' ' {
				q++
			}
			if q >= end || s[q] != '"' {
				continue
			}
			a := q + 1
			b := a
			for b < end && s[b] != '"' && s[b] != '\n' {
				b++
			}
			if b > a && !hasPlaceholder(s[a:b]) {
				hits = st.add(hits, hit{start: a, end: b, kind: keyKind(s[a:b]), val: s[a:b]})
			}
			break
		}
	}
	return hits
}

// pulumiSecrets reads the plain text of a Pulumi secret envelope: a
// secret value is an object holding the signature key
// "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270"
// and, in pulumi stack export --show-secrets, its value JSON-encoded
// under "plaintext" (github.com/pulumi/pulumi/pull/4046); without
// --show-secrets, "ciphertext" (no secret to read). The value is a secret
// whatever its label.
func (st *state) pulumiSecrets(s string, hits []hit) []hit {
	const sig = "1b47061264138c4ac30d75fd1eb44270"
	for from := 0; ; {
		x := strings.Index(s[from:], sig)
		if x < 0 {
			return hits
		}
		x += from + len(sig)
		from = x
		end := min(len(s), x+256)
		if c := strings.IndexByte(s[x:end], '}'); c >= 0 {
			end = x + c
		}
		p := strings.Index(s[x:end], `"plaintext"`)
		if p < 0 {
			continue
		}
		q := x + p + len(`"plaintext"`)
		for q < end && (s[q] == ' ' || s[q] == ':') {
			q++
		}
		if q >= end || s[q] != '"' {
			continue
		}
		a := q + 1
		if a < len(s) && s[a] == '"' {
			a++ // the inner quotes' escapes undone in the decoded view: ""…""
		}
		b := a
		for b < len(s) && s[b] != '"' && s[b] != '\n' {
			if s[b] == '\\' {
				b++
			}
			b++
		}
		if b > len(s) {
			continue
		}
		// the value JSON-encoded once more: a string's \"…\" dropped
		if b-a >= 4 && strings.HasPrefix(s[a:b], `\"`) && strings.HasSuffix(s[a:b], `\"`) {
			a, b = a+2, b-2
		}
		if b-a >= 3 && !hasPlaceholder(s[a:b]) {
			hits = st.add(hits, hit{start: a, end: b, kind: KindCredential, val: s[a:b]})
		}
	}
}

// plistPhrase reads an Apple property list entry whose key is a label in
// words (<key>Access Key ID</key> <string>…</string>: Cyberduck profiles
// name their fields so, pastebin.com/index/0g9A4d5B); one-word keys
// (<key>SecretKey</key>) are read by xmlSibling.
func (st *state) plistPhrase(s string, hits []hit) []hit {
	from := 0
	for _, x := range st.anchorsOf(s).of(anPlistKey) {
		if x < from {
			continue
		}
		a := x + len("<key>")
		from = a
		e := strings.Index(s[a:min(len(s), a+64)], "</key>")
		if e <= 0 || strings.IndexByte(s[a:a+e], ' ') < 0 || phraseClass(s[a:a+e]) == 0 {
			continue
		}
		cl := phraseClass(s[a : a+e])
		k := a + e + len("</key>")
		// blanks, or a numbered-lines table's row border, up to <string>
		y := strings.Index(s[k:min(len(s), k+200)], "<string>")
		if y < 0 || strings.Trim(s[k:k+y], " \t\r\n|0123456789") != "" {
			continue
		}
		k += y
		v := k + len("<string>")
		w := strings.Index(s[v:min(len(s), v+2048)], "</string>")
		if w <= 0 {
			continue
		}
		val := s[v : v+w]
		if strings.ContainsAny(val, "<>\n ") || templateLike(val) || hasPlaceholder(val) {
			continue
		}
		hits = st.add(hits, hit{start: v, end: v + w, kind: classKind(cl, val), val: val})
	}
	return hits
}

// envFlags are the words after which NAME=value is one shell word that
// sets a variable: docker run -e/--env and build --build-arg
// (docs.docker.com), Dockerfile ENV/ARG, export/set/setx, helm --set,
// kubectl create secret --from-literal, systemd Environment= (its
// value's words; systemctl show prints them space-separated).
var envFlags = table.Set(
	"-e", "--env", "--build-arg", "ENV", "ARG", "export", "set",
	"setx", "--set", "--set-string", "--from-literal", "env", "Environment",
)

// envWords reads NAME=value where the whole of it is one string or one
// shell word, so the value runs to that string's closing quote or to the
// word's end whatever it holds (',' '.' ';' '#'): a quoted "NAME=value"
// (docker inspect Config.Env, systemd Environment="…", docker run -e
// "…"), or NAME=value after a word that sets a variable (envFlags) or
// after another such word (systemctl show's Environment=A=1 B=2).
func (st *state) envWords(s string, hits []hit) []hit {
	from := 0
	for _, p := range st.anchorsOf(s).of(anEquals) {
		if p < from {
			continue
		}
		from = p + 1
		q := p
		for q > 0 && (isWord(s[q-1]) || s[q-1] == '.' || s[q-1] == '-') {
			q--
		}
		if p-q < 4 || q == 0 {
			continue
		}
		// what precedes the name first: it costs less than the name's
		// class, and most '=' of a paste are in no such word
		c := s[q-1]
		if !(c == '"' || c == '\'' || c == '=' || c == ' ' && envWordBefore(s, q-1)) {
			continue
		}
		cl, _ := labelClass(s, q, p)
		if cl == 0 || cl == lBucket || cl == lObjectKey || cl == lAccount || cl == lScope || cl == lCapability || cl == lSignature || cl == lCookie {
			continue
		}
		v, e := p+1, p+1
		switch {
		case c == '"' || c == '\'':
			for e < len(s) && e-v < 1024 && s[e] != c && s[e] != '\n' {
				e++
			}
			if e >= len(s) || s[e] != c {
				continue
			}
		default: // '=', or a blank after an env flag or another NAME=value
			for e < len(s) && e-v < 1024 && s[e] > ' ' && s[e] != '"' && s[e] != '\'' {
				e++
			}
			if e < len(s) && s[e] > ' ' {
				continue // a quote inside the word: the shell's business
			}
			for e > v && (s[e-1] == ';' || s[e-1] == ',' || s[e-1] == '|') {
				e-- // the statement's or the list's own end
			}
		}
		val := s[v:e]
		if val == "" || val[0] == '$' || templateLike(val) || hasPlaceholder(val) || typeName(val) {
			continue
		}
		hits = st.add(hits, hit{start: v, end: e, kind: classKind(cl, val), val: val})
	}
	return hits
}

// envWordBefore reports a blank at s[b] after a word of envFlags or after
// another NAME=value word.
func envWordBefore(s string, b int) bool {
	a := b
	for a > 0 && s[a-1] > ' ' {
		a--
	}
	w := s[a:b]
	if envFlags[w] || envFlags[strings.TrimSuffix(w, "=")] {
		return true
	}
	eq := strings.IndexByte(w, '=')
	if eq > 0 && envFlags[w[:eq]] { // Environment=A=1 B=2
		w = w[eq+1:]
		eq = strings.IndexByte(w, '=')
	}
	return eq > 0 && eq < len(w)-1 && strings.Trim(w[:eq], "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") == ""
}
