package redact

import (
	"strconv"
	"strings"
	"sync"

	"github.com/presign-doctor/presign-doctor/internal/table"
)

// Kinds of redacted material, as reported in Redaction.Kind.
const (
	KindAccessKeyID     = "access-key-id"
	KindUniqueID        = "unique-id"
	KindSecretAccessKey = "secret-access-key"
	KindSessionToken    = "session-token"
	KindSignature       = "signature"
	KindAccountID       = "account-id"
	KindPrivateKey      = "private-key"
	KindBearerToken     = "bearer-token"
	KindPassword        = "password"
	KindCredential      = "credential"
	KindBucket          = "bucket"
	KindObjectKey       = "object-key"
	// KindUnknownSecret is the residue layer's kind: a long high-entropy
	// value in no slot and of no known shape (contract.md "unknown-secret").
	KindUnknownSecret = "unknown-secret"
)

// Kinds lists every kind Redact can report, in a stable order.
var Kinds = []string{KindAccessKeyID, KindUniqueID, KindSecretAccessKey, KindSessionToken,
	KindSignature, KindAccountID, KindPrivateKey, KindBearerToken, KindPassword,
	KindCredential, KindBucket, KindObjectKey, KindUnknownSecret}

// stems maps the fixed part of a placeholder to its kind. Key-ID and
// unique-ID placeholders carry their four-letter prefix and are handled
// apart.
var stems = sync.OnceValue(func() map[string]string {
	return table.Pairs(
		"ACCESS_KEY_ID", KindAccessKeyID, // a key ID without a known prefix
		"SECRET_ACCESS_KEY", KindSecretAccessKey,
		"EXAMPLE_SECRET_ACCESS_KEY", KindSecretAccessKey,
		"SESSION_TOKEN", KindSessionToken,
		"SIGNATURE", KindSignature,
		"ACCOUNT", KindAccountID,
		"PRIVATE_KEY", KindPrivateKey,
		"BEARER_TOKEN", KindBearerToken,
		"PASSWORD", KindPassword,
		"CREDENTIAL", KindCredential,
		"redacted-bucket", KindBucket,
		"redacted-key", KindObjectKey,
		"UNKNOWN_SECRET", KindUnknownSecret,
	)
})

// placeholderStem returns the stem of a kind's placeholder (without the
// counter). prefix is the key ID's four-letter prefix for key IDs and
// unique IDs.
func placeholderStem(kind, prefix string, example bool) string {
	switch kind {
	case KindAccessKeyID:
		if example {
			return prefix + "_EXAMPLE_KEY"
		}
		return prefix + "_KEY"
	case KindUniqueID:
		return prefix + "_ID"
	case KindSecretAccessKey:
		if example {
			return "EXAMPLE_SECRET_ACCESS_KEY"
		}
		return "SECRET_ACCESS_KEY"
	case KindBucket:
		return "redacted-bucket"
	case KindObjectKey:
		return "redacted-key"
	}
	return kindStem(kind)
}

// kindStem is the stem of stems() whose kind is kind and that does not
// start with EXAMPLE, or REDACTED: the other kinds' stems, one each.
func kindStem(kind string) string {
	switch kind {
	case KindAccessKeyID:
		return "ACCESS_KEY_ID"
	case KindSecretAccessKey:
		return "SECRET_ACCESS_KEY"
	case KindSessionToken:
		return "SESSION_TOKEN"
	case KindSignature:
		return "SIGNATURE"
	case KindAccountID:
		return "ACCOUNT"
	case KindPrivateKey:
		return "PRIVATE_KEY"
	case KindBearerToken:
		return "BEARER_TOKEN"
	case KindPassword:
		return "PASSWORD"
	case KindCredential:
		return "CREDENTIAL"
	case KindBucket:
		return "redacted-bucket"
	case KindObjectKey:
		return "redacted-key"
	case KindUnknownSecret:
		return "UNKNOWN_SECRET"
	}
	return "REDACTED"
}

// splitPlaceholder splits s into stem and counter ("ASIA_KEY", 3).
func splitPlaceholder(s string) (stem string, n int, ok bool) {
	if len(s) < 6 || !isDigit(s[len(s)-1]) {
		return "", 0, false
	}
	i := len(s) - 1
	for i > 0 && isDigit(s[i]) {
		i--
	}
	if s[i] != '_' && s[i] != '-' {
		return "", 0, false
	}
	if i <= 0 || i == len(s)-1 {
		return "", 0, false
	}
	// the counter is s[i+1:], all digits: a positive int unless all zeros
	// or too long for one (strconv.Atoi's range error)
	if len(s)-i-1 > 18 {
		n, err := strconv.Atoi(s[i+1:])
		if err != nil || n <= 0 {
			return "", 0, false
		}
		return s[:i], n, true
	}
	for j := i + 1; j < len(s); j++ {
		n = n*10 + int(s[j]-'0')
	}
	if n <= 0 {
		return "", 0, false
	}
	return s[:i], n, true
}

