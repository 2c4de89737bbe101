package engine

import (
	"time"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/redact"
)

// AnswerCodes returns the error codes of S3's answers the model reads in
// input, read as Analyze reads it (redacted first, the same parts) at the
// clock now. The verdict harnesses (TestVerdictCorpus and
// scripts/verdictcases) use it to know what the verdict must explain.
func AnswerCodes(input string, now time.Time) []string {
	red := redact.Redact(input, redact.Options{})
	text := blankLineNumbers(red.Text)
	read, _ := limitParts(text, Split(text))
	facts := model.Build(text, read, now.UTC())
	var out []string
	for _, a := range facts.Incident.Answers {
		if a.Code.Str != "" {
			out = append(out, a.Code.Str)
		}
	}
	return out
}
