package redact

import (
	"strings"
)

// Slots found on held-out wave 4 (issue 18, h-rprobe: 21 formats written
// from their documentation before this package was read; their survivors
// as written are in internal/plant/contexts_heldout4.go's commit). Each
// reader is a class of slot, not a format; the formats that write it are
// named beside it, the examples are in slots_pairs_test.go.

// valueFlags are the flags of secret stores' CLIs that carry the value of
// a secret named by an earlier word of the command: gh secret set NAME
// --body VALUE / -b VALUE (cli.github.com/manual/gh_secret_set), aws ssm
// put-parameter --name NAME --value VALUE (AWS CLI reference), aws
// secretsmanager create-secret --secret-string VALUE, vercel/doppler
// --value, kubectl … --from-literal is a NAME=VALUE of its own.
var valueFlags = map[string]bool{"--body": true, "-b": true, "--value": true, "--secret-string": true,
	"--data": true, "--string": true, "--text": true, "--content": true}

// flagValue reads the value of a credential named by a label when the word
// after the label is a flag: "gh secret set AWS_SECRET_ACCESS_KEY --body
// V", "ssm put-parameter --name …/secret_access_key --value V" (the label
// the last part of a path): the flag's argument is the value, never the
// flag. It returns the argument's bounds, or ok false when the word at v
// is no value-carrying flag. isFlag reports a flag at v at all (a label
// followed by a flag of another kind names nothing: no value is read).
func flagValue(s string, v int) (a, b int, isFlag, ok bool) {
	if v >= len(s) || s[v] != '-' {
		return 0, 0, false, false
	}
	e := v
	for e < len(s) && s[e] > ' ' && s[e] != '=' && s[e] != '"' && s[e] != '\'' {
		e++
	}
	if !valueFlags[s[v:e]] {
		return 0, 0, flagShape(s[v:e]), false
	}
	if e < len(s) && s[e] == '=' {
		e++
		ws := shellWords(s, e, 1)
		if len(ws) == 1 && ws[0][1] > ws[0][0] {
			return ws[0][0], ws[0][1], true, true
		}
		return 0, 0, true, false
	}
	ws := shellWords(s, e, 1)
	if len(ws) == 1 && ws[0][1] > ws[0][0] && s[ws[0][0]] != '-' {
		return ws[0][0], ws[0][1], true, true
	}
	return 0, 0, true, false
}

// namespacedLabel reports a word at v that is itself a credential name
// with a namespace ("aws:secretKey", "minio:minioPassword" of pulumi config
// set [--secret] KEY VALUE, pulumi.com/docs/cli/commands/pulumi_config_set;
// "Credentials:gs_secret_access_key=…" of gsutil -o): after a flag such as
// --secret, it is the next label, not the flag's value.
func namespacedLabel(s string, v int) bool {
	e := v
	colon := -1
	for e < len(s) && e-v < 64 && (isAlnum(s[e]) || s[e] == '_' || s[e] == '-' || s[e] == ':' || s[e] == '.') {
		if s[e] == ':' && colon < 0 {
			colon = e
		}
		e++
	}
	if colon <= v || colon+2 >= e {
		return false
	}
	cl, _ := labelClass(s, colon+1, e)
	return cl != 0 && cl != lBucket && cl != lObjectKey
}