// stemKind is stems() as a switch: the lookup of PlaceholderKind, which
// every scan asks at each word that ends in digits (no hashing, no map).
func stemKind(stem string) (string, bool) {
	switch stem {
	case "ACCESS_KEY_ID":
		return KindAccessKeyID, true
	case "SECRET_ACCESS_KEY", "EXAMPLE_SECRET_ACCESS_KEY":
		return KindSecretAccessKey, true
	case "SESSION_TOKEN":
		return KindSessionToken, true
	case "SIGNATURE":
		return KindSignature, true
	case "ACCOUNT":
		return KindAccountID, true
	case "PRIVATE_KEY":
		return KindPrivateKey, true
	case "BEARER_TOKEN":
		return KindBearerToken, true
	case "PASSWORD":
		return KindPassword, true
	case "CREDENTIAL":
		return KindCredential, true
	case "redacted-bucket":
		return KindBucket, true
	case "redacted-key":
		return KindObjectKey, true
	case "UNKNOWN_SECRET":
		return KindUnknownSecret, true
	}
	return "", false
}

func isUpperAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// PlaceholderKind reports the kind of a placeholder produced by Redact
// ("ASIA_KEY_1" is an access-key-id), and false when s is not one.
func PlaceholderKind(s string) (string, bool) {
	// every placeholder starts with the first letter of a stem or 'A' (a
	// key ID's prefix) and ends with a digit
	if len(s) < 6 || !placeholderHead[s[0]] || !isDigit(s[len(s)-1]) {
		return "", false
	}
	stem, _, ok := splitPlaceholder(s)
	if !ok {
		return "", false
	}
	if k, ok := stemKind(stem); ok {
		if (k == KindBucket || k == KindObjectKey) != (s[len(stem)] == '-') {
			return "", false
		}
		return k, true
	}
	if s[len(stem)] != '_' || len(stem) < 7 || !isUpperAlnum(stem[:4]) || stem[0] != 'A' {
		return "", false
	}
	switch stem[4:] {
	case "_KEY", "_EXAMPLE_KEY":
		if isCredentialPrefix(stem[:4]) {
			return KindAccessKeyID, true
		}
	case "_ID":
		if _, ok := uniquePrefixes()[stem[:4]]; ok {
			return KindUniqueID, true
		}
	}
	return "", false
}

// placeholderHead marks the bytes a placeholder can start with: the first
// letters of stems() and 'A' (key and unique IDs).
var placeholderHead = [256]bool{'A': true, 'B': true, 'C': true, 'E': true, 'P': true, 'S': true, 'U': true, 'r': true}

// IsPlaceholder reports whether s is exactly one placeholder produced by
// Redact.
func IsPlaceholder(s string) bool {
	_, ok := PlaceholderKind(s)
	return ok
}

// KeyIDPrefix returns the four-letter prefix ("AKIA", "ASIA", "AROA", ...)
// of an access key ID or unique ID, whether s is the real value or its
// placeholder, and "" when s is neither.
func KeyIDPrefix(s string) string {
	if k, ok := PlaceholderKind(s); ok {
		if (k == KindAccessKeyID || k == KindUniqueID) && !strings.HasPrefix(s, "ACCESS_KEY_ID") {
			return s[:4]
		}
		return ""
	}
	if len(s) >= 16 && isUpperAlnum(s) && (isCredentialPrefix(s[:4]) || uniquePrefixes()[s[:4]] != "") {
		return s[:4]
	}
	return ""
}

// IsTemporaryKeyID reports whether s (a key ID or its placeholder) is a
// temporary STS key (prefix ASIA), which needs a session token.
func IsTemporaryKeyID(s string) bool { return KeyIDPrefix(s) == "ASIA" }

// IsLongTermKeyID reports whether s (a key ID or its placeholder) is a
// long-term IAM user key (prefix AKIA).
func IsLongTermKeyID(s string) bool { return KeyIDPrefix(s) == "AKIA" }

// IsExamplePlaceholder reports whether s is the placeholder of one of AWS's
// documentation example keys.
func IsExamplePlaceholder(s string) bool {
	return IsPlaceholder(s) && strings.Contains(s, "EXAMPLE_")
}

// placeholderEnd returns the end of a placeholder whose counter starts at
// s[i] (right after its '_' or '-'), or i.
func placeholderEnd(s string, i int) int {
	te := i
	for te < len(s) && isDigit(s[te]) {
		te++
	}
	if te == i && (i == 0 || class[s[i-1]]&cDigit == 0) {
		// no counter starts here: a placeholder ending at i would end
		// with s[i-1] (the '_' or '-' before s[i]), and every one ends
		// with a digit
		return i
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
	if a >= len(s) || !placeholderHead[s[a]] {
		return 0 // no placeholder starts with this byte
	}
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
