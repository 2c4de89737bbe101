package model

import (
	"strconv"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/lazyre"
	"github.com/presign-doctor/presign-doctor/internal/s3xml"
	"github.com/presign-doctor/presign-doctor/internal/table"
)

// S3's answers quoted inside code comments, prose or log lines, where the
// splitter saw code or text: "# botocore.exceptions.ClientError: An error
// occurred (SignatureDoesNotMatch) when calling …", "// returns
// <Code>AccessDenied</Code>", "2025-03-04 ERROR … <Code>…". Each is read
// as S3's answer, the same as an error body pasted on its own, from the
// lines that quote it: a comment block (the lines around it that carry the
// same comment marker), else its own line. An answer inside a string
// literal of code (an exception object's dump) stays a signal.

var (
	// reSDKException is an SDK exception printed as "Name: message" (JS
	// v3's S3ServiceException subclasses, Java's S3Exception lines), its
	// name one of S3's codes.
	reSDKException = lazyre.New(`(?m)^[ \t]*(?:Uncaught (?:\(in promise\) )?)?([A-Z][A-Za-z]{5,60}): ([^\n]{8,400}?)[ \t\r]*$`)
	// rePHPSDKError is the PHP SDK's "Code (client): message" (its
	// AwsException text: "…; AWS HTTP error: … AuthorizationHeaderMalformed
	// (client): The authorization header is malformed; … - …"), the
	// message up to the " - " the SDK puts before the raw body.
	rePHPSDKError  = lazyre.New(`\b([A-Z][A-Za-z]{5,60}) \((?:client|server)\): ([^\n]{8,400}?)(?: - |[ \t\r]*$)`)
	reQuotedAnswer = lazyre.New(`<Code>[A-Za-z.]{2,80}</Code>|An error occurred \([\w.-]+\)`)
	reCommentMark  = lazyre.New(`^[ \t]*(#|//|/?\*|--|;|')`)
	// reServiceException is the S3 service exception line of the Java
	// (v1 com.amazonaws…AmazonS3Exception, v2 software.amazon…S3Exception)
	// and .NET (Amazon.S3.AmazonS3Exception) SDKs: "Name: S3's message",
	// the Java SDKs adding "(Service: Amazon S3; Status Code: 403; Error
	// Code: AccessDenied; Request ID: …)" (v2: "(Service: S3, Status Code:
	// 400, Request ID: …)", no code). The JVM prints an uncaught one as
	// `Exception in thread "main" …S3Exception: …`.
	reServiceException = lazyre.New(`(?m)^[ \t]*(?:Caused by: |Exception in thread "[^"\n]{1,80}" )?(?:[A-Za-z_][\w$]*\.)*(?:AmazonS3Exception|S3Exception|AmazonServiceException): ([^\n(]{3,400}?)[ \t]*(?:\(Service: (?:Amazon )?S3[;,] Status Code: (\d{3})[;,](?: Error Code: ([\w.]+)[;,])?[^)\n]*\)[^\n]*)?\r?$`)
)

// quotedErrors reads the answers quoted in parts of kind code or text.
func (b *builder) quotedErrors(parts []Part) {
	text := b.f.Text
	for _, p := range parts {
		if p.Kind == KindText {
			b.messageLines(p)
		}
	}
	if !strings.Contains(text, "<Code>") && !strings.Contains(text, "n error occurred (") && !strings.Contains(text, ": ") {
		return
	}
	for _, p := range parts {
		switch p.Kind {
		case KindPython, KindText:
		default:
			continue
		}
		body := text[p.Span.Start:p.Span.End]
		b.sdkExceptions(p)
		b.serviceExceptions(p)
		b.sdkErrorLines(p)
		if !strings.Contains(body, "<Code>") && !strings.Contains(body, "n error occurred (") {
			continue
		}
		n := 0
		for _, m := range reQuotedAnswer.FindAllStringSubmatchIndex(body, maxScan) {
			at := p.Span.Start + m[0]
			if b.errorAt(at) || n >= 20 || (inStringLiteral(text, at) && !(p.Kind == KindText && inJSONValue(text, at))) {
				continue
			}
			sp := quotedBlock(text, at, p.Span)
			e := s3xml.Parse(text, sp)
			if e.Code == "" {
				continue
			}
			n++
			b.f.Errors = append(b.f.Errors, e)
		}
	}
}

