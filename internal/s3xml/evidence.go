package s3xml

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/presign-doctor/presign-doctor/internal/lazyre"
	"github.com/presign-doctor/presign-doctor/internal/source"
	"github.com/presign-doctor/presign-doctor/internal/timefmt"
)

// DecodeHex decodes S3's *Bytes rendering: hex bytes separated by spaces
// ("41 57 53 34"), also folded across lines.
func DecodeHex(s string) (string, error) {
	var b []byte
	for _, tok := range strings.Fields(s) {
		if len(tok) != 2 {
			return "", errors.New("not a two-digit hex byte: " + strconv.Quote(tok))
		}
		n, err := strconv.ParseUint(tok, 16, 8)
		if err != nil {
			return "", errors.New("not a hex byte: " + strconv.Quote(tok))
		}
		b = append(b, byte(n))
	}
	if len(b) == 0 {
		return "", errors.New("no bytes")
	}
	return string(b), nil
}

// S3Text returns S3's rendering of the element name (CanonicalRequest or
// StringToSign) with its line breaks, and notes on how it was read: the
// text element when it keeps its line breaks, the text refolded along the
// lines of name+"Bytes" when a browser folded them into spaces, the bytes
// alone when there is no text. A note warns when text and bytes disagree.
func (e *Error) S3Text(name string) (string, []string) {
	var notes []string
	tf := e.Get(name)
	bf := e.Get(name + "Bytes")
	var bytesText string
	hasBytes := false
	if bf != nil {
		if b, err := DecodeHex(bf.Value); err == nil {
			bytesText, hasBytes = b, true
		} else {
			notes = append(notes, name+"Bytes could not be decoded ("+err.Error()+")")
		}
	}
	if tf == nil {
		if hasBytes {
			return bytesText, append(notes, name+" was read from "+name+"Bytes")
		}
		return "", notes
	}
	text := strings.ReplaceAll(tf.Value, "\r\n", "\n")
	if !strings.Contains(text, "\n") && strings.Contains(text, `\n`) {
		// The body quoted inside a JSON string (a HAR's content.text, a
		// JSON log line): its line breaks are still escapes, which S3's
		// text never holds.
		text = unescapeJSON(text)
	}
	// Pretty-printers indent the first line; S3 never starts with space.
	text = strings.TrimLeft(text, " \t\n")
	if strings.Contains(text, "\n") {
		if hasBytes && !sameText(text, bytesText) {
			notes = append(notes, name+" and "+name+"Bytes disagree; the text is used")
		}
		return text, notes
	}
	if hasBytes && strings.Contains(bytesText, "\n") {
		if r := refold(text, bytesText); r != "" {
			return r, append(notes, name+" had its line breaks folded into spaces; they were restored from "+name+"Bytes")
		}
		return text, append(notes, name+" is folded and disagrees with "+name+"Bytes; the text is used")
	}
	return text, notes
}

// CanonicalRequest returns S3's canonical request (see S3Text).
func (e *Error) CanonicalRequest() (string, []string) { return e.S3Text("CanonicalRequest") }

// StringToSign returns S3's string to sign (see S3Text).
func (e *Error) StringToSign() (string, []string) { return e.S3Text("StringToSign") }

// sameText reports whether S3's text and its decoded bytes say the same,
// line by line and word by word; a word redacted in the text (a
// placeholder where the bytes hold the secret) still counts as the same.
func sameText(text, fromBytes string) bool {
	tl, bl := strings.Split(text, "\n"), strings.Split(fromBytes, "\n")
	if len(tl) != len(bl) {
		return false
	}
	for i := range tl {
		tw, bw := strings.Fields(tl[i]), strings.Fields(bl[i])
		if len(tw) != len(bw) {
			return false
		}
		for j := range tw {
			if tw[j] != bw[j] && !redacted(tw[j]) {
				return false
			}
		}
	}
	return true
}

// redacted reports whether a word holds a redaction placeholder.
func redacted(w string) bool {
	for _, m := range []string{"_KEY_", "_KEY%", "SIGNATURE_", "TOKEN_", "ACCOUNT_", "SECRET_", "CREDENTIAL_", "redacted-", "_ID_"} {
		if strings.Contains(w, m) {
			return true
		}
	}
	return false
}

// refold restores the line breaks of a text whose lines were folded into
// spaces, taking the number of words per line from the decoded bytes; it
// returns "" when the two do not have the same number of words. The words
// come from the text, so redaction placeholders in it are kept.
func refold(text, fromBytes string) string {
	words := strings.Fields(text)
	var out []string
	i := 0
	for _, line := range strings.Split(fromBytes, "\n") {
		n := len(strings.Fields(line))
		if i+n > len(words) {
			return ""
		}
		out = append(out, strings.Join(words[i:i+n], " "))
		i += n
	}
	if i != len(words) {
		return ""
	}
	return strings.Join(out, "\n")
}

