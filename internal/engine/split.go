package engine

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/lazyre"
	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// Split divides a paste into parts and detects the kind of each. It works on
// lines: blocks with clear edges (XML error bodies, JSON documents, commands
// with backslash continuations, Python with its indented bodies) are taken
// whole, other lines are classified one by one, and neighbouring lines of
// the same kind are merged. Blank lines separate parts of different kinds and
// join parts of the same kind.
func Split(text string) []model.Part {
	lines := splitLines(text)
	var parts []model.Part
	add := func(kind string, start, end int) {
		// Trim surrounding blank space from the span.
		for start < end && isSpace(text[start]) {
			start++
		}
		for end > start && isSpace(text[end-1]) {
			end--
		}
		if start == end {
			return
		}
		if n := len(parts); n > 0 && parts[n-1].Kind == kind && kind != model.KindS3Error && kind != model.KindPolicy && kind != model.KindCredentials {
			// Same kind as the previous part with only blank lines between.
			if strings.TrimSpace(text[parts[n-1].Span.End:start]) == "" {
				parts[n-1].Span.End = end
				return
			}
		}
		parts = append(parts, model.Part{Kind: kind, Span: source.Span{Start: start, End: end}})
	}
	for i := 0; i < len(lines); {
		ln := lines[i]
		body := strings.TrimSpace(text[ln.start:ln.end])
		if body == "" {
			i++
			continue
		}
		kind, n := classifyBlock(text, lines, i)
		end := lines[i+n-1].end
		add(kind, ln.start, end)
		i += n
	}
	return parts
}

type line struct{ start, end int } // end excludes the newline

func splitLines(text string) []line {
	var ls []line
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			ls = append(ls, line{start, i})
			start = i + 1
		}
	}
	if start < len(text) {
		ls = append(ls, line{start, len(text)})
	}
	return ls
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

var (
	reCLI  = lazyre.New(`^(?:\$\s*|#\s*|>\s*|❯\s*|PS[^>]*>\s*|` + rePromptTail + `)?(?:sudo\s+)?aws(?:\.exe)?\s+[a-z0-9-]+`)
	reCurl = lazyre.New(`^(?:\$\s*|#\s*|>\s*|❯\s*|PS[^>]*>\s*|` + rePromptTail + `)?curl(?:\.exe)?\s`)
	// reTFBlock starts a Terraform block that may hold a policy.
	reTFBlock  = lazyre.New(`^(?:resource|data|module|locals)\b[^{]*\{\s*$`)
	reCredLine = lazyre.New(`(?i)^(?:\$\s+)?(?:export\s+|set\s+|\$env:)?(?:aws_access_key_id|aws_secret_access_key|aws_session_token|aws_security_token|aws_default_region|aws_region|aws_profile|region|output|role_arn|source_profile|credential_source|mfa_serial|duration_seconds|external_id|role_session_name|sso_start_url|sso_region|sso_account_id|sso_role_name|sso_session|web_identity_token_file|credential_process)\s*[=:]`)
	// the AWS config file's sections: [default], [profile NAME],
	// [sso-session NAME], [services NAME]; other INI files' [name]
	reINIHeader = lazyre.New(`^\[(?:default|(?:profile|sso-session|services) [^\]]+|[A-Za-z0-9_.-]+)\]\s*$`)
	// reINISetting is an INI setting with an unquoted value that is no
	// call, list or string of code, or none (the AWS config file's nested
	// settings: "s3 =" over indented "endpoint_url = …")
	reINISetting = lazyre.New(`^[A-Za-z_][\w.-]*\s*=\s*(?:[^\s'"(\[{][^'"()]*)?$`)
	rePython     = lazyre.New(`^(?:>>>|\.\.\.\s|from\s+[\w.]+\s+import\b|import\s+[\w.]+|def\s+\w+\s*\(|async\s+def\b|class\s+\w+|@\w+|with\s.*:\s*$|if\s.*:\s*$|elif\s.*:\s*$|else\s*:|try\s*:|except\b.*:|finally\s*:|for\s.*\sin\s.*:\s*$|while\s.*:\s*$|return\b|raise\b|print\s*\(|[A-Za-z_][\w.]*(?:\[[^\]]*\])?\s*(?:,\s*[A-Za-z_]\w*\s*)*[-+*/]?=\s*[^\s=]|[A-Za-z_][\w.]*\s*\(.*\)\s*$|[A-Za-z_][\w.]*\([\w.]*\($|#)`)
	// reBoto: Python S3 code; "s3." only as a name (s3.generate…, self.s3.…),
	// never inside a host (bucket.s3.eu-west-1.amazonaws.com).
	reBoto       = lazyre.New(`boto3|botocore|generate_presigned_(?:url|post)|(?:^|[^\w.:/-]|\bself\.)s3\.|client\(|Session\(`)
	reErrorStart = lazyre.New(`^(?:<\?xml|<Error>|<Error\s|<(?:CanonicalRequest|StringToSign|Code)>)`)
	reBotoError  = lazyre.New(`(?:botocore\.exceptions\.\w+|ClientError): An error occurred \(\w+\)|An error occurred \(\w+\) when calling`)
	reTraceback  = lazyre.New(`^Traceback \(most recent call last\):`)
	reHTTPStatus = lazyre.New(`^HTTP/[0-9.]+\s+\d{3}`)
	reShellSubst = lazyre.New("^(?:\\$\\s*|PS[^>]*>\\s*|❯\\s*)?(?:export\\s+|local\\s+|readonly\\s+)?[A-Za-z_]\\w*=[\"']?(?:\\$\\(|`)")
	reTFPolicy   = lazyre.New(`(?:jsonencode\s*\(|<<-?\s*(?:EOF|POLICY|JSON)\b|policy\s*=\s*<<)`)
)

