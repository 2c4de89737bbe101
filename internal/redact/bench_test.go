package redact

import (
	"strings"
	"testing"
)

// mixedPaste builds about size bytes of corpus pastes and benign text.
func mixedPaste(size int) string {
	var b strings.Builder
	docs := Corpus(42, 400)
	pastes, _, _ := Benign(43, 400)
	for i := 0; b.Len() < size; i++ {
		b.WriteString(docs[i%len(docs)].Text)
		b.WriteString(pastes[i%len(pastes)])
	}
	return b.String()[:size]
}

// BenchmarkRedact1MB measures throughput (MB/s) on a 1 MB mixed paste.
func BenchmarkRedact1MB(b *testing.B) {
	in := mixedPaste(1 << 20)
	b.SetBytes(int64(len(in)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Redact(in, Options{})
	}
}

// BenchmarkRedact1MBBuckets is the same with RedactBucketNames.
func BenchmarkRedact1MBBuckets(b *testing.B) {
	in := mixedPaste(1 << 20)
	b.SetBytes(int64(len(in)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Redact(in, Options{RedactBucketNames: true})
	}
}

// BenchmarkRedactPlain1MB is prose-like text without secrets.
func BenchmarkRedactPlain1MB(b *testing.B) {
	in := strings.Repeat("The quick brown fox jumps over the lazy dog; s3.get_object(Bucket=bucket, Key=key)\n", (1<<20)/84)
	b.SetBytes(int64(len(in)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Redact(in, Options{})
	}
}
