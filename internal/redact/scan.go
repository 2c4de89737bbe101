package redact

import (
	"sort"
	"strings"
)

// hit is one span of a segment to replace.
type hit struct {
	_          [0]func() // not comparable: no generated equality function in the wasm
	start, end int
	kind       string
	val        string  // the normalised secret: the placeholder key
	note       string  // what the placeholder still tells (a shape's name)
	store      string  // the S3-compatible store a key belongs to (gcs-hmac, spaces, b2 …)
	hex        *hexSeg // set for a hex-bytes element to decode, redact and re-encode
}

// state is what one Redact call learns while it scans.
type state struct {
	opts     Options
	known    map[string]string // normalised value -> kind, for values found in context
	hasKey   bool              // the paste carries an access key ID
	buckets  []string          // bucket names and object keys found (RedactBucketNames)
	ph       map[string]string // normalised value -> placeholder
	count    map[string]int
	accounts map[string]bool // account IDs seen in the text
	extra    []hit           // more hits a slot detector found beside the one it returned
	b64depth int             // nesting of base64-wrapped text being read
	// knownLen marks the lengths (below 256) of the keys of known, a filter
	// for isKnown: every write to known goes through add or judge
	knownLen [256]bool
	// knownOrder is known in the order found: everywhere reads it (the
	// map's order is random, and which of two equal forms wins must not be)
	knownOrder []known
	// anchors is the anchor index of the text formatSlots is reading
	// (anchors.go), nil outside it
	anchors *anchorIndex
}

// known is one entry of state.known.
type known struct{ v, kind string }

func (st *state) add(hits []hit, h hit) []hit {
	if h.end <= h.start || h.val == "" || IsPlaceholder(h.val) {
		return hits
	}
	switch h.kind {
	case KindAccessKeyID:
		st.hasKey = true
	case KindAccountID:
		st.accounts[h.val] = true
	case KindBucket, KindObjectKey:
		if hasPlaceholder(h.val) {
			return hits // already redacted material, not a name
		}
		if _, ok := st.known[h.val]; !ok {
			st.buckets = append(st.buckets, h.val)
		}
	}
	if h.kind != "" {
		st.note(h.val, h.kind)
	}
	return append(hits, h)
}

// note records v, of kind, as a value found (st.known), keeping
// st.knownOrder and st.knownLen in step; a value already known keeps its
// first kind.
func (st *state) note(v, kind string) {
	if _, ok := st.known[v]; !ok {
		st.known[v] = kind
		st.knownOrder = append(st.knownOrder, known{v, kind})
		if l := len(v); l < len(st.knownLen) {
			st.knownLen[l] = true
		}
	}
}

// isKnown reports a value found in context so far (a key of st.known),
// asking the map only when a value of that length was found.
func (st *state) isKnown(v string) bool {
	if len(v) < len(st.knownLen) && !st.knownLen[len(v)] {
		return false
	}
	_, ok := st.known[v]
	return ok
}

// sortHits orders hits by start and drops those overlapping an earlier
// (or, at the same start, a longer) one.
func sortHits(hits []hit) []hit {
	if !hitsSorted(hits) {
		sort.SliceStable(hits, func(a, b int) bool { return hitOrder(hits[a], hits[b]) < 0 })
	}
	return dropOverlaps(hits)
}

// hitOrder is the order of sortHits: by start, the longer first.
func hitOrder(a, b hit) int {
	if a.start != b.start {
		return a.start - b.start
	}
	return b.end - a.end
}

// hitsSorted reports hits in hitOrder already (sort.SliceStable is kept
// for the rest: the generic sort's code would add to the wasm).
func hitsSorted(hits []hit) bool {
	for k := 1; k < len(hits); k++ {
		if hitOrder(hits[k], hits[k-1]) < 0 {
			return false
		}
	}
	return true
}

// dropOverlaps keeps, in place, each hit that starts at or after the end
// of the one kept before it.
func dropOverlaps(hits []hit) []hit {
	out := hits[:0]
	last := -1
	for _, h := range hits {
		if h.start < last {
			continue
		}
		out = append(out, h)
		last = h.end
	}
	return out
}

