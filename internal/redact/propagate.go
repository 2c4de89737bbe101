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
		if class[c]&cB64 == 0 { // !isB64(c), written out: every byte passes here
			// only '%' and '\\' start an escape escAt reads
			if c != '%' && c != '\\' {
				i++
				continue
			}
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
				if h, ok := st.judge(s, i, e2, v2); ok {
					add = append(add, h)
				}
			}
			i = hs
			continue
		}
		if st.isKnown(v) || len(v) == 12 || len(v) == 40 || len(v) >= residueMin || len(v) >= 8 && e < len(s) && isJoiner(s[e]) {
			if h, ok := st.judge(s, i, e, v); ok {
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
	return mergeHits(h1, add)
}

// judge is bare, keeping st.knownLen and st.knownOrder true to st.known:
// bare may note a residue value in st.known itself.
func (st *state) judge(s string, i, e int, v string) (hit, bool) {
	n := len(st.known)
	h, ok := st.bare(s, i, e, v)
	if len(st.known) > n { // bare noted h.val
		st.knownOrder = append(st.knownOrder, known{h.val, h.kind})
		if len(h.val) < len(st.knownLen) {
			st.knownLen[len(h.val)] = true
		}
	}
	return h, ok
}

// digitInWord reports a digit in the word of [A-Za-z0-9_-] from s[e], within
// the 40 bytes a placeholder may span.
func digitInWord(s string, e int) bool {
	for k := e; k < len(s) && k-e < 40; k++ {
		c := s[k]
		if class[c]&cDigit != 0 {
			return true
		}
		if class[c]&cAlnum == 0 && c != '_' && c != '-' {
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
	// the forms to look for, chained by their first 8 bytes; the order of
	// a chain is the order they were added in. A base64 form is written
	// only when the scan meets its first 8 bytes (most never are: the
	// values found in a paste are long, 378 KB of them in a 1 MB one).
	type form struct {
		_              [0]func() // not comparable: no generated equality function in the wasm
		val, kind, key string    // key is the placeholder's value (the secret)
		b64            bool      // val is the base64 of key, "" until written
		n              int       // len(val), also before it is written
		next           int32     // the next form with the same first 8 bytes, or -1
		count, last    int32     // at a chain's first form: its length and its last form
		trie           int32     // at a long chain's first form: its trie's root + 1 once built
	}
	var fl []form
	var tab chainTable
	var first *[1 << 10]uint64 // head4 of a form's first 4 bytes, a bit each (8 KB: it stays in the cache)
	val := func(x int32) string {
		f := &fl[x]
		if f.b64 && f.val == "" {
			enc := make([]byte, f.n)
			b64Encode(enc, f.key)
			f.val = bytesText(enc)
		}
		return f.val
	}
	// seen holds the forms of every chain longer than shortChain, so
	// that adding a form to a long chain (5,000 signatures sharing their
	// first 60 bytes) is one lookup instead of a comparison with each
	// form before it
	const shortChain = 8
	var seen formSet
	var nodes []trieNode // the tries of the long chains, built when first asked
	addForm := func(f form) {
		if !f.b64 {
			f.n = len(f.val)
			if f.n < 8 || strings.IndexByte(f.val, '\n') >= 0 {
				return
			}
		}
		if fl == nil {
			fl = make([]form, 0, 2*len(st.known))
			tab.init(2 * len(st.known))
			first = new([1 << 10]uint64)
		}
		var k uint64
		var h4 int
		if f.b64 {
			var head [8]byte
			b64Encode(head[:], f.key[:6])
			k = pack8(string(head[:]))
			h4 = head4(string(head[:4]))
		} else {
			k = pack8(f.val)
			h4 = head4(f.val)
		}
		at := tab.slot(k)
		x0 := tab.heads[at] - 1
		switch {
		case x0 < 0:
			tab.put(at, k, int32(len(fl)))
		case fl[x0].count < shortChain:
			// the same value twice is one form, the first added (forms
			// that share their first 8 bytes are compared: the base64
			// forms of key IDs sharing their first 6 bytes, AKIAIO…, are
			// many; two base64 forms are the same when their keys are,
			// so only a base64 form met beside a raw one of its length
			// is written to compare)
			for x := x0; x >= 0; x = fl[x].next {
				g := &fl[x]
				if g.n != f.n {
					continue
				}
				if f.b64 && g.b64 {
					if g.key == f.key {
						return
					}
				} else {
					if f.b64 && f.val == "" {
						enc := make([]byte, f.n)
						b64Encode(enc, f.key)
						f.val = bytesText(enc)
					}
					if val(x) == f.val {
						return
					}
				}
			}
		default:
			if fl[x0].count == shortChain {
				// the chain grows long: its forms go into seen
				for x := x0; x >= 0; x = fl[x].next {
					seen.add(fl[x].b64, fl[x].key, fl[x].val, fl[x].n)
				}
			}
			if seen.has(f.b64, f.key, f.val, f.n) {
				return
			}
			seen.add(f.b64, f.key, f.val, f.n)
		}
		f.next = -1
		x := int32(len(fl))
		if x0 < 0 {
			f.count, f.last = 1, x
		} else {
			h := &fl[x0]
			fl[h.last].next = x
			h.last = x
			h.count++
		}
		fl = append(fl, f)
		first[h4>>6] |= 1 << (h4 & 63)
	}
	for _, e := range st.knownOrder {
		v, kind := e.v, e.kind
		if kind == KindBucket || kind == KindObjectKey || IsPlaceholder(v) {
			continue
		}
		addForm(form{val: v, kind: kind, key: v})
		if len(v) >= 6 && kind != KindAccountID && kind != KindSignature {
			addForm(form{kind: kind, key: v, b64: true, n: base64.StdEncoding.EncodedLen(len(v))})
		}
		if d, ok := printableB64(v); ok {
			addForm(form{val: d, kind: kind, key: d})
			if c := strings.IndexByte(d, ':'); c > 0 {
				addForm(form{val: d[c+1:], kind: KindPassword, key: d[c+1:]})
			}
		}
	}
	if fl == nil {
		return hits
	}
	coarse, cshift := alignedFilter(&tab, len(s))
	var add []hit
	p := 0
	// comparing is bounded by a budget linear in the paste, so a paste
	// made to repeat a value's prefix cannot make this quadratic
	budget := 64*len(s) + 1<<16
	for i := 0; i+8 <= len(s) && budget > 0; i++ {
		// inside a hit nothing starts: step over it first (the filter and
		// the map are asked only between hits)
		for p < len(hits) && hits[p].end <= i {
			p++
		}
		if p < len(hits) && hits[p].start <= i {
			i = hits[p].end - 1
			continue
		}
		// up to the next hit, only the filter: head4 written out (the
		// wasm build inlines nothing)
		lim := len(s) - 8
		if p < len(hits) {
			lim = min(lim, hits[p].start-1)
		}
		if coarse != nil {
			// by 4-byte windows at multiples of 4 first: a form's first
			// 8 bytes at i hold the window at the next multiple of 4
			// (alignedFilter); only where the window is one of theirs are
			// the 4 positions it serves asked
			i = alignedNext(s, i, lim, coarse, cshift, first)
		}
		for ; i < lim; i++ {
			x := uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24
			if h4 := (x * 0x9E3779B1) >> 16; first[h4>>6]&(1<<(h4&63)) != 0 {
				break
			}
		}
		if h4 := head4(s[i:]); first[h4>>6]&(1<<(h4&63)) == 0 {
			continue
		}
		x0 := tab.heads[tab.slot(pack8(s[i:]))] - 1
		if x0 < 0 {
			continue
		}
		best, bestLen := int32(-1), 0
		if fl[x0].count > shortChain {
			// a long chain is asked through its trie: as long as the
			// comparisons the walk below makes with one of its forms
			if fl[x0].trie == 0 {
				root := int32(len(nodes))
				nodes = append(nodes, trieNode{end: -1, long: -1, child: -1, sib: -1})
				for x := x0; x >= 0; x = fl[x].next {
					nodes = trieInsert(nodes, root, val(x), x)
				}
				fl[x0].trie = root + 1
			}
			lim := len(s) - i
			if p < len(hits) {
				lim = min(lim, hits[p].start-i)
			}
			var walked int
			best, bestLen, walked = trieBest(nodes, fl[x0].trie-1, s, i, lim)
			budget -= walked
			if best >= 0 {
				f := fl[best]
				add = append(add, hit{start: i, end: i + bestLen, kind: f.kind, val: f.key})
				i += bestLen - 1
			}
			continue
		}
		for x := x0; x >= 0; x = fl[x].next {
			fv := val(x)
			budget -= min(len(fv), len(s)-i)
			e := i + len(fv)
			if e > len(s) || s[i:e] != fv {
				// a copy of a long value's first 16+ characters, cut at a
				// word boundary ("history | grep <first 24 of the key>")
				if len(fv) >= 24 && (i == 0 || !isAlnum(s[i-1])) {
					l := 8
					for l < len(fv) && i+l < len(s) && s[i+l] == fv[l] {
						l++
					}
					if l >= 16 && l > bestLen && (i+l == len(s) || !isAlnum(s[i+l])) && !(p < len(hits) && hits[p].start < i+l) {
						best, bestLen = x, l
					}
				}
				continue
			}
			if best >= 0 && bestLen >= len(fv) {
				continue
			}
			if (len(fv) < 12 || allDigits(fv)) && (i > 0 && isAlnum(s[i-1]) || e < len(s) && isAlnum(s[e])) {
				continue
			}
			if p < len(hits) && hits[p].start < e {
				continue
			}
			best, bestLen = x, len(fv)
		}
		if best >= 0 {
			f := fl[best]
			add = append(add, hit{start: i, end: i + bestLen, kind: f.kind, val: f.key})
			i += bestLen - 1
		}
	}
	if len(add) == 0 {
		return hits
	}
	return mergeHits(hits, add)
}

// formSet is the set of the values of everywhere's forms, a base64 form
// held by its key and written only to compare it with a raw value of its
// length: a long chain is mostly the base64 forms of long values sharing
// their first 6 bytes (PEM blocks: 692 KB of base64 a Redact of the 1 MB
// mixed paste wrote, allocated and hashed only to put them here).
// Two base64 forms are the same value when their keys are; a raw value
// is a base64 form's when it decodes to the form's key and that key
// encodes back to it (base64.StdEncoding also reads what b64Encode never
// writes: '\r', nonzero padding bits).
type formSet struct {
	raw, keys      map[string]struct{} // raw forms' values; base64 forms' keys
	rawLen, b64Len map[int]bool        // the lengths of the values of each
}

func (fs *formSet) add(b64 bool, key, val string, n int) {
	if fs.raw == nil {
		fs.raw, fs.keys = map[string]struct{}{}, map[string]struct{}{}
		fs.rawLen, fs.b64Len = map[int]bool{}, map[int]bool{}
	}
	if b64 {
		fs.keys[key] = struct{}{}
		fs.b64Len[n] = true
	} else {
		fs.raw[val] = struct{}{}
		fs.rawLen[n] = true
	}
}

// has reports a form of the set with the value of the form given (a
// base64 form by its key; val is "" while unwritten, n its length).
func (fs *formSet) has(b64 bool, key, val string, n int) bool {
	if fs.raw == nil {
		return false
	}
	if b64 {
		if _, ok := fs.keys[key]; ok {
			return true
		}
		if !fs.rawLen[n] {
			return false
		}
		if val == "" {
			enc := make([]byte, n)
			b64Encode(enc, key)
			val = bytesText(enc)
		}
		_, ok := fs.raw[val]
		return ok
	}
	if _, ok := fs.raw[val]; ok {
		return true
	}
	if !fs.b64Len[n] {
		return false
	}
	d, err := base64.StdEncoding.DecodeString(val)
	if err != nil {
		return false
	}
	if _, ok := fs.keys[string(d)]; !ok {
		return false
	}
	enc := make([]byte, base64.StdEncoding.EncodedLen(len(d)))
	b64Encode(enc, string(d))
	return string(enc) == val
}

// alignedFilter is a filter of everywhere's scan over a long text (nil
// for a short one): a bit for each 4-byte window of each chain's first 8
// bytes, at offsets 0 to 3. A form whose first 8 bytes start at i holds,
// whole, the window at the first multiple of 4 from i, so the scan needs
// to ask the head filter only at the four positions a window it meets at
// a multiple of 4 serves: one test every 4 bytes instead of every byte.
// Positions it skips hold no chain's first 8 bytes, and everywhere does
// nothing at such a position but find that out: the same hits.
func alignedFilter(tab *chainTable, n int) ([]uint64, uint) {
	if n < alignedMin {
		return nil, 0
	}
	bits, shift := 1<<12, uint(32-12)
	for bits < 4*32*tab.n && bits < 1<<21 && bits/8 < n/16 {
		bits <<= 1
		shift--
	}
	f := make([]uint64, bits/64)
	for y, h := range tab.heads {
		if h == 0 {
			continue
		}
		for off := uint(0); off < 4; off++ {
			w := (uint32(tab.keys[y]>>(8*off)) * 0x9E3779B1) >> shift
			f[w>>6] |= 1 << (w & 63)
		}
	}
	return f, shift
}

// alignedMin is the length of text from which everywhere uses
// alignedFilter (a variable for its test).
var alignedMin = 1 << 16

// alignedNext returns the first position from i below lim whose first 4
// bytes pass the head filter first and that the windows at multiples of 4
// do not rule out (alignedFilter), or lim.
func alignedNext(s string, i, lim int, coarse []uint64, shift uint, first *[1 << 10]uint64) int {
	for a := (i + 3) &^ 3; a-3 < lim; a += 4 {
		x := uint32(s[a]) | uint32(s[a+1])<<8 | uint32(s[a+2])<<16 | uint32(s[a+3])<<24
		if w := (x * 0x9E3779B1) >> shift; coarse[w>>6]&(1<<(w&63)) == 0 {
			continue
		}
		for q := max(i, a-3); q <= a && q < lim; q++ {
			y := uint32(s[q]) | uint32(s[q+1])<<8 | uint32(s[q+2])<<16 | uint32(s[q+3])<<24
			if h4 := (y * 0x9E3779B1) >> 16; first[h4>>6]&(1<<(h4&63)) != 0 {
				return q
			}
		}
	}
	return max(i, lim)
}

// trieNode is a node of the trie (radix tree) of a long chain of
// everywhere's forms: the forms' values below their shared first 8 bytes.
// A value's node is where its path ends; a node's depth is 8 plus the
// lengths of the labels above it.
type trieNode struct {
	_     [0]func()
	label string // the edge into this node (the root has none)
	end   int32  // the form whose value ends here, or -1
	long  int32  // the first form added of those 24 bytes or longer below here (this node's included), or -1
	child int32  // the first child, or -1
	sib   int32  // the next sibling, or -1
}

// trieInsert adds the form x with value v (8 bytes or longer, its first 8
// those of the trie's) below root. Forms are added in the order of their
// chain, so the first long form to pass a node is its long.
func trieInsert(nodes []trieNode, root int32, v string, x int32) []trieNode {
	long := len(v) >= 24
	n, d := root, 8
	for {
		if long && nodes[n].long < 0 {
			nodes[n].long = x
		}
		if d == len(v) {
			nodes[n].end = x
			return nodes
		}
		prev, c := int32(-1), nodes[n].child
		for c >= 0 && nodes[c].label[0] != v[d] {
			prev, c = c, nodes[c].sib
		}
		if c < 0 {
			leaf := trieNode{label: v[d:], end: x, long: -1, child: -1, sib: nodes[n].child}
			if long {
				leaf.long = x
			}
			nodes[n].child = int32(len(nodes))
			return append(nodes, leaf)
		}
		lab := nodes[c].label
		m := 1
		for m < len(lab) && d+m < len(v) && lab[m] == v[d+m] {
			m++
		}
		if m < len(lab) {
			// v leaves the edge inside it: split the edge there
			mid := int32(len(nodes))
			nodes = append(nodes, trieNode{label: lab[:m], end: -1, long: nodes[c].long, child: c, sib: nodes[c].sib})
			nodes[c].label, nodes[c].sib = lab[m:], -1
			if prev < 0 {
				nodes[n].child = mid
			} else {
				nodes[prev].sib = mid
			}
			c = mid
		}
		n, d = c, d+m
	}
}

// trieBest is the chain walk of everywhere, asked of a long chain's trie
// at s[i:] (whose first 8 bytes are the chain's): the form met at i whose
// match is longest, the first added among those as long, and the match's
// length; best is -1 when none. A match is the whole value (a short or
// all-digit value standing alone as a word), or, for a value 24 bytes or
// longer, its first 16 or more bytes cut at a word boundary, i at one;
// none is longer than lim. walked counts the bytes compared.
func trieBest(nodes []trieNode, root int32, s string, i, lim int) (best int32, bestLen, walked int) {
	best = -1
	wordStart := i == 0 || !isAlnum(s[i-1])
	n, d := root, 8
	for d <= lim {
		// the values ending here, and those leaving the path of s here
		cand := int32(-1)
		if x := nodes[n].end; x >= 0 {
			e := i + d
			if !((d < 12 || allDigits(s[i:e])) && (i > 0 && isAlnum(s[i-1]) || e < len(s) && isAlnum(s[e]))) {
				cand = x
			}
		}
		cut := wordStart && d >= 16 && (i+d == len(s) || !isAlnum(s[i+d]))
		w := int32(-1)
		for c := nodes[n].child; c >= 0; c = nodes[c].sib {
			if i+d < len(s) && nodes[c].label[0] == s[i+d] {
				w = c
				continue
			}
			if l := nodes[c].long; cut && l >= 0 && (cand < 0 || l < cand) {
				cand = l
			}
		}
		if cand >= 0 {
			best, bestLen = cand, d
		}
		if w < 0 {
			break
		}
		lab := nodes[w].label
		m := 1
		for m < len(lab) && i+d+m < len(s) && lab[m] == s[i+d+m] {
			m++
		}
		walked += m
		if m < len(lab) {
			// s leaves the edge inside it (or ends there): every value
			// below shares its first d+m bytes
			c := d + m
			if l := nodes[w].long; l >= 0 && c <= lim && wordStart && c >= 16 && (i+c == len(s) || !isAlnum(s[i+c])) {
				best, bestLen = l, c
			}
			break
		}
		n, d = w, d+m
	}
	return best, bestLen, walked + 8
}

// pack8 packs the first 8 bytes of s (at least 8 long) into a word: the
// key of everywhere's chains.
func pack8(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// b64Encode writes the standard base64 (padded) of v into dst, which is
// base64.StdEncoding.EncodedLen(len(v)) long: EncodeToString without the
// copies of v and of the answer.
func b64Encode(dst []byte, v string) {
	const enc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	d := 0
	i := 0
	for ; i+3 <= len(v); i += 3 {
		x := uint(v[i])<<16 | uint(v[i+1])<<8 | uint(v[i+2])
		dst[d], dst[d+1], dst[d+2], dst[d+3] = enc[x>>18&63], enc[x>>12&63], enc[x>>6&63], enc[x&63]
		d += 4
	}
	switch len(v) - i {
	case 1:
		x := uint(v[i]) << 16
		dst[d], dst[d+1], dst[d+2], dst[d+3] = enc[x>>18&63], enc[x>>12&63], '=', '='
	case 2:
		x := uint(v[i])<<16 | uint(v[i+1])<<8
		dst[d], dst[d+1], dst[d+2], dst[d+3] = enc[x>>18&63], enc[x>>12&63], enc[x>>6&63], '='
	}
}

// chainTable maps the first 8 bytes of a form (packed) to its chain in
// everywhere: open addressing, linear probing, at most half full.
type chainTable struct {
	keys  []uint64
	heads []int32 // the chain's first form + 1; 0 is an empty slot
	n     int     // keys held
	shift uint
}

// init sizes the table for n keys.
func (t *chainTable) init(n int) {
	size, shift := 16, uint(60)
	for size < 2*n {
		size <<= 1
		shift--
	}
	t.keys = make([]uint64, size)
	t.heads = make([]int32, size)
	t.n = 0
	t.shift = shift
}

// slot returns the slot holding k, or the empty slot where k goes.
func (t *chainTable) slot(k uint64) int {
	mask := len(t.keys) - 1
	for x := int((k * 0x9E3779B97F4A7C15) >> t.shift); ; x = (x + 1) & mask {
		if t.heads[x] == 0 || t.keys[x] == k {
			return x
		}
	}
}

// put stores k with its chain's first form x in the empty slot at, which
// slot(k) returned; the table doubles when it would be more than half full.
func (t *chainTable) put(at int, k uint64, x int32) {
	if 2*(t.n+1) > len(t.keys) {
		keys, heads := t.keys, t.heads
		t.init(len(keys))
		for y, h := range heads {
			if h != 0 {
				t.put(t.slot(keys[y]), keys[y], h-1)
			}
		}
		at = t.slot(k)
	}
	t.keys[at] = k
	t.heads[at] = x + 1
	t.n++
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
