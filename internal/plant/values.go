package plant

import (
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"strings"
)

// Alphabets the generated values draw from.
const (
	upper   = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	lower   = "abcdefghijklmnopqrstuvwxyz"
	digits  = "0123456789"
	hexl    = "0123456789abcdef"
	b32     = upper + "234567"
	alnum   = upper + lower + digits
	b64c    = alnum + "+/"
	b64url  = alnum + "-_"
	updig   = upper + digits
	lowdig  = lower + digits
	pwExtra = "-_.+=!@#^*~:,?"
)

func (g *G) str(alphabet string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[g.r.IntN(len(alphabet))]
	}
	return string(b)
}

func (g *G) bytes(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(g.r.IntN(256))
	}
	return b
}

func (g *G) between(a, b int) int { return a + g.r.IntN(b-a+1) }

// value makes a new secret value of the kind and says how long a prefix it
// shares with every other value of its variant (that prefix alone is no
// leak). Shapes vary on purpose: a slot's value is a secret whatever it
// looks like.
func (g *G) value(k Kind) (v string, fixed int) {
	switch k {
	case KeyIDAWS:
		// IAM unique-identifier prefixes that are credentials; base32 body
		// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids)
		return g.pick("AKIA", "ASIA", "AKIA", "ASIA", "ABIA", "ACCA") + g.str(b32, 16), 0
	case KeyIDCompat:
		switch g.r.IntN(15) {
		case 10: // Alibaba Cloud OSS AccessKey ID (https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair: LTAI + 20 alphanumerics)
			return "LTAI" + g.str(alnum, g.between(12, 20)), 4
		case 11: // Tencent COS SecretId (https://www.tencentcloud.com/document/product/598/32675: AKID + 32 alphanumerics)
			return "AKID" + g.str(alnum, 32), 4
		case 12: // Yandex Object Storage static key ID (https://yandex.cloud/en/docs/iam/concepts/authorization/access-key: YCAJE… 25 characters)
			return "YCAJ" + g.str(alnum+"-_", 21), 4
		case 13: // Exoscale SOS API key (https://community.exoscale.com/documentation/iam/: EXO + 24 hex)
			return "EXO" + g.str(hexl, 24), 3
		case 14: // Storj S3 gateway access key: 28 lower-case base32 (https://docs.storj.io/dcs/api/s3/s3-compatible-gateway)
			return "j" + g.str("abcdefghijklmnopqrstuvwxyz234567", 27), 1
		case 0: // MinIO / Ceph RGW / Wasabi / Linode: 20 upper-case alphanumerics
			return g.str(updig, 20), 0
		case 1: // Garage: "GK" + 24 hex, secret 64 hex (deuxfleurs-org/garage doc/book/src/getting_started/bucket.md: key_id "GK3515373e4c851ebaad366558")
			return "GK" + g.str(hexl, 24), 2
		case 2: // Cloudflare R2: 32 hex (https://developers.cloudflare.com/r2/api/s3/tokens/)
			return g.str(hexl, 32), 0
		case 3: // Backblaze B2 application key ID, 25 characters
			return "00" + g.str(hexl, 10) + "000000000" + g.str(digits, 4), 0
		case 4: // GCS HMAC access ID (https://cloud.google.com/storage/docs/authentication/hmackeys)
			return "GOOG1E" + g.str(updig, 55), 6
		case 5: // DigitalOcean Spaces
			return "DO00" + g.str(updig, 16), 4
		case 6: // Scaleway
			return "SCW" + g.str(updig, 17), 3
		case 7: // MinIO user-chosen access key: lower case, short
			return g.pick("ci-", "svc-", "backup-", "") + g.str(lowdig, g.between(8, 14)), 0
		case 8: // Oracle OCI customer secret key ID: 40 hex (a git SHA's shape)
			return g.str(hexl, 40), 0
		default: // IBM COS HMAC: 32 hex
			return g.str(hexl, 32), 0
		}
	case SecretKey:
		switch g.r.IntN(8) {
		case 0, 1: // AWS: 40 base64 characters
			return g.str(b64c, 40), 0
		case 2: // MinIO generated: 40 alphanumerics
			return g.str(alnum, 40), 0
		case 3: // R2 / Garage: 64 hex
			return g.str(hexl, 64), 0
		case 4: // Backblaze B2 application key: 31 characters
			return "K005" + g.str(alnum, 27), 4
		case 5: // lower case, short (a MinIO root password)
			return g.str(lower, g.between(10, 16)), 0
		case 6: // OCI: 44 base64 ending in =
			return g.str(b64c, 43) + "=", 0
		default: // password-like
			return g.password(), 0
		}
	case SessionToken:
		switch g.r.IntN(4) {
		case 0, 1: // IQoJb3JpZ2luX2Vj… (base64 of 0x21 0x0A 0x09 "origin_ec…")
			b := append([]byte("!\n\torigin_ec"), g.bytes(g.between(250, 700))...)
			return base64.StdEncoding.EncodeToString(b), 16
		case 2: // older FwoGZXIvYXdzE… tokens, about 350 characters
			return "FwoGZXIvYXdzE" + g.str(b64c, 343), 13
		default: // MinIO STS: a JWT
			return g.jwt()
		}
	case SigV4:
		return g.str(hexl, 64), 0
	case SigV2:
		return base64.StdEncoding.EncodeToString(g.bytes(20)), 0
	case SigCloudFront:
		if g.r.IntN(3) == 0 { // a custom policy, base64 with CloudFront's -_~
			p := fmt.Sprintf(`{"Statement":[{"Resource":"https://d%s.cloudfront.net/%s/*","Condition":{"DateLessThan":{"AWS:EpochTime":%d}}}]}`,
				g.str(lowdig, 13), g.str(lowdig, 8), 1700000000+g.r.IntN(1e8))
			return cfSafe(base64.StdEncoding.EncodeToString([]byte(p))), 44
		}
		return cfSafe(base64.StdEncoding.EncodeToString(g.bytes(128))), 0
	case SigGCS:
		if g.r.IntN(2) == 0 {
			return hex.EncodeToString(g.bytes(256)), 0 // V4: X-Goog-Signature, hex
		}
		return base64.StdEncoding.EncodeToString(g.bytes(256)), 0 // V2: Signature, base64
	case SigAzure:
		return base64.StdEncoding.EncodeToString(g.bytes(32)), 0
	case Password:
		return g.password(), 0
	case Bearer:
		switch g.r.IntN(4) {
		case 0: // Google OAuth access token
			return "ya29." + g.str(b64url, g.between(100, 160)), 5
		case 1:
			return g.str(alnum, g.between(32, 48)), 0
		case 2: // Dropbox short-lived
			return "sl." + g.str(b64url, 130), 3
		default:
			return g.str(hexl, 40), 0
		}
	case Basic:
		return base64.StdEncoding.EncodeToString([]byte(g.str(lower, 6) + ":" + g.password())), 0
	case Cookie:
		switch g.r.IntN(4) {
		case 0: // PHPSESSID
			return g.str(lowdig, 26), 0
		case 1: // express-session signed cookie
			return "s:" + g.str(b64url, 32) + "." + g.str(alnum, 43), 2
		case 2: // Django sessionid
			return g.str(lowdig, 32), 0
		default:
			return g.str(hexl, 48), 0
		}
	case PEM:
		return g.pem()
	case SaaS:
		switch g.r.IntN(7 + len(saasShapes)) {
		case 0:
			return "ghp_" + g.str(alnum, 36), 4
		case 1:
			return "github_pat_" + g.str(alnum, 22) + "_" + g.str(alnum, 59), 11
		case 2:
			return "glpat-" + g.str(b64url, 20), 6
		case 3:
			return "xoxb-" + g.str(digits, 11) + "-" + g.str(digits, 12) + "-" + g.str(alnum, 24), 5
		case 4:
			return "xoxp-" + g.str(digits, 11) + "-" + g.str(digits, 12) + "-" + g.str(digits, 13) + "-" + g.str(hexl, 32), 5
		case 5:
			return g.pick("sk_live_", "rk_live_", "sk_test_") + g.str(alnum, g.between(24, 99)), 8
		case 6:
			return "npm_" + g.str(alnum, 36), 4
		default:
			return g.saas()
		}
	case JWT:
		return g.jwt()
	case Unknown:
		switch g.r.IntN(3) {
		case 0:
			return g.str(alnum, g.between(32, 64)), 0
		case 1:
			return g.str(b64c, 48) + "==", 0
		default:
			return g.str(hexl, 48), 0
		}
	}
	panic("plant: no generator for kind " + string(k))
}

