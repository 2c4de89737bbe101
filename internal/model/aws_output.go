package model

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/cli"
	"github.com/presign-doctor/presign-doctor/internal/lazyre"
)

// The outputs of aws commands printed as text (--output text, --query …)
// or as a table (--output table), read from the lines under the command
// that printed them. JSON and XML outputs are read where they sit
// (incident_env.go, credentials.go).
//
//   - sts get-caller-identity: the caller's ARN, account and user id;
//   - s3api get-bucket-location: the bucket's region (None, null and an
//     empty constraint are us-east-1; EU is eu-west-1).

var (
	reRegionToken = lazyre.New(`^(?:[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d+|EU|None|null)$`)
	rePromptLine  = lazyre.New(`^[ \t]*(?:\$[ \t]|PS[^>\n]*>|❯|>[ \t]|[\w.-]+@[\w.-]+:[^\s$#]*[$#][ \t]|aws[ \t]|curl[ \t])`)
)

// awsOutputs reads the text and table outputs under the paste's
// commands.
func (b *builder) awsOutputs() {
	for _, c := range b.f.Commands {
		switch {
		case c.Is("sts", "get-caller-identity"):
			b.callerOutput(c)
		case c.Is("s3api", "get-bucket-location"):
			b.locationOutput(c)
		}
	}
}

// outputTokens returns the words of the lines printed under a command
// (up to a blank line, a prompt or a JSON document), table borders
// dropped, with their spans.
func (b *builder) outputTokens(c *cli.Command) []cli.Word {
	text := b.f.Text
	i := strings.IndexByte(text[c.Span.End:], '\n')
	if i < 0 {
		return nil
	}
	i += c.Span.End + 1
	var out []cli.Word
	for n := 0; n < 12 && i < len(text); n++ {
		le := strings.IndexByte(text[i:], '\n')
		if le < 0 {
			le = len(text)
		} else {
			le += i
		}
		line := text[i:le]
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "{") || strings.HasPrefix(t, "<") || rePromptLine.MatchString(line) {
			break
		}
		for j := 0; j < len(line); {
			for j < len(line) && strings.IndexByte(" \t\r|+", line[j]) >= 0 {
				j++
			}
			k := j
			for k < len(line) && strings.IndexByte(" \t\r|+", line[k]) < 0 {
				k++
			}
			if k > j && strings.Trim(line[j:k], "-") != "" {
				out = append(out, cli.Word{Text: line[j:k], Span: Span{Start: i + j, End: i + k}})
			}
			j = k
		}
		i = le + 1
	}
	return out
}

func (b *builder) callerOutput(c *cli.Command) {
	id := Identity{Span: c.Span, Source: "cli"}
	for _, w := range b.outputTokens(c) {
		v := &Value{Span: w.Span, Known: true, Str: w.Text, Expr: w.Text, Placeholder: looksPlaceholder(w.Text)}
		switch {
		case strings.HasPrefix(w.Text, "arn:aws"):
			if id.Arn == nil {
				id.Arn = v
				id.Span = w.Span
			}
		case strings.HasPrefix(w.Text, "AIDA") || strings.HasPrefix(w.Text, "AROA") || strings.HasPrefix(w.Text, "AKIA"):
			if id.UserID == nil {
				id.UserID = v
			}
		case isAccount(w.Text):
			if id.Account == nil {
				id.Account = v
			}
		}
	}
	if id.Arn != nil {
		b.f.Identities = append(b.f.Identities, id)
	}
}

// isAccount reports whether s is a 12-digit account id or the redactor's
// placeholder for one.
func isAccount(s string) bool {
	if strings.HasPrefix(s, "ACCOUNT_") {
		return true
	}
	if len(s) != 12 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func (b *builder) locationOutput(c *cli.Command) {
	if b.bucketRegion.Str != "" {
		return
	}
	for _, w := range b.outputTokens(c) {
		if !reRegionToken.MatchString(w.Text) {
			continue
		}
		switch w.Text {
		case "None", "null":
			b.bucketRegion = stated("us-east-1", w.Span, FromAWS, "get-bucket-location answers None (null) for us-east-1")
		case "EU":
			b.bucketRegion = stated("eu-west-1", w.Span, FromAWS, "get-bucket-location answers EU for eu-west-1")
		default:
			b.bucketRegion = stated(w.Text, w.Span, FromAWS, "get-bucket-location")
		}
		return
	}
}
