package redact

import "strings"

// When is a credential slot's value code? ONE rule, here.
//
// A value in a credential slot is redacted whatever its shape (layer 1).
// The one exception is a value that is not a value at all but an
// expression of a programming language, evaluated where it stands: the
// name of a variable or a member chain that the diagnosis must be able to
// read (which variable the code passes as its secret):
//
//	s3 = boto3.client("s3", aws_secret_access_key=creds.secret_key)   code: kept
//	const c = new S3Client({ credentials: { secretAccessKey: process.env.X } })
//	config.secret_access_key = settings.AWS_SECRET;                   code: kept
//	provider "aws" { secret_key = var.aws_secret_key }                 code (HCL): kept
//
// The same characters in a configuration syntax are a literal: nothing
// evaluates them, they ARE the secret (FuzzPlantedSlot found each of these
// surviving when the value's shape decided):
//
//	aws.accessKeyId=B.A00010                     java.util.Properties
//	cloud.aws.credentials.secret-key: Kt.q8Zx    Spring, YAML
//	//registry.npmjs.org/:_authToken=B.A00001    .npmrc
//	env[AWS_SECRET_ACCESS_KEY] = B.A00010        php-fpm pool (INI)
//	secret_access_key = B.A00010                 ~/.aws/credentials (INI), TOML
//	MINIO_ROOT_PASSWORD=bbye.don9019             dotenv, export, docker -e
//	$ rclone config create s3 access_key_id=B.A00010   a command's arguments
//	| 8 | X-Amz-Security-Token: B.A00010 |       a table, a log, a header line
//
// So the question is never "does the value look like code" (a secret may
// look like anything) but "is the slot written in code", and it is
// answered from the slot's context alone (codeSlot), failing closed: the
// slot is code only when the text shows a programming language there:
//
//  1. a statement: the slot's line declares (const, let, var, val, final,
//     private, …), assigns with ':=' or ends with ';', or its target has a
//     receiver only code has (self., this., $name, ->);
//  2. an argument or an entry: the label is an identifier (a keyword
//     argument or an object key of code is never dotted, dashed or
//     slashed) inside a '(' or '{' that code opened before it, on its line
//     or above (a call's argument list, an object, dict, struct, hash or
//     HCL block), the label not inside a string there (a JSON log's
//     "message":"…") and the opener not on a log record's line (a Java
//     toString: Creds(accessKeyId=…) in a log);
//  3. a block of code: the slot is an assignment with '=' and a line of
//     its block (the lines around it up to a blank line) is unmistakably
//     code (codeLine: import, def, class, return, function, a call
//     assigned, a line opening or closing a block, ending with ';').
//
// A shell or env-file assignment (NAME=value, an environment variable's
// name, no blank around '=') is never code: the shell evaluates no member
// chains, its references are $NAME (templateLike). Everything else — a
// properties, env, YAML, INI or TOML line, a CLI argument, a table cell, a
// log or prose — holds a literal.

// codeExpr reports whether val, read unquoted in the slot whose label is
// s[i:j], is an expression of code rather than the slot's value: it reads
// as a reference (a variable name or a member chain) and the slot is
// written in code.
func codeExpr(s string, i, j int, val string) bool {
	return readsAsReference(val) && codeSlot(s, i, j)
}

// readsAsReference reports a value that code could mean as a reference: an
// identifier (codeRef) or a dotted member chain (identChain) none of whose
// parts mixes cases with a digit (gvxr.ElzaX31 is a literal anywhere).
func readsAsReference(v string) bool {
	// TypeScript's non-null assertion ends a member chain, not a literal
	// (process.env.S3_KEY!); a bare word and '!' may be a password
	if t := strings.TrimRight(v, "!"); t != v && len(v)-len(t) <= 2 && strings.Contains(t, ".") {
		v = t
	}
	return codeRef(v) || identChain(v) && !mixedPart(v)
}