// namespacedSlot reads "NS:label VALUE" after "config set" (pulumi config
// set aws:secretKey VALUE) and in the two-column listing "pulumi config
// --show-secrets" prints (KEY then VALUE, blank-separated): the label is
// the word after the namespace's ':', the value the next word of the line.
func namespacedSlot(s string, i, j int) (hit, bool) {
	if i < 2 || s[i-1] != ':' || j >= len(s) || s[j] != ' ' && s[j] != '\t' {
		return hit{}, false
	}
	a := i - 1
	for a > 0 && (isAlnum(s[a-1]) || s[a-1] == '_' || s[a-1] == '-') {
		a--
	}
	if a == i-1 || a > 0 && s[a-1] != ' ' && s[a-1] != '\n' && s[a-1] != '\t' && s[a-1] != '|' {
		return hit{}, false
	}
	line := lineAround(s, i)
	t := strings.TrimSpace(line)
	if k, in := numberedRowText(t); k > 0 {
		t = in // a numbered-lines table's row ("| 29 | aws:secretKey  v |")
	}
	row := strings.HasPrefix(strings.TrimLeft(t, "| "), s[a:j])
	if !row && !strings.Contains(line, "config set") {
		return hit{}, false
	}
	cl, _ := labelClass(s, i, j)
	if cl == 0 || cl == lBucket || cl == lObjectKey || cl == lAccount {
		return hit{}, false
	}
	ws := shellWords(s, j, 1)
	if len(ws) != 1 || ws[0][1]-ws[0][0] < 1 || s[ws[0][0]] == '-' {
		return hit{}, false
	}
	val := s[ws[0][0]:ws[0][1]]
	if templateLike(val) || IsPlaceholder(val) {
		return hit{}, false
	}
	return slotHit(cl, ws[0][0], ws[0][1], val)
}

// pairArrays reads name/value pairs written as two-element arrays:
// Sentry's stored event request.headers and request.cookies ([["name",
// "value"], …], develop.sentry.dev/sdk/data-model/event-payloads/request/),
// the same shape of Python's list(dict.items()) and Go's http.Header
// dumps. Inside an array keyed "cookies" every value is a cookie; in any
// other, a value whose name names a credential is one.
func (st *state) pairArrays(s string, hits []hit) []hit {
	from := 0
	for _, x := range st.anchorsOf(s).of(anPairArray) {
		if x < from {
			continue
		}
		from = x + 3
		win := strings.ToLower(s[max(0, x-24):x])
		cookies := strings.Contains(win, "cookie")
		// each ["name", "value"] until the closing ]]
		for p := x + 1; p < len(s) && s[p] == '['; {
			n0 := p + 2
			n1 := strings.IndexByte(s[n0:min(len(s), n0+128)], '"')
			if n1 < 0 {
				break
			}
			n1 += n0
			k := n1 + 1
			for k < len(s) && (s[k] == ',' || s[k] == ' ') {
				k++
			}
			if k >= len(s) || s[k] != '"' {
				break
			}
			e := valueEnd(s, k+1, synQuoted, "\"")
			if e < 0 {
				break
			}
			val := s[k+1 : e]
			cl, _ := labelClass(s, n0, n1)
			if val != "" && !IsPlaceholder(val) && !hasPlaceholder(val) && !templateLike(val) {
				switch {
				case cookies:
					hits = st.add(hits, hit{start: k + 1, end: e, kind: KindCredential, val: val})
				case cl != 0 && cl != lBucket && cl != lObjectKey && cl != lAccount:
					if h, ok := slotHit(cl, k+1, e, val); ok {
						hits = st.add(hits, h)
					}
				}
			}
			q := e + 1
			for q < len(s) && s[q] == ' ' {
				q++
			}
			if q >= len(s) || s[q] != ']' {
				break
			}
			q++
			for q < len(s) && (s[q] == ',' || s[q] == ' ' || s[q] == '\n' || s[q] == '\r' || s[q] == '\t') {
				q++
			}
			if q+1 >= len(s) || s[q] != '[' || s[q+1] != '"' {
				break
			}
			p = q
		}
	}
	return hits
}