// inStringLiteral reports whether off sits inside a quoted string on its
// line (an exception object's dumped field, a test fixture): such quotes
// are the signals' (Signals.Logged), not an answer the user quotes.
func inStringLiteral(text string, off int) bool {
	ls := strings.LastIndexByte(text[:off], '\n') + 1
	if reCommentMark.MatchString(text[ls:off]) {
		return false
	}
	var q byte
	for i := ls; i < off; i++ {
		c := text[i]
		switch {
		case q != 0 && c == '\\':
			i++
		case q != 0 && c == q:
			q = 0
		case q == 0 && (c == '\'' || c == '"' || c == '`'):
			q = c
		}
	}
	return q != 0
}

// inJSONValue reports whether off sits inside the string value of a JSON
// member ("body":"<Error>…") on its line: a structured log record (a
// Lambda's CloudWatch line, a JSON logger) that carries the response body
// S3 sent, which is S3's answer, not a literal of code.
func inJSONValue(text string, off int) bool {
	ls := strings.LastIndexByte(text[:off], '\n') + 1
	open := -1
	for i := ls; i < off; i++ {
		c := text[i]
		switch {
		case open >= 0 && c == '\\':
			i++
		case open >= 0 && c == '"':
			open = -1
		case open < 0 && c == '"':
			open = i
		}
	}
	if open < 0 {
		return false
	}
	j := open - 1
	for j >= ls && (text[j] == ' ' || text[j] == '\t') {
		j--
	}
	return j > ls && text[j] == ':' && text[j-1] == '"' && strings.Contains(text[ls:open], "{\"")
}

// s3Codes are S3's error codes an SDK names its exceptions after.
var s3Codes = table.Set(
	"AccessDenied", "SignatureDoesNotMatch", "AuthorizationQueryParametersError",
	"AuthorizationHeaderMalformed", "IllegalLocationConstraintException", "PermanentRedirect",
	"TemporaryRedirect", "ExpiredToken", "InvalidToken", "InvalidAccessKeyId",
	"NoSuchKey", "NoSuchBucket", "RequestTimeTooSkewed", "InvalidRequest",
	"NotImplemented", "MissingContentLength", "InvalidDigest", "BadDigest",
	"XAmzContentSHA256Mismatch", "InvalidArgument", "InvalidObjectState",
	"AccessControlListNotSupported", "EntityTooLarge", "EntityTooSmall",
)

// exceptionDump reports whether the lines after an exception line are the
// rest of the SDK's printed exception (a stack trace, JS v3's $metadata,
// its Code property, PHP's "Stack trace:" and "#0" frames): a lone
// "Code: message" line stays a logged signal.
func exceptionDump(after string) bool {
	after = after[:min(len(after), 600)]
	return strings.Contains(after, "\n   at ") || strings.Contains(after, "\n    at ") || strings.Contains(after, "$metadata") || strings.Contains(after, "\tat ") ||
		strings.Contains(after, " ---> ") || strings.Contains(after, "Stack trace:") || strings.Contains(after, "\n#0 ")
}

// messageLines reads a line of prose that is one of S3's long fixed
// messages and nothing else (the browser shows the XML's message, a user
// quotes it: "The request signature we calculated does not match the
// signature you provided. Check your key and signing method.") as S3's
// answer, its code from the message. The short messages ("Access
// Denied", "Request has expired") are also words of a sentence, and stay
// unread alone.
func (b *builder) messageLines(p Part) {
	text := b.f.Text
	body := text[p.Span.Start:p.Span.End]
	eachLine(body, func(ls, le int) {
		line := strings.Trim(body[ls:le], " \t\r")
		s := p.Span.Start + ls + strings.Index(body[ls:le], line)
		if n := len(line); n < 30 || n > 120 || b.errorAt(s) {
			return
		}
		if c := messageCode(line, false); c != "" {
			sp := Span{Start: s, End: s + len(line)}
			b.f.Errors = append(b.f.Errors, &s3xml.Error{Span: sp, Code: c, CodeSpan: sp, Message: line, MessageSpan: sp})
		}
	})
}