// password: short or long, several charsets (never quotes, backslashes,
// dollars, ampersands, percent signs or spaces, which would change the
// syntax of the context around them rather than the value).
func (g *G) password() string {
	switch g.r.IntN(4) {
	case 0:
		return g.str(lower, g.between(8, 12))
	case 1:
		return g.str(alnum, g.between(8, 14)) + g.str(digits, 2)
	case 2:
		return g.str(alnum+pwExtra, g.between(10, 24))
	default:
		return g.str(lower, 4) + g.str(pwExtra, 1) + g.str(alnum, g.between(4, 8)) + g.str(digits, 2)
	}
}

func cfSafe(s string) string {
	return strings.NewReplacer("+", "-", "=", "_", "/", "~").Replace(s)
}

func b64u(b []byte) string { return base64.RawURLEncoding.EncodeToString(b) }

func (g *G) jwt() (string, int) {
	h := b64u([]byte(`{"alg":"HS256","typ":"JWT"}`))
	p := b64u([]byte(fmt.Sprintf(`{"sub":"%s","accessKey":"%s","iat":%d,"exp":%d}`,
		g.str(lowdig, 12), g.str(updig, 20), 1700000000+g.r.IntN(1e7), 1710000000+g.r.IntN(1e7))))
	return h + "." + p + "." + b64u(g.bytes(32)), len(h) + 1
}