// cliTextRows reads the AWS CLI's text output of a credentials structure
// (docs.aws.amazon.com/cli/latest/userguide/cli-usage-output-format.html:
// a row per structure, its name in capitals then its values tab-separated
// in the order of their sorted keys, no key names): iam create-access-key
// "ACCESSKEY AccessKeyId CreateDate SecretAccessKey Status UserName", sts
// assume-role / get-session-token / get-federation-token "CREDENTIALS
// AccessKeyId Expiration SecretAccessKey SessionToken".
func (st *state) cliTextRows(s string, hits []hit) []hit {
	for _, r := range []struct {
		name  anchor
		roles []int
	}{
		{anCliAccessKey, []int{argKeyID, argSkip, argSecret}},
		{anCliCredentials, []int{argKeyID, argSkip, argSecret, argToken}},
	} {
		from := 0
		for _, x := range st.anchorsOf(s).of(r.name) {
			if x < from {
				continue
			}
			from = x + len(anchorWords[r.name])
			if x > 0 && isAlnum(s[x-1]) {
				continue
			}
			p := from
			for _, role := range r.roles {
				e := p
				for e < len(s) && s[e] != '\t' && s[e] != '\n' && s[e] != '\r' {
					e++
				}
				if v := s[p:e]; v != "" && !IsPlaceholder(v) && role != argSkip {
					kind := KindSecretAccessKey
					switch role {
					case argKeyID:
						kind = keyKind(v)
					case argToken:
						kind = KindSessionToken
					}
					hits = st.add(hits, hit{start: p, end: e, kind: kind, val: v})
				}
				if e >= len(s) || s[e] != '\t' {
					break
				}
				p = e + 1
			}
		}
	}
	return hits
}

// positionalCommands reads credentials given as positional arguments of
// S3-compatible stores' CLIs (the word s[i:j] is the command):
//   - b2 account authorize [KEY_ID] [KEY] and the older b2
//     authorize-account KEY_ID KEY (Backblaze B2 command-line tool);
//   - garage key import [--yes] KEY_ID SECRET_KEY (Garage reference manual,
//     cli: key import).
func positionalCommands(s string, i, j int) (hit, []hit, bool) {
	ws := shellWords(s, j, 8)
	word := func(k int) string { return s[ws[k][0]:ws[k][1]] }
	at := -1
	switch s[i:j] {
	case "b2":
		if len(ws) >= 3 && word(0) == "authorize-account" {
			at = 1
		} else if len(ws) >= 4 && word(0) == "account" && word(1) == "authorize" {
			at = 2
		}
	case "garage":
		if len(ws) >= 4 && word(0) == "key" && word(1) == "import" {
			at = 2
		}
	}
	if at < 0 && s[i:j] == "b2" && len(ws) >= 2 && word(0) == "key" && word(1) == "create" {
		return b2KeyCreated(s, j)
	}
	if at < 0 {
		return hit{}, nil, false
	}
	for at < len(ws) && s[ws[at][0]] == '-' {
		at++ // --yes, -n NAME comes after
	}
	if at+1 >= len(ws) {
		return hit{}, nil, false
	}
	ka, sv := word(at), word(at+1)
	if len(ka) < 4 || len(sv) < 4 || ka[0] == '-' || sv[0] == '-' || templateLike(ka) || templateLike(sv) || IsPlaceholder(ka) || IsPlaceholder(sv) {
		return hit{}, nil, false
	}
	return hit{start: ws[at][0], end: ws[at][1], kind: keyKind(ka), val: ka},
		[]hit{{start: ws[at+1][0], end: ws[at+1][1], kind: KindSecretAccessKey, val: sv}}, true
}

// b2KeyCreated reads the output of "b2 key create …" (Backblaze B2
// command-line tool: it prints the new key as one line,
// "<applicationKeyId> <applicationKey>"): the line after the command's,
// when it is exactly two words, is a key ID and its secret, whatever
// their shape. j is the end of the word "b2".
func b2KeyCreated(s string, j int) (hit, []hit, bool) {
	nl := strings.IndexByte(s[j:], '\n')
	if nl < 0 {
		return hit{}, nil, false
	}
	k := j + nl + 1
	e := strings.IndexByte(s[k:], '\n')
	if e < 0 {
		e = len(s) - k
	}
	ws := shellWords(s[:k+e], k, 3)
	if len(ws) != 2 {
		return hit{}, nil, false
	}
	ka, sv := s[ws[0][0]:ws[0][1]], s[ws[1][0]:ws[1][1]]
	if len(ka) < 8 || len(sv) < 8 || ka[0] == '$' || ka[0] == '-' || templateLike(ka) || templateLike(sv) || IsPlaceholder(ka) || IsPlaceholder(sv) {
		return hit{}, nil, false
	}
	return hit{start: ws[0][0], end: ws[0][1], kind: keyKind(ka), val: ka},
		[]hit{{start: ws[1][0], end: ws[1][1], kind: KindSecretAccessKey, val: sv}}, true
}

