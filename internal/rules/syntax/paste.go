package syntax

import "github.com/presign-doctor/presign-doctor/internal/rules"

// syntaxProblems reports what the readers could not read.
func syntaxProblems(p *rules.Pass) {
	for _, pr := range p.Facts.Problems {
		p.Report(rules.Finding{Message: pr.Message, Span: pr.Span})
	}
}
