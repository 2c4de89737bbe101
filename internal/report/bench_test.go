package report

import "testing"

// BenchmarkReport times the Markdown report and its HTML rendering for a
// typical analysis.
func BenchmarkReport(b *testing.B) {
	in := typical()
	b.ReportAllocs()
	for b.Loop() {
		if HTML(Markdown(in)) == "" {
			b.Fatal("no report")
		}
	}
}