// rePromptTail matches the prompts C:\>, user@host:~$ and [user@host ~]$
// before a command.
const rePromptTail = `[A-Za-z]:\\[^>]*>\s*|[\w.-]+@[\w.-]+:[^\s$#]*[$#]\s*|\[[^\]]*\][$#]\s*`

// classifyBlock returns the kind of the block starting at line i and how many
// lines it spans.
func classifyBlock(text string, lines []line, i int) (string, int) {
	body := head(strings.TrimSpace(text[lines[i].start:lines[i].end]))
	switch {
	case reHTTPStatus.MatchString(body) || reErrorStart.MatchString(body):
		return model.KindS3Error, errorBlock(text, lines, i)
	case reTraceback.MatchString(body) || strings.Contains(body, "n error occurred (") && reBotoError.MatchString(body):
		return model.KindS3Error, tracebackBlock(text, lines, i)
	case model.IsTFPlanHeader(body):
		// terraform plan output: a resource diff, never code; a policy
		// inside is read through the plan's markers (model.TFPlanView)
		n := tfPlanBlock(text, lines, i)
		block := text[lines[i].start:lines[i+n-1].end]
		if reTFPolicy.MatchString(block) || strings.Contains(block, "Statement") || strings.Contains(block, "aws_iam_policy_document") {
			return model.KindPolicy, n
		}
		return model.KindText, n
	case reCLI.MatchString(body):
		return model.KindCLI, continuation(text, lines, i)
	case reCurl.MatchString(body):
		return model.KindCurl, continuation(text, lines, i)
	case reShellSubst.MatchString(body):
		// URL=$(aws s3 presign …), export U=`…`: shell, not Python; the
		// model reads the command inside wherever it sits.
		return model.KindText, continuation(text, lines, i)
	case reINIHeader.MatchString(body):
		return model.KindCredentials, credBlock(text, lines, i)
	case strings.HasPrefix(body, "{") || strings.HasPrefix(body, "["):
		n := jsonBlock(text, lines, i)
		return jsonKind(text[lines[i].start:lines[i+n-1].end]), n
	case reTFBlock.MatchString(body):
		n := jsonBlock(text, lines, i)
		block := text[lines[i].start:lines[i+n-1].end]
		if reTFPolicy.MatchString(block) || strings.Contains(block, "Statement") || strings.Contains(block, "aws_iam_policy_document") {
			return model.KindPolicy, n
		}
		return model.KindText, n
	case mayBeTFPolicy(body) && reTFPolicy.MatchString(body):
		n := jsonBlock(text, lines, i)
		return model.KindPolicy, n
	case reCredLine.MatchString(body):
		return model.KindCredentials, credBlock(text, lines, i)
	case isURLLine(body):
		return model.KindURL, 1
	case (rePython.MatchString(body) || reBoto.MatchString(body)) && !proseLine(body):
		n := pythonBlock(text, lines, i)
		if block := text[lines[i].start:lines[i+n-1].end]; otherLanguage(block) || onlyComments(block) {
			return model.KindText, n
		}
		return model.KindPython, n
	}
	return model.KindText, 1
}