// codeSlot reports whether the slot whose label is s[i:j] is written in a
// programming language (the rule above).
func codeSlot(s string, i, j int) bool {
	// the separator after the label
	k := j
	for k < len(s) && (s[k] == ' ' || s[k] == '\t') {
		k++
	}
	if k < len(s) && s[k] == '"' && i > 0 && s[i-1] == '"' {
		k++ // var_dump's ["key"]=>
	}
	if k < len(s) && s[k] == ']' { // env[NAME] = (php-fpm), $cfg[key] = …
		k++
		for k < len(s) && (s[k] == ' ' || s[k] == '\t') {
			k++
		}
	}
	if k >= len(s) || s[k] != '=' && s[k] != ':' {
		// no assignment, argument or entry of code is written "name
		// value": a directive (nginx fastcgi_param NAME value;), a CLI
		// flag, a table's columns
		return false
	}
	if k+1 < len(s) && s[k:k+2] == "=>" && dumpEntry(s, i) {
		return false // PHP's print_r / var_dump: [key] => value, ["key"]=>
	}
	// (GNU make's NAME := value, an upper-case variable: Go's := declares
	// lower- or mixed-case names)
	walrus := k+1 < len(s) && s[k] == ':' && s[k+1] == '=' && !shellName(s[i:j])
	if !walrus && k == j && k < len(s) && s[k] == '=' && shellName(s[i:j]) {
		return false // NAME=value: a shell or env-file assignment
	}
	if !walrus && k == j && k < len(s) && s[k] == '=' && propertiesLine(s, i, k) {
		return false // key=value at column 0: a properties, env or tool-output line
	}
	ls := lastIndexByte(s[max(0, i-1024):i], '\n') + 1 + max(0, i-1024)
	le := lineEnd(s, i)
	// (a numbered-lines table's row holds the line as its cell)
	line := s[ls:le]
	lead := i - ls
	if k, in := numberedRowText(strings.TrimSpace(line)); k > 0 {
		off := strings.Index(line, in)
		if off >= 0 && off <= lead {
			line, lead = in, lead-off
		}
	}
	// a command typed at a prompt ("$ sam deploy --parameter-overrides
	// SecretAccessKey=value"): its words are literals, whatever code the
	// lines around it hold (a JSON output above it opened a '{')
	if !walrus && commandLine(s, i) {
		return false
	}
	if !walrus && s[k] == '=' && flagWord(s, i) {
		return false // -Daws.secretKey=value, --secret=value: a CLI flag, no code writes "-name="
	}
	if !walrus && s[k] == ':' && blockEntry(s, ls, le) {
		return false
	}
	if !walrus && lead > 0 && line[lead-1] == '@' && strings.TrimSpace(line[:lead-1]) == "" && restClientFile(s, le) {
		return false
	}
	// 1. a statement
	if walrus || statementLine(line, lead) {
		return true
	}
	// 2. an argument or an entry
	if identLabel(s[i:j]) && enclosedInCode(s, i) {
		return true
	}
	// 3. a block of code
	if k < len(s) && s[k] == '=' && (k+1 >= len(s) || s[k+1] != '=') {
		return codeBlock(s, ls, le)
	}
	return false
}

// blockEntry reports a "name: value" line (s[ls:le]) inside a block opened
// by a line that is a name and '{' alone: Bruno's .bru files ("auth:awsv4
// {", "auth:basic {", "vars {", "headers {"; docs.usebruno.com/bru-lang/
// overview: a block's entries are "key: value", the value a literal to
// the line's end, never quoted, never followed by ','). Code's object
// literals are opened after '=', '(' or a keyword and separate their
// entries with ','; such a line is no code. HOCON's blocks are opened
// the same way by a dotted path (aws.s3 {, alpakka.s3 {;
// github.com/lightbend/config HOCON.md: unquoted values are strings).
func blockEntry(s string, ls, le int) bool {
	t := strings.TrimRight(s[ls:le], " \t\r")
	if t == "" || t[len(t)-1] == ',' || t[len(t)-1] == ';' || t[len(t)-1] == '{' {
		return false
	}
	ind := len(s[ls:le]) - len(strings.TrimLeft(s[ls:le], " \t"))
	if ind == 0 {
		return false
	}
	// the lines above, up to the first one indented less: the opener
	for e, n := ls-1, 0; e > 0 && n < 32; n++ {
		b := lastIndexByte(s[:e], '\n') + 1
		l := strings.TrimRight(s[b:e], " \t\r")
		e = b - 1
		if l == "" {
			return false
		}
		li := len(l) - len(strings.TrimLeft(l, " \t"))
		if li >= ind {
			if c := l[len(l)-1]; c == ',' || c == ';' || c == '{' || c == '(' {
				return false // an entry of code, or a nested block
			}
			continue
		}
		o := strings.TrimSpace(l)
		if len(o) < 2 || o[len(o)-1] != '{' {
			return false
		}
		name := strings.TrimRight(o[:len(o)-1], " \t")
		if name == "" || strings.IndexByte(name, ' ') >= 0 || !isAlnum(name[0]) {
			return false
		}
		for x := 0; x < len(name); x++ {
			if c := name[x]; !isAlnum(c) && c != ':' && c != '-' && c != '_' && c != '.' {
				return false
			}
		}
		return true
	}
	return false
}