// rawOutput reads the output of a command that prints one named value
// bare on the next line: terraform output -raw NAME (and OpenTofu's tofu
// output -raw; developer.hashicorp.com/terraform/cli/commands/output: "-raw
// ... print the raw string directly, without quotes or a newline" — a
// prompt or the paste's next line follows), when NAME names a credential
// (uploader_secret_access_key): the line's one word is its value, whatever
// its shape. j is the end of the command word.
func rawOutput(s string, j int) (hit, bool) {
	ws := shellWords(s, j, 8)
	if len(ws) < 3 || s[ws[0][0]:ws[0][1]] != "output" {
		return hit{}, false
	}
	raw, name := false, [2]int{}
	for _, w := range ws[1:] {
		switch t := s[w[0]:w[1]]; {
		case t == "-raw" || t == "--raw":
			raw = true
		case t != "" && t[0] != '-' && t != "|": // (a numbered-lines table's row end)
			name = w
		}
	}
	if !raw || name[1] == name[0] {
		return hit{}, false
	}
	cl, _ := labelClass(s, name[0], name[1])
	switch cl {
	case lSecret, lSession, lToken, lPassword, lCred, lKeyID:
	default:
		return hit{}, false
	}
	nl := strings.IndexByte(s[name[1]:], '\n')
	if nl < 0 {
		return hit{}, false
	}
	k := name[1] + nl + 1
	e := strings.IndexByte(s[k:], '\n')
	if e < 0 {
		e = len(s) - k
	}
	line := s[k : k+e]
	if len(line) > 0 && line[len(line)-1] == '\r' {
		line = line[:len(line)-1]
	}
	if n, in := numberedRowText(strings.TrimSpace(line)); n > 0 && in != "" {
		line = in // a numbered-lines table's row: "| 23 | value |"
	}
	// (the value may run into the next prompt: -raw prints no newline)
	if p := strings.Index(line, "$ "); p > 0 {
		line = line[:p]
	}
	v := strings.TrimSpace(line)
	a := k + strings.Index(s[k:k+e], v)
	if len(v) < 3 || strings.ContainsAny(v, " \t<>") || v[0] == '$' || templateLike(v) || IsPlaceholder(v) || hasPlaceholder(v) {
		return hit{}, false
	}
	return hit{start: a, end: a + len(v), kind: classKind(cl, v), val: v}, true
}

// commandFlags are tools' own short flags whose argument is a credential,
// by command name (its last path part): short flags mean other things to
// other tools (curl -k is --insecure), so each is read after its command
// only.
//   - ngx_aws_auth's generate_signing_key -k SECRET -r REGION
//     (github.com/anomalizer/ngx_aws_auth README: derives the signing key
//     from the secret access key).
//   - Tencent COS's coscmd config -a SECRET_ID -s SECRET_KEY [-t TOKEN]
//     (tencentcloud.com/document/product/436/10976, coscmd config);
//   - Huawei OBS's obsutil config -i=AK -k=SK [-t=TOKEN] (support.
//     huaweicloud.com/intl/en-us/utiltg-obs/obs_11_0023.html: -i, -k, -t
//     and -e, written with '=' as Go's flag package takes them).
var commandFlags = map[string]map[string]int{
	"generate_signing_key": {"-k": lSecret, "--secret-key": lSecret},
	"coscmd":               {"-a": lKeyID, "-s": lSecret, "-t": lSession},
	"obsutil":              {"-i": lKeyID, "-k": lSecret, "-t": lSession},
}

