package rules

// syntaxProblems reports what the readers could not read.
func syntaxProblems(p *Pass) {
	for _, pr := range p.Facts.Problems {
		p.Report(Finding{Message: pr.Message, Span: pr.Span})
	}
}