// flagWord reports a label at s[i] that is (the end of) a command-line
// flag: the word holding it starts with '-' after a blank, a quote or the
// line's start (-Daws.secretKey, --secret, -secret_key).
func flagWord(s string, i int) bool {
	a := i
	for a > 0 && i-a < 128 && (isAlnum(s[a-1]) || s[a-1] == '.' || s[a-1] == '_' || s[a-1] == '-') {
		a--
	}
	if a == i && (a >= len(s) || s[a] != '-') || s[a] != '-' {
		return false
	}
	return a == 0 || s[a-1] == ' ' || s[a-1] == '\t' || s[a-1] == '\n' || s[a-1] == '"' || s[a-1] == '\''
}

// restClientFile reports a request of an .http file after s[le] (the VS
// Code REST Client, JetBrains HTTP Client: "@name = value" file variables
// at the top, then "METHOD URL" request lines, github.com/Huachao/
// vscode-restclient README): its "@name = value" lines are variables whose
// value is the line's literal rest, not Ruby's instance variables.
func restClientFile(s string, le int) bool {
	t := s[le:min(len(s), le+4096)]
	for _, m := range [...]string{"GET ", "POST ", "PUT ", "DELETE ", "HEAD ", "PATCH "} {
		for from := 0; ; {
			x := strings.Index(t[from:], m)
			if x < 0 {
				break
			}
			x += from
			from = x + len(m)
			// the method starts its line (or a numbered-lines table's
			// row: "| 6 | GET …")
			ls := lastIndexByte(t[:x], '\n') + 1
			if strings.Trim(t[ls:x], " \t|0123456789") != "" {
				continue
			}
			if r := t[from:]; strings.HasPrefix(r, "http") || strings.HasPrefix(r, "{{") {
				return true
			}
		}
	}
	return false
}

// lineEnd is the end of the line holding s[i] (at most 1 KiB on).
func lineEnd(s string, i int) int {
	lim := min(len(s), i+1024)
	if e := strings.IndexByte(s[i:lim], '\n'); e >= 0 {
		return i + e
	}
	return lim
}

// statementLine reports a line of code that is a statement around the
// label at line[lead:]: a declaration keyword or a receiver before the
// label, or a ';' ending the line (not a comment line).
func statementLine(line string, lead int) bool {
	before := strings.TrimLeft(line[:lead], " \t")
	t := strings.TrimRight(line, " \t\r")
	if strings.IndexByte(t, ';') == len(t)-1 && len(t) > 1 && strings.IndexByte(t, '=') > 0 && t[0] != '#' {
		// one statement ending the line (…secretAccessKey = cfg.secret;),
		// not a connection string's pairs (AccountKey=…;EndpointSuffix=…;)
		return true
	}
	for _, r := range [...]string{"self.", "this.", "$", "->", "@"} {
		if strings.HasSuffix(before, r) {
			return true
		}
	}
	if b := strings.TrimRight(before, " \t"); b != before {
		w := b[strings.LastIndexAny(b, " \t(")+1:]
		switch w {
		case "const", "let", "var", "val", "final", "static", "readonly", "private", "public", "protected", "internal", "my", "local", "auto", "String", "string":
			return true
		}
	}
	return false
}