// serviceExceptions reads the S3 service exceptions of the Java and .NET
// SDKs (reServiceException) as answers: the code from "Error Code:", else
// from S3's message; the line stands on its own when it carries the
// "(Service: … S3 …)" suffix, else the rest of a dump must follow; an
// exception whose code neither names nor its message gives stays unread
// (a status alone would only blur the verdict).
func (b *builder) serviceExceptions(p Part) {
	text := b.f.Text
	body := text[p.Span.Start:p.Span.End]
	if !strings.Contains(body, "S3Exception") && !strings.Contains(body, "AmazonServiceException") {
		return
	}
	for _, m := range reServiceException.FindAllStringSubmatchIndex(body, 20) {
		at := func(i, j int) Span { return Span{Start: p.Span.Start + i, End: p.Span.Start + j} }
		if b.errorAt(p.Span.Start+m[2]) || (m[4] < 0 && !exceptionDump(body[m[1]:])) {
			continue
		}
		msg := strings.TrimSpace(body[m[2]:m[3]])
		e := &s3xml.Error{Span: at(m[0], m[1]), Message: msg, MessageSpan: at(m[2], m[2]+len(msg))}
		if m[6] >= 0 {
			e.Code, e.CodeSpan = body[m[6]:m[7]], at(m[6], m[7])
		} else if c := messageCode(msg, false); c != "" {
			e.Code, e.CodeSpan = c, e.MessageSpan
		}
		if m[4] >= 0 {
			e.Status, _ = strconv.Atoi(body[m[4]:m[5]])
			e.StatusSpan = at(m[4], m[5])
		}
		if e.Code == "" {
			continue
		}
		b.f.Errors = append(b.f.Errors, e)
	}
}

// sdkExceptions reads "Code: message" lines of SDK exceptions as answers.
func (b *builder) sdkExceptions(p Part) {
	text := b.f.Text
	body := text[p.Span.Start:p.Span.End]
	// Every match is one line holding ": ": only those lines are run.
	for _, m := range reSDKException.FindAllInLines(body, []string{": "}, 20) {
		code := body[m[2]:m[3]]
		if !s3Codes[code] || b.errorAt(p.Span.Start+m[2]) || !exceptionDump(body[m[1]:]) {
			continue
		}
		e := &s3xml.Error{Span: Span{Start: p.Span.Start + m[0], End: p.Span.Start + m[1]}, Code: code, Message: body[m[4]:m[5]],
			CodeSpan: Span{Start: p.Span.Start + m[2], End: p.Span.Start + m[3]}, MessageSpan: Span{Start: p.Span.Start + m[4], End: p.Span.Start + m[5]}}
		b.f.Errors = append(b.f.Errors, e)
	}
	if !strings.Contains(body, "AWS HTTP error") {
		return
	}
	for _, m := range rePHPSDKError.FindAllStringSubmatchIndex(body, 20) {
		code := body[m[2]:m[3]]
		if !s3Codes[code] || b.errorAt(p.Span.Start+m[2]) || inStringLiteral(text, p.Span.Start+m[2]) || !exceptionDump(body[m[1]:]) {
			continue
		}
		e := &s3xml.Error{Span: Span{Start: p.Span.Start + m[2], End: p.Span.Start + m[5]}, Code: code, Message: body[m[4]:m[5]],
			CodeSpan: Span{Start: p.Span.Start + m[2], End: p.Span.Start + m[3]}, MessageSpan: Span{Start: p.Span.Start + m[4], End: p.Span.Start + m[5]}}
		b.f.Errors = append(b.f.Errors, e)
	}
}

// errorAt reports whether an error already read covers offset off.
func (b *builder) errorAt(off int) bool {
	for _, e := range b.f.Errors {
		if e.Span.Start <= off && off < e.Span.End {
			return true
		}
	}
	return false
}

// quotedBlock is the span that quotes the answer at off: the run of lines
// around it carrying the same comment marker, else its line; inside lim.
func quotedBlock(text string, off int, lim Span) Span {
	lineAt := func(i int) (int, int) {
		s := strings.LastIndexByte(text[:i], '\n') + 1
		e := strings.IndexByte(text[i:], '\n')
		if e < 0 {
			e = len(text)
		} else {
			e += i
		}
		return max(s, lim.Start), min(e, lim.End)
	}
	s, e := lineAt(off)
	mark := quoteMark(text[s:e])
	if mark == "" {
		return Span{Start: s, End: e}
	}
	same := func(ls, le int) bool { return quoteMark(text[ls:le]) == mark }
	for k := 0; k < 20 && s > lim.Start; k++ {
		ps, pe := lineAt(s - 1)
		if !same(ps, pe) {
			break
		}
		s = ps
	}
	for k := 0; k < 20 && e < lim.End; k++ {
		ns, ne := lineAt(e + 1)
		if ns >= ne || !same(ns, ne) {
			break
		}
		e = ne
	}
	return Span{Start: s, End: e}
}

