package redact

import (
	"encoding/base32"
	"fmt"
	"strings"
	"sync"
)

// credentialPrefixes are the key-ID prefixes of real credentials.
var credentialPrefixes = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"AKIA": "long-term access key",
		"ASIA": "temporary (STS) access key",
		"ABIA": "STS service bearer token key",
		"ACCA": "context-specific credential",
	}
})

// uniquePrefixes are IAM unique-ID prefixes: identifiers, not credentials.
var uniquePrefixes = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"AIDA": "IAM user", "AROA": "IAM role", "AGPA": "IAM group",
		"AIPA": "EC2 instance profile", "ANPA": "managed policy",
		"ANVA": "managed policy version", "APKA": "public key", "ASCA": "certificate",
	}
})

func isCredentialPrefix(p string) bool {
	if len(p) != 4 {
		return false
	}
	if _, ok := credentialPrefixes()[p]; ok {
		return true
	}
	return p[:3] == "A3T" && (p[3] >= 'A' && p[3] <= 'Z' || p[3] >= '0' && p[3] <= '9')
}

// exampleValues are AWS's documentation example credentials (exact values).
var exampleValues = sync.OnceValue(func() map[string]bool {
	return map[string]bool{
		"AKIAIOSFODNN7EXAMPLE":                     true,
		"ASIAIOSFODNN7EXAMPLE":                     true,
		"AKIAI44QH8DHBEXAMPLE":                     true,
		"ASIAI44QH8DHBEXAMPLE":                     true,
		"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY": true,
		"je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY": true,
	}
})

// keyIDAt reports the length of an access key ID or unique ID starting at
// s[i] (which the caller found at a token boundary), its kind, and 0 when
// there is none. Credential prefixes accept 12 to 124 body characters (hand
// shortened keys, STS's 16-128 promise); unique IDs need at least 16.
func keyIDAt(s string, i int) (n int, kind string) {
	if i+16 > len(s) {
		return 0, ""
	}
	p := s[i : i+4]
	min := 12
	kind = KindAccessKeyID
	if !isCredentialPrefix(p) {
		if _, ok := uniquePrefixes()[p]; !ok {
			return 0, ""
		}
		kind, min = KindUniqueID, 16
	}
	j := i + 4
	for j < len(s) && j-i < 128 && (s[j] >= 'A' && s[j] <= 'Z' || s[j] >= '0' && s[j] <= '9') {
		j++
	}
	if j-i-4 < min {
		return 0, ""
	}
	if j < len(s) && isAlnum(s[j]) {
		return 0, ""
	}
	// A3T words such as A3TESTINGSOMETHINGLONG are rare but uppercase
	// prose of 16+ letters is not a key: require a digit or a base32
	// digit somewhere in the body.
	digits := false
	for k := i + 4; k < j; k++ {
		if s[k] >= '0' && s[k] <= '9' {
			digits = true
			break
		}
	}
	if !digits && j-i-4 > 20 {
		return 0, ""
	}
	return j - i, kind
}

var b32 = base32.StdEncoding.WithPadding(base32.NoPadding)

// accountFromKeyID decodes the account ID embedded in a new-generation key
// ID (aws-secret-shapes.md §1.2). It is a hint, not proof.
func accountFromKeyID(id string) (string, bool) {
	if len(id) < 20 {
		return "", false
	}
	b, err := b32.DecodeString(id[4:20])
	if err != nil || len(b) < 6 {
		return "", false
	}
	z := uint64(b[0])<<40 | uint64(b[1])<<32 | uint64(b[2])<<24 | uint64(b[3])<<16 | uint64(b[4])<<8 | uint64(b[5])
	if z>>47 == 0 {
		return "", false
	}
	return fmt.Sprintf("%012d", (z&0x7FFFFFFFFF80)>>7), true
}

// tokenMarker reports the stable base64 prefixes of STS session tokens.
func tokenMarker(v string) bool {
	head := v
	if len(head) > 20 {
		head = head[:20]
	}
	return strings.Contains(head, "YXdz") || strings.Contains(v, "Jb3JpZ2luX2Vj") || strings.HasPrefix(v, "AQoEXAMPLE")
}

// pemAt redacts the body of a PEM private key whose header starts at s[i].
func pemAt(s string, i int) (hit, bool) {
	lim := i + 100
	if lim > len(s) {
		lim = len(s)
	}
	h := strings.Index(s[i+10:lim], "-----")
	if h < 0 || !strings.Contains(s[i:i+10+h], "PRIVATE KEY") {
		return hit{}, false
	}
	b := i + 10 + h + 5
	// A body that is one placeholder is a key redacted before: skip it
	// whole, as the first redaction skipped its header, even when no END
	// line follows (the plain body scan below stops at the '_').
	if p, q := placeholderAfterBlanks(s, b); q > p {
		return hit{start: p, end: q, kind: KindPrivateKey, val: s[p:q]}, true // skipped by add
	}
	end := len(s)
	if end-b > 1<<16 {
		end = b + 1<<16
	}
	e := strings.Index(s[b:end], "-----END")
	if e >= 0 {
		e += b
	} else {
		e = b
		for e < end && (isB64(s[e]) || s[e] == '\n' || s[e] == '\r' || s[e] == ' ' || s[e] == '\\' || s[e] == ':' || s[e] == '-' || s[e] == ',') {
			e++
		}
	}
	// trim blanks and literal \n around the body
	for b < e && (s[b] == '\n' || s[b] == '\r' || s[b] == ' ' || s[b] == '\\' && b+1 < e && s[b+1] == 'n') {
		if s[b] == '\\' {
			b++
		}
		b++
	}
	for e > b && (s[e-1] == '\n' || s[e-1] == '\r' || s[e-1] == ' ' || s[e-1] == 'n' && e-2 >= b && s[e-2] == '\\') {
		if s[e-1] == 'n' {
			e--
		}
		e--
	}
	if IsPlaceholder(s[b:e]) {
		return hit{start: b, end: e, kind: KindPrivateKey, val: s[b:e]}, true // skipped by add
	}
	// A body that already holds another placeholder (a short body whose
	// text another detector replaced) is no key body: taking it now would
	// make a second redaction differ from the first.
	if e-b < 16 || hasPlaceholder(s[b:e]) {
		return hit{}, false
	}
	val := strings.NewReplacer("\n", "", "\r", "", " ", "", `\n`, "").Replace(s[b:e])
	return hit{start: b, end: e, kind: KindPrivateKey, val: val}, true
}

// placeholderAfterBlanks returns the bounds of the placeholder that starts
// at s[b] after blanks and literal \n, or q == p when there is none.
func placeholderAfterBlanks(s string, b int) (p, q int) {
	p = b
	for p < len(s) && (s[p] == '\n' || s[p] == '\r' || s[p] == ' ' || s[p] == '\\' && p+1 < len(s) && s[p+1] == 'n') {
		if s[p] == '\\' {
			p++
		}
		p++
	}
	q = p
	for q < len(s) && q-p < 64 && (isAlnum(s[q]) || s[q] == '_' || s[q] == '-') {
		q++
	}
	if q == p || !IsPlaceholder(s[p:q]) {
		return p, p
	}
	return p, q
}