// identLabel reports a label that can be a keyword argument or an object
// key of code: an identifier (letters, digits, '_', '$').
func identLabel(w string) bool {
	if w == "" || isDigit(w[0]) {
		return false
	}
	for k := 0; k < len(w); k++ {
		if c := w[k]; !isAlnum(c) && c != '_' && c != '$' {
			return false
		}
	}
	return true
}

// enclosedInCode reports whether s[i] stands inside a '(' or '{' that code
// opened: going back, the first bracket left open is one of them, with no
// open string between it and s[i] (an odd number of '"'), a '(' right after
// a name (a call) and a '{' not opening its line (a JSON or a Map dump
// starts one), and not on a log record's line (one starting with a digit:
// its timestamp). The walk reads the label's line and the lines above it
// up to one indented less (the line that opens an argument list or an
// object holds its entries indented deeper), one line above when the
// label's line is not indented, at most 2 KiB.
func enclosedInCode(s string, i int) bool {
	ls := lastIndexByte(s[max(0, i-1024):i], '\n') + 1 + max(0, i-1024)
	indent := 0
	for ls+indent < i && (s[ls+indent] == ' ' || s[ls+indent] == '\t') {
		indent++
	}
	lines := 0 // line starts crossed going back
	depth, quotes := 0, 0
	for k := i - 1; k >= 0 && i-k < 2048; k-- {
		switch c := s[k]; c {
		case '\n':
			// the line after this break is done: was it indented less?
			n := 0
			for k+1+n < i && (s[k+1+n] == ' ' || s[k+1+n] == '\t') {
				n++
			}
			if lines > 0 && (n < indent || indent == 0) {
				return false
			}
			lines++
		case '"':
			quotes++
		case ')', '}', ']':
			depth++
		case '(', '{', '[':
			if depth > 0 {
				depth--
				continue
			}
			if c == '[' || quotes%2 == 1 {
				return false
			}
			ls := lastIndexByte(s[max(0, k-1024):k], '\n') + 1 + max(0, k-1024)
			first := strings.TrimLeft(s[ls:k+1], " \t|") // (a markdown table's cell border too)
			if first == "" || isDigit(first[0]) {
				return false
			}
			if c == '(' {
				return k > 0 && (isWord(s[k-1]) || s[k-1] == '!' || s[k-1] == '>')
			}
			return first != "{"
		}
	}
	return false
}

// codeBlock reports whether a line of the block around the line s[ls:le]
// (the lines next to it, up to a blank line, 12 either way) is code.
func codeBlock(s string, ls, le int) bool {
	// up
	for n, e := 0, ls-1; n < 12 && e > 0; n++ {
		b := lastIndexByte(s[max(0, e-1024):e], '\n') + 1 + max(0, e-1024)
		t := rowText(s[b:e])
		if t == "" || jsonMember(t) {
			break // a JSON member line: data, whose '{' above opens an object, no block
		}
		if codeLine(t) {
			return true
		}
		e = b - 1
	}
	// down
	for n, b := 0, le+1; n < 12 && b < len(s); n++ {
		e := lineEnd(s, b)
		t := rowText(s[b:e])
		if t == "" || jsonMember(t) || t[0] == '"' && (len(t) == 1 || t[1] == ',') {
			break // (a JSON string that held these lines closes)
		}
		if codeLine(t) {
			return true
		}
		b = e + 1
	}
	return false
}

// jsonMember reports a line (trimmed) that is a member of a JSON object,
// "name": value: a file's content escaped into a JSON string (GitLab's
// file-type CI variable, "value": "[default]\naws_access_key_id = …")
// sits among such lines, and their '{' opens data, not code.
func jsonMember(t string) bool {
	if len(t) < 4 || t[0] != '"' {
		return false
	}
	q := strings.IndexByte(t[1:], '"')
	return q > 0 && 2+q < len(t) && t[2+q] == ':'
}

