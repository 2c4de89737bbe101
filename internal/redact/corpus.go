package redact

import (
	"encoding/base32"
	"encoding/base64"
	"fmt"
	"math/rand"
	"net/url"
	"strings"
)

// This file generates synthetic pastes with planted fake secrets. The
// tests, the fuzz seeds and scripts/compare-scanners all use it, so every
// scanner sees the same corpus. Nothing here is a real credential.

// Planted is one fake secret planted in a generated paste.
type Planted struct {
	Kind  string // one of Kinds
	Value string // the secret as the redactor should see it (decoded)
	// Spans are the byte ranges of s's occurrences in the paste (in
	// whatever form: raw, percent-encoded, hex, wrapped).
	Spans [][2]int
}

// Doc is one generated paste.
type Doc struct {
	Context string
	Text    string
	Secrets []*Planted
}

// Contexts lists the paste shapes Corpus generates.
var Contexts = []string{"python", "url", "percent-encoded-url", "xml-error", "hex-bytes", "json",
	"env", "credentials-file", "shell-cli", "curl", "terraform", "log-wrapped", "policy", "pem", "yaml"}

type gen struct {
	r       *rand.Rand
	b       strings.Builder
	doc     *Doc
	byValue map[string]*Planted
	accts   []string
}

const (
	b32chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	b64chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
)

func (g *gen) pick(s string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = s[g.r.Intn(len(s))]
	}
	return string(b)
}

// text appends plain text.
func (g *gen) text(s string) { g.b.WriteString(s) }

// plant appends form (the way val appears here) and records it.
func (g *gen) plant(kind, val, form string) {
	p := g.byValue[val]
	if p == nil {
		p = &Planted{Kind: kind, Value: val}
		g.byValue[val] = p
		g.doc.Secrets = append(g.doc.Secrets, p)
	}
	start := g.b.Len()
	g.b.WriteString(form)
	p.Spans = append(p.Spans, [2]int{start, g.b.Len()})
}

func (g *gen) put(kind, val string) { g.plant(kind, val, val) }

func (g *gen) account() string {
	if len(g.accts) > 0 && g.r.Intn(2) == 0 {
		return g.accts[g.r.Intn(len(g.accts))]
	}
	a := fmt.Sprintf("%012d", 100000000000+g.r.Int63n(899999999999))
	g.accts = append(g.accts, a)
	return a
}

// keyID makes a new-generation key ID that embeds an account of the paste
// (or, one time in five, an old-generation one).
func (g *gen) keyID(prefix string) string {
	if g.r.Intn(5) == 0 {
		return prefix + string("IJ"[g.r.Intn(2)]) + g.pick(b32chars, 15)
	}
	var acct int64
	fmt.Sscan(g.account(), &acct)
	z := uint64(1)<<47 | uint64(acct)<<7 | uint64(g.r.Intn(128))
	b := []byte{byte(z >> 40), byte(z >> 32), byte(z >> 24), byte(z >> 16), byte(z >> 8), byte(z), 0, 0, 0, 0}
	for i := 6; i < 10; i++ {
		b[i] = byte(g.r.Intn(256))
	}
	return prefix + base32.StdEncoding.EncodeToString(b)[:16]
}

func (g *gen) anyKeyID() string {
	switch g.r.Intn(10) {
	case 0:
		return g.keyID("ABIA")
	case 1:
		return g.keyID("ACCA")
	case 2:
		return "A3T" + g.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 1) + g.pick(b32chars, 16)
	case 3, 4, 5:
		return g.keyID("ASIA")
	}
	return g.keyID("AKIA")
}

var stopwords = []string{"java", "test", "admin", "sample", "token", "secret", "user", "data"}

func (g *gen) secret() string {
	s := g.pick(b64chars, 40)
	switch g.r.Intn(8) {
	case 0: // a gitleaks stopword inside
		w := stopwords[g.r.Intn(len(stopwords))]
		at := g.r.Intn(40 - len(w))
		s = s[:at] + w + s[at+len(w):]
	case 1:
		s = "+" + s[1:]
	case 2:
		s = s[:39] + "/"
	}
	return s
}

