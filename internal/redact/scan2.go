package redact

import (
	"encoding/hex"
	"sort"
	"strings"
)

// scan2 adds what needs no context once scan1 has run everywhere: values
// already found elsewhere in the paste (raw or percent-encoded), bare
// 40-character secret keys in a paste that carries a key ID, bare session
// tokens, quoted or access-point account IDs, and (with the option) every
// further occurrence of a bucket name or object key.
func (st *state) scan2(s string, h1 []hit) []hit {
	var add []hit
	p := 0
	n := len(s)
	for i := 0; i < n; {
		c := s[i]
		if !isB64(c) {
			if l, _ := escAt(s, i); l == 0 {
				i++
				continue
			}
		}
		for p < len(h1) && h1[p].end <= i {
			p++
		}
		if p < len(h1) && h1[p].start <= i {
			i = h1[p].end
			continue
		}
		if i > 0 && (s[i-1] == '_' || s[i-1] == '-') {
			// never start a run inside a placeholder's counter
			if te := placeholderEnd(s, i); te > i {
				i = te
				continue
			}
		}
		e, v := b64Run(s, i)
		if e < n && (s[e] == '_' || s[e] == '-') {
			// never run into the head of a placeholder
			for cut := max(i, e-11); cut < e; cut++ {
				if placeholderAt(s, cut) > e {
					if cut == i {
						e = placeholderAt(s, cut)
						v = ""
					} else {
						e, v = b64Run(s[:cut], i)
					}
					break
				}
			}
			if v == "" {
				i = max(e, i+1)
				continue
			}
		}
		if e == i {
			if l, _ := escAt(s, i); l > 0 {
				i += l
			} else {
				i++
			}
			continue
		}
		if p < len(h1) && h1[p].start < e {
			// the run runs into a hit: judge only the part before it
			hs := h1[p].start
			if e2, v2 := b64Run(s[:hs], i); e2 > i {
				if h, ok := st.bare(s, i, e2, v2); ok {
					add = append(add, h)
				}
			}
			i = hs
			continue
		}
		if h, ok := st.bare(s, i, e, v); ok {
			add = append(add, h)
		}
		i = e
	}
	if st.opts.RedactBucketNames {
		add = st.propagateBuckets(s, h1, add)
	}
	if len(add) == 0 {
		return h1
	}
	return sortHits(append(append([]hit{}, h1...), add...))
}

// bare judges one base64 run s[i:e] (decoded v) without context.
func (st *state) bare(s string, i, e int, v string) (hit, bool) {
	if k, ok := st.known[v]; ok {
		return hit{start: i, end: e, kind: k, val: v}, true
	}
	switch {
	case len(v) == 40:
		if st.hasKey && bareSecret(v) {
			return hit{start: i, end: e, kind: KindSecretAccessKey, val: v}, true
		}
	case len(v) >= 100:
		if tokenMarker(v) {
			return hit{start: i, end: e, kind: KindSessionToken, val: v}, true
		}
	case len(v) == 12 && allDigits(v):
		q := i > 0 && e < len(s) && (s[i-1] == '"' || s[i-1] == '\'') && s[e] == s[i-1]
		ap := i > 0 && s[i-1] == '-' && strings.HasPrefix(s[e:], ".s3-accesspoint")
		if q || ap {
			return hit{start: i, end: e, kind: KindAccountID, val: v}, true
		}
	}
	return hit{}, false
}

// bareSecret is AWS's heuristic for a secret access key without a label:
// 40 base64 characters, mixed case with a digit or '+'/'/', not hex, and
// not made of words: fewer than 24 characters in lower-case runs of three
// or more (a camelCase identifier has about 30; random base64 reaches 24
// once in 30,000).
func bareSecret(v string) bool {
	var up, lo, dig, hexOnly = false, false, false, true
	wordy, run := 0, 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		if c >= 'a' && c <= 'z' {
			run++
		} else {
			if run >= 3 {
				wordy += run
			}
			run = 0
		}
		switch {
		case c >= 'A' && c <= 'Z':
			up = true
		case c >= 'a' && c <= 'z':
			lo = true
		case c == '=':
			return false
		default:
			dig = true
		}
		if !isHex(c) {
			hexOnly = false
		}
	}
	if run >= 3 {
		wordy += run
	}
	return up && lo && dig && !hexOnly && wordy < 24
}