// rowText is a line trimmed, or the text of a numbered-lines table's row
// (a snippet pasted line by line into a markdown table) trimmed.
func rowText(line string) string {
	t := strings.TrimSpace(line)
	if k, in := numberedRowText(t); k > 0 {
		return strings.TrimSpace(in)
	}
	return t
}

// codeLine reports a line (trimmed) that no configuration syntax writes:
// a keyword of a programming language starting a statement, a line that
// opens a block or a call or closes one, a statement ending with ';', a
// call's result assigned (s3 = boto3.client(…)).
func codeLine(t string) bool {
	if t == "" || t[0] == '#' || t[0] == ';' || strings.HasPrefix(t, "//") {
		return false
	}
	if sp := strings.IndexByte(t, ' '); sp > 0 {
		switch t[:sp] {
		case "import", "from", "def", "class", "return", "func", "function", "package", "const", "let", "var", "val",
			"public", "private", "protected", "using", "require", "fn", "use", "async", "await", "namespace", "module", "struct", "impl":
			return true
		}
	}
	switch t[len(t)-1] {
	case '{', '(':
		return true
	case ';':
		return strings.ContainsAny(t, "=(")
	}
	switch t[0] {
	case '}', ')':
		return true
	}
	// name = call(…
	eq := strings.IndexByte(t, '=')
	if eq <= 0 || eq+1 >= len(t) || t[eq+1] == '=' {
		return false
	}
	lhs, rhs := strings.TrimSpace(t[:eq]), strings.TrimSpace(t[eq+1:])
	p := strings.IndexByte(rhs, '(')
	return p > 0 && identChain("x."+lhs) && identChain("x."+rhs[:p])
}

// dumpEntry reports a label s[i:…] written as an entry of PHP's print_r or
// var_dump output: "[key] => value" or `["key"]=>`, the '[' first on its
// line (code writes $cfg['key'] = …, with a name before the bracket).
func dumpEntry(s string, i int) bool {
	p := i
	if p > 0 && s[p-1] == '"' {
		p--
	}
	if p == 0 || s[p-1] != '[' {
		return false
	}
	ls := lastIndexByte(s[max(0, p-256):p-1], '\n') + 1 + max(0, p-256)
	return strings.TrimLeft(s[ls:p-1], " \t|0123456789") == "" // (a numbered-lines table's "| 8 |" too)
}

// propertiesLine reports a "key=value" line: the key (s[ks:k] holding the
// label that ends at k) starts at column 0 and is one run of name
// characters (quarkus.s3.aws.credentials.static-provider.secret-access-key,
// minio_access_key), '=' follows it with no blank on either side and the
// value runs to the line's end without a ',' ';' or bracket, and the line
// above continues no call (it ends with no '(' ',' or '\\'). Code puts
// blanks around an assignment's '=' and indents a call's keyword
// arguments; java.util.Properties files, env files and tools' NAME=value
// output write neither (docs.oracle.com/javase/8/docs/api/java/util/
// Properties.html#load-java.io.Reader-).
func propertiesLine(s string, i, k int) bool {
	ks := i
	for ks > 0 && i-ks < 256 && (isAlnum(s[ks-1]) || s[ks-1] == '_' || s[ks-1] == '.' || s[ks-1] == '-') {
		ks--
	}
	if ks > 0 && s[ks-1] != '\n' && !rowStart(s, ks) || k+1 >= len(s) || s[k+1] == ' ' || s[k+1] == '\t' || s[k+1] == '=' {
		return false
	}
	le := lineRest(s, k+1) // (without a table row's closing " |")
	if q := strings.IndexByte(s[k+1:le], '"'); q >= 0 && strings.Trim(s[k+1+q:le], "\"}] \r") == "" {
		le = k + 1 + q // the line ends a JSON string: a log's "message": "…key=value"}
	}
	if strings.ContainsAny(s[k+1:le], ",;()[]{} \t") {
		return false
	}
	if ks >= 2 {
		p := ks - 1
		for p > 0 && (s[p-1] == ' ' || s[p-1] == '\t' || s[p-1] == '\r') {
			p--
		}
		if p > 0 && (s[p-1] == '(' || s[p-1] == ',' || s[p-1] == '\\') {
			return false
		}
	}
	return true
}
