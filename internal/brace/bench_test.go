package brace

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

// mixedPaste builds a paste of about n bytes from the corpus (every
// language), with log lines, shell comments and prose between the blocks.
func mixedPaste(tb testing.TB, n int) string {
	files, _ := filepath.Glob("testdata/*/*.txtar")
	var b strings.Builder
	for b.Len() < n {
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				tb.Fatal(err)
			}
			_, sec := parseTxtar(string(data))
			b.WriteString(sec["paste"])
			b.WriteString("\n2024-01-15T14:30:00Z INFO upload started id=42\n# retry with the new key\nI tried again and it still fails.\n\n")
			if b.Len() >= n {
				break
			}
		}
	}
	return b.String()
}

// BenchmarkReadMixed100K reads a 100 KB paste of every SDK's code mixed
// with logs and prose as one block (the worst case: the engine hands the
// reader smaller parts).
func BenchmarkReadMixed100K(b *testing.B) {
	s := mixedPaste(b, 100<<10)
	b.SetBytes(int64(len(s)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Read(s, source.Span{Start: 0, End: len(s)})
	}
}

// BenchmarkDetectMixed100K measures language detection alone.
func BenchmarkDetectMixed100K(b *testing.B) {
	s := mixedPaste(b, 100<<10)
	b.SetBytes(int64(len(s)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Detect(s, source.Span{Start: 0, End: len(s)})
	}
}

// hostile are inputs built to defeat a careless reader: deep nesting, long
// builder chains, one huge object, thousands of presign calls, unclosed
// literals. BenchmarkHostile measures them; TestHostile only reads them.
func hostile() map[string]string {
	return map[string]string{
		"nesting":   strings.Repeat("{a: [(", 20000) + "x",
		"closers":   strings.Repeat(")]}", 30000),
		"chain":     "S3Presigner.builder()" + strings.Repeat(".region(Region.US_EAST_1)", 4000) + ".build();",
		"object":    "new PutObjectCommand({" + strings.Repeat("Bucket: 'b', Key: k, Metadata: {a: 1}, ", 4000) + "})",
		"presigns":  strings.Repeat("getSignedUrl(s3, new GetObjectCommand({ Bucket: b, Key: k }), { expiresIn: 60 });\n", 3000),
		"stmts":     "const params = {Bucket: 'b'};\n" + strings.Repeat("params.Key = k;\n", 5000) + strings.Repeat("getSignedUrl(s3, new PutObjectCommand(params));\n", 500),
		"backticks": strings.Repeat("`${", 20000),
		"quotes":    strings.Repeat("'\"`/*", 20000),
		"php":       "<?php " + strings.Repeat("$c = $s3->getCommand('PutObject', ['Bucket' => 'b', 'key' => $k, 'credentials' => ['key' => 'x']]);\n", 2000),
		"ruby":      strings.Repeat("url = obj.presigned_url :put, acl: 'x', key: k\n", 3000),
		"sends":     strings.Repeat("fetch(url, { method: 'PUT', headers: { 'Content-Type': t } });\nxhr.setRequestHeader('a', 'b');\n", 3000),
		"creds":     strings.Repeat("new AWS.S3({accessKeyId: process.env.A, secretAccessKey: k});\n", 3000),
	}
}

func TestHostile(t *testing.T) {
	for name, s := range hostile() {
		r := Read(s, source.Span{Start: 0, End: len(s)})
		if len(r.Presigns) > maxPresigns || len(r.Sends) > maxSends+1 {
			t.Errorf("%s: %d presigns, %d sends beyond the bounds", name, len(r.Presigns), len(r.Sends))
		}
	}
}

func BenchmarkHostile(b *testing.B) {
	for name, s := range hostile() {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for i := 0; i < b.N; i++ {
				Read(s, source.Span{Start: 0, End: len(s)})
			}
		})
	}
}