// mayBeTFPolicy reports whether s holds a literal reTFPolicy needs, so the
// unanchored regexp runs only on lines that can match.
func mayBeTFPolicy(s string) bool {
	return strings.Contains(s, "jsonencode") || strings.Contains(s, "<<")
}

func isURLLine(body string) bool {
	b := strings.Trim(body, "\"'`<>()[] ")
	if i := strings.Index(b, "http"); i >= 0 && i < 40 {
		rest := b[i:]
		if j := strings.Index(body, rest); j >= 0 && opensStatement(body[:j], body[j:]) {
			// fetch("https://…", { on its own line: the first line of a
			// statement that goes on, code rather than a URL line.
			return false
		}
		if strings.HasPrefix(rest, "https://") || strings.HasPrefix(rest, "http://") {
			return strings.Contains(rest, "X-Amz-") || strings.Contains(rest, "x-amz-") ||
				strings.Contains(rest, "AWSAccessKeyId=") || strings.Contains(rest, "Signature=") ||
				strings.Contains(rest, "amazonaws.com") || i == 0
		}
	}
	return false
}

// opensStatement reports whether the text around a URL (before: the line
// up to it; rest: the URL and what follows) leaves a bracket open: the
// line starts a statement the next lines continue.
func opensStatement(before, rest string) bool {
	if end := strings.IndexAny(rest, " \t\"'`"); end >= 0 {
		rest = rest[end:]
	} else {
		rest = ""
	}
	depth := 0
	for _, s := range []string{before, rest} {
		for i := 0; i < len(s); i++ {
			switch s[i] {
			case '(', '{', '[':
				depth++
			case ')', '}', ']':
				depth--
			}
		}
	}
	return depth > 0
}

// errorBlock takes an XML error body (possibly after HTTP response headers)
// up to </Error>, or to the end of the tag-looking lines when truncated.
func errorBlock(text string, lines []line, i int) int {
	open := false // inside <Error>: S3's CanonicalRequest has a blank line
	for j := i; j < len(lines); j++ {
		l := text[lines[j].start:lines[j].end]
		if strings.Contains(l, "</Error>") {
			return j - i + 1
		}
		if strings.Contains(l, "<Error>") || strings.Contains(l, "<Error ") || strings.Contains(l, "<CanonicalRequest>") {
			open = true
		}
		t := strings.TrimSpace(l)
		if j > i && t == "" && !(open && closesSoon(text, lines, j)) {
			// A blank line ends headers; keep going only if XML follows.
			if j+1 < len(lines) && strings.HasPrefix(strings.TrimSpace(text[lines[j+1].start:lines[j+1].end]), "<") {
				continue
			}
			return j - i
		}
	}
	return len(lines) - i
}

// closesSoon says whether an element closes within a few lines after the
// blank line j (the blank line inside S3's CanonicalRequest), so that a
// truncated body does not swallow the rest of the paste.
func closesSoon(text string, lines []line, j int) bool {
	for k := j + 1; k < len(lines) && k <= j+4; k++ {
		if strings.Contains(text[lines[k].start:lines[k].end], "</") {
			return true
		}
	}
	return false
}

// tracebackBlock takes a Python traceback up to and including the exception
// line.
func tracebackBlock(text string, lines []line, i int) int {
	for j := i; j < len(lines); j++ {
		t := strings.TrimSpace(text[lines[j].start:lines[j].end])
		if reBotoError.MatchString(t) || (j > i && t == "") {
			if t == "" {
				return j - i
			}
			return j - i + 1
		}
	}
	return len(lines) - i
}

// continuation takes a command with its backslash (or PowerShell backtick,
// or cmd caret) continuation lines.
func continuation(text string, lines []line, i int) int {
	j := i
	for j < len(lines) {
		t := strings.TrimRight(text[lines[j].start:lines[j].end], " \t\r")
		if !(strings.HasSuffix(t, "\\") || strings.HasSuffix(t, "`") || strings.HasSuffix(t, "^")) {
			break
		}
		j++
	}
	if j >= len(lines) {
		return len(lines) - i
	}
	return j - i + 1
}

// tfPlanBlock takes the lines of one resource of terraform plan output: the
// header comment, then indented or marked (+ - ~) lines up to the next
// header, a "Plan:" summary or a line back at the margin.
func tfPlanBlock(text string, lines []line, i int) int {
	j := i + 1
	for ; j < len(lines); j++ {
		l := text[lines[j].start:lines[j].end]
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		if model.IsTFPlanHeader(t) || strings.HasPrefix(t, "Plan:") || (l[0] != ' ' && l[0] != '\t' && !strings.ContainsAny(l[:1], "+-~}")) {
			break
		}
	}
	for j > i+1 && strings.TrimSpace(text[lines[j-1].start:lines[j-1].end]) == "" {
		j--
	}
	return j - i
}

