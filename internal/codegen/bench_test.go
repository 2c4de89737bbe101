package codegen

import (
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/model"
)

// BenchmarkGenerate times planning and every emitter on a typical paste's
// facts (boto3 PUT with parameters).
func BenchmarkGenerate(b *testing.B) {
	var f = cases[3].facts()
	model.BuildIncident(f)
	b.ReportAllocs()
	for b.Loop() {
		if p := FromFacts(f); p == nil || Generate(p)[Python] == "" {
			b.Fatal("no code")
		}
	}
}
