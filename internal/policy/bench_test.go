package policy

import (
	"fmt"
	"strings"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

// bigPolicy is a policy of n statements with conditions, about 300 bytes
// each.
func bigPolicy(n int) string {
	var b strings.Builder
	b.WriteString(`{"Version": "2012-10-17", "Statement": [`)
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteString(",\n")
		}
		fmt.Fprintf(&b, `{"Sid": "S%d", "Effect": "Deny", "Principal": "*", "Action": ["s3:GetObject", "s3:Put*"], "Resource": "arn:aws:s3:::bucket-%d/prefix/*", "Condition": {"StringNotEqualsIfExists": {"aws:SourceVpce": ["vpce-%d"]}, "Bool": {"aws:SecureTransport": "false"}}}`, i, i, i)
	}
	b.WriteString("]}")
	return b.String()
}

func BenchmarkParse(b *testing.B) {
	for _, n := range []int{10, 1000} {
		text := bigPolicy(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for i := 0; i < b.N; i++ {
				docs, _ := Parse(text, source.Span{End: len(text)})
				if len(docs) != 1 || len(docs[0].Statements) != n {
					b.Fatal("not read")
				}
			}
		})
	}
}

func BenchmarkCovers(b *testing.B) {
	text := bigPolicy(1000)
	docs, _ := Parse(text, source.Span{End: len(text)})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range docs[0].Statements {
			s.CoversAction("s3:GetObject")
			s.CoversResource("arn:aws:s3:::bucket-7/prefix/a.txt")
		}
	}
}