// pem: a private key block whose body is random DER-looking bytes.
func (g *G) pem() (string, int) {
	label := g.pick("RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY")
	n := 121
	switch label {
	case "RSA PRIVATE KEY", "PRIVATE KEY":
		n = g.pick2(608, 1190)
	case "OPENSSH PRIVATE KEY":
		n = 390
	}
	body := append([]byte{0x30, 0x82, byte(n >> 8), byte(n)}, g.bytes(n)...)
	width := 64
	if label == "OPENSSH PRIVATE KEY" {
		width = 70
	}
	return "-----BEGIN " + label + "-----\n" + wrapAt(base64.StdEncoding.EncodeToString(body), width) + "\n-----END " + label + "-----", 0
}

func (g *G) pick2(a, b int) int {
	if g.r.IntN(2) == 0 {
		return a
	}
	return b
}

func wrapAt(s string, w int) string {
	var sb strings.Builder
	for len(s) > w {
		sb.WriteString(s[:w])
		sb.WriteByte('\n')
		s = s[w:]
	}
	sb.WriteString(s)
	return sb.String()
}

// benign makes a value that must stay readable.
func (g *G) benign(k BenignKind) string {
	switch k {
	case StringToSignHash, PayloadHash:
		if k == PayloadHash && g.r.IntN(4) == 0 {
			return "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" // empty payload
		}
		return g.str(hexl, 64)
	case ETag:
		if g.r.IntN(4) == 0 {
			return g.str(hexl, 32) + "-" + fmt.Sprint(g.between(2, 40)) // multipart
		}
		return g.str(hexl, 32)
	case RequestID:
		return g.str(updig, 16)
	case HostID:
		return base64.StdEncoding.EncodeToString(g.bytes(g.pick2(57, 48)))
	case GitSHA:
		return g.str(hexl, 40)
	case UUID:
		b := g.str(hexl, 32)
		return b[:8] + "-" + b[8:12] + "-4" + b[13:16] + "-a" + b[17:20] + "-" + b[20:]
	case SRI:
		return g.pick("sha384-", "sha512-", "sha256-") + base64.StdEncoding.EncodeToString(g.bytes(48))
	case Image:
		return "iVBORw0KGgoAAAANSUhEUgAA" + base64.StdEncoding.EncodeToString(g.bytes(g.between(60, 200)))
	case SSHPublicKey:
		if g.r.IntN(2) == 0 {
			return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + g.str(b64c, 43)
		}
		return "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + g.str(b64c, 330)
	case PEMPublic:
		label := g.pick("PUBLIC KEY", "CERTIFICATE")
		return "-----BEGIN " + label + "-----\n" + wrapAt("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"+base64.StdEncoding.EncodeToString(g.bytes(g.pick2(225, 480))), 64) + "\n-----END " + label + "-----"
	case Bucket:
		return g.pick("acme-", "prod-", "my-", "data-", "") + g.str(lowdig, g.between(5, 12)) + g.pick("-uploads", "-logs", "-assets", "")
	case ObjectKey:
		return g.pick("uploads/", "reports/2024/", "images/", "") + g.str(lowdig, g.between(6, 14)) + g.pick(".pdf", ".png", ".csv", ".tar.gz")
	case Date:
		return fmt.Sprintf("2024%02d%02dT%02d%02d%02dZ", g.between(1, 12), g.between(1, 28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60))
	case Region:
		return g.pick("us-east-1", "eu-west-1", "ap-southeast-2", "us-west-2", "eu-central-1", "sa-east-1")
	}
	panic("plant: no generator for benign kind " + string(k))
}

