package redact

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// TestEverywhereAlignedFilter: everywhere finds the same hits over a long
// text with the filter of 4-byte windows at multiples of 4 as without it,
// at every alignment of every value, beside near misses that share a
// value's first 4 to 7 bytes, copies of a long value's first 16+ bytes,
// base64 forms, and existing hits the scan steps over.
func TestEverywhereAlignedFilter(t *testing.T) {
	rng := rand.New(rand.NewSource(18))
	const b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	word := func(n int, al string) string {
		b := make([]byte, n)
		for k := range b {
			b[k] = al[rng.Intn(len(al))]
		}
		return string(b)
	}
	for round := 0; round < 6; round++ {
		var vals []string
		for k := 0; k < 40+rng.Intn(200); k++ {
			switch k % 4 {
			case 0:
				vals = append(vals, "AKIA"+word(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))
			case 1:
				vals = append(vals, word(40, b64))
			case 2:
				vals = append(vals, "hunter"+word(2+rng.Intn(10), "abcdefgh0123456789"))
			default:
				vals = append(vals, word(24+rng.Intn(60), "abc"))
			}
		}
		var b strings.Builder
		var pre []hit
		for b.Len() < alignedMin+rng.Intn(3*alignedMin) {
			b.WriteString(word(rng.Intn(7), " \n=:\"abcxyz"))
			v := vals[rng.Intn(len(vals))]
			switch rng.Intn(6) {
			case 0:
				b.WriteString(v)
			case 1:
				b.WriteString(v[:4+rng.Intn(4)]) // a near miss
			case 2:
				if len(v) >= 24 {
					b.WriteString(v[:16+rng.Intn(len(v)-16)]) // a copy of a long value's head
				}
			case 3:
				enc := make([]byte, (len(v)+2)/3*4)
				b64Encode(enc, v)
				b.WriteString(string(enc))
			case 4:
				at := b.Len()
				b.WriteString(v)
				pre = append(pre, hit{start: at, end: at + len(v), kind: KindSecretAccessKey, val: v})
			default:
				b.WriteString(word(rng.Intn(30), b64))
			}
		}
		text := b.String()
		run := func(min int) []hit {
			old := alignedMin
			alignedMin = min
			defer func() { alignedMin = old }()
			st := &state{known: map[string]string{}, accounts: map[string]bool{}}
			for _, v := range vals {
				st.note(v, KindSecretAccessKey)
			}
			return st.everywhere(text, append([]hit(nil), pre...))
		}
		with, without := run(1<<16), run(1<<62)
		if len(with) <= len(pre) {
			t.Fatalf("round %d: everywhere found nothing (%d hits)", round, len(with))
		}
		if !reflect.DeepEqual(with, without) {
			t.Fatalf("round %d: %d hits with the aligned filter, %d without; they differ", round, len(with), len(without))
		}
	}
}