// jsonBlock takes lines until braces and brackets balance, ignoring those
// inside strings. An unbalanced (truncated) block runs to the next blank line.
func jsonBlock(text string, lines []line, i int) int {
	depth, inStr, esc, opened := 0, false, false, false
	for j := i; j < len(lines); j++ {
		l := text[lines[j].start:lines[j].end]
		if opened && depth <= 0 {
			return j - i
		}
		if j > i && strings.TrimSpace(l) == "" && depth > 0 && !inStr {
			// Keep blank lines inside a JSON document only when it goes on.
			if j+1 < len(lines) && looksJSONContinuation(text[lines[j+1].start:lines[j+1].end]) {
				continue
			}
			return j - i
		}
		for k := 0; k < len(l); k++ {
			c := l[k]
			switch {
			case esc:
				esc = false
			case inStr && c == '\\':
				esc = true
			case c == '"':
				inStr = !inStr
			case inStr:
			case c == '{' || c == '[' || c == '(':
				depth++
				opened = true
			case c == '}' || c == ']' || c == ')':
				depth--
			}
		}
		inStr = false // JSON strings do not span lines
		if opened && depth <= 0 {
			return j - i + 1
		}
	}
	return len(lines) - i
}

func looksJSONContinuation(l string) bool {
	t := strings.TrimSpace(l)
	return strings.HasPrefix(t, "\"") || strings.HasPrefix(t, "}") || strings.HasPrefix(t, "]") || strings.HasPrefix(t, "{") ||
		reHCLLine.MatchString(t)
}

// reHCLLine is a line of an HCL body (Terraform): a nested block
// (condition {, principals {) or an attribute (values = [...]).
var reHCLLine = lazyre.New(`^[A-Za-z_][\w-]*\s*(?:=|\{)`)

// jsonKind tells a policy from credentials (STS output, caller identity) and
// from other JSON.
func jsonKind(block string) string {
	switch {
	case strings.Contains(block, `"Statement"`) || strings.Contains(block, `"Effect"`) || strings.Contains(block, `\"Statement\"`):
		return model.KindPolicy
	case strings.Contains(block, `"AccessKeyId"`) || strings.Contains(block, `"SecretAccessKey"`) ||
		strings.Contains(block, `"SessionToken"`) || (strings.Contains(block, `"Account"`) && strings.Contains(block, `"Arn"`)):
		return model.KindCredentials
	case strings.Contains(block, `"Code"`) && strings.Contains(block, `"Message"`):
		return model.KindS3Error
	}
	return model.KindText
}

// credBlock takes a run of credentials or config lines: INI section
// headers, the settings reCredLine knows, comments, blank lines; and, once
// a section header is in the run, any "name = value" with an unquoted
// value (a setting of the AWS config file reCredLine does not list, such
// as sso_registration_scopes = sso:account:access, is INI, not Python).
func credBlock(text string, lines []line, i int) int {
	ini := reINIHeader.MatchString(strings.TrimSpace(text[lines[i].start:lines[i].end]))
	j := i + 1
	for j < len(lines) {
		t := strings.TrimSpace(text[lines[j].start:lines[j].end])
		if reINIHeader.MatchString(t) {
			ini = true
		}
		if t == "" || reINIHeader.MatchString(t) || reCredLine.MatchString(t) || strings.HasPrefix(t, "#") || strings.HasPrefix(t, ";") || ini && reINISetting.MatchString(t) {
			j++
			continue
		}
		break
	}
	// Do not swallow trailing blank lines.
	for j > i+1 && strings.TrimSpace(text[lines[j-1].start:lines[j-1].end]) == "" {
		j--
	}
	return j - i
}