// quoteMark is what marks line as part of a quoted block: a comment
// marker (reCommentMark), an email reply's '>' run ("> ", ">> ", "> > "),
// or an editor's line-number gutter (digits, then blanks: the numbers
// differ from line to line, so every gutter is the same mark); "" for an
// unmarked line.
func quoteMark(line string) string {
	if m := reCommentMark.FindStringSubmatch(line); m != nil {
		return m[1]
	}
	t := strings.TrimLeft(line, " \t")
	if strings.HasPrefix(t, ">") {
		n := 0
		for _, c := range t {
			if c == '>' {
				n++
			} else if c != ' ' && c != '\t' {
				break
			}
		}
		return strings.Repeat(">", n)
	}
	d := 0
	for d < len(t) && d < 6 && t[d] >= '0' && t[d] <= '9' {
		d++
	}
	if d > 0 && d < len(t) && (t[d] == ' ' || t[d] == '\t') {
		return "gutter"
	}
	return ""
}

// The SDKs' one-line renderings of S3's answer, each naming S3's code:
//   - Go v2's "operation error S3: Op, https response error StatusCode:
//     400, RequestID: …, api error Code: message";
//   - Java v2's modeled exceptions
//     "software.amazon.awssdk.services.s3.model.NoSuchBucketException:
//     message (Service: S3, Status Code: 404, …)" (the code is the class
//     name less Exception);
//   - Ruby's "Aws::S3::Errors::Code: message" and "Aws::S3::Errors::Code
//     (message):" (Rails logs).
var (
	reGoAPIError     = lazyre.New(`operation error S3: \w+, https response error StatusCode: (\d{3})[^\n]*?, api error ([A-Z]\w+): ([^\n]{3,400}?)[ \t\r]*$`)
	reJavaV2Modeled  = lazyre.New(`(?:[A-Za-z_][\w$]*\.)*([A-Z]\w+)Exception: ([^\n(]{3,400}?)[ \t]*\(Service: S3, Status Code: (\d{3})`)
	reRubyS3Error    = lazyre.New(`Aws::S3::Errors::([A-Z]\w+)(?:: | \()([^\n]{3,400}?)\)?:?[ \t\r]*$`)
	sdkErrorLineRes  = [...]*lazyre.Regexp{reGoAPIError, reJavaV2Modeled, reRubyS3Error}
	sdkErrorLineWord = [...]string{"api error ", "(Service: S3, Status Code:", "Aws::S3::Errors::"}
)

// sdkErrorLines reads the SDKs' one-line renderings of S3's answers
// (reGoAPIError, reJavaV2Modeled, reRubyS3Error) as answers.
func (b *builder) sdkErrorLines(p Part) {
	text := b.f.Text
	body := text[p.Span.Start:p.Span.End]
	for i, re := range sdkErrorLineRes {
		if !strings.Contains(body, sdkErrorLineWord[i]) {
			continue
		}
		for _, m := range re.FindAllInLines(body, []string{sdkErrorLineWord[i]}, 20) {
			at := func(i, j int) Span { return Span{Start: p.Span.Start + i, End: p.Span.Start + j} }
			var code, msg, status [2]int
			switch i {
			case 0:
				status, code, msg = [2]int{m[2], m[3]}, [2]int{m[4], m[5]}, [2]int{m[6], m[7]}
			case 1:
				code, msg, status = [2]int{m[2], m[3]}, [2]int{m[4], m[5]}, [2]int{m[6], m[7]}
			case 2:
				code, msg, status = [2]int{m[2], m[3]}, [2]int{m[4], m[5]}, [2]int{-1, -1}
			}
			c := body[code[0]:code[1]]
			if i == 1 && !s3Codes[c] || c == "ServiceError" || b.errorAt(p.Span.Start+code[0]) || inStringLiteral(text, p.Span.Start+code[0]) {
				continue
			}
			message := strings.TrimSpace(body[msg[0]:msg[1]])
			e := &s3xml.Error{Span: at(m[0], m[1]), Code: c, CodeSpan: at(code[0], code[1]), Message: message, MessageSpan: at(msg[0], msg[0]+len(message))}
			if status[0] >= 0 {
				e.Status, _ = strconv.Atoi(body[status[0]:status[1]])
				e.StatusSpan = at(status[0], status[1])
			}
			b.f.Errors = append(b.f.Errors, e)
		}
	}
}
