package model

import (
	"time"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

// Build extracts the facts of a redacted text already split into parts.
func Build(text string, parts []Part, now time.Time) *Facts {
	f := &Facts{Text: text, Now: now, Parts: parts}
	b := &builder{f: f, src: source.New(text)}
	b.urls()
	for _, p := range b.braceParts(parts) {
		switch p.Kind {
		case KindPython:
			b.python(p)
		case kindBrace:
			b.braceRun(p)
		case KindS3Error:
			b.s3error(p)
		case KindPolicy:
			b.policy(p)
		case KindCLI:
			b.cli(p)
		case KindCurl:
			b.curl(p)
		case KindCredentials:
			b.credentials(p)
		}
	}
	b.runtimeWords(Span{Start: 0, End: len(text)})
	b.quotedErrors(parts)
	b.lineFacts()
	b.requestKeys()
	b.settingsClients()
	b.embeddedPolicies(parts)
	b.samPolicies()
	b.shellFlows()
	b.argvPresigns()
	b.awsOutputs()
	b.simulations()
	b.clientFacts()
	b.echoes()
	b.buildIncident()
	return f
}

type builder struct {
	f   *Facts
	src *source.Text
	// urlVars names the variable each presigned URL (by its text) is
	// assigned to in a shell line.
	urlVars map[string]string
	// bucketRegion is get-bucket-location's text or table output.
	bucketRegion Fact
}