func (g *gen) token() string {
	body := make([]byte, 200+g.r.Intn(700))
	g.r.Read(body)
	switch g.r.Intn(4) {
	case 0:
		return "FwoGZXIvYXdzE" + base64.StdEncoding.EncodeToString(body)
	case 1:
		return "FQoGZXIvYXdzE" + base64.StdEncoding.EncodeToString(body)
	case 2:
		return "FQoDYXdzE" + base64.StdEncoding.EncodeToString(body[:len(body)-len(body)%3-2])
	}
	return base64.StdEncoding.EncodeToString(append([]byte("!\n\torigin_ec"), body...))
}

func (g *gen) sigV4() string { return g.pick("0123456789abcdef", 64) }

func (g *gen) sigV2() string {
	b := make([]byte, 20)
	g.r.Read(b)
	return base64.StdEncoding.EncodeToString(b)
}

func (g *gen) password() string {
	return g.pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#^*", 10+g.r.Intn(10))
}

func (g *gen) bearer() string {
	if g.r.Intn(2) == 0 {
		return "eyJ" + g.pick(b64chars[:62]+"-_", 30) + "." + g.pick(b64chars[:62]+"-_", 60) + "." + g.pick(b64chars[:62]+"-_", 40)
	}
	return g.pick(b64chars[:62], 40)
}

func (g *gen) date() string { return fmt.Sprintf("2025%02d%02d", 1+g.r.Intn(12), 1+g.r.Intn(28)) }

func pct(s string) string { return url.QueryEscape(s) }

// hexBytes writes s as S3's space-separated lower-case hex bytes.
func hexBytes(s string) string { return encodeHex(s) }

// Corpus generates n pastes deterministically from seed, cycling through
// Contexts.
func Corpus(seed int64, n int) []Doc {
	r := rand.New(rand.NewSource(seed))
	docs := make([]Doc, 0, n)
	for i := 0; i < n; i++ {
		g := &gen{r: r, doc: &Doc{Context: Contexts[i%len(Contexts)]}, byValue: map[string]*Planted{}}
		g.write(g.doc.Context)
		g.doc.Text = g.b.String()
		docs = append(docs, *g.doc)
	}
	return docs
}

// presignURL writes a SigV4 (or SigV2) presigned URL; enc applies to
// values inside (identity, or a second encoding for nested URLs).
func (g *gen) presignURL(nested bool) {
	key, tok, sig := g.anyKeyID(), g.token(), g.sigV4()
	if g.r.Intn(2) == 0 {
		key = g.keyID("ASIA")
	}
	d := g.date()
	if g.r.Intn(6) == 0 { // SigV2
		v2 := g.sigV2()
		u1 := "https://demo-bucket.s3.amazonaws.com/report.csv?AWSAccessKeyId="
		if !nested {
			g.text(u1)
			g.put(KindAccessKeyID, key)
			g.text("&Expires=1735689600&Signature=")
			g.plant(KindSignature, v2, pct(v2))
			g.text("\n")
			return
		}
		g.text(pct(u1))
		g.put(KindAccessKeyID, key)
		g.text(pct("&Expires=1735689600&Signature="))
		g.plant(KindSignature, v2, pct(pct(v2)))
		g.text("\n")
		return
	}
	parts := []struct{ lit, kind, val string }{
		{"https://demo-bucket.s3.us-east-1.amazonaws.com/reports/q1.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=", KindAccessKeyID, key},
		{"/" + d + "/us-east-1/s3/aws4_request&X-Amz-Date=" + d + "T000000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Security-Token=", KindSessionToken, tok},
		{"&X-Amz-Signature=", KindSignature, sig},
	}
	for _, p := range parts {
		if nested {
			g.text(pct(strings.ReplaceAll(p.lit, "/"+d, "%2F"+d)))
			g.plant(p.kind, p.val, pct(pct(p.val)))
		} else {
			g.text(strings.ReplaceAll(strings.ReplaceAll(p.lit, "/"+d+"/us-east-1/s3/", "%2F"+d+"%2Fus-east-1%2Fs3%2F"), "s3/aws4", "s3%2Faws4"))
			g.plant(p.kind, p.val, pct(p.val))
		}
	}
	g.text("\n")
}

