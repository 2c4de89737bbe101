package codegen

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/model"
)

// TestChunkedDefectsMatchWhole patches long Python parts with random
// fixes (good ones, ones that repeat a keyword, ones that break the
// syntax, some spanning statements) and checks that counting defects per
// top-level statement takes exactly the fixes that reparsing the whole
// part does.
func TestChunkedDefectsMatchWhole(t *testing.T) {
	unit := []string{
		"import boto3\n",
		"s3 = boto3.client('s3')\n",
		"def presign_%d(key):\n    url = s3.generate_presigned_url('get_object', Params={'Bucket': 'b', 'Key': key}, ExpiresIn=3600)\n    return url\n\n",
		"class Store%d:\n    def get(self, k):\n        return s3.get_object(Bucket='b', Key=k)\n\n",
		"if True:\n    x = [1,\n         2]\nelse:\n    x = None\n",
		"@decorator\ndef h%d():\n    pass\n",
		"s = '''a\nb\n'''\n",
		"broken(%d\n",
	}
	rounds := 12
	if testing.Short() {
		rounds = 4
	}
	r := rand.New(rand.NewSource(1))
	for round := 0; round < rounds; round++ {
		var b strings.Builder
		for b.Len() < 3*chunkedMinBytes {
			u := unit[r.Intn(len(unit))]
			if round%4 != 3 && strings.HasPrefix(u, "broken") {
				continue
			}
			if strings.Contains(u, "%d") {
				u = strings.ReplaceAll(u, "%d", string(rune('a'+r.Intn(26))))
			}
			b.WriteString(u)
		}
		text := b.String()
		if c := newDefectCounter(text); (c.bounds != nil) != (round%4 != 3) {
			t.Fatalf("round %d: chunked = %v, defects %d", round, c.bounds != nil, c.d0)
		}
		parts := []model.Part{{Kind: model.KindPython, Span: model.Span{Start: 0, End: len(text)}}}
		var fixes [][]diff.Edit
		for i := 0; i < 40; i++ {
			var fx []diff.Edit
			for k := 0; k <= r.Intn(2); k++ {
				p := r.Intn(len(text))
				switch r.Intn(5) {
				case 0:
					if j := strings.Index(text[p:], "ExpiresIn=3600"); j >= 0 {
						fx = append(fx, diff.Edit{Start: p + j, End: p + j + len("ExpiresIn=3600"), New: "ExpiresIn=600"})
					}
				case 1:
					if j := strings.Index(text[p:], "ExpiresIn="); j >= 0 {
						fx = append(fx, diff.Edit{Start: p + j, End: p + j, New: "ExpiresIn=1, "})
					}
				case 2:
					fx = append(fx, diff.Edit{Start: p, End: p, New: "("})
				case 3:
					if j := strings.Index(text[p:], "\n"); j >= 0 && p+j+1 < len(text) {
						q := p + j + 1
						e := q + r.Intn(min(200, len(text)-q))
						fx = append(fx, diff.Edit{Start: q, End: e, New: ""})
					}
				case 4:
					if j := strings.Index(text[p:], "boto3.client('s3')"); j >= 0 {
						fx = append(fx, diff.Edit{Start: p + j + len("boto3.client('s3'"), End: p + j + len("boto3.client('s3'"), New: ", region_name='eu-west-1'"})
					}
				}
			}
			fixes = append(fixes, fx)
		}
		_, chunked, na := PatchPythonParts(text, parts, fixes)
		save := chunkedMinBytes
		chunkedMinBytes = 1 << 62
		_, whole, nb := PatchPythonParts(text, parts, fixes)
		chunkedMinBytes = save
		if na != nb || chunked[0] != whole[0] {
			t.Fatalf("round %d: chunked applied %d, whole %d; outputs equal: %v", round, na, nb, chunked[0] == whole[0])
		}
	}
}