// commandFlagLast marks the last letters of commandFlags' commands and
// commandFlagLens their lengths (slot's filters before the map lookup).
var commandFlagLast, commandFlagLens = func() (set [256]bool, lens uint64) {
	for c := range commandFlags {
		set[c[len(c)-1]] = true
		lens |= 1 << (len(c) & 63)
	}
	return set, lens
}()

// commandFlagWord reports a word that is one of commandFlags' commands.
func commandFlagWord(w string) bool {
	return len(w) < 64 && commandFlagLens>>len(w)&1 != 0 && commandFlagLast[w[len(w)-1]] && commandFlags[w] != nil
}

// commandFlag reads the arguments of commandFlags' flags on the command line
// of the command word s[i:j], whatever their shape: "-k VALUE" or
// "-k=VALUE". The first is returned, the others are added to st.extra.
func (st *state) commandFlag(s string, i, j int) (hit, bool) {
	fl := commandFlags[s[i:j]]
	if fl == nil {
		return hit{}, false
	}
	ws := shellWords(s, j, 16)
	var out []hit
	for k := 0; k < len(ws); k++ {
		w := s[ws[k][0]:ws[k][1]]
		a, b := -1, 0
		if eq := strings.IndexByte(w, '='); eq > 1 && w[0] == '-' {
			if fl[w[:eq]] != 0 {
				a, b = ws[k][0]+eq+1, ws[k][1]
				w = w[:eq]
			}
		} else if fl[w] != 0 && k+1 < len(ws) {
			a, b = ws[k+1][0], ws[k+1][1]
			k++
		}
		if a < 0 {
			continue
		}
		v := s[a:b]
		if len(v) < 3 || v[0] == '-' || templateLike(v) || IsPlaceholder(v) || hasPlaceholder(v) {
			continue
		}
		out = append(out, hit{start: a, end: b, kind: classKind(fl[w], v), val: v})
	}
	if len(out) == 0 {
		return hit{}, false
	}
	st.extra = append(st.extra, out[1:]...)
	return out[0], true
}

// restClientAWS reads the VS Code REST Client's AWS scheme, "Authorization:
// AWS <accessId> <accessKey> [token:<sessionToken>] [region:…] [service:…]"
// (github.com/Huachao/vscode-restclient README, AWS Signature v4): two
// words after the scheme, the key ID then the secret (the token: is a
// label of its own). k is the first word's start.
func restClientAWS(s string, k int) (hit, []hit, bool) {
	ws := shellWords(s, k, 2)
	if len(ws) != 2 {
		return hit{}, nil, false
	}
	ka, sv := s[ws[0][0]:ws[0][1]], s[ws[1][0]:ws[1][1]]
	if len(ka) < 4 || len(sv) < 4 || strings.IndexByte(ka, ':') >= 0 || strings.IndexByte(sv, ':') >= 0 && !strings.HasPrefix(sv, "{{") ||
		templateLike(ka) && templateLike(sv) || IsPlaceholder(ka) || IsPlaceholder(sv) {
		return hit{}, nil, false
	}
	var out []hit
	var first hit
	ok := false
	if !templateLike(ka) {
		first, ok = hit{start: ws[0][0], end: ws[0][1], kind: keyKind(ka), val: ka}, true
	}
	if !templateLike(sv) {
		h := hit{start: ws[1][0], end: ws[1][1], kind: KindSecretAccessKey, val: sv}
		if ok {
			out = append(out, h)
		} else {
			first, ok = h, true
		}
	}
	return first, out, ok
}

