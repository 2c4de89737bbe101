package redact

import "strings"

// s3Location reads bucket names and object keys (RedactBucketNames) in the
// word s[i:j]: s3://bucket/key, virtual-hosted bucket.s3….amazonaws.com/key
// and path-style s3….amazonaws.com/bucket/key. It returns the hits and the
// end of what it consumed, or end 0.
func (st *state) s3Location(s string, i, j int) ([]hit, int) {
	w := s[i:j]
	var hits []hit
	if w == "s3" && strings.HasPrefix(s[j:], "://") {
		b := j + 3
		e := b
		for e < len(s) && e-b < 64 && (isAlnum(s[e]) || s[e] == '.' || s[e] == '-' || s[e] == '_') {
			e++
		}
		if e-b < 3 || e-b > 63 || hasPlaceholder(s[b:e]) {
			return nil, 0
		}
		hits = append(hits, hit{start: b, end: e, kind: KindBucket, val: s[b:e]})
		if e < len(s) && s[e] == '/' {
			if ke := keyEnd(s, e+1); ke > e+1 {
				hits = append(hits, hit{start: e + 1, end: ke, kind: KindObjectKey, val: s[e+1 : ke]})
				e = ke
			}
		}
		return hits, e
	}
	if !strings.Contains(w, "amazonaws.com") {
		return nil, 0
	}
	// A placeholder inside the host's other labels replaced a value the
	// first pass read as something else ("000.s3.SESSION_TOKEN_1.amazonaws.com"
	// was "000.s3.<token with a '+'>…", not a host): not a location.
	if x := strings.Index(w, ".s3"); x > 0 && hasPlaceholder(w[x:]) {
		return nil, 0
	}
	e := j
	if j+1 < len(s) && s[j] == ':' && isDigit(s[j+1]) { // port
		p := j + 1
		for p < len(s) && isDigit(s[p]) {
			p++
		}
		// Digits glued to more of a host name are not a port but the start
		// of the next word ("…amazonaws.com:0000.s3.amazonaws.com"), which
		// the scan must still read.
		if p == len(s) || !isAlnum(s[p]) && s[p] != '.' && s[p] != '-' && s[p] != '_' {
			e = p
		}
	}
	if strings.HasPrefix(w, "s3.") || strings.HasPrefix(w, "s3-") {
		// path style: host/bucket/key
		if e >= len(s) || s[e] != '/' {
			return nil, 0
		}
		b := e + 1
		be := b
		for be < len(s) && be-b < 64 && (isAlnum(s[be]) || s[be] == '.' || s[be] == '-' || s[be] == '_') {
			be++
		}
		if be-b < 3 || be-b > 63 || hasPlaceholder(s[b:be]) {
			return nil, 0
		}
		hits = append(hits, hit{start: b, end: be, kind: KindBucket, val: s[b:be]})
		if be < len(s) && s[be] == '/' {
			if ke := keyEnd(s, be+1); ke > be+1 {
				hits = append(hits, hit{start: be + 1, end: ke, kind: KindObjectKey, val: s[be+1 : ke]})
				be = ke
			}
		}
		return hits, be
	}
	x := strings.Index(w, ".s3.")
	if x < 0 {
		x = strings.Index(w, ".s3-")
	}
	if x < 3 || x > 63 || !isAlnum(w[0]) || i > 0 && (isAlnum(s[i-1]) || s[i-1] == '_') {
		return nil, 0
	}
	if hasPlaceholder(w[:x]) {
		return nil, e // an already redacted location, port included as on the first pass
	}
	hits = append(hits, hit{start: i, end: i + x, kind: KindBucket, val: w[:x]})
	if e < len(s) && s[e] == '/' {
		if ke := keyEnd(s, e+1); ke > e+1 {
			hits = append(hits, hit{start: e + 1, end: ke, kind: KindObjectKey, val: s[e+1 : ke]})
			e = ke
		}
	}
	return hits, e
}
