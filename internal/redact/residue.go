package redact

import "strings"

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
