package redact

import (
	"encoding/base64"
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
		if e < n && (s[e] == '_' || s[e] == '-') && digitInWord(s, e) {
			// never run into the head of a placeholder (one ends with
			// digits: none can end past e in a word without any)
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
		if _, known := st.known[v]; known || len(v) == 12 || len(v) == 40 || len(v) >= residueMin || len(v) >= 8 && e < len(s) && isJoiner(s[e]) {
			if h, ok := st.bare(s, i, e, v); ok {
				add = append(add, h)
			}
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

// digitInWord reports a digit in the word of [A-Za-z0-9_-] from s[e], within
// the 40 bytes a placeholder may span.
func digitInWord(s string, e int) bool {
	for k := e; k < len(s) && k-e < 40; k++ {
		c := s[k]
		if isDigit(c) {
			return true
		}
		if !isAlnum(c) && c != '_' && c != '-' {
			return false
		}
	}
	return false
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

// everywhere adds every further occurrence of every value found so far, in
// the decoded view (so also wherever it was percent-encoded, entity- or
// JSON-escaped), also inside a longer word and also base64-encoded: a value
// redacted in one place never stays readable in another. Values shorter
// than 8 bytes are left to the run lookup of scan2 (whole runs only), which
// keeps a short password from eating every word that contains it.
//
// One pass: a filter on a hash of the first 4 bytes, then a map keyed by
// the first 8 bytes.
func (st *state) everywhere(s string, hits []hit) []hit {
	type form struct {
		val, kind, key string // key is the placeholder's value (the secret)
	}
	var forms map[string][]form
	var first []bool
	addForm := func(f form) {
		if len(f.val) < 8 || strings.IndexByte(f.val, '\n') >= 0 {
			return
		}
		if forms == nil {
			forms = map[string][]form{}
			first = make([]bool, 1<<16)
		}
		k := f.val[:8]
		for _, g := range forms[k] {
			if g.val == f.val {
				return
			}
		}
		forms[k] = append(forms[k], f)
		first[head4(f.val)] = true
	}
	for v, kind := range st.known {
		if kind == KindBucket || kind == KindObjectKey || IsPlaceholder(v) {
			continue
		}
		addForm(form{v, kind, v})
		if len(v) >= 6 && kind != KindAccountID && kind != KindSignature {
			addForm(form{base64.StdEncoding.EncodeToString([]byte(v)), kind, v})
		}
		if d, ok := printableB64(v); ok {
			addForm(form{d, kind, d})
			if c := strings.IndexByte(d, ':'); c > 0 {
				addForm(form{d[c+1:], KindPassword, d[c+1:]})
			}
		}
	}
	if forms == nil {
		return hits
	}
	var add []hit
	p := 0
	// comparing is bounded by a budget linear in the paste, so a paste
	// made to repeat a value's prefix cannot make this quadratic
	budget := 64*len(s) + 1<<16
	for i := 0; i+8 <= len(s) && budget > 0; i++ {
		if !first[head4(s[i:])] {
			continue
		}
		fs := forms[s[i:i+8]]
		if fs == nil {
			continue
		}
		for p < len(hits) && hits[p].end <= i {
			p++
		}
		if p < len(hits) && hits[p].start <= i {
			i = hits[p].end - 1
			continue
		}
		best, bestLen := -1, 0
		for x, f := range fs {
			budget -= min(len(f.val), len(s)-i)
			e := i + len(f.val)
			if e > len(s) || s[i:e] != f.val {
				// a copy of a long value's first 16+ characters, cut at a
				// word boundary ("history | grep <first 24 of the key>")
				if len(f.val) >= 24 && (i == 0 || !isAlnum(s[i-1])) {
					l := 8
					for l < len(f.val) && i+l < len(s) && s[i+l] == f.val[l] {
						l++
					}
					if l >= 16 && l > bestLen && (i+l == len(s) || !isAlnum(s[i+l])) && !(p < len(hits) && hits[p].start < i+l) {
						best, bestLen = x, l
					}
				}
				continue
			}
			if best >= 0 && bestLen >= len(f.val) {
				continue
			}
			if (len(f.val) < 12 || allDigits(f.val)) && (i > 0 && isAlnum(s[i-1]) || e < len(s) && isAlnum(s[e])) {
				continue
			}
			if p < len(hits) && hits[p].start < e {
				continue
			}
			best, bestLen = x, len(f.val)
		}
		if best >= 0 {
			f := fs[best]
			add = append(add, hit{start: i, end: i + bestLen, kind: f.kind, val: f.key})
			i += bestLen - 1
		}
	}
	if len(add) == 0 {
		return hits
	}
	return sortHits(append(hits, add...))
}

// head4 hashes the first 4 bytes of s (at least 4 long) to 16 bits: the
// filter of everywhere, so the map is asked only where a value may start.
func head4(s string) int {
	x := uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
	return int((x * 0x9E3779B1) >> 16)
}

// printableB64 decodes a standard base64 value that holds printable ASCII
// (a Kubernetes Secret's data, a Basic credential).
func printableB64(v string) (string, bool) {
	if len(v) < 8 || len(v)%4 != 0 {
		return "", false
	}
	var head [3]byte
	if n, err := base64.StdEncoding.Decode(head[:], []byte(v[:4])); err != nil || n != 3 {
		return "", false
	}
	for _, c := range head {
		if !textByte(c) {
			return "", false
		}
	}
	b, err := base64.StdEncoding.DecodeString(v)
	if err != nil || len(b) < 6 {
		return "", false
	}
	for _, c := range b {
		if !textByte(c) {
			return "", false
		}
	}
	return string(b), true
}

// textByte: printable ASCII or a line break or tab (a base64-wrapped file).
func textByte(c byte) bool { return c >= ' ' && c <= '~' || c == '\n' || c == '\r' || c == '\t' }