// basicUserPass reads "Basic USER PASSWORD" with the two unencoded, as the
// VS Code REST Client accepts it and encodes it itself ("Authorization:
// Basic user passwd", README, Basic Auth): the short word after the
// scheme is the user, the word after it to the line's end the password.
func basicUserPass(s string, v int) (hit, bool) {
	ws := shellWords(s, v, 3)
	if len(ws) == 3 && s[ws[2][0]:ws[2][1]] == "|" {
		ws = ws[:2] // the row's end of a numbered-lines table
	}
	if len(ws) != 2 {
		return hit{}, false
	}
	u, p := s[ws[0][0]:ws[0][1]], s[ws[1][0]:ws[1][1]]
	if len(u) == 0 || len(u) > 64 || len(p) < 4 || templateLike(p) || IsPlaceholder(p) || hasPlaceholder(p) {
		return hit{}, false
	}
	return hit{start: ws[1][0], end: ws[1][1], kind: KindPassword, val: p}, true
}

// byArity are constructors whose roles depend on how many arguments the
// call passes: sbt's Credentials(realm, host, user, passwd) (sbt reference,
// Publishing: credentials += Credentials("Amazon S3", host, key, secret),
// as S3 resolvers read it) beside the three-argument Credentials of the
// SDKs (constructors).
var byArity = map[string][]int{
	"Credentials": {argSkip, argSkip, argKeyID, argSecret},
}

// argCount counts the top-level arguments of the call whose '(' is s[k]
// (0 when it does not close within 4096 bytes).
func argCount(s string, k int) int {
	depth, n := 0, 1
	quote := byte(0)
	for p := k + 1; p < len(s) && p-k < 4096; p++ {
		c := s[p]
		switch {
		case quote != 0:
			if c == '\\' {
				p++
			} else if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '(' || c == '[' || c == '{':
			depth++
		case c == ')' || c == ']' || c == '}':
			if depth == 0 {
				return n
			}
			depth--
		case c == ',' && depth == 0:
			n++
		}
	}
	return 0
}

// nameField reports a field that names the thing a sibling field holds the
// value of, beyond nameFields: any <Thing>Key or <Thing>Name whose first
// part is no credential label itself (CloudFormation describe-stacks
// Outputs[].OutputKey/OutputValue, AWS CLI reference; TagKey, AttributeName
// of other AWS APIs); "accessKey" is a label, not a name field.
func nameField(w string) bool {
	if len(w) < 5 || len(w) > 24 {
		return false
	}
	var stem string
	switch {
	case strings.HasSuffix(w, "Key"):
		stem = w[:len(w)-3]
	case strings.HasSuffix(w, "Name"):
		stem = w[:len(w)-4]
	default:
		return false
	}
	if c := stem[len(stem)-1]; c < 'a' || c > 'z' {
		return false
	}
	cl, _ := labelClass(stem, 0, len(stem))
	return cl == 0 || cl == lBucket || cl == lObjectKey
}

// valueField reports the field of a name/value pair that holds the value:
// value in any case, or <Thing>Value (ParameterValue, OutputValue).
func valueField(w string) bool {
	switch {
	case len(w) == 5:
		return strings.EqualFold(w, "value")
	case len(w) > 5 && len(w) <= 24:
		return strings.HasSuffix(w, "Value")
	}
	return false
}