func (g *gen) write(ctx string) {
	switch ctx {
	case "python":
		key, sec := g.anyKeyID(), g.secret()
		g.text("import boto3\n\ns3 = boto3.client(\n    's3',\n    aws_access_key_id='")
		g.put(KindAccessKeyID, key)
		g.text("',\n    aws_secret_access_key=\"")
		g.put(KindSecretAccessKey, sec)
		g.text("\",\n    aws_session_token='")
		g.put(KindSessionToken, g.token())
		g.text("',\n)\ncreds = {'aws_access_key_id': '")
		g.put(KindAccessKeyID, g.keyID("AKIA"))
		g.text("', 'aws_secret_access_key': '")
		g.put(KindSecretAccessKey, g.secret())
		g.text("'}\nsession = boto3.Session('")
		g.put(KindAccessKeyID, key)
		g.text("', '")
		g.put(KindSecretAccessKey, g.secret())
		g.text("')\nbotocore secret_key='")
		g.put(KindSecretAccessKey, g.secret())
		g.text("'\nurl = s3.generate_presigned_url('get_object', Params={'Bucket': 'demo-bucket', 'Key': 'a.txt'}, ExpiresIn=3600)\n")
		g.text("conn = psycopg2.connect(password=\"")
		g.put(KindPassword, g.password())
		g.text("\")\n")
	case "url":
		g.presignURL(false)
		g.text("db = postgres://admin:")
		g.put(KindPassword, g.password())
		g.text("@db.internal.example.com:5432/app\n")
	case "percent-encoded-url":
		g.text("https://sso.example.com/redirect?next=")
		g.presignURL(true)
	case "xml-error", "hex-bytes":
		key, tok, sig := g.keyID("ASIA"), g.token(), g.sigV4()
		d := g.date()
		sts := "AWS4-HMAC-SHA256\n" + d + "T000000Z\n" + d + "/us-east-1/s3/aws4_request\n" + g.sigV4()
		crHead := "GET\n/reports/q1.csv\nX-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential="
		crMid := "%2F" + d + "%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=" + d + "T000000Z&X-Amz-Expires=3600&X-Amz-Security-Token="
		crTail := "&X-Amz-SignedHeaders=host\nhost:demo-bucket.s3.us-east-1.amazonaws.com\n\nhost\nUNSIGNED-PAYLOAD"
		g.text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided.</Message>")
		if ctx == "xml-error" {
			g.text("<AWSAccessKeyId>")
			g.put(KindAccessKeyID, key)
			g.text("</AWSAccessKeyId><StringToSign>" + sts + "</StringToSign><SignatureProvided>")
			g.put(KindSignature, sig)
			g.text("</SignatureProvided><CanonicalRequest>" + strings.ReplaceAll(crHead, "&", "&amp;"))
			g.put(KindAccessKeyID, key)
			g.text(strings.ReplaceAll(crMid, "&", "&amp;"))
			g.plant(KindSessionToken, tok, pct(tok))
			g.text(strings.ReplaceAll(crTail, "&", "&amp;") + "</CanonicalRequest>")
		}
		g.text("<StringToSignBytes>" + hexBytes(sts) + "</StringToSignBytes><CanonicalRequestBytes>" + hexBytes(crHead))
		g.plant(KindAccessKeyID, key, hexBytes(key))
		g.text(" " + hexBytes(crMid) + " ")
		g.plant(KindSessionToken, tok, hexBytes(pct(tok)))
		g.text(" " + hexBytes(crTail) + "</CanonicalRequestBytes><RequestId>4442587FB7D0A2F9</RequestId></Error>\n")
		if ctx == "hex-bytes" {
			g.text("and the client: X-Amz-Signature=")
			g.put(KindSignature, sig)
			g.text("\n")
		}
	case "json":
		acct := g.account()
		g.text("{\n    \"Credentials\": {\n        \"AccessKeyId\": \"")
		g.put(KindAccessKeyID, g.keyID("ASIA"))
		g.text("\",\n        \"SecretAccessKey\": \"")
		g.put(KindSecretAccessKey, g.secret())
		g.text("\",\n        \"SessionToken\": \"")
		g.put(KindSessionToken, g.token())
		g.text("\",\n        \"Expiration\": \"2025-01-01T01:00:00Z\"\n    },\n    \"AssumedRoleUser\": {\n        \"AssumedRoleId\": \"")
		g.put(KindUniqueID, "AROA"+g.pick(b32chars, 17))
		g.text(":demo\",\n        \"Arn\": \"arn:aws:sts::")
		g.put(KindAccountID, acct)
		g.text(":assumed-role/demo-role/demo\"\n    }\n}\n{\n    \"UserId\": \"")
		g.put(KindUniqueID, "AIDA"+g.pick(b32chars, 17))
		g.text("\",\n    \"Account\": \"")
		g.put(KindAccountID, g.account())
		g.text("\",\n    \"Arn\": \"arn:aws:iam::")
		g.put(KindAccountID, acct)
		g.text(":user/dev\"\n}\n")
	case "env":
		g.text("export AWS_ACCESS_KEY_ID=")
		g.put(KindAccessKeyID, g.anyKeyID())
		g.text("\nexport AWS_SECRET_ACCESS_KEY=")
		g.put(KindSecretAccessKey, g.secret())
		g.text("\nAWS_SESSION_TOKEN=\"")
		g.put(KindSessionToken, g.token())
		g.text("\"\nAWS_SECURITY_TOKEN=")
		g.put(KindSessionToken, g.token())
		g.text("\nAWS_SECRET_KEY=")
		g.put(KindSecretAccessKey, g.secret())
		g.text("\nDB_PASSWORD=")
		g.put(KindPassword, g.password())
		g.text("\nAPI_KEY=")
		g.put(KindCredential, g.bearer())
		g.text("\n")
	case "credentials-file":
		g.text("[default]\naws_access_key_id = ")
		g.put(KindAccessKeyID, g.keyID("AKIA"))
		g.text("\naws_secret_access_key = ")
		g.put(KindSecretAccessKey, g.secret())
		g.text("\n\n[temp]\naws_access_key_id=")
		g.put(KindAccessKeyID, g.keyID("ASIA"))
		g.text("\naws_secret_access_key=")
		g.put(KindSecretAccessKey, g.secret())
		g.text("\naws_session_token=")
		g.put(KindSessionToken, g.token())
		g.text("\n\n[profile ops]\nrole_arn = arn:aws:iam::")
		g.put(KindAccountID, g.account())
		g.text(":role/ops\nsource_profile = default\n# pasted from a forum: ")
		g.put(KindAccessKeyID, "AKIA"+g.pick(b32chars, 12))
		g.text("\n")
	case "shell-cli":
		g.text("$ aws configure set aws_secret_access_key ")
		g.put(KindSecretAccessKey, g.secret())
		g.text("\n$ AWS_ACCESS_KEY_ID=")
		g.put(KindAccessKeyID, g.anyKeyID())
		g.text(" aws s3 presign s3://demo-bucket/a.txt --expires-in 604800\n$ aws sts get-caller-identity --output text\n")
		g.put(KindAccountID, g.account())
		g.text("\tarn:aws:iam::")
		g.put(KindAccountID, g.accts[len(g.accts)-1])
		g.text(":user/dev\t")
		g.put(KindUniqueID, "AIDA"+g.pick(b32chars, 17))
		g.text("\n$ docker run -e AWS_SESSION_TOKEN=")
		g.put(KindSessionToken, g.token())
		g.text(" -e MYSQL_PASSWORD=")
		g.put(KindPassword, g.password())
		g.text(" app\n")
	case "curl":
		key := g.anyKeyID()
		d := g.date()
		g.text("curl -v -H \"Authorization: AWS4-HMAC-SHA256 Credential=")
		g.put(KindAccessKeyID, key)
		g.text("/" + d + "/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=")
		g.put(KindSignature, g.sigV4())
		g.text("\" -H 'x-amz-security-token: ")
		g.put(KindSessionToken, g.token())
		g.text("' https://demo-bucket.s3.amazonaws.com/a.txt\ncurl --aws-sigv4 \"aws:amz:us-east-1:s3\" --user \"")
		g.put(KindAccessKeyID, key)
		g.text(":")
		g.put(KindSecretAccessKey, g.secret())
		g.text("\" https://demo-bucket.s3.amazonaws.com/\ncurl -H \"Authorization: Bearer ")
		g.put(KindBearerToken, g.bearer())
		g.text("\" https://api.example.com/\ncurl -H 'Authorization: AWS ")
		k2 := g.keyID("AKIA")
		g.put(KindAccessKeyID, k2)
		g.text(":")
		g.put(KindSignature, g.sigV2())
		g.text("' https://demo-bucket.s3.amazonaws.com/a.txt\n")
	case "terraform":
		g.text("provider \"aws\" {\n  region     = \"us-east-1\"\n  access_key = \"")
		g.put(KindAccessKeyID, g.anyKeyID())
		g.text("\"\n  secret_key = \"")
		g.put(KindSecretAccessKey, g.secret())
		g.text("\"\n  token      = \"")
		g.put(KindSessionToken, g.token())
		g.text("\"\n  assume_role {\n    role_arn = \"arn:aws:iam::")
		g.put(KindAccountID, g.account())
		g.text(":role/deploy\"\n  }\n  allowed_account_ids = [\"")
		g.put(KindAccountID, g.account())
		g.text("\"]\n}\nvariable \"db_password\" {\n  default = \"x\"\n}\nresource \"aws_db_instance\" \"db\" {\n  password = \"")
		g.put(KindPassword, g.password())
		g.text("\"\n}\n")
	case "log-wrapped":
		var line strings.Builder
		line.WriteString("2025-01-01 00:00:00,000 botocore.endpoint [DEBUG] Sending http request: <AWSPreparedRequest method=GET url=https://demo-bucket.s3.amazonaws.com/a.txt headers={'Authorization': b'AWS4-HMAC-SHA256 Credential=")
		type seg struct{ kind, val string }
		key, sig, tok, sec := g.anyKeyID(), g.sigV4(), g.token(), g.secret()
		segs := []struct {
			lit string
			s   seg
		}{
			{"", seg{KindAccessKeyID, key}},
			{"/" + g.date() + "/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=", seg{KindSignature, sig}},
			{"', 'X-Amz-Security-Token': b'", seg{KindSessionToken, tok}},
			{"'}> aws_secret_access_key=", seg{KindSecretAccessKey, sec}},
			{" done", seg{}},
		}
		// build the long line, remembering where each secret is, then wrap
		type at struct {
			kind, val string
			a, b      int
		}
		var ats []at
		for _, s := range segs {
			line.WriteString(s.lit)
			if s.s.kind != "" {
				a := line.Len()
				line.WriteString(s.s.val)
				ats = append(ats, at{s.s.kind, s.s.val, a, line.Len()})
			}
		}
		l := line.String()
		width := []int{76, 80, 100, 120}[g.r.Intn(4)]
		base := g.b.Len()
		var out strings.Builder
		pos := map[int]int{} // offset in l -> offset in output
		for i := 0; i < len(l); i++ {
			if i > 0 && i%width == 0 {
				out.WriteByte('\n')
			}
			pos[i] = out.Len()
			out.WriteByte(l[i])
		}
		pos[len(l)] = out.Len()
		g.text(out.String())
		for _, a := range ats {
			p := g.byValue[a.val]
			if p == nil {
				p = &Planted{Kind: a.kind, Value: a.val}
				g.byValue[a.val] = p
				g.doc.Secrets = append(g.doc.Secrets, p)
			}
			p.Spans = append(p.Spans, [2]int{base + pos[a.a], base + pos[a.b-1] + 1})
		}
		g.text("\n")
	case "policy":
		g.text("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\n    \"Effect\": \"Allow\",\n    \"Principal\": {\"AWS\": \"arn:aws:iam::")
		g.put(KindAccountID, g.account())
		g.text(":root\"},\n    \"Action\": \"s3:GetObject\",\n    \"Resource\": \"arn:aws:s3:::demo-bucket/*\",\n    \"Condition\": {\"StringEquals\": {\"aws:SourceAccount\": \"")
		g.put(KindAccountID, g.account())
		g.text("\"}}\n  }, {\n    \"Effect\": \"Deny\",\n    \"Principal\": {\"AWS\": \"")
		g.put(KindAccountID, g.account())
		g.text("\"},\n    \"Action\": \"s3:*\",\n    \"Resource\": \"arn:aws:s3:::demo-bucket\"\n  }]\n}\nUser: arn:aws:sts::")
		g.put(KindAccountID, g.account())
		g.text(":assumed-role/demo/x is not authorized; access point ap-")
		g.put(KindAccountID, g.account())
		g.text(".s3-accesspoint.us-east-1.amazonaws.com\nkey in the same account: ")
		g.put(KindAccessKeyID, g.keyID("AKIA"))
		g.text("\n")
	case "pem":
		body := make([]byte, 300+g.r.Intn(900))
		g.r.Read(body)
		enc := base64.StdEncoding.EncodeToString(body)
		var wrapped strings.Builder
		for i := 0; i < len(enc); i += 64 {
			e := i + 64
			if e > len(enc) {
				e = len(enc)
			}
			if i > 0 {
				wrapped.WriteByte('\n')
			}
			wrapped.WriteString(enc[i:e])
		}
		hdr := []string{"RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"}[g.r.Intn(4)]
		g.text("signing key for CloudFront:\n-----BEGIN " + hdr + "-----\n")
		g.plant(KindPrivateKey, enc, wrapped.String())
		g.text("\n-----END " + hdr + "-----\n{\"private_key\": \"-----BEGIN " + hdr + "-----\\n")
		enc2 := base64.StdEncoding.EncodeToString(body[:len(body)/2])
		g.plant(KindPrivateKey, enc2, enc2)
		g.text("\\n-----END " + hdr + "-----\\n\"}\n")
	case "yaml":
		g.text("aws:\n  access_key_id: ")
		g.put(KindAccessKeyID, g.anyKeyID())
		g.text("\n  secret_access_key: ")
		g.put(KindSecretAccessKey, g.secret())
		g.text("\n  session_token: ")
		g.put(KindSessionToken, g.token())
		g.text("\n  account_id: \"")
		a := g.account()
		g.plant(KindAccountID, a, a[:4]+"-"+a[4:8]+"-"+a[8:])
		g.text("\"\ndatabase:\n  password: ")
		g.put(KindPassword, g.password())
		g.text("\n  client_secret: ")
		g.put(KindCredential, g.bearer())
		g.text("\ndocs: ")
		g.put(KindAccessKeyID, "AKIAIOSFODNN7EXAMPLE")
		g.text(" / ")
		g.put(KindSecretAccessKey, "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
		g.text("\n")
	}
}

// Benign generates n items that are not secrets, each in a small paste
// that also carries an access key ID (the worst case for the bare-secret
// heuristic). It returns the pastes and, for each, the benign item that
// must come through unchanged.
func Benign(seed int64, n int) (pastes, items []string, cats []string) {
	r := rand.New(rand.NewSource(seed))
	g := &gen{r: r}
	words := strings.Fields("account bucket client config context data error event file handler index item key list manager message node object option order policy process query request resource response result service session signer state stream table task token upload user value version worker")
	for i := 0; i < n; i++ {
		var item, cat, paste string
		switch i % 8 {
		case 0:
			cat, item = "git-sha", g.pick("0123456789abcdef", 40)
			paste = "commit " + item + "\nAuthor: dev <dev@example.com>\n"
		case 1:
			cat, item = "sha256", g.pick("0123456789abcdef", 64)
			paste = "x-amz-content-sha256: " + item + "\n"
		case 2:
			cat = "uuid"
			u := g.pick("0123456789abcdef", 32)
			item = u[:8] + "-" + u[8:12] + "-" + u[12:16] + "-" + u[16:20] + "-" + u[20:]
			paste = "request_id = \"" + item + "\"\n"
		case 3:
			cat = "base64-image"
			b := make([]byte, 300+r.Intn(2000))
			r.Read(b)
			item = "data:image/png;base64," + base64.StdEncoding.EncodeToString(append([]byte("\x89PNG\r\n\x1a\n"), b...))
			paste = "<img src=\"" + item + "\">\n"
		case 4:
			cat = "code"
			item = fmt.Sprintf("def %s_%s(self, %s_id, retries=%d):\n    return self.%s.get_%s(%s_id=%s_id, timeout=%d)",
				words[r.Intn(len(words))], words[r.Intn(len(words))], words[r.Intn(len(words))], r.Intn(9),
				words[r.Intn(len(words))], words[r.Intn(len(words))], words[r.Intn(len(words))], words[r.Intn(len(words))], r.Intn(90))
			paste = item + "\n"
		case 5:
			cat = "40-char-word"
			var w strings.Builder
			for w.Len() < 40 {
				x := words[r.Intn(len(words))]
				w.WriteString(strings.ToUpper(x[:1]) + x[1:])
			}
			s := w.String()[:39]
			item = s + string("0123456789xyz"[r.Intn(13)])
			paste = "result = " + item + "()\n"
		case 6:
			cat = "path"
			item = "/usr/lib/python3/dist-packages/" + words[r.Intn(len(words))] + "/" + words[r.Intn(len(words))] + ".py"
			paste = "File \"" + item + "\", line 42\n"
		case 7:
			cat = "url"
			item = "https://docs.aws.amazon.com/AmazonS3/latest/API/" + words[r.Intn(len(words))] + ".html?id=" + g.pick("0123456789abcdef", 16)
			paste = "see " + item + "\n"
		}
		// a key ID in the same paste switches on the bare-secret heuristic
		paste = "aws_access_key_id = " + g.keyID("AKIA") + "\n" + paste
		pastes = append(pastes, paste)
		items = append(items, item)
		cats = append(cats, cat)
	}
	return
}

// Forms returns the ways a secret can be written: raw, percent-encoded
// once and twice, and as hex bytes (raw and percent-encoded).
func Forms(v string) []string {
	f := []string{v}
	if e := pct(v); e != v {
		f = append(f, e, pct(e))
	}
	f = append(f, hexBytes(v))
	if e := pct(v); e != v {
		f = append(f, hexBytes(e))
	}
	return f
}

// Survivors returns the planted secrets of d that out still contains, in
// any of their Forms, also once line breaks are removed (wrapped logs).
func Survivors(d Doc, out string) []*Planted {
	joined := strings.NewReplacer("\r", "", "\n", "").Replace(out)
	escJoined := strings.NewReplacer(`\r`, "", `\n`, "").Replace(joined)
	var left []*Planted
	for _, p := range d.Secrets {
		for _, f := range Forms(p.Value) {
			if strings.Contains(out, f) || strings.Contains(joined, f) || strings.Contains(escJoined, f) {
				left = append(left, p)
				break
			}
		}
	}
	return left
}