// Evidence is one value of an error with where it sits in the text.
type Evidence struct {
	Value string
	Span  source.Span
	// From names the element, header or message it comes from.
	From string
}

var (
	reRegionWrong        = lazyre.New(`the region '([\w-]*)' is wrong; expecting '([\w-]+)'`)
	reLocationConstraint = lazyre.New(`^The ([a-z]{2}(?:-gov)?-[a-z]+-[0-9]{1,2}) location constraint is incompatible`)
	reEndpointReg        = lazyre.New(`s3[.-](?:dualstack\.)?([a-z]{2}(?:-gov)?-[a-z]+-[0-9]{1,2})\.amazonaws\.com`)
)

// WrongRegion returns the region S3 calls wrong in its message ("the
// region 'X' is wrong; expecting 'Y'"), if any.
func (e *Error) WrongRegion() (Evidence, bool) {
	if m := regionWrong(e.Message); m != nil && e.MessageSpan.Len() == len(e.Message) {
		return Evidence{Value: e.Message[m[2]:m[3]], Span: e.msgSpan(m[2], m[3]), From: "Message"}, true
	}
	return Evidence{}, false
}

// regionWrong matches reRegionWrong in msg, skipping the regexp when the
// message cannot hold the phrase.
func regionWrong(msg string) []int {
	if !strings.Contains(msg, "' is wrong; expecting '") {
		return nil
	}
	return reRegionWrong.FindStringSubmatchIndex(msg)
}

func (e *Error) msgSpan(i, j int) source.Span {
	return source.Span{Start: e.MessageSpan.Start + i, End: e.MessageSpan.Start + j}
}

// BucketRegion returns the region S3 says the bucket is in: the message's
// "expecting 'Y'", the <Region> element, the x-amz-bucket-region header,
// the region of a redirect's <Endpoint>, or the location constraint an
// IllegalLocationConstraintException names ("The af-south-1 location
// constraint is incompatible for the region specific endpoint this
// request was sent to."), in that order.
func (e *Error) BucketRegion() (Evidence, bool) {
	if m := regionWrong(e.Message); m != nil {
		sp := e.MessageSpan
		if sp.Len() == len(e.Message) {
			sp = e.msgSpan(m[4], m[5])
		}
		return Evidence{Value: e.Message[m[4]:m[5]], Span: sp, From: "Message"}, true
	}
	if f := e.Get("Region"); f != nil && strings.TrimSpace(f.Value) != "" {
		return Evidence{Value: strings.TrimSpace(f.Value), Span: f.Span, From: "Region"}, true
	}
	if h := e.Header("x-amz-bucket-region"); h != nil && h.Value != "" {
		return Evidence{Value: h.Value, Span: h.Span, From: "x-amz-bucket-region"}, true
	}
	if f := e.Get("Endpoint"); f != nil {
		if m := reEndpointReg.FindStringSubmatchIndex(f.Value); m != nil && f.Raw == f.Value {
			return Evidence{Value: f.Value[m[2]:m[3]], Span: source.Span{Start: f.Span.Start + m[2], End: f.Span.Start + m[3]}, From: "Endpoint"}, true
		}
	}
	if e.Code == "IllegalLocationConstraintException" || strings.Contains(e.Message, " location constraint is incompatible") {
		if m := reLocationConstraint.FindStringSubmatchIndex(strings.TrimSpace(e.Message)); m != nil {
			lead := len(e.Message) - len(strings.TrimLeft(e.Message, " \t\r\n"))
			sp := e.MessageSpan
			if sp.Len() == len(e.Message) {
				sp = e.msgSpan(lead+m[2], lead+m[3])
			}
			return Evidence{Value: e.Message[lead+m[2] : lead+m[3]], Span: sp, From: "location constraint"}, true
		}
	}
	return Evidence{}, false
}

// Time reads the time-valued element name (Expires, ServerTime,
// X-Amz-Date, RequestTime): RFC 3339, ISO 8601 basic, or epoch seconds or
// milliseconds.
func (e *Error) Time(name string) (time.Time, *Field, bool) {
	f := e.Get(name)
	if f == nil {
		return time.Time{}, nil, false
	}
	t, ok := ParseTime(f.Value)
	return t, f, ok
}

// ParseTime reads the time formats S3 error bodies use.
func ParseTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, parse := range [...]func(string) (time.Time, bool){timefmt.RFC3339, timefmt.AmzDate, timefmt.HTTPDate} {
		if t, ok := parse(s); ok {
			return t.UTC(), true
		}
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil {
		if n > 1e11 { // milliseconds
			return time.UnixMilli(n).UTC(), true
		}
		return time.Unix(n, 0).UTC(), true
	}
	return time.Time{}, false
}