// pythonBlock takes a run of Python: lines that look like Python, indented
// lines, lines inside open brackets or triple-quoted strings, and blank lines
// followed by more Python.
func pythonBlock(text string, lines []line, i int) int {
	depth := 0
	triple := ""
	j := i
	for j < len(lines) {
		l := text[lines[j].start:lines[j].end]
		t := strings.TrimSpace(l)
		inside := depth > 0 || triple != ""
		if j > i && !inside {
			if t == "" {
				// A blank line: continue when more Python follows.
				k := j + 1
				for k < len(lines) && strings.TrimSpace(text[lines[k].start:lines[k].end]) == "" {
					k++
				}
				if k < len(lines) && isPythonContinuation(text[lines[k].start:lines[k].end]) {
					j = k
					continue
				}
				break
			}
			if !isPythonContinuation(l) {
				break
			}
		}
		if j > i && triple == "" && proseLine(l) {
			// A sentence, a log or exception line is never Python, even
			// indented or inside brackets: the code ends before it.
			break
		}
		depth, triple = scanPython(l, depth, triple)
		j++
	}
	return j - i
}

func isPythonContinuation(l string) bool {
	t := head(strings.TrimSpace(l))
	if t == "" {
		return false
	}
	if l[0] == ' ' || l[0] == '\t' {
		return !reCurl.MatchString(t) && !reCLI.MatchString(t) && !reErrorStart.MatchString(t)
	}
	if reCLI.MatchString(t) || reCurl.MatchString(t) || reErrorStart.MatchString(t) || reINIHeader.MatchString(t) || reTraceback.MatchString(t) ||
		strings.Contains(t, "n error occurred (") && reBotoError.MatchString(t) {
		return false
	}
	if isURLLine(t) {
		return false
	}
	return rePython.MatchString(t) || reBoto.MatchString(t) || strings.HasPrefix(t, ")") || strings.HasPrefix(t, "]") || strings.HasPrefix(t, "}")
}

// scanPython tracks bracket depth and open triple-quoted strings across a line.
func scanPython(l string, depth int, triple string) (int, string) {
	for k := 0; k < len(l); k++ {
		if triple != "" {
			if strings.HasPrefix(l[k:], triple) {
				k += 2
				triple = ""
			}
			continue
		}
		c := l[k]
		switch c {
		case '#':
			return depth, triple
		case '"', '\'':
			if strings.HasPrefix(l[k:], `"""`) || strings.HasPrefix(l[k:], `'''`) {
				triple = l[k : k+3]
				k += 2
				continue
			}
			// Skip a one-line string.
			for k++; k < len(l) && l[k] != c; k++ {
				if l[k] == '\\' {
					k++
				}
			}
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			if depth > 0 {
				depth--
			}
		}
	}
	return depth, triple
}

// proseLine reports whether a line, outside its strings and comment, has two
// names side by side with only spaces between and neither a Python keyword
// ("Max retries exceeded", "HTTP header is required", "at com.example"):
// no Python statement has that shape, while sentences, log lines and
// exception messages (Java's, PHP's, OpenSSL's, a browser's) do. A line
// that reads so is not Python whatever else it matches.
func proseLine(l string) bool {
	prev := "" // the previous token when it was a name, else ""
	for k := 0; k < len(l); {
		c := l[k]
		switch {
		case c == '#':
			return false
		case c == '"' || c == '\'':
			// A string (its prefix, if any, was the previous name): skip it,
			// to the end of the line when it is not closed there.
			q := string(c)
			if strings.HasPrefix(l[k:], strings.Repeat(q, 3)) {
				q = strings.Repeat(q, 3)
			}
			e := strings.Index(l[k+len(q):], q)
			if e < 0 {
				return false
			}
			k += len(q) + e + len(q)
			prev = ""
		case c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			e := k + 1
			for e < len(l) && (l[e] == '_' || l[e] >= 'a' && l[e] <= 'z' || l[e] >= 'A' && l[e] <= 'Z' || l[e] >= '0' && l[e] <= '9') {
				e++
			}
			name := l[k:e]
			if prev != "" && !pyKeyword[prev] && !pyKeyword[name] && k > 0 && (l[k-1] == ' ' || l[k-1] == '\t') {
				return true
			}
			prev = name
			k = e
		case c == ' ' || c == '\t':
			k++
		default:
			prev = ""
			k++
		}
	}
	return false
}

// pyKeyword are Python's keywords and soft keywords, and print and exec
// (statements in Python 2): the names that may stand next to another name.
var pyKeyword = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true, "async": true, "await": true,
	"break": true, "class": true, "continue": true, "def": true, "del": true, "elif": true, "else": true, "except": true,
	"finally": true, "for": true, "from": true, "global": true, "if": true, "import": true, "in": true, "is": true,
	"lambda": true, "nonlocal": true, "not": true, "or": true, "pass": true, "raise": true, "return": true, "try": true,
	"while": true, "with": true, "yield": true, "match": true, "case": true, "type": true, "print": true, "exec": true,
}
