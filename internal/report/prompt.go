package report

import "strings"

// Prompt writes the text for "Copy prompt for an AI assistant": the
// redacted paste and the findings (with the corrected boto3, when there is
// one) as one plain text. Nothing is sent anywhere; the user pastes it into
// the assistant they trust.
func Prompt(in *Input, redacted string) string {
	var b strings.Builder
	b.WriteString("I am debugging an Amazon S3 presigned URL that fails. Presign Doctor analysed what I pasted, in my browser; secrets were replaced by numbered placeholders, which are not the real values.\n\n")
	b.WriteString("What I pasted (redacted):\n\n")
	b.WriteString(Fence("text", redacted))
	if len(in.Findings) == 0 {
		b.WriteString("Presign Doctor found no problem.\n\n")
	} else {
		b.WriteString("What Presign Doctor found:\n\n")
		for i, f := range in.Findings {
			b.WriteString(itoa(i+1) + ". [" + f.Severity + "] " + f.Rule + ": " + oneLine(f.Title) + ". " + oneLine(f.Message) + "\n")
			if f.Evidence != "" {
				b.WriteString("   Evidence (line " + itoa(f.Line) + "): " + oneLine(f.Evidence) + "\n")
			}
			for _, fx := range f.Fixes {
				b.WriteString("   Suggested fix: " + oneLine(fx) + "\n")
			}
		}
		b.WriteString("\n")
	}
	for _, c := range in.Code {
		if c.Lang == "python" && c.Text != "" {
			b.WriteString("Corrected boto3 code it suggests:\n\n" + Fence("python", c.Text))
			break
		}
	}
	b.WriteString("Please explain the cause of the failure and how to fix it, step by step. Do not ask me for secret keys.\n")
	return b.String()
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