// addDisjoint returns a (sorted, non-overlapping) with the hits of b
// (sorted, non-overlapping) that overlap none of a's: a second reading of
// the same text adds what the first did not find. Where a's hit is only
// the residue's guess (an unknown secret) and b's reading has slots there,
// b's hits replace it: a run that reads as high-entropy only because the
// first reading joined two lines ("…writeFiles" + "<key ID> <key>") is
// not the value the second reading's slot names.
func addDisjoint(a, b []hit) []hit {
	var out []hit
	changed := false
	i := 0
	for k := 0; k < len(a); k++ {
		// b's hits before a[k] that overlap nothing of a are added
		for i < len(b) && b[i].end <= a[k].start {
			if k == 0 || b[i].start >= a[k-1].end {
				out = append(out, b[i])
				changed = true
			}
			i++
		}
		// b's hits overlapping a[k]: they replace it when it is the
		// residue's guess and they are slots inside it
		x := i
		inside, slots := true, false
		for x < len(b) && b[x].start < a[k].end {
			inside = inside && b[x].start >= a[k].start && b[x].end <= a[k].end
			slots = slots || b[x].kind != KindUnknownSecret
			x++
		}
		if x > i && inside && slots && a[k].kind == KindUnknownSecret {
			out = append(out, b[i:x]...)
			changed = true
			i = x
			continue
		}
		out = append(out, a[k])
		for i < x && b[i].end <= a[k].end {
			i++ // (one straddling a[k]'s end may still add after it)
		}
	}
	for ; i < len(b); i++ {
		if len(a) == 0 || b[i].start >= a[len(a)-1].end {
			out = append(out, b[i])
			changed = true
		}
	}
	if !changed {
		return a
	}
	return dropOverlaps(out)
}

// mergeHits is sortHits(a followed by b) in a new slice, without sorting
// when a and b are each in order already (the usual case: b was found
// scanning forward): a stable merge that takes a's hit first on a tie is
// the stable sort of the two together.
func mergeHits(a, b []hit) []hit {
	out := make([]hit, 0, len(a)+len(b))
	if !hitsSorted(a) || !hitsSorted(b) {
		return sortHits(append(append(out, a...), b...))
	}
	for len(a) > 0 && len(b) > 0 {
		if hitOrder(b[0], a[0]) < 0 {
			out = append(out, b[0])
			b = b[1:]
		} else {
			out = append(out, a[0])
			a = a[1:]
		}
	}
	out = append(append(out, a...), b...)
	return dropOverlaps(out)
}

// keyBoundary reports whether a key ID may start at s[k] inside the word
// that starts at s[i]: at the word start, after '_', '-', '.', or right
// after a percent escape or a JSON "\n".
func keyBoundary(s string, i, k int) bool {
	if k == i {
		return true
	}
	p := s[k-1]
	if p == '_' || p == '-' || p == '.' {
		return true
	}
	if k >= 3 && s[k-3] == '%' && isHex(s[k-2]) && isHex(s[k-1]) && (k-3 == i-1 || k-3 >= i && !isAlnum(s[k-4])) {
		return true
	}
	if k >= 5 && s[k-5] == '%' && k-5 == i-1 && s[k-4] == '2' && s[k-3] == '5' && isHex(s[k-2]) && isHex(s[k-1]) {
		return true
	}
	if k == i+1 && i > 0 && s[i-1] == '\\' && (p == 'n' || p == 't' || p == 'r') {
		return true
	}
	return false
}

// keyPlaceholderIn returns the end of the first access key ID or unique ID
// placeholder that starts at a key boundary in the word s[i:j] and is not
// the whole word, or 0.
func keyPlaceholderIn(s string, i, j int) int {
	if strings.IndexByte(s[i:j], '_') < 0 { // every key ID placeholder has one
		return 0
	}
	for k := i; k < j; k++ {
		if s[k] != 'A' {
			x := strings.IndexByte(s[k:j], 'A') // the next 'A'
			if x < 0 {
				return 0
			}
			k += x
		}
		if !keyBoundary(s, i, k) {
			continue
		}
		q := k
		for q < j && (isAlnum(s[q]) || s[q] == '_') {
			q++
		}
		if q == j && k == i {
			return 0
		}
		if kind, ok := PlaceholderKind(s[k:q]); ok && (kind == KindAccessKeyID || kind == KindUniqueID) {
			return q
		}
	}
	return 0
}