// propagateBuckets adds every other occurrence of a bucket name or object
// key found in context, at name boundaries.
func (st *state) propagateBuckets(s string, h1, add []hit) []hit {
	covered := func(a, b int) bool {
		k := sort.Search(len(h1), func(x int) bool { return h1[x].end > a })
		return k < len(h1) && h1[k].start < b
	}
	edge := func(c byte) bool { return isAlnum(c) || c == '-' || c == '_' || c == '.' }
	for _, v := range st.buckets {
		if len(v) < 3 {
			continue
		}
		kind := st.known[v]
		for off := 0; ; {
			x := strings.Index(s[off:], v)
			if x < 0 {
				break
			}
			a, b := off+x, off+x+len(v)
			off = b
			if a > 0 && edge(s[a-1]) || b < len(s) && edge(s[b]) || covered(a, b) {
				continue
			}
			add = append(add, hit{start: a, end: b, kind: kind, val: v})
		}
	}
	return add
}

// hexTags are the S3 error elements that repeat text as hex bytes.
var hexTags = []string{"<StringToSignBytes>", "<CanonicalRequestBytes>"}

type hexSeg struct {
	decoded string
	hits    []hit
}

// hexElem decodes a hex-bytes element at s[i] and scans what it holds.
func (st *state) hexElem(s string, i int) (hit, bool) {
	for _, t := range hexTags {
		if !strings.HasPrefix(s[i:], t) {
			continue
		}
		b := i + len(t)
		buf := make([]byte, 0, 256)
		first, last := -1, -1
		k := b
		for k < len(s) {
			c := s[k]
			if c == ' ' || c == '\n' || c == '\r' || c == '\t' {
				k++
				continue
			}
			if k+1 < len(s) && isHex(c) && isHex(s[k+1]) {
				var d [1]byte
				hex.Decode(d[:], []byte{c, s[k+1]})
				buf = append(buf, d[0])
				if first < 0 {
					first = k
				}
				k += 2
				last = k
				continue
			}
			break
		}
		if first < 0 {
			return hit{}, false
		}
		dec := string(buf)
		return hit{start: first, end: last, hex: &hexSeg{decoded: dec, hits: st.scan1(dec)}}, true
	}
	return hit{}, false
}

// encodeHex writes b as S3 does: lower-case byte pairs separated by spaces.
func encodeHex(b string) string {
	const digits = "0123456789abcdef"
	out := make([]byte, 0, len(b)*3)
	for i := 0; i < len(b); i++ {
		if i > 0 {
			out = append(out, ' ')
		}
		out = append(out, digits[b[i]>>4], digits[b[i]&15])
	}
	return string(out)
}

// placeholderEnd returns the end of a placeholder whose counter starts at
// s[i] (right after its '_' or '-'), or i.
func placeholderEnd(s string, i int) int {
	te := i
	for te < len(s) && isDigit(s[te]) {
		te++
	}
	ts := i - 1
	for ts > 0 && ts > i-40 && (isAlnum(s[ts-1]) || s[ts-1] == '_' || s[ts-1] == '-') {
		ts--
	}
	for a := ts; a < i-1; a++ {
		if (a == ts || s[a-1] == '-' || s[a-1] == '_') && IsPlaceholder(s[a:te]) {
			return te
		}
	}
	return i
}

// placeholderAt returns the end of a placeholder starting at s[a], or 0.
func placeholderAt(s string, a int) int {
	for b := a + 6; b <= len(s) && b-a <= 40; b++ {
		if isDigit(s[b-1]) && (b == len(s) || !isDigit(s[b])) && IsPlaceholder(s[a:b]) {
			return b
		}
		if b < len(s) && !isAlnum(s[b]) && s[b] != '_' && s[b] != '-' {
			if isDigit(s[b-1]) && IsPlaceholder(s[a:b]) {
				return b
			}
			return 0
		}
	}
	return 0
}