// saasShapes are the token formats of SaaS services people keep beside
// their S3 credentials (an env dump, a CI log, a .env), each as its issuer
// documents it (or gitleaks' rule for it, config/gitleaks.toml, names it);
// the fixed prefix is no leak on its own.
var saasShapes = []struct {
	name string
	make func(g *G) (string, int)
}{
	// https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys (SG.<22>.<43>)
	{"sendgrid", func(g *G) (string, int) { return "SG." + g.str(b64url, 22) + "." + g.str(b64url, 43), 3 }},
	// https://www.twilio.com/docs/iam/api-keys (API key SID: SK + 32 hex)
	{"twilio-api-key", func(g *G) (string, int) { return "SK" + g.str(hexl, 32), 2 }},
	// https://pypi.org/help/#apitoken (pypi-AgEIcHlwaS5vcmc… macaroon)
	{"pypi", func(g *G) (string, int) { return "pypi-AgEIcHlwaS5vcmc" + g.str(b64url, g.between(60, 160)), 20 }},
	// https://platform.openai.com/docs/api-reference/authentication (sk-proj-…; legacy sk-…T3BlbkFJ…)
	{"openai", func(g *G) (string, int) {
		if g.r.IntN(2) == 0 {
			return "sk-proj-" + g.str(b64url, 74) + "T3BlbkFJ" + g.str(b64url, 74), 8
		}
		return "sk-" + g.str(alnum, 20) + "T3BlbkFJ" + g.str(alnum, 20), 3
	}},
	// https://docs.anthropic.com/en/api/getting-started (x-api-key: sk-ant-api03-…)
	{"anthropic", func(g *G) (string, int) { return "sk-ant-api03-" + g.str(b64url, 93) + "AA", 13 }},
	// https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage (512-bit key, 88 base64)
	{"azure-storage-key", func(g *G) (string, int) { return g.str(b64c, 86) + "==", 0 }},
	// https://docs.datadoghq.com/account_management/api-app-keys/ (API key 32 hex, application key 40 hex)
	{"datadog", func(g *G) (string, int) {
		if g.r.IntN(2) == 0 {
			return g.str(hexl, 32), 0
		}
		return g.str(hexl, 40), 0
	}},
	// https://devcenter.heroku.com/articles/authentication (HRKU-… tokens; older keys are UUID-shaped)
	{"heroku", func(g *G) (string, int) {
		if g.r.IntN(2) == 0 {
			return "HRKU-" + g.str(alnum+"_-", 60), 5
		}
		return g.str(hexl, 8) + "-" + g.str(hexl, 4) + "-" + g.str(hexl, 4) + "-" + g.str(hexl, 4) + "-" + g.str(hexl, 12), 0
	}},
	// https://documentation.mailgun.com/docs/mailgun/user-manual/get-started/ (key-<32 hex>)
	{"mailgun", func(g *G) (string, int) { return "key-" + g.str(hexl, 32), 4 }},
	// https://mailchimp.com/developer/marketing/guides/quick-start/ (<32 hex>-us<dc>)
	{"mailchimp", func(g *G) (string, int) { return g.str(hexl, 32) + "-us" + g.str(digits, 2), 0 }},
	// https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens (shpat_…)
	{"shopify", func(g *G) (string, int) { return g.pick("shpat_", "shpss_", "shpca_") + g.str(hexl, 32), 6 }},
	// https://docs.digitalocean.com/reference/api/create-personal-access-token/ (dop_v1_<64 hex>)
	{"digitalocean", func(g *G) (string, int) { return "dop_v1_" + g.str(hexl, 64), 7 }},
	// https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes (hvs.…)
	{"vault", func(g *G) (string, int) { return "hvs." + g.str(b64url, g.between(24, 92)), 4 }},
	// https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens (<14>.atlasv1.<60+>)
	{"terraform-cloud", func(g *G) (string, int) { return g.str(alnum, 14) + ".atlasv1." + g.str(alnum+"-_", 67), 0 }},
	// https://huggingface.co/docs/hub/security-tokens (hf_…)
	{"huggingface", func(g *G) (string, int) { return "hf_" + g.str(upper+lower, 34), 3 }},
	// https://core.telegram.org/bots/api#authorizing-your-bot (<bot id>:<35>)
	{"telegram", func(g *G) (string, int) { return g.str(digits, 10) + ":AA" + g.str(b64url, 33), 0 }},
	// https://developer.squareup.com/docs/build-basics/access-tokens (EAAA…; sq0atp-…)
	{"square", func(g *G) (string, int) { return "sq0atp-" + g.str(b64url, 22), 7 }},
	// https://learning.postman.com/docs/developer/postman-api/authentication/ (PMAK-<24 hex>-<34 hex>)
	{"postman", func(g *G) (string, int) { return "PMAK-" + g.str(hexl, 24) + "-" + g.str(hexl, 34), 5 }},
	// https://grafana.com/docs/grafana/latest/administration/service-accounts/ (glsa_<32>_<8 hex>)
	{"grafana", func(g *G) (string, int) { return "glsa_" + g.str(alnum, 32) + "_" + g.str(hexl, 8), 5 }},
	// https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/ (NRAK-<27>)
	{"newrelic", func(g *G) (string, int) { return "NRAK-" + g.str(updig, 27), 5 }},
	// https://api.slack.com/messaging/webhooks (hooks.slack.com/services/T…/B…/<24>: the last part is the secret)
	{"slack-webhook-secret", func(g *G) (string, int) { return g.str(alnum, 24), 0 }},
	// https://docs.sentry.io/account/auth-tokens/ (sntrys_…)
	{"sentry", func(g *G) (string, int) { return "sntrys_" + g.str(b64url, 120), 7 }},
	// https://docs.gitlab.com/ee/security/tokens/ (glrt- runner, gldt- deploy, glptt- trigger)
	{"gitlab-other", func(g *G) (string, int) { return g.pick("glrt-", "gldt-", "glptt-") + g.str(b64url, 20), 5 }},
}

func (g *G) saas() (string, int) {
	return saasShapes[g.r.IntN(len(saasShapes))].make(g)
}