// scan1 finds what context identifies: key IDs, labelled values, ARNs,
// URL passwords, PEM keys, bearer tokens, hex-bytes elements and (with the
// option) bucket names and object keys. It returns sorted, non-overlapping
// hits.
func (st *state) scan1(s string) []hit {
	var hits []hit
	n := len(s)
	for i := 0; i < n; {
		c := s[i]
		if class[c]&cWord == 0 { // !isWord(c), written out: every byte passes here
			switch c {
			case ':':
				if i+3 <= n && s[i+1] == '/' && s[i+2] == '/' {
					hits = st.userinfo(s, i+3, hits)
				}
			case '<':
				if h, ok := st.hexElem(s, i); ok {
					hits = append(hits, h)
					i = h.end
					continue
				}
				if i+3 < n && s[i+1] == 't' && s[i+2] == 'r' && (s[i+3] == '>' || s[i+3] == ' ') {
					if _, ok := st.htmlRow(s, i); ok {
						for _, x := range st.extra {
							hits = st.add(hits, x)
						}
						st.extra = st.extra[:0]
					}
				}
			}
			i++
			continue
		}
		j := i + 1
		for j < n && class[s[j]]&cWord != 0 {
			j++
		}
		next := j
		// A key ID placeholder inside the word was a key ID redacted
		// before: resume after it, as the first pass resumed after the key
		// (so "AKIA_KEY_1.key" is not read as the label "….key").
		// (the shortest, AROA_ID_1, is 9 long and must not be the word)
		if j-i >= 10 {
			if q := keyPlaceholderIn(s, i, j); q > 0 {
				next = q
			}
		}
		// layer 2: a known shape starting the word
		if next == j && i+1 < n && shapeStart[int(c)<<2|int(s[i+1]>>6)]&(1<<(s[i+1]&63)) != 0 {
			if h, ok := shapeAt(s, i); ok {
				hits = st.add(hits, h)
				i = h.end
				continue
			}
		}
		// key IDs anywhere in the word at a boundary
		for k := i; k+16 <= j; k++ {
			if s[k] != 'A' {
				// jump to the next 'A' that can start one
				x := strings.IndexByte(s[k:j-15], 'A')
				if x < 0 {
					break
				}
				k += x
			}
			if !keyBoundary(s, i, k) {
				continue
			}
			m, kind := keyIDAt(s, k)
			if m == 0 {
				continue
			}
			hits = st.add(hits, hit{start: k, end: k + m, kind: kind, val: s[k : k+m]})
			next = k + m
			if next < n && s[next] == ':' {
				if e, v := b64Run(s, next+1); e > next+1 && (e >= n || !isAlnum(s[e]) && s[e] != '_') {
					switch {
					case len(v) == 40:
						hits = st.add(hits, hit{start: next + 1, end: e, kind: KindSecretAccessKey, val: v})
						next = e
					case len(v) >= 20 && k >= 4 && s[k-4:k] == "AWS ":
						hits = st.add(hits, hit{start: next + 1, end: e, kind: KindSignature, val: v})
						next = e
					}
				}
			}
			break
		}
		if next != j {
			i = next
			continue
		}
		w := s[i:j]
		switch {
		case c == '-' && strings.HasPrefix(w, "-----BEGIN"):
			if h, ok := pemAt(s, i); ok {
				hits = st.add(hits, h)
				i = h.end
				continue
			}
		case (c == 'B' || c == 'b') && (w == "Bearer" || w == "bearer" || w == "BEARER" || w == "Basic" || w == "basic"):
			if h, ok := bearerAt(s, j, w); ok {
				hits = st.add(hits, h)
				i = h.end
				continue
			}
		case c == 'a' && w == "arn":
			var end int
			if hits, end = st.arn(s, j, hits); end > 0 {
				i = end
				continue
			}
		}
		if st.opts.RedactBucketNames {
			if hs, end := st.s3Location(s, i, j); end > 0 {
				for _, h := range hs {
					hits = st.add(hits, h)
				}
				i = end
				continue
			}
		}
		if !slotCandidate(s, i, j) {
			i = j
			continue
		}
		if h, ok := st.slot(s, i, j); ok {
			hits = st.add(hits, h)
			for _, x := range st.extra {
				hits = st.add(hits, x)
			}
			st.extra = st.extra[:0]
			i = h.end
			continue
		}
		i = j
	}
	hits = append(hits, st.tables(s)...)
	for _, k := range st.opts.Known {
		hits = st.knownAnywhere(s, k, hits)
	}
	return sortHits(hits)
}

// knownAnywhere adds every occurrence of a caller-supplied secret, raw or
// percent-encoded.
func (st *state) knownAnywhere(s, k string, hits []hit) []hit {
	if len(k) < 4 {
		return hits
	}
	forms := []string{k}
	if enc := pctEncode(k); enc != k {
		forms = append(forms, enc, strings.ReplaceAll(enc, "%", "%25"))
	}
	for _, f := range forms {
		for off := 0; ; {
			x := strings.Index(s[off:], f)
			if x < 0 {
				break
			}
			hits = st.add(hits, hit{start: off + x, end: off + x + len(f), kind: KindSecretAccessKey, val: k})
			off += x + len(f)
		}
	}
	return hits
}

func pctEncode(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '+':
			b.WriteString("%2B")
		case '/':
			b.WriteString("%2F")
		case '=':
			b.WriteString("%3D")
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
