package redact

import (
	"encoding/base32"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/presign-doctor/presign-doctor/internal/table"
)

// credentialPrefixes are the key-ID prefixes of real credentials.
var credentialPrefixes = sync.OnceValue(func() map[string]string {
	return table.Pairs(
		"AKIA", "long-term access key",
		"ASIA", "temporary (STS) access key",
		"ABIA", "STS service bearer token key",
		"ACCA", "context-specific credential",
	)
})

// uniquePrefixes are IAM unique-ID prefixes: identifiers, not credentials.
var uniquePrefixes = sync.OnceValue(func() map[string]string {
	return table.Pairs(
		"AIDA", "IAM user", "AROA", "IAM role", "AGPA", "IAM group",
		"AIPA", "EC2 instance profile", "ANPA", "managed policy",
		"ANVA", "managed policy version", "APKA", "public key", "ASCA", "certificate",
	)
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
	return table.Set(
		"AKIAIOSFODNN7EXAMPLE",
		"ASIAIOSFODNN7EXAMPLE",
		"AKIAI44QH8DHBEXAMPLE",
		"ASIAI44QH8DHBEXAMPLE",
		"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
		"je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
	)
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

// Layer 2: shapes. A value of a known shape is a secret wherever it
// stands. Each entry carries examples that must match (tp) and near misses
// that must not (fp), gitleaks-style; shapes_test.go runs them all. AWS
// key IDs (keyIDAt, every documented prefix) and PEM private keys (pemAt,
// also JSON-escaped: the decoded view turns \n into line breaks) are read
// by the word scan itself and listed here for their examples.
//
// Shapes with no prefix (R2's 32-hex key IDs and 64-hex secrets, MinIO and
// Garage keys, Azure account keys) cannot be told from hashes: the slot
// layer takes them.
type shape struct {
	id     string // gitleaks rule id where there is one
	prefix string
	body   string // the characters after the prefix
	min    int    // body length bounds
	max    int
	kind   string
	store  string // for S3-compatible access keys
	note   string // what the placeholder still tells
	tp, fp []string
}

const (
	csUpper   = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	csAlnum   = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	csURLSafe = csAlnum + "_-"
	csHex     = "0123456789abcdef"
	csB64     = csAlnum + "+/"
)

// shapes is the table. Examples are made up in the documented formats.
var shapes = []shape{
	{id: "gcp-hmac-access-id", prefix: "GOOG1", body: csUpper, min: 20, max: 70, kind: KindAccessKeyID, store: "gcs-hmac",
		note: "access key ID of an S3-compatible store (Google Cloud Storage HMAC key)",
		tp:   []string{"GOOG1EKQ2Q7XD3JZXB5M7ZUSYEFAKEEXAMPLEID2XUHJNNJMBTDB6PF3Z5N"}, fp: []string{"GOOG1", "GOOGLE_APPLICATION_CREDENTIALS"}},
	{id: "gcp-hmac-sa-access-id", prefix: "GOOG", body: csUpper, min: 20, max: 70, kind: KindAccessKeyID, store: "gcs-hmac",
		note: "access key ID of an S3-compatible store (Google Cloud Storage HMAC key)",
		tp:   []string{"GOOGTS7C7FUP3AIRVJTE2BCD"}, fp: []string{"GOOGLE", "GOOGLEAPIS"}},
	{id: "digitalocean-spaces-key", prefix: "DO00", body: csUpper, min: 16, max: 40, kind: KindAccessKeyID, store: "spaces",
		note: "access key ID of an S3-compatible store (DigitalOcean Spaces)",
		tp:   []string{"DO00QWERTYUIOPASDFGH"}, fp: []string{"DO00", "DO00NOTLONG"}},
	{id: "digitalocean-spaces-key", prefix: "DO80", body: csUpper, min: 16, max: 40, kind: KindAccessKeyID, store: "spaces",
		note: "access key ID of an S3-compatible store (DigitalOcean Spaces)",
		tp:   []string{"DO801XRQ8VZ7YEXAMPLE"}, fp: []string{"DO80"}},
	{id: "scaleway-access-key", prefix: "SCW", body: csUpper, min: 17, max: 17, kind: KindAccessKeyID, store: "scaleway",
		note: "access key ID of an S3-compatible store (Scaleway Object Storage)",
		tp:   []string{"SCWQ7V2M9K4TR8XN3BZP"}, fp: []string{"SCW", "SCWSHORT", "SCW_SECRET_KEY"}},
	// Garage: "GK" + 24 lowercase hex (garage key create / key info:
	// "Key ID: GK3515373e4c851ebaad366558", deuxfleurs-org/garage
	// doc/book/src/quick-start/_index.md); a word boundary on both sides
	{id: "garage-access-key", prefix: "GK", body: csHex, min: 24, max: 24, kind: KindAccessKeyID, store: "garage",
		note: "access key ID of an S3-compatible store (Garage)",
		tp:   []string{"GK3515373e4c851ebaad366558"}, fp: []string{"GK3515373e4c851ebaad36655", "GKE", "GK3515373e4c851ebaad366558ff", "GKABCDEF"}},
	{id: "digitalocean-pat", prefix: "dop_v1_", body: csHex, min: 64, max: 64, kind: KindCredential, note: "DigitalOcean personal access token",
		tp: []string{"dop_v1_" + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"}, fp: []string{"dop_v1_short"}},
	{id: "digitalocean-access-token", prefix: "doo_v1_", body: csHex, min: 64, max: 64, kind: KindCredential, note: "DigitalOcean OAuth token",
		tp: []string{"doo_v1_" + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"}},
	{id: "backblaze-b2-application-key", prefix: "K00", body: csB64, min: 27, max: 40, kind: KindSecretAccessKey, store: "b2",
		note: "application key of an S3-compatible store (Backblaze B2)",
		tp:   []string{"K001ZmFrZWFwcGxpY2F0aW9ua2V5MDAwMDA"}, fp: []string{"K001", "K00L"}},
	{id: "github-pat", prefix: "ghp_", body: csAlnum, min: 36, max: 36, kind: KindCredential, note: "GitHub personal access token",
		tp: []string{"ghp_0123456789abcdefghijABCDEFGHIJ012345"}, fp: []string{"ghp_short", "ghp_"}},
	{id: "github-oauth", prefix: "gho_", body: csAlnum, min: 36, max: 36, kind: KindCredential, note: "GitHub OAuth token",
		tp: []string{"gho_0123456789abcdefghijABCDEFGHIJ012345"}},
	{id: "github-app-token", prefix: "ghu_", body: csAlnum, min: 36, max: 36, kind: KindCredential, note: "GitHub user-to-server token",
		tp: []string{"ghu_0123456789abcdefghijABCDEFGHIJ012345"}},
	{id: "github-app-token", prefix: "ghs_", body: csAlnum, min: 36, max: 36, kind: KindCredential, note: "GitHub server-to-server token",
		tp: []string{"ghs_0123456789abcdefghijABCDEFGHIJ012345"}},
	{id: "github-refresh-token", prefix: "ghr_", body: csAlnum, min: 36, max: 76, kind: KindCredential, note: "GitHub refresh token",
		tp: []string{"ghr_0123456789abcdefghijABCDEFGHIJ012345"}},
	{id: "github-fine-grained-pat", prefix: "github_pat_", body: csAlnum + "_", min: 60, max: 100, kind: KindCredential, note: "GitHub fine-grained personal access token",
		tp: []string{"github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ab"}, fp: []string{"github_pat_"}},
	{id: "gitlab-pat", prefix: "glpat-", body: csURLSafe, min: 20, max: 64, kind: KindCredential, note: "GitLab personal access token",
		tp: []string{"glpat-xYz0123456789AbCdEfG"}, fp: []string{"glpat-short"}},
	{id: "gitlab-runner-token", prefix: "glrt-", body: csURLSafe, min: 20, max: 64, kind: KindCredential, note: "GitLab runner token",
		tp: []string{"glrt-t1_xYz0123456789AbCdEfG"}},
	{id: "gitlab-deploy-token", prefix: "gldt-", body: csURLSafe, min: 20, max: 64, kind: KindCredential, note: "GitLab deploy token",
		tp: []string{"gldt-xYz0123456789AbCdEfG"}},
	{id: "slack-bot-token", prefix: "xoxb-", body: csAlnum + "-", min: 20, max: 200, kind: KindCredential, note: "Slack bot token",
		tp: []string{"xoxb-1234567890-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx"}, fp: []string{"xoxb-", "xoxb-short"}},
	{id: "slack-user-token", prefix: "xoxp-", body: csAlnum + "-", min: 20, max: 200, kind: KindCredential, note: "Slack user token",
		tp: []string{"xoxp-1234567890-1234567890-1234567890123-0123456789abcdef0123456789abcdef"}},
	{id: "slack-legacy-token", prefix: "xoxa-", body: csAlnum + "-", min: 20, max: 200, kind: KindCredential, note: "Slack token",
		tp: []string{"xoxa-2-1234567890-AbCdEfGhIjKlMnOpQrStUvWx"}},
	{id: "slack-legacy-token", prefix: "xoxs-", body: csAlnum + "-", min: 20, max: 200, kind: KindCredential, note: "Slack token",
		tp: []string{"xoxs-1234567890-AbCdEfGhIjKlMnOpQrStUvWx"}},
	{id: "slack-config-refresh-token", prefix: "xoxe-", body: csAlnum + "-.", min: 20, max: 300, kind: KindCredential, note: "Slack token",
		tp: []string{"xoxe-1-AbCdEfGhIjKlMnOpQrStUvWx0123456789"}},
	{id: "slack-app-token", prefix: "xapp-", body: csAlnum + "-", min: 20, max: 200, kind: KindCredential, note: "Slack app-level token",
		tp: []string{"xapp-1-A0123456789-0123456789012-abcdef0123456789"}},
	{id: "slack-webhook-url", prefix: "hooks.slack.com/services/", body: csAlnum + "/", min: 20, max: 120, kind: KindCredential, note: "Slack incoming webhook",
		tp: []string{"hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"}},
	{id: "stripe-access-token", prefix: "sk_live_", body: csAlnum, min: 16, max: 247, kind: KindCredential, note: "Stripe secret key",
		tp: []string{"sk_live_0123456789abcdefABCDEFGH"}, fp: []string{"sk_live_", "pk_live_0123456789abcdefABCDEFGH"}},
	{id: "stripe-access-token", prefix: "sk_test_", body: csAlnum, min: 16, max: 247, kind: KindCredential, note: "Stripe secret key (test mode)",
		tp: []string{"sk_test_0123456789abcdefABCDEFGH"}},
	{id: "stripe-access-token", prefix: "rk_live_", body: csAlnum, min: 16, max: 247, kind: KindCredential, note: "Stripe restricted key",
		tp: []string{"rk_live_0123456789abcdefABCDEFGH"}},
	{id: "stripe-access-token", prefix: "rk_test_", body: csAlnum, min: 16, max: 247, kind: KindCredential, note: "Stripe restricted key (test mode)",
		tp: []string{"rk_test_0123456789abcdefABCDEFGH"}},
	{id: "stripe-webhook-secret", prefix: "whsec_", body: csAlnum, min: 24, max: 80, kind: KindCredential, note: "Stripe webhook signing secret",
		tp: []string{"whsec_0123456789abcdefABCDEFGHijklmnop"}},
	{id: "jwt", prefix: "eyJ", body: csURLSafe + ".", min: 30, max: 8192, kind: KindBearerToken, note: "JSON Web Token",
		tp: []string{"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"},
		fp: []string{"eyJhbGciOiJIUzI1NiJ9", "eyJustAWord"}},
	{id: "sendgrid-api-token", prefix: "SG.", body: csURLSafe + ".", min: 60, max: 80, kind: KindCredential, note: "SendGrid API key",
		tp: []string{"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"}, fp: []string{"SG.short"}},
	{id: "mailgun-private-api-token", prefix: "key-", body: csHex, min: 32, max: 32, kind: KindCredential, note: "Mailgun API key",
		tp: []string{"key-0123456789abcdef0123456789abcdef"}, fp: []string{"key-value", "key-0123"}},
	{id: "twilio-api-key", prefix: "SK", body: "0123456789abcdefABCDEF", min: 32, max: 32, kind: KindCredential, note: "Twilio API key",
		tp: []string{"SK0123456789abcdef0123456789abcdef"}, fp: []string{"SKIP", "SK0123"}},
	{id: "openai-api-key", prefix: "sk-proj-", body: csURLSafe, min: 40, max: 200, kind: KindCredential, note: "OpenAI API key",
		tp: []string{"sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCdEfGh"}},
	{id: "anthropic-api-key", prefix: "sk-ant-", body: csURLSafe, min: 40, max: 200, kind: KindCredential, note: "Anthropic API key",
		tp: []string{"sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCdEfGh"}},
	{id: "gcp-api-key", prefix: "AIza", body: csURLSafe, min: 35, max: 35, kind: KindCredential, note: "Google API key",
		tp: []string{"AIzaSyA0123456789abcdefghijklmnopqrstuv"}, fp: []string{"AIzaShort"}},
	{id: "npm-access-token", prefix: "npm_", body: csAlnum, min: 36, max: 36, kind: KindCredential, note: "npm access token",
		tp: []string{"npm_0123456789abcdefghijABCDEFGHIJ012345"}, fp: []string{"npm_config_cache"}},
	{id: "pypi-upload-token", prefix: "pypi-AgEIcHlwaS5vcmc", body: csURLSafe, min: 50, max: 300, kind: KindCredential, note: "PyPI API token",
		tp: []string{"pypi-AgEIcHlwaS5vcmc" + "CDAxMjM0NTY3ODlhYmNkZWYwMTIzNDU2Nzg5YWJjZGVmMDEyMzQ1Njc4OWFiY2RlZg"}},
	{id: "shopify-access-token", prefix: "shpat_", body: "0123456789abcdefABCDEF", min: 32, max: 32, kind: KindCredential, note: "Shopify access token",
		tp: []string{"shpat_0123456789abcdef0123456789abcdef"}},
	{id: "hashicorp-vault-service-token", prefix: "hvs.", body: csURLSafe, min: 24, max: 200, kind: KindCredential, note: "HashiCorp Vault token",
		tp: []string{"hvs.CAESIAbCdEfGhIjKlMnOpQrStUvWxYz0123"}, fp: []string{"hvs.short"}},
	{id: "postman-api-token", prefix: "PMAK-", body: csAlnum + "-", min: 59, max: 59, kind: KindCredential, note: "Postman API key",
		tp: []string{"PMAK-0123456789abcdef01234567-0123456789abcdef0123456789abcdef01"}},
	{id: "age-secret-key", prefix: "AGE-SECRET-KEY-1", body: "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", min: 58, max: 58, kind: KindPrivateKey, note: "age secret key",
		tp: []string{"AGE-SECRET-KEY-1" + "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7LQPZRY9X8GF2TVDW0S3JN54KHCE"}},
	{id: "atlassian-api-token", prefix: "ATATT3", body: csURLSafe + "=", min: 100, max: 300, kind: KindCredential, note: "Atlassian API token",
		tp: []string{"ATATT3" + strings.Repeat("xFfGF0T4mN1pQ2rS3tU4vW5xY6zA7bC8dE9", 4)}},
	// Added for held-out formats (issue 18, h-rprobe): the S3-compatible
	// stores' own key-ID prefixes and the SaaS tokens gitleaks knows
	// (config/gitleaks.toml rule ids) that people keep beside S3 keys.
	{id: "alibaba-access-key-id", prefix: "LTAI", body: csAlnum, min: 12, max: 20, kind: KindAccessKeyID, store: "alibaba-oss",
		note: "access key ID of an S3-compatible store (Alibaba Cloud OSS)",
		tp:   []string{"LTAI5tQx9aBcDeFgHiJkLmNo", "LTAI4Fz7Qw2Ab9Cd8Ef3"}, fp: []string{"LTAI", "LTAIlongwordwithoutdigits"}},
	{id: "tencent-secret-id", prefix: "AKID", body: csAlnum, min: 32, max: 36, kind: KindAccessKeyID, store: "tencent-cos",
		note: "access key ID of an S3-compatible store (Tencent Cloud COS)",
		tp:   []string{"AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE1"}, fp: []string{"AKID", "AKIDshort12"}},
	{id: "yandex-access-key-id", prefix: "YCAJ", body: csURLSafe, min: 20, max: 21, kind: KindAccessKeyID, store: "yandex",
		note: "access key ID of an S3-compatible store (Yandex Object Storage)",
		tp:   []string{"YCAJEK0bz8Hq2lJf3NcDe4XyZ"}, fp: []string{"YCAJ", "YCAJshort"}},
	{id: "exoscale-api-key", prefix: "EXO", body: csHex, min: 24, max: 24, kind: KindAccessKeyID, store: "exoscale",
		note: "access key ID of an S3-compatible store (Exoscale SOS)",
		tp:   []string{"EXO0123456789abcdef01234567"}, fp: []string{"EXOTIC", "EXO0123"}},
	{id: "openai-api-key", prefix: "sk-svcacct-", body: csURLSafe, min: 40, max: 200, kind: KindCredential, note: "OpenAI API key",
		tp: []string{"sk-svcacct-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCdEfGh"}},
	{id: "openai-api-key", prefix: "sk-admin-", body: csURLSafe, min: 40, max: 200, kind: KindCredential, note: "OpenAI admin key",
		tp: []string{"sk-admin-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCdEfGh"}},
	// legacy OpenAI keys: sk-<20>T3BlbkFJ<20> (gitleaks openai-api-key)
	{id: "openai-api-key", prefix: "sk-", body: csAlnum, min: 48, max: 48, kind: KindCredential, note: "OpenAI API key",
		tp: []string{"sk-AbCdEfGhIjKlMnOpQrStT3BlbkFJAbCdEfGhIjKlMnOpQrSt"}, fp: []string{"sk-learn", "sk-AbCdEfGhIjKlMnOpQr"}},
	{id: "new-relic-user-api-key", prefix: "NRAK-", body: csUpper, min: 27, max: 27, kind: KindCredential, note: "New Relic API key",
		tp: []string{"NRAK-ABCDEFGHIJ0123456789ABCDEFG"}, fp: []string{"NRAK-SHORT"}},
	{id: "shopify-shared-secret", prefix: "shpss_", body: "0123456789abcdefABCDEF", min: 32, max: 32, kind: KindCredential, note: "Shopify shared secret",
		tp: []string{"shpss_0123456789abcdef0123456789abcdef"}},
	{id: "shopify-custom-access-token", prefix: "shpca_", body: "0123456789abcdefABCDEF", min: 32, max: 32, kind: KindCredential, note: "Shopify custom app token",
		tp: []string{"shpca_0123456789abcdef0123456789abcdef"}},
	{id: "shopify-private-app-access-token", prefix: "shppa_", body: "0123456789abcdefABCDEF", min: 32, max: 32, kind: KindCredential, note: "Shopify private app token",
		tp: []string{"shppa_0123456789abcdef0123456789abcdef"}},
	{id: "sentry-org-token", prefix: "sntrys_", body: csURLSafe + "=", min: 50, max: 400, kind: KindCredential, note: "Sentry auth token",
		tp: []string{"sntrys_eyJpYXQiOjE3MDUzMjE4MDAsInVybCI6Imh0dHBzOi8vc2VudHJ5LmlvIn0_AbCdEfGhIjKl"}, fp: []string{"sntrys_short"}},
	{id: "sentry-user-token", prefix: "sntryu_", body: csHex, min: 64, max: 64, kind: KindCredential, note: "Sentry user token",
		tp: []string{"sntryu_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"}},
	{id: "huggingface-access-token", prefix: "hf_", body: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", min: 34, max: 34, kind: KindCredential, note: "Hugging Face token",
		tp: []string{"hf_AbCdEfGhIjKlMnOpQrStUvWxYzAbCdEfGh"}, fp: []string{"hf_hub_download", "hf_transfer"}},
	{id: "square-access-token", prefix: "sq0atp-", body: csURLSafe, min: 22, max: 60, kind: KindCredential, note: "Square access token",
		tp: []string{"sq0atp-AbCdEfGhIjKlMnOpQrStUv"}},
	{id: "square-secret", prefix: "sq0csp-", body: csURLSafe, min: 40, max: 60, kind: KindCredential, note: "Square application secret",
		tp: []string{"sq0csp-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCdE"}},
	{id: "grafana-service-account-token", prefix: "glsa_", body: csAlnum + "_", min: 41, max: 41, kind: KindCredential, note: "Grafana service account token",
		tp: []string{"glsa_AbCdEfGhIjKlMnOpQrStUvWxYz012345_0123abcd"}},
	{id: "grafana-cloud-api-token", prefix: "glc_", body: csB64 + "=", min: 32, max: 400, kind: KindCredential, note: "Grafana Cloud token",
		tp: []string{"glc_eyJvIjoiMTIzNDU2IiwibiI6InN0YWNrLTEyMyIsImsiOiJBYkNkRWZHaCJ9"}, fp: []string{"glc_short"}},
	{id: "gitlab-ptt", prefix: "glptt-", body: csURLSafe, min: 20, max: 64, kind: KindCredential, note: "GitLab pipeline trigger token",
		tp: []string{"glptt-0123456789abcdef0123456789abcdef01234567"}},
	{id: "heroku-api-key-v2", prefix: "HRKU-", body: csURLSafe, min: 40, max: 80, kind: KindCredential, note: "Heroku API key",
		tp: []string{"HRKU-AAbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCdEfGhIjKlMnOpQr"}, fp: []string{"HRKU-1"}},
	{id: "linear-api-key", prefix: "lin_api_", body: csAlnum, min: 40, max: 40, kind: KindCredential, note: "Linear API key",
		tp: []string{"lin_api_0123456789abcdefghijABCDEFGHIJ0123456789"}},
}

// shapeIndex lists the shapes by their first byte, longest prefix first.
var shapeIndex = sync.OnceValue(func() *[256][]*shape {
	var m [256][]*shape
	for k := range shapes {
		sh := &shapes[k]
		m[sh.prefix[0]] = append(m[sh.prefix[0]], sh)
	}
	for _, l := range m {
		sort.SliceStable(l, func(a, b int) bool { return len(l[a].prefix) > len(l[b].prefix) })
	}
	return &m
})

// bodyIn reports whether c is in the shape's body alphabet.
func bodyIn(cs string, c byte) bool { return strings.IndexByte(cs, c) >= 0 }

// shapeAt reads a known shape starting at s[i] (a token start): the hit
// and true, or false.
func shapeAt(s string, i int) (hit, bool) {
	if i+2 > len(s) {
		return hit{}, false
	}
	for _, sh := range shapeIndex()[s[i]] {
		if sh.prefix[1] != s[i+1] || !strings.HasPrefix(s[i:], sh.prefix) {
			continue
		}
		b := i + len(sh.prefix)
		e := b
		for e < len(s) && e-b < sh.max && bodyIn(sh.body, s[e]) {
			e++
		}
		if sh.prefix[len(sh.prefix)-1] == '/' {
			// a URL whose path is the credential (a webhook): the path
			// runs to the URL's end whatever it holds (syntax: a URL
			// token, to a blank, a quote, '<' '>' '`' '\\' or '|')
			for e < len(s) && e-b < sh.max && s[e] > ' ' && strings.IndexByte("\"'<>`\\|", s[e]) < 0 {
				e++
			}
		}
		if e-b < sh.min || e < len(s) && (isAlnum(s[e]) || bodyIn(sh.body, s[e]) && s[e] != '.' && s[e] != '-') {
			continue
		}
		for e > b && (s[e-1] == '.' || s[e-1] == '-') && !bodyIn(csAlnum, s[e-1]) {
			e-- // a sentence's full stop is not part of the token
		}
		if e-b < sh.min {
			continue
		}
		v := s[i:e]
		if IsPlaceholder(v) || hasPlaceholder(v) {
			return hit{}, false
		}
		if sh.id == "jwt" && strings.Count(v, ".") < 2 {
			continue
		}
		if sh.kind == KindAccessKeyID && !hasDigit(sh.prefix) && !hasDigit(v[len(sh.prefix):]) {
			continue // GOOGLEAPISWHATEVER: upper-case prose, not a key
		}
		return hit{start: i, end: e, kind: sh.kind, val: v, note: sh.note, store: sh.store}, true
	}
	return hit{}, false
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	return false
}

// shapeStart marks the first two bytes of every shape's prefix, a bit
// each (8 KB: it stays in the cache), so the word scan asks shapeAt only
// where a shape can start.
var shapeStart [1 << 10]uint64

func init() {
	for _, sh := range shapes {
		x := int(sh.prefix[0])<<8 | int(sh.prefix[1])
		shapeStart[x>>6] |= 1 << (x & 63)
	}
}