// flagShape reports a word written as a CLI flag: "-x" or "--name" (lower
// case letters, digits and '-'); a lone "-" (an empty field of a log) or a
// password that starts with '-' is none.
func flagShape(w string) bool {
	if len(w) == 2 {
		return w[0] == '-' && (w[1] >= 'a' && w[1] <= 'z' || w[1] >= 'A' && w[1] <= 'Z')
	}
	if len(w) < 4 || len(w) > 32 || w[0] != '-' || w[1] != '-' || w[2] < 'a' || w[2] > 'z' {
		return false
	}
	for i := 3; i < len(w); i++ {
		if c := w[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// objectValue reads a credential-named key whose value is an object that
// holds the value in a "value" field: terraform output -json
// ({"uploader_secret_access_key": {"sensitive": true, "type": "string",
// "value": "…"}}, developer.hashicorp.com/terraform/cli/commands/output),
// the outputs of a Terraform state. v is the object's '{'.
func objectValue(s string, v int) (a, b int, ok bool) {
	depth := 0
	for p := v + 1; p < len(s) && p-v < 512; p++ {
		switch c := s[p]; c {
		case '{', '[':
			depth++
		case '}', ']':
			if depth == 0 {
				return 0, 0, false
			}
			depth--
		case '"':
			if depth == 0 && strings.HasPrefix(s[p:], "\"value\"") {
				k := p + len("\"value\"")
				for k < len(s) && (s[k] == ' ' || s[k] == ':') {
					k++
				}
				if k < len(s) && s[k] == '"' {
					e := valueEnd(s, k+1, synQuoted, "\"")
					if e > k+1 {
						return k + 1, e, true
					}
				}
				return 0, 0, false
			}
		}
	}
	return 0, 0, false
}

// parallelArrays reads names and values given as two parallel arrays:
// map(array['n1', 'n2'], array['v1', 'v2']) (Trino's and Presto's MAP
// constructor, as Gravitino's create_catalog takes catalog properties:
// gravitino.apache.org, trino-connector docs): the value at the index of a
// credential-named name is the credential.
func (st *state) parallelArrays(s string, hits []hit) []hit {
	from := 0
	for _, y := range st.anchorsOf(s).of(anMapCall) {
		x := foldMapAt(s, from, y)
		if x < 0 {
			continue
		}
		from = x + 4
		names, k := arrayItems(s, skipLayout(s, x+4))
		if len(names) == 0 || k >= len(s) || s[k] != ',' {
			continue
		}
		vals, _ := arrayItems(s, skipLayout(s, k+1)) // (also across a numbered-lines table's rows)
		for n := 0; n < len(names) && n < len(vals); n++ {
			cl, _ := labelClass(s, names[n][0], names[n][1])
			a, b := vals[n][0], vals[n][1]
			if cl == 0 || cl == lBucket || cl == lObjectKey || cl == lAccount || b <= a || IsPlaceholder(s[a:b]) || templateLike(s[a:b]) {
				continue
			}
			if h, ok := slotHit(cl, a, b, s[a:b]); ok {
				hits = st.add(hits, h)
			}
		}
	}
	return hits
}

// foldMapAt is where "map(" (or "Map(") starts a word, its "ap(" at
// s[x], reading s from lo on only (-1 when it starts none or its "ap(" is
// before lo).
func foldMapAt(s string, lo, x int) int {
	switch {
	case x < lo:
		return -1
	case x-lo >= 1 && (s[x-1] == 'm' || s[x-1] == 'M') && (x-lo < 2 || !isWord(s[x-2])):
		return x - 1
	case x-lo >= 2 && s[x-1] == 'A' && s[x-2] == 'M' && (x-lo < 3 || !isWord(s[x-3])):
		return x - 2
	}
	return -1
}

func skipBlank(s string, k int) int {
	for k < len(s) && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n' || s[k] == '\r') {
		k++
	}
	return k
}

// arrayItems reads array['a', 'b', …] (or ARRAY[…]) of quoted items at
// s[k], returning the items' bounds and where the array ends (after ']'
// and blanks).
func arrayItems(s string, k int) ([][2]int, int) {
	if !strings.HasPrefix(s[k:], "array[") && !strings.HasPrefix(s[k:], "ARRAY[") {
		return nil, k
	}
	k += 6
	var out [][2]int
	for len(out) < 64 {
		k = skipLayout(s, k)
		if k >= len(s) || s[k] != '\'' && s[k] != '"' {
			return nil, k
		}
		e := valueEnd(s, k+1, synQuoted, s[k:k+1])
		if e < 0 {
			return nil, k
		}
		out = append(out, [2]int{k + 1, e})
		k = skipLayout(s, e+1)
		if k < len(s) && s[k] == ']' {
			return out, skipBlank(s, k+1)
		}
		if k >= len(s) || s[k] != ',' {
			return nil, k
		}
		k++
	}
	return nil, k
}
