package redact

// Byte classes used by the hand-written scanners.
const (
	cAlnum = 1 << iota
	cWord  // alnum, '_', '-', '.'
	cB64   // alnum, '+', '/', '='
	cHex
	cDigit
	cB64Letter // alnum, '+', '/': cB64 without the padding
)

var class [256]uint8

func init() {
	for c := 0; c < 256; c++ {
		var k uint8
		switch {
		case c >= '0' && c <= '9':
			k = cAlnum | cWord | cB64 | cHex | cDigit | cB64Letter
		case c >= 'a' && c <= 'f', c >= 'A' && c <= 'F':
			k = cAlnum | cWord | cB64 | cHex | cB64Letter
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
			k = cAlnum | cWord | cB64 | cB64Letter
		case c == '_' || c == '-' || c == '.':
			k = cWord
		case c == '+' || c == '/':
			k = cB64 | cB64Letter
		case c == '=':
			k = cB64
		}
		class[c] = k
	}
}

// The wasm build does not inline (-gcflags=all=-l): the loops every byte
// of a paste passes through test class[c] themselves rather than call these.
func isAlnum(c byte) bool { return class[c]&cAlnum != 0 }
func isWord(c byte) bool  { return class[c]&cWord != 0 }
func isB64(c byte) bool   { return class[c]&cB64 != 0 }
func isHex(c byte) bool   { return class[c]&cHex != 0 }
func isDigit(c byte) bool { return class[c]&cDigit != 0 }

func lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}

// hasPrefixFold reports whether s[i:] starts with p, ASCII case-insensitively
// (p is lower case).
func hasPrefixFold(s string, i int, p string) bool {
	if len(s)-i < len(p) {
		return false
	}
	for k := 0; k < len(p); k++ {
		if lower(s[i+k]) != p[k] {
			return false
		}
	}
	return true
}

// escAt reports a percent escape (single or double encoded) or JSON "\/"
// for one of the base64 punctuation characters at s[i]: its length and the
// character it stands for.
func escAt(s string, i int) (int, byte) {
	if i >= len(s) {
		return 0, 0
	}
	switch s[i] {
	case '%':
		j := i + 1
		if hasPrefixFold(s, j, "25") && j+4 <= len(s) {
			if c := pctB64(s[j+2], s[j+3]); c != 0 {
				return 5, c
			}
		}
		if j+2 <= len(s) {
			if c := pctB64(s[j], s[j+1]); c != 0 {
				return 3, c
			}
		}
	case '\\':
		if i+1 < len(s) && s[i+1] == '/' {
			return 2, '/'
		}
	}
	return 0, 0
}

func pctB64(a, b byte) byte {
	switch {
	case a == '2' && (b == 'B' || b == 'b'):
		return '+'
	case a == '2' && (b == 'F' || b == 'f'):
		return '/'
	case a == '3' && (b == 'D' || b == 'd'):
		return '='
	}
	return 0
}

// b64Run reads a run of base64 characters (and escapes of + / =) from s[i]
// and returns its end and decoded value. An '=' ends the run unless it is
// padding (followed by '=' or a non-base64 character).
func b64Run(s string, i int) (end int, val string) {
	j := i
	// fast path: a run of base64 letters without '=' or an escape is its
	// own value (plain text is words of these)
	for j < len(s) && class[s[j]]&cB64Letter != 0 {
		j++
	}
	if j == len(s) || s[j] != '=' && s[j] != '%' && s[j] != '&' && s[j] != '\\' {
		return j, s[i:j]
	}
	var buf []byte
	pad := false
	for j < len(s) {
		c := s[j]
		n := 1
		if !isB64(c) {
			n, c = escAt(s, j)
			if n == 0 {
				break
			}
		}
		if c == '=' && !pad {
			if !padding(s, j+n) {
				break
			}
			pad = true
		} else if c != '=' && pad {
			break
		}
		if n > 1 && buf == nil {
			buf = append(make([]byte, 0, 128), s[i:j]...)
		}
		if buf != nil {
			buf = append(buf, c)
		}
		j += n
	}
	if buf != nil {
		return j, string(buf)
	}
	return j, s[i:j]
}

// padding reports whether the base64 run ends at s[i] or continues only with
// more '='.
func padding(s string, i int) bool {
	for i < len(s) {
		c := s[i]
		n := 1
		if !isB64(c) {
			n, c = escAt(s, i)
			if n == 0 {
				return true
			}
		}
		if c != '=' {
			return false
		}
		i += n
	}
	return true
}

// lastIndexByte is lastIndexByte(s, c), eight bytes at a time:
// the standard library's is a loop over every byte, and the readers look
// back up to 1 KB for a line's start at every label and bracket.
func lastIndexByte(s string, c byte) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	m := uint64(c) * ones
	i := len(s)
	for ; i >= 8; i -= 8 {
		w := s[i-8 : i]
		x := (uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56) ^ m
		if (x-ones)&^x&highs != 0 {
			break // c is one of these eight
		}
	}
	for i > 0 {
		i--
		if s[i] == c {
			return i
		}
	}
	return -1
}

// lastIndexPair is strings.LastIndex(s, string([]byte{c, c})), by
// lastIndexByte from one c to the one before it (strings.LastIndex reads
// every byte, record asks it for a blank line 512 bytes back at each
// secret).
func lastIndexPair(s string, c byte) int {
	for e := len(s); ; {
		x := lastIndexByte(s[:e], c)
		if x < 1 {
			return -1
		}
		if s[x-1] == c {
			return x - 1
		}
		e = x - 1
	}
}
