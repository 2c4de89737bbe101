package redact

import (
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
