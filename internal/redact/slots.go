package redact

import (
	"strings"
	"sync"

	"github.com/presign-doctor/presign-doctor/internal/table"
)

// Layer 1: slots. A value in a credential-bearing slot is redacted whatever
// its shape: short, lower case, not AWS (MinIO, Garage, R2, Ceph keys),
// a password. A slot is a label and its value in any syntax people paste
// (labelled), a name and its value in sibling fields (sibling), a column
// of a table whose header names the secret (tables), a positional argument
// of a credentials constructor (positional), a CLI flag (cliCreds), URL
// userinfo (userinfo), an HTTP authorization scheme (bearerAt, awsV2Auth),
// and the account field of an ARN (arn).
//
// Where a value ends is delim.go's grammar, one rule per syntax; each
// reader names the syntax its slot is written in:
//   - labelled: slotSyntax (quoted string; query parameter, also percent-
//     encoded; auth-param; XML element; shell word after a blank, a flag
//     or export; configuration line of a shell variable; header field
//     line), the credential scope's date (lScope), the cookie-pair
//     (lCookie), a line for botocore's signature alone on its line;
//     restValue: configuration line;
//   - bearerAt, command (SigV2 "AWS id:sig"): token68;
//   - userinfo: URL userinfo (userinfoAt);
//   - positional, argPair, tuplePassword, genericValue quoted: string literal;
//   - userPass, headerDirective, command (mc), phraseIs, netrc: shell word;
//   - sibling, phrase (slotValue): quoted string or YAML line;
//   - xmlSibling: XML element; htmlRow: its "</td>" and "</tr>" (delimited);
//   - tables: a table's cell; credentialLine, catKeyFile: the line.

// Label classes: what a labelled value is expected to be.
const (
	lSecret     = iota + 1 // secret access key (base64)
	lSession               // session token (base64)
	lToken                 // a bare "token" label: session token or other credential
	lSignature             // SigV4/SigV2 signature
	lAccount               // 12-digit account ID
	lPassword              // password-style assignment
	lCred                  // other credentials (API keys, OAuth tokens)
	lKeyID                 // access key ID, whatever its shape (also MinIO, Garage, R2 keys)
	lBucket                // bucket names (only with RedactBucketNames)
	lObjectKey             // object keys (only with RedactBucketNames)
	lScope                 // a credential scope: its first part, up to '/', is the key ID
	lCapability            // a long base64 value that grants access (CloudFront Policy)
	lCookie                // a Cookie header: every value in it
)

// labels maps a normalised label (lower case, without '_', '-' and '.') to
// its class. A label also matches as a suffix of a longer name at a word
// boundary (TF_VAR_aws_secret_key, X-Amz-Security-Token, mySecretKey,
// MINIO_ROOT_PASSWORD, --http-password), so one entry covers every syntax
// (Python/JS/Go/Java/C#/PHP/Ruby assignments and keyword arguments, env
// files, export, Windows set, PowerShell $env:, INI, YAML, TOML, JSON, HCL,
// XML elements, HTML attributes, CLI flags). The comment beside each group
// names the documentation it was taken from.
var labels = sync.OnceValue(func() map[string]int {
	return map[string]int{
		// AWS CLI/SDK configuration and environment variables (AWS CLI
		// User Guide "Configuration and credential file settings",
		// "Environment variables"); boto3 client keyword arguments; STS
		// AssumeRole JSON (SecretAccessKey); s3cmd .s3cfg (secret_key);
		// rclone s3 backend (secret_access_key); MinIO (MINIO_SECRET_KEY).
		"awssecretaccesskey": lSecret, "secretaccesskey": lSecret, "awssecretkey": lSecret,
		"secretkey": lSecret, "awssecret": lSecret, "secret": lSecret, "secretaccess": lSecret,
		"awssecretaccess": lSecret, "secretaccesskeyid": lSecret,
		// Backblaze B2 (B2_APPLICATION_KEY), Azure Storage connection
		// strings (AccountKey=), GCS HMAC (secret).
		"applicationkey": lSecret, "accountkey": lSecret, "hmacsecret": lSecret,

		// AWS CLI (aws_session_token, legacy aws_security_token), STS JSON
		// (SessionToken), SigV4 query and header X-Amz-Security-Token.
		"awssessiontoken": lSession, "sessiontoken": lSession, "awssecuritytoken": lSession,
		"securitytoken": lSession, "token0": lSession, "ststoken": lSession, "sessionkey": lSession,
		"token": lToken,

		// SigV4 (X-Amz-Signature, Authorization Signature=), S3 error XML
		// (SignatureProvided), SigV2 and CloudFront signed URLs (Signature),
		// GCS V4 signed URLs (X-Goog-Signature), Azure SAS (sig).
		"signature": lSignature, "signatureprovided": lSignature, "xamzsignature": lSignature,
		"sig": lSignature,

		// SigV4 credential scope (AWS "Authenticating Requests: query
		// parameters" X-Amz-Credential, Authorization header Credential=,
		// presigned POST form field x-amz-credential), GCS V4
		// (X-Goog-Credential).
		"xamzcredential": lScope, "credential": lScope, "xgoogcredential": lScope,

		// CloudFront signed URLs with a custom policy (Policy=, base64).
		"policy": lCapability,

		// Cookie header (RFC 6265) and HAR cookies.
		"cookie": lCookie,

		"account": lAccount, "accountid": lAccount, "accountnumber": lAccount, "awsaccount": lAccount,
		"awsaccountid": lAccount, "owner": lAccount, "ownerid": lAccount, "bucketowner": lAccount,
		"expectedbucketowner": lAccount, "aws": lAccount, "accountids": lAccount, "principal": lAccount,
		"awsaccountnumber": lAccount,

		// Every tool's password option (wget --password/--http-password,
		// MINIO_ROOT_PASSWORD, JDBC password=, SMTP_PASSWORD, docker-compose
		// POSTGRES_PASSWORD ...).
		"password": lPassword, "passwd": lPassword, "pwd": lPassword, "pass": lPassword,
		"passphrase": lPassword,

		// OAuth and SaaS API credentials (RFC 6749 client_secret,
		// access_token, refresh_token; curl --oauth2-bearer; x-api-key);
		// docker config.json "auth"; HTTP Authorization as a field.
		"apikey": lCred, "apisecret": lCred, "apitoken": lCred, "accesstoken": lCred,
		"authtoken": lCred, "refreshtoken": lCred, "clientsecret": lCred, "secrettoken": lCred,
		"idtoken": lCred, "bearertoken": lCred, "privatekey": lCred, "xapikey": lCred,
		"oauth2bearer": lCred, "auth": lCred, "authorization": lCred, "webhooksecret": lCred,
		"sastoken": lCred, "signingkey": lCred, "masterkey": lCred, "encryptionkey": lCred,
		"seed": lCred, "signingseed": lCred, "signingsecret": lCred, "hmackey": lCred,

		// AWS CLI/SDK (aws_access_key_id, AccessKeyId, AWSAccessKeyId in
		// SigV2 URLs and S3 error XML), s3cmd (access_key), rclone
		// (access_key_id), MinIO (MINIO_ACCESS_KEY, MINIO_ROOT_USER: the
		// root access key), Backblaze B2 (B2_APPLICATION_KEY_ID), GCS V2
		// signed URLs (GoogleAccessId).
		"awsaccesskeyid": lKeyID, "accesskeyid": lKeyID, "accesskey": lKeyID, "awsaccesskey": lKeyID,
		"rootuser": lKeyID, "applicationkeyid": lKeyID, "googleaccessid": lKeyID, "hmacaccessid": lKeyID,
		// terraform-provider-minio (minio_user); Amazon SES SMTP: the SMTP
		// user name is an access key ID (SES "Obtaining SMTP credentials"),
		// as set in Django EMAIL_HOST_USER.
		"miniouser": lKeyID, "emailhostuser": lKeyID, "smtpuser": lKeyID, "smtpusername": lKeyID,
		// fluentd out_s3 (docs.fluentd.org/output/s3: aws_key_id,
		// aws_sec_key)
		"awskeyid": lKeyID, "awsseckey": lSecret,
		// gcloud storage hmac create output (cloud.google.com/storage/docs/
		// authentication/managing-hmackeys: metadata.accessId, secret);
		// Azure CLI environment (learn.microsoft.com/en-us/cli/azure/
		// storage: AZURE_STORAGE_KEY, the account key).
		"accessid": lKeyID, "storagekey": lSecret, "storageaccountkey": lSecret,
		// Tencent Cloud API keys (tencentcloud.com/document/product/598/
		// 32675: a SecretId, AKID…, is the key ID beside its SecretKey;
		// COS's coscmd writes secret_id = / secret_key = in ~/.cos.conf,
		// tencentcloud.com/document/product/436/10976; the SDKs read
		// TENCENTCLOUD_SECRET_ID)
		"secretid": lKeyID,
		// Nextcloud config.php (docs.nextcloud.com config_sample_php_parameters:
		// passwordsalt, secret)
		"passwordsalt": lCred,
		// Rails credentials (guides.rubyonrails.org/security.html#custom-
		// credentials: secret_key_base); podman secret inspect --showsecret
		// (docs.podman.io podman-secret-inspect: SecretData)
		"secretkeybase": lCred, "secretdata": lCred,
		// redis.conf (github.com/redis/redis redis.conf: requirepass,
		// masterauth; Valkey's primaryauth)
		"requirepass": lPassword, "masterauth": lPassword, "primaryauth": lPassword,

		"bucket": lBucket, "bucketname": lBucket, "s3bucket": lBucket,
		"key": lObjectKey, "objectkey": lObjectKey, "s3key": lObjectKey,
	}
})

// phraseLabels are labels written as words (console CSV headers, tool
// output, tables): "Access key ID", "Secret access key" (AWS console
// credentials CSV), "Key ID" and "Secret key" (garage key info), "Access
// Key" / "Secret Key" (mc admin user svcacct add).
var phraseLabels = sync.OnceValue(func() map[string]int {
	return map[string]int{
		"accesskeyid": lKeyID, "keyid": lKeyID, "accesskey": lKeyID, "secretaccesskey": lSecret,
		"secretkey": lSecret, "sessiontoken": lSession, "password": lPassword, "secret": lSecret,
		"awsaccesskeyid": lKeyID, "awssecretaccesskey": lSecret, "token": lToken, "apikey": lCred,
		"accesskeysecret": lSecret, "secretaccesskeyid": lSecret, "secretid": lKeyID,
		// a derived SigV4 signing key as tools print it (nginx aws-auth
		// module's generate_signing_key: "Signing key: …"), and the other
		// keys written as two words
		"signingkey": lCred, "hmackey": lCred, "masterkey": lCred, "encryptionkey": lCred,
	}
})

// labelLast is the set of last letters of the labels.
var labelLast = sync.OnceValue(func() *[256]bool {
	var set [256]bool
	for l := range labels() {
		set[l[len(l)-1]] = true
	}
	return &set
})

// labelHeads marks, for each first letter of a label, the lengths (bit
// L) of the labels starting with it: labelOf asks the map only for a
// name that may be one.
var labelHeads = sync.OnceValue(func() *[256]uint64 {
	var set [256]uint64
	for l := range labels() {
		if len(l) < 64 {
			set[l[0]] |= 1 << len(l)
		}
	}
	return &set
})

// labelOf looks the normalised name b up in labels, through labelHeads.
func labelOf(b []byte, heads *[256]uint64) (int, bool) {
	if len(b) == 0 || len(b) >= 64 || heads[b[0]]>>len(b)&1 == 0 {
		return 0, false
	}
	l, ok := labels()[string(b)]
	return l, ok
}

// labelTails marks the last three characters of every label (labelTail's
// code), a bit each.
var labelTails = sync.OnceValue(func() *[(37*37*37 + 63) / 64]uint64 {
	var set [(37*37*37 + 63) / 64]uint64
	for l := range labels() {
		t := tailCode(l[len(l)-3])*37*37 + tailCode(l[len(l)-2])*37 + tailCode(l[len(l)-1])
		set[t>>6] |= 1 << (t & 63)
	}
	return &set
})

// tailCode numbers the characters of the labels (a-z, 0-9) from 1, any
// other byte 0; an upper-case letter is its lower case.
func tailCode(c byte) int {
	switch {
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 1
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 1
	case c >= '0' && c <= '9':
		return int(c-'0') + 27
	}
	return 0
}

// labelTailOK reports whether a label can end the word s[i:j]: every
// lookup of labelClass is of a name ending with the word's last three
// characters other than '_' '-' '.', and labels are at least three long.
// A word ending with a digit (a numbered label) or with fewer than three
// such characters passes.
func labelTailOK(s string, i, j int) bool {
	var c [3]int
	n := 0
	for k := j - 1; k >= i && n < 3; k-- {
		b := s[k]
		if b == '_' || b == '-' || b == '.' {
			continue
		}
		if n == 0 && b >= '0' && b <= '9' {
			return true
		}
		if c[n] = tailCode(b); c[n] == 0 {
			return false // no label holds it
		}
		n++
	}
	if n < 3 {
		return true
	}
	t := c[2]*37*37 + c[1]*37 + c[0]
	return labelTails()[t>>6]&(1<<(t&63)) != 0
}

// labelClass returns the class of the word s[i:j] (0 if none) and the
// length of the normalised label that matched, looking at the whole word
// and at each suffix that starts at a separator or at a case change.
func labelClass(s string, i, j int) (int, int) {
	if j-i < 2 || !labelTailOK(s, i, j) {
		return 0, 0
	}
	cut := false
	if j-i > 64 { // long word: only its tail's suffixes can be labels
		i, cut = j-64, true
	}
	var buf [64]byte
	var starts [32]int
	n, ns := 0, 0
	for k := i; k < j; k++ {
		c := s[k]
		if c == '_' || c == '-' || c == '.' {
			if ns < len(starts) {
				starts[ns] = n
				ns++
			}
			continue
		}
		// a case change, a digit's end, or the name glued to a one-letter
		// flag that sets a property (-Jsecret_key=, -Psecret=, -Dsecret=:
		// JMeter, Gradle, the JVM)
		if k > i && (c >= 'A' && c <= 'Z' && s[k-1] >= 'a' && s[k-1] <= 'z' || !isDigit(c) && isDigit(s[k-1]) ||
			k == i+2 && s[i] == '-' && s[k-1] >= 'A' && s[k-1] <= 'Z' && c >= 'a' && c <= 'z') && ns < len(starts) {
			starts[ns] = n
			ns++
		}
		buf[n] = lower(c)
		n++
	}
	// every suffix ends with the word's last letter: when no label ends
	// with it, no lookup can match (most words of a paste)
	if n > 3 && isDigit(buf[n-1]) && !cut && !IsPlaceholder(s[i:j]) {
		// a versioned or numbered label (Terraform aws_iam_access_key
		// ses_smtp_password_v4, PASSWORD_2, secret_key_v2): the label
		// without its number
		m := n
		for m > 0 && isDigit(buf[m-1]) {
			m--
		}
		if m > 1 && buf[m-1] == 'v' && ns > 0 && starts[ns-1] == m-1 {
			m--
		}
		if m > 0 && m < n && ns > 0 && starts[ns-1] == m {
			heads := labelHeads()
			// credential classes only (a bucket_2 is no bucket label)
			if l, ok := labelOf(buf[:m], heads); ok && l != lBucket && l != lObjectKey {
				return l, n
			}
			for k := 0; k < ns-1; k++ {
				if starts[k] < m {
					if l, ok := labelOf(buf[starts[k]:m], heads); ok && l != lBucket && l != lObjectKey {
						return l, n - starts[k]
					}
				}
			}
		}
	}
	if n == 0 || !labelLast()[buf[n-1]] {
		return 0, 0
	}
	heads := labelHeads()
	if l, ok := labelOf(buf[:n], heads); ok && !cut {
		return l, n
	}
	for k := 0; k < ns; k++ {
		if starts[k] < n {
			if l, ok := labelOf(buf[starts[k]:n], heads); ok {
				return l, n - starts[k]
			}
		}
	}
	if l := compoundLabel(buf[:n]); l != 0 && !cut && ns == 0 { // slots_records.go
		return l, n
	}
	return 0, 0
}

// separator reads what follows a label at s[j]: an optional closing quote,
// blanks, then '=', ':', '=>', ':=', '>', or a percent-encoded '=' or ':'.
// With spaceOK, blanks alone separate. It returns where the value starts
// (after blanks and an opening quote), the quote, and whether there was a
// separator.
func separator(s string, j int, spaceOK bool) (v int, quote string, ok bool) {
	n := len(s)
	k := j
	if k < n && s[k] == ' ' {
		if e := xmlAttrsEnd(s, j); e > 0 {
			return e, "", true // <Pass encoding="base64">VALUE</Pass>
		}
	}
	quoted := false
	if k+1 < n && s[k] == '\\' && (s[k+1] == '"' || s[k+1] == '\'') {
		k += 2
		quoted = true
	} else if k < n && (s[k] == '"' || s[k] == '\'') {
		k++
		quoted = true
	}
	if k < n && s[k] == ']' {
		k++ // a subscript: os.environ["NAME"] = …, ENV['NAME'] = …, php-fpm env[NAME] = …
	} else if quoted && k+3 < n && s[k] == ')' && s[k+1] == ' ' && s[k+2] == '=' && s[k+3] != '=' {
		k++ // a call's result: ltrace's getenv("NAME") = "…", VBScript's Environment("NAME") = "…"
	}
	for k < n && k-j < 3 && s[k] == '*' {
		k++ // a Markdown/Slack mrkdwn emphasis around the label: **Secret key**: …, *AWS_SECRET_ACCESS_KEY*: `…`
	}
	b := k
	for k < n && (s[k] == ' ' || s[k] == '\t') {
		k++
	}
	if k >= n {
		return 0, "", false
	}
	switch {
	case s[k] == '=':
		k++
		if k < n && s[k] == '>' {
			k++
		}
	case s[k] == ':':
		if k+1 < n && s[k+1] == ':' {
			// GNU make's ::= and :::= (make manual "Setting Variables":
			// simply and immediately expanded variables); otherwise a
			// scope operator: Aws::Auth::…, Foo::Bar
			if e := makeAssign(s, k); e > k {
				k = e
				break
			}
			// a scope operator names what follows it (a letter, '_',
			// C++'s '~', '<', '*'); a digit or other punctuation after
			// "::" is the value's own first ':' (Go's %+v prints
			// Name:value whatever the value holds: AccessKeyID::0012007,
			// FuzzPlantedSlot 2b7db02902fd75c3)
			if k+2 >= n || isWord(s[k+2]) && !isDigit(s[k+2]) || s[k+2] <= ' ' || strings.IndexByte("~<*:{($", s[k+2]) >= 0 {
				return 0, "", false
			}
		}
		k++
		if k < n && s[k] == '=' {
			k++
		}
	case s[k] == '?' && k+1 < n && s[k+1] == '=' && k > b:
		// GNU make's conditional assignment, NAME ?= value (make manual
		// "Setting Variables"), a blank before it (no code writes "x ?=")
		k += 2
	case s[k] == ';' && quoted && k == b && phpSerialized(s, k+1) > 0:
		// PHP serialize(): s:13:"access-key-id";s:20:"…"; (slots_keywords.go)
		return phpSerialized(s, k+1), `"`, true
	case s[k] == '>':
		k++
	case s[k] == ',' && quoted && k == b && func() bool {
		x := k + 1
		for x < n && (s[x] == ' ' || s[x] == '\t') {
			x++
		}
		if x >= n || s[x] != '"' && s[x] != '\'' {
			return false
		}
		// one word in the quotes: print("password", "is required") is prose
		e := strings.IndexByte(s[x+1:min(n, x+1025)], s[x])
		if e <= 0 || strings.ContainsAny(s[x+1:x+1+e], " \t\n") {
			return false
		}
		// the name opens the call, pair or list ((…, {…, […), it is not a
		// later item of a list of names: array['…-access-key',
		// '…-secret-key', '…region']
		// (parallelArrays reads their values)
		lo := max(0, j-128)
		if oq := lastIndexByte(s[lo:j], s[j]); oq >= 0 {
			p := lo + oq
			for p > 0 && (s[p-1] == ' ' || s[p-1] == '\t') {
				p--
			}
			if p > 0 && s[p-1] != '(' && s[p-1] != '{' && s[p-1] != '[' {
				return false // a later item: the pair is (name, value) first
			}
		}
		// and no object key: {"name": "x-amz-security-token", "value": …}
		y := x + 1 + e + 1
		for y < n && (s[y] == ' ' || s[y] == '\t') {
			y++
		}
		return y >= n || s[y] != ':'
	}():
		// a setter's name and value arguments: os.Setenv("NAME", "…")
		// (pkg.go.dev/os#Setenv), System.setProperty("aws.secretAccessKey",
		// "…") (AWS SDK for Java system properties), putenv, t.Setenv
		k++
	case hasPrefixFold(s, k, "%3d") || hasPrefixFold(s, k, "%3a"):
		k += 3
	case hasPrefixFold(s, k, "%253d") || hasPrefixFold(s, k, "%253a"):
		k += 5
	default:
		if !spaceOK || k == b {
			return 0, "", false
		}
	}
	for k < n && (s[k] == ' ' || s[k] == '\t') {
		k++
	}
	if k+1 < n && s[k] == '\\' && (s[k+1] == '"' || s[k+1] == '\'') {
		return k + 2, s[k : k+2], true
	}
	if k+1 < n && strings.IndexByte("rbfuRBFU", s[k]) >= 0 && (s[k+1] == '"' || s[k+1] == '\'') {
		k++
	}
	if k+1 < n && s[k] == '(' && (s[k+1] == '"' || s[k+1] == '\'') {
		k++ // aws_secret_access_key=("…" "…"): a literal split in parentheses
	}
	if k+1 < n && s[k] == '@' && s[k+1] == '"' {
		k++ // an Objective-C literal: initWithAccessKey:@"…" secretKey:@"…"
	}
	if k+7 < n && s[k] == '0' && s[k+1] == 'x' {
		// a debugger's char pointer: gdb's and lldb's 0x555555559300
		// "…" print the address, then the string it points to
		x := k + 2
		for x < n && x-k < 19 && isHex(s[x]) {
			x++
		}
		if x-k >= 6 && x+1 < n && s[x] == ' ' && s[x+1] == '"' {
			k = x + 1
		}
	}
	if k+7 < n && s[k] == 'p' && strings.HasPrefix(s[k:], "paste0(") && (s[k+7] == '"' || s[k+7] == '\'') {
		k += 7 // R: "NAME" = paste0("…", "…"), the pieces one string (inConcat)
	}
	if k < n && (s[k] == '"' || s[k] == '\'' || s[k] == '`') {
		if k+3 < n && s[k+1] == s[k] && s[k+2] == s[k] && s[k+3] != s[k] {
			// a triple-quoted string: grafana.ini's password = """…"""
			// for a value holding # or ; (grafana.com/docs/grafana/latest/
			// setup-grafana/configure-grafana), TOML's and Python's
			// multi-line literals: the value starts after the third quote
			return k + 3, s[k : k+1], true
		}
		return k + 1, s[k : k+1], true
	}
	return k, "", true
}

// xmlAttrsEnd reads the attributes of an XML start tag whose name ends at
// s[j] (<Pass encoding="base64">, FileZilla's sitemanager.xml; <password
// type="…">): the element's text is its value as it is without
// attributes. It returns where the text starts (after '>'), or 0 when
// s[j:] is no run of name="…" attributes closing the tag.
func xmlAttrsEnd(s string, j int) int {
	a := j
	for a > 0 && j-a < 64 && (isAlnum(s[a-1]) || s[a-1] == '_' || s[a-1] == '-' || s[a-1] == ':' || s[a-1] == '.') {
		a--
	}
	if a == j || a == 0 || s[a-1] != '<' {
		return 0
	}
	k := j
	for n := 0; n < 8; n++ {
		for k < len(s) && s[k] == ' ' {
			k++
		}
		if k < len(s) && s[k] == '>' {
			if n == 0 {
				return 0
			}
			return k + 1
		}
		e := k
		for e < len(s) && (isAlnum(s[e]) || s[e] == '_' || s[e] == '-' || s[e] == ':') {
			e++
		}
		if e == k || e+1 >= len(s) || s[e] != '=' || s[e+1] != '"' && s[e+1] != '\'' {
			return 0
		}
		q := strings.IndexByte(s[e+2:min(len(s), e+258)], s[e+1])
		if q < 0 || strings.ContainsAny(s[e+2:e+2+q], "<>\n") {
			return 0
		}
		k = e + 2 + q + 1
	}
	return 0
}

// labelled handles a word followed by a separator and a value.
func (st *state) labelled(s string, i, j int) (hit, bool) {
	if j-i < 2 {
		return hit{}, false
	}
	// cheap check before normalising: a separator must follow
	if j >= len(s) {
		return hit{}, false
	}
	switch s[j] {
	case '=', ':', '>', '"', '\'', '%', '\\':
	case ']': // env[NAME] = … (separator skips the ']')
	case '*': // **Secret key**: …, Slack *KEY*: (separator skips the '*')
		if !slotCandidate(s, i, j) {
			return hit{}, false
		}
	case ' ', '\t':
		// blanks then a separator, or a long label / CLI flag alone
		k := j
		for k < len(s) && k-j < 16 && (s[k] == ' ' || s[k] == '\t') {
			k++
		}
		// (a word holding a placeholder is not long: the placeholder may
		// stand for a short value, and the first pass saw that)
		if k < len(s) && s[k] != '=' && s[k] != ':' && s[k] != '%' && (j-i < 12 || hasPlaceholder(s[i:j])) && !cliFlag(s[i:j]) && !configLabel(s, i, j) &&
			(i == 0 || s[i-1] != '<') {
			return hit{}, false
		}
	default:
		return hit{}, false
	}
	cl, ll := labelClass(s, i, j)
	if cl == 0 {
		if !keyIDBesideKey(s, i, j) && !s3User(s, i, j) { // slots_keywords.go
			return hit{}, false
		}
		cl, ll = lKeyID, j-i // Salt's s3.keyid beside s3.key, a user signing in to S3
	}
	if cl == lObjectKey && keyBesideKeyID(s, i, j) { // slots_keywords.go
		cl = lSecret // Salt's s3.key beside s3.keyid
	}
	if cl == lObjectKey && s[i:j] == "key" && inCredentialsGroup(s, i) {
		cl = lKeyID // AWS SDK for PHP: 'credentials' => ['key' => …, 'secret' => …]
	}
	if cl == lObjectKey && j-i > 3 && pairedSecret(s, i, j) { // slots_outputs.go
		cl = lKeyID
	}
	if (cl == lBucket || cl == lObjectKey) && !st.opts.RedactBucketNames {
		return hit{}, false
	}
	// blanks alone separate only after a CLI flag or a long, specific label
	// (aws configure set aws_secret_access_key VALUE)
	// (the label matched must be a whole name, not a short tail such as
	// "pass" of nginx's proxy_pass or "sig" of a longer word)
	cfg := ll >= 6 && configLabel(s, i, j)
	spaceOK := cliFlag(s[i:j]) || cfg || ll >= 12 && cl != lKeyID && cl != lAccount && cl != lBucket && cl != lObjectKey ||
		cl == lKeyID && ll >= 11 && strings.IndexByte(s[i:j], '_') >= 0 || // rclone config create … access_key_id VALUE
		// a quoted name then its quoted value, two arguments of a command
		// typed at a prompt: dotnet user-secrets set "AWS:SecretKey" "…"
		// (learn.microsoft.com/en-us/aspnet/core/security/app-secrets)
		quotedArgs(s, i, j) // slots_keywords.go
	v, quote, ok := separator(s, j, spaceOK)
	if !ok || v >= len(s) {
		return hit{}, false
	}
	if quote == "" && v > j && strings.Trim(s[j:v], " \t") == "" {
		// the word after the blanks is a flag or a label, not the value
		// (slots_pairs.go: gh secret set NAME --body V, pulumi config set
		// --secret aws:secretKey V)
		if a, b, isFlag, ok := flagValue(s, v); ok {
			return slotHit(cl, a, b, s[a:b])
		} else if isFlag || namespacedLabel(s, v) {
			return hit{}, false
		}
	}
	if quote == "" && s[v] == '{' && cl != lBucket && cl != lObjectKey {
		if a, b, ok := objectValue(s, v); ok { // slots_pairs.go
			return slotHit(cl, a, b, s[a:b])
		}
	}
	if cl == lSignature {
		// "Signature: |" then the row's end: the cell border of a
		// numbered-lines table is the slot's delimiter, not its value
		k := v
		for k < len(s) && s[k] == ' ' {
			k++
		}
		if k < len(s) && s[k] == '|' {
			k++
			for k < len(s) && s[k] == ' ' {
				k++
			}
			if k < len(s) && (s[k] == '\n' || s[k] == '\r') {
				v = k
			}
		}
	}
	if cl == lSignature && (s[v] == '\n' || s[v] == '\r') {
		// botocore's DEBUG log: "… botocore.auth [DEBUG] Signature:" and
		// the signature alone on the next line
		v = skipLayout(s, v)
		// whatever its shape, when it is alone on that line: the line's
		// end is this slot's delimiter (a short or made-up one:
		// FuzzPlantedSlot found "0001027A" surviving, then
		// "0000000000001027!000…", whose base64 run stopped at '!')
		// (syntax: a line, delim.go: one word to the line's end)
		if e := valueEnd(s, v, synLine, ""); e-v >= 4 && strings.IndexAny(s[v:e], " \t") < 0 && !templateLike(s[v:e]) {
			return hit{start: v, end: e, kind: KindSignature, val: s[v:e]}, true
		}
		if e, val := b64Run(s, v); len(val) >= 16 && (e == len(s) || !isWord(s[e])) {
			return hit{start: v, end: e, kind: KindSignature, val: val}, true
		}
		return hit{}, false
	}
	if quote == "" && v > j && strings.Trim(s[j:v], "\"' \t") == "" && attrStart(s, v) {
		// name="x-amz-security-token" value="…": the word after the blank
		// is the next field's label (the sibling slot reads the value);
		// a quoted value is the slot's own whatever it holds: a base64
		// run ending in '=' before its closing quote is no attribute
		// (duck --password '…3k=': FuzzPlantedSlot 16b4a854ea7d3659)
		return hit{}, false
	}
	// The value's end: the delimiter grammar (delim.go) of the syntax the
	// slot is written in, whatever the value holds. Only an unquoted value
	// in a syntax this cannot name (code, a log's prose, a configuration
	// line) is left to the readings below.
	if syn := slotSyntax(s, i, j, v, quote, cfg); syn != synNone {
		if h, decided := grammarValue(s, i, j, v, quote, cl, ll, syn, cfg); decided {
			return h, h.end > h.start
		}
	}
	if quote == "" {
		switch cl {
		case lSecret, lSession, lToken, lSignature, lCred, lPassword, lKeyID:
			// syntax: a configuration line (YAML, INI, properties,
			// dotenv) when the label starts its line and the line is no
			// code (restValue): to the line's end, whatever the value
			// holds (FuzzPlantedSlot eb7ff854f204f18c: a Kubernetes
			// Secret's "secretkey: 0000000000001027!000…")
			if e, val, ok := restValue(s, i, j, v); ok && !(cl == lCred && (strings.IndexByte(val, ' ') >= 0 || authScheme(val))) {
				if h, ok := slotHit(cl, v, e, val); ok {
					return h, true
				}
			}
		}
	}
	// No syntax named: an unquoted value in code (keyword arguments,
	// object literals), a log's key=value prose, a configuration line that
	// may be code. These readings guess where it ends from its shape (a
	// base64 run, a word that is no identifier, the line's rest when the
	// line is no code: restValue); they are the only ones that do.
	switch cl {
	case lSecret, lSession, lToken, lSignature:
		e, val := b64Run(s, v)
		if cl == lSignature && e < len(s) && (s[e] == '-' || s[e] == '_' || s[e] == '~') {
			// CloudFront's and GCS's URL-safe base64 (- _ ~)
			for e < len(s) && (isB64(s[e]) || s[e] == '-' || s[e] == '_' || s[e] == '~') {
				e++
			}
			val = s[v:e]
		}
		if quote == "" && e > v && (s[v-1] == '=' || s[v-1] == ':' || s[v-1] == ' ') && e < len(s) && s[e] > ' ' && strings.IndexByte(",&;\"'<>()[]{}.-_", s[e]) < 0 {
			// the base64 run stopped at a character that ends no word
			// of code or prose ('!' '@' '#' …): the word runs on to what
			// does (FuzzPlantedSlot: PRIVATE-TOKEN: 0000000000001027!000…)
			e2 := e
			for e2 < len(s) && e2-v < 2048 && s[e2] > ' ' && strings.IndexByte(",&;\"'<>()[]{}", s[e2]) < 0 {
				e2++
			}
			e, val = e2, s[v:e2]
		}
		if e > v && (e >= len(s) || !isAlnum(s[e]) && s[e] != '_' && s[e] != '-' && !(s[e] == '.' && e+1 < len(s) && isAlnum(s[e+1]))) && len(val) >= 16 {
			kind := KindSecretAccessKey
			switch cl {
			case lSession:
				kind = KindSessionToken
			case lToken:
				kind = KindCredential
				if len(val) >= 100 || tokenMarker(val) {
					kind = KindSessionToken
				}
			case lSignature:
				kind = KindSignature
			}
			return hit{start: v, end: e, kind: kind, val: val}, true
		}
		if cl == lSignature {
			// a signature slot takes whatever it holds (a truncated or
			// made-up one too) when the slot is unambiguous: a query or
			// header value, or a quoted one
			unambiguous := quote != "" || s[v-1] == '=' || s[v-1] == ':'
			if len(val) >= 4 && e > v && unambiguous && !templateLike(val) && !typeName(val) && (e >= len(s) || !isAlnum(s[e])) {
				return hit{start: v, end: e, kind: KindSignature, val: val}, true
			}
			// whatever its characters: the value runs to its delimiter
			// (FuzzPlantedSlot: "Signature=!0000172" in a botocore log)
			if e2, val2, ok := genericValue(s, i, j, v, quote); ok && unambiguous && len(val2) >= 4 && !typeName(val2) {
				return hit{start: v, end: e2, kind: KindSignature, val: val2}, true
			}
			return hit{}, false
		}
		e, val, ok := genericValue(s, i, j, v, quote)
		if quote == "" {
			if e2, val2, ok2 := restValue(s, i, j, v); ok2 && (!ok || len(val2) > len(val)) {
				e, val, ok = e2, val2, true
			}
		}
		if ok && len(val) >= 3 && !typeName(val) {
			kind := KindCredential
			switch cl {
			case lSecret:
				kind = KindSecretAccessKey
			case lSession:
				kind = KindSessionToken
			}
			return hit{start: v, end: e, kind: kind, val: val}, true
		}
	case lAccount:
		if e, val, ok := accountValue(s, v); ok {
			return hit{start: v, end: e, kind: KindAccountID, val: val}, true
		}
	case lPassword:
		if quote == "" {
			if e, val, ok := restValue(s, i, j, v); ok {
				return hit{start: v, end: e, kind: KindPassword, val: val}, true
			}
		}
		if e, val, ok := genericValue(s, i, j, v, quote); ok {
			return hit{start: v, end: e, kind: KindPassword, val: val}, true
		}
	case lCred:
		if strings.HasSuffix(strings.ToLower(s[i:j]), "auth") {
			// Python requests auth=("user", "password")
			p := v
			if quote != "" {
				p = v - 2
			}
			if p >= 0 && s[p] == '(' {
				if h, ok := tuplePassword(s, p); ok {
					return h, true
				}
			}
		}
		if e, val, ok := genericValue(s, i, j, v, quote); ok && len(val) >= 4 && !typeName(val) {
			authz := ll >= 4 && (strings.HasSuffix(strings.ToLower(s[i:j]), "authorization") || strings.HasSuffix(strings.ToLower(s[i:j]), "auth"))
			if authz && quote == "" && e < len(s) && s[e] == ' ' && e+1 < len(s) && s[e+1] > ' ' && s[e+1] != '\'' && s[e+1] != '"' {
				// "Authorization: Bearer …", "AWS4-HMAC-SHA256 Credential=…":
				// a scheme, whose credential the word scan reads; another
				// word followed by a credential is a scheme too ("Token
				// abc…"); followed by nothing credential-like (a table's
				// '|'), the word is the credential itself
				if authScheme(val) {
					return hit{}, false
				}
				if e2, v2, ok := genericValue(s, i, j, e+1, ""); ok && len(v2) >= 4 {
					return hit{start: e + 1, end: e2, kind: KindCredential, val: v2}, true
				}
			}
			if sp := strings.IndexByte(val, ' '); sp > 0 && authz {
				if authScheme(val[:sp]) {
					return hit{}, false
				}
				if rest := strings.TrimSpace(val[sp+1:]); len(rest) >= 4 && strings.IndexByte(rest, ' ') < 0 && len(val[:sp]) < 16 {
					// "Token abc…", "SharedKey acct:sig": the scheme stays
					return hit{start: e - len(rest), end: e, kind: KindCredential, val: rest}, true
				}
			}
			if authz && authScheme(val) {
				return hit{}, false // a scheme or an auth mode alone ("auth: awsv4")
			}
			return hit{start: v, end: e, kind: KindCredential, val: val}, true
		}
	case lKeyID:
		e, val, ok := genericValue(s, i, j, v, quote)
		if quote == "" {
			if e2, val2, ok2 := restValue(s, i, j, v); ok2 && (!ok || len(val2) > len(val)) {
				e, val, ok = e2, val2, true
			}
		}
		if ok && len(val) >= 3 && !typeName(val) && !IsPlaceholder(val) {
			return hit{start: v, end: e, kind: keyKind(val), val: val}, true
		}
	case lScope:
		// KEY/YYYYMMDD/region/service/aws4_request: the key is whatever
		// comes before the date (syntax: scope, delim.go; the key's own
		// delimiter is "/YYYYMMDD/", also %2F-encoded, whatever the key
		// holds: FuzzPlantedSlot found a key ID "0000127," in an
		// Authorization header, whose ',' is the header's delimiter)
		if e := valueEnd(s, v, synScope, ""); e > v && !IsPlaceholder(s[v:e]) && !hasPlaceholder(s[v:e]) {
			return hit{start: v, end: e, kind: keyKind(s[v:e]), val: s[v:e]}, true
		}
	case lCapability:
		e, val := b64Run(s, v)
		for e < len(s) && (isAlnum(s[e]) || s[e] == '-' || s[e] == '_' || s[e] == '~') {
			e++ // CloudFront's URL-safe base64 uses - _ ~
			val = s[v:e]
		}
		if _, ok := printableB64(val); ok && len(val) >= 40 {
			// an S3 POST policy: readable, and the residue layer
			// takes it whole if it holds a credential
			return hit{}, false
		}
		if len(val) >= 40 {
			return hit{start: v, end: e, kind: KindCredential, val: val}, true
		}
		// a short or odd-shaped one runs to the slot's delimiter whatever
		// its characters, when the slot is a query or header value
		// (FuzzPlantedSlot: CloudFront's Policy=A0010027 in HTML)
		if quote != "" || s[v-1] == '=' || s[v-1] == ':' {
			if e2, val2, ok := genericValue(s, i, j, v, quote); ok && len(val2) >= 4 && !templateLike(val2) && !typeName(val2) {
				if _, b64 := printableB64(val2); !b64 {
					return hit{start: v, end: e2, kind: KindCredential, val: val2}, true
				}
			}
		}
	case lCookie:
		return st.cookie(s, v)
	case lBucket:
		e := v
		for e < len(s) && e-v < 64 && (isAlnum(s[e]) || s[e] == '.' || s[e] == '-' || s[e] == '_') {
			e++
		}
		if e-v >= 3 && e-v <= 63 && (e >= len(s) || !isWord(s[e])) {
			return hit{start: v, end: e, kind: KindBucket, val: s[v:e]}, true
		}
	case lObjectKey:
		if e, val, ok := genericValue(s, i, j, v, quote); ok && !strings.ContainsAny(val, "()") {
			return hit{start: v, end: e, kind: KindObjectKey, val: val}, true
		}
	}
	return hit{}, false
}

// grammarValue reads the value of a labelled slot of class cl written in
// syntax syn (slotSyntax) to that syntax's own closer (valueEnd), whatever
// it holds. decided is false when the syntax does not settle it (its closer
// does not come; a blank-separated word that is prose or code): labelled's
// readings guess then. decided with an empty hit: the slot holds nothing
// to redact (a reference, a type, a scheme whose credential bearerAt reads,
// an S3 POST policy).
func grammarValue(s string, i, j, v int, quote string, cl, ll int, syn syntax, cfg bool) (h hit, decided bool) {
	switch cl {
	case lSecret, lSession, lToken, lSignature, lCred, lPassword, lKeyID, lCapability:
	default:
		return hit{}, false
	}
	authz := cl == lCred && ll >= 4 && (hasSuffixFold(s[i:j], "authorization") || hasSuffixFold(s[i:j], "auth"))
	if cl == lCred && authz && quote != "" && v >= 2 && s[v-2] == '(' {
		return hit{}, false // Python requests auth=("user", "password"): tuplePassword
	}
	e := valueEnd(s, v, syn, quote)
	if e <= v {
		return hit{}, false
	}
	val := s[v:e]
	if (syn == synShellWord || syn == synLine || syn == synLineHash) && quote == "" && strings.ContainsAny(val, "()[]{}") {
		return hit{}, false // code, not a literal: labelled's readings
	}
	if syn == synShellWord && quote == "" && v > j && strings.TrimSpace(s[j:v]) == "" {
		// a blank separates (a CLI flag, aws configure set NAME VALUE, a
		// configuration line "name value"): the shell word, for the
		// credential classes; on a configuration line the word must be
		// the line's rest (more words are prose or code)
		switch cl {
		case lSecret, lSession, lToken, lPassword, lCred, lKeyID:
		default:
			return hit{}, false
		}
		if cfg && !cliFlag(s[i:j]) && directiveEnd(s, v, lineRest(s, v)) != e || val[0] == '-' {
			return hit{}, false
		}
		if !cfg && !cliFlag(s[i:j]) && lettersOnly(s[i:j]) && lettersOnly(val) && strings.ToLower(val) == val {
			// a label that is an English word, in a sentence, followed by
			// another lower-case word: prose ("The authorization
			// mechanism you have provided is not supported", "the
			// authorization header is malformed": S3's own messages),
			// not a credential; a made value has a digit, a capital or a
			// symbol, and the shape and residue layers still read it
			return hit{}, true
		}
	}
	if quote == "" && (syn == synLine || syn == synLineHash || syn == synShellWord || syn == synHeaderField) && codeExpr(s, i, j, strings.TrimRight(val, ",;")) {
		// a reference of code where the slot is written in code
		// (code.go): "secret_key = settings.AWS_SECRET" after "import
		// boto3" is no configuration line
		return hit{}, true
	}
	if eb, bval := b64Run(s, v); eb == e && bval != "" {
		val = bval // its escapes decoded, so every form of it goes
	}
	if cl == lCapability {
		if _, ok := printableB64(val); ok {
			return hit{}, true // an S3 POST policy: readable (the residue layer reads what it holds)
		}
	}
	if cl == lCred && authz {
		// "Bearer …", "AWS4-HMAC-SHA256 Credential=…": a scheme, whose
		// credential the word scan reads; "Token abc…", "SharedKey
		// acct:sig": the scheme stays, the credential goes
		if authScheme(val) {
			return hit{}, true
		}
		if sp := strings.IndexByte(val, ' '); sp > 0 {
			if authScheme(val[:sp]) {
				return hit{}, true
			}
			if rest := strings.TrimSpace(val[sp+1:]); len(rest) >= 4 && strings.IndexByte(rest, ' ') < 0 && sp < 16 {
				return hit{start: e - len(rest), end: e, kind: KindCredential, val: rest}, true
			}
		}
	}
	if (syn == synHeaderField || syn == synLine || syn == synLineHash) && strings.ContainsAny(val, " \t") {
		// words on a line: prose or code, not one value (a scheme and
		// its credential were read above)
		return hit{}, false
	}
	h, _ = slotHit(cl, v, e, val)
	return h, true
}

// slotHit is the hit for the value s[v:e] (val, its escapes decoded) of a
// slot of class cl, unless it is too short for the class or a reference,
// a type or a placeholder.
func slotHit(cl, v, e int, val string) (hit, bool) {
	minLen := 4
	switch cl {
	case lPassword:
		minLen = 1
	case lSecret, lSession, lToken, lKeyID:
		minLen = 3
	}
	if len(val) < minLen || templateLike(val) || typeName(val) { // (templateLike: placeholders too)
		return hit{}, false
	}
	return hit{start: v, end: e, kind: classKind(cl, val), val: val}, true
}

// accountValue reads a 12-digit account ID (also 1234-5678-9012), or a list
// of them, at s[v].
func accountValue(s string, v int) (int, string, bool) {
	digits := func(k int) (int, string, bool) {
		if k+12 <= len(s) && allDigits(s[k:k+12]) && (k+12 == len(s) || !isAlnum(s[k+12])) {
			return k + 12, s[k : k+12], true
		}
		if k+14 <= len(s) && allDigits(s[k:k+4]) && s[k+4] == '-' && allDigits(s[k+5:k+9]) && s[k+9] == '-' && allDigits(s[k+10:k+14]) && (k+14 == len(s) || !isAlnum(s[k+14])) {
			return k + 14, s[k:k+4] + s[k+5:k+9] + s[k+10:k+14], true
		}
		return 0, "", false
	}
	return digits(v)
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return len(s) > 0
}

// slotValue is where a value ends when its slot's syntax is a field
// ("value: …" of a YAML or HAR record, "Secret key: …" of a tool's
// output): a quoted value runs to its closing quote (genericValue, the
// quote being the slot's closer, whatever the value holds); an unquoted
// one after ':' or '=' and a blank is the rest of its line when that is one
// word (YAML plain scalars and "Label: value" lines end at the line's end:
// ',' ';' '&' belong to the value), else the run genericValue reads.
//
// s[i:j] is the label of the value's field; a value that is code
// (codeExpr, code.go) is none.
func slotValue(s string, i, j, v int, quote string) (int, string, bool) {
	if quote != "" || v == 0 || s[v-1] != ' ' && s[v-1] != '\t' {
		return genericValue(s, i, j, v, quote)
	}
	e := valueEnd(s, v, synLineHash, "") // syntax: a YAML or "Label: value" line
	if e > v {
		val := s[v:e]
		// (a dotted value is a literal unless the field is written in
		// code: YAML has no references; FuzzPlantedSlot b6201ebe85e8524f:
		// a Kubernetes env list's value: B.A00001)
		if strings.IndexAny(val, " \t") < 0 && !templateLike(val) && !codeExpr(s, i, j, val) && !strings.ContainsAny(val, "\"'`") &&
			!(strings.IndexByte("([{", val[len(val)-1]) >= 0) && !(len(val) > 1 && strings.IndexByte(")]},", val[len(val)-1]) >= 0 && codeExpr(s, i, j, val[:len(val)-1])) {
			return e, val, true
		}
	}
	return genericValue(s, i, j, v, quote)
}

// genericValue reads a password-like value: up to the closing quote, or an
// unquoted run that does not look like code.
//
// s[i:j] is the slot's label: an unquoted value that reads as a reference
// is none when the slot is written in code (codeExpr, code.go).
func genericValue(s string, i, j, v int, quote string) (int, string, bool) {
	n := len(s)
	if quote != "" {
		// syntax: quoted string, to its matching quote (delim.go)
		e := valueEnd(s, v, synQuoted, quote)
		if e <= v || e-v >= 1024 {
			return 0, "", false
		}
		val := s[v:e]
		if templateLike(val) {
			return 0, "", false
		}
		return e, val, true
	}
	// An unquoted value in a syntax the caller could not name (code, a
	// log's prose): a guess, not a delimiter. The run stops at what ends a
	// word in code, and a value that reads as code is none.
	e := v
	if v > 0 && (s[v-1] == '=' || s[v-1] == ':') {
		// a value does not start with its own delimiter: leading ',' ';'
		// are its characters (FuzzPlantedSlot: MINIO_ROOT_PASSWORD=,0010027)
		for e < n && e-v < 8 && (s[e] == ',' || s[e] == ';') {
			e++
		}
		if e == n || s[e] <= ' ' {
			e = v
		}
	}
	for e < n && e-v < 1024 {
		c := s[e]
		if c <= ' ' || strings.IndexByte("\"'`,;&<>(){}[]\\", c) >= 0 || hasPrefixFold(s, e, "%26") || hasPrefixFold(s, e, "%2526") {
			break
		}
		e++
	}
	// A first part that code reads as a reference ends at its ',' or ';'
	// (JavaScript's shorthand {secretAccessKey:secret,region}).
	if e > v && e < n && (s[e] == ',' || s[e] == ';') && !codeExpr(s, i, j, s[v:e]) {
		e = listValueEnd(s, v, e, n)
	}
	if e == v || e-v >= 1024 {
		return 0, "", false
	}
	if e < n && (s[e] == '(' || s[e] == '[') {
		return 0, "", false
	}
	val := s[v:e]
	if templateLike(val) || codeExpr(s, i, j, val) {
		// aws_access_key_id=ACCESS_KEY_ID, / {accessKey: accessKey, …}:
		// a variable passed on, not a literal
		return 0, "", false
	}
	return e, val, true
}

// codeRef reports an identifier that reads as a variable name: words and
// underscores, at most two digits.
func codeRef(v string) bool {
	if v == "" || isDigit(v[0]) {
		return false
	}
	digits := 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case isDigit(c):
			digits++
		case isAlnum(c) || c == '_' || c == '$':
		default:
			return false
		}
	}
	return digits <= 2 && len(v) <= 48
}

// templateLike reports values that are references, not secrets.
func templateLike(v string) bool {
	lead := 0
	for lead < len(v) && (isAlnum(v[lead]) || v[lead] == '_' || v[lead] == '-') {
		lead++
	}
	if IsPlaceholder(v[:lead]) || hasPlaceholder(v) {
		return true
	}
	if len(v) <= len("undefined") { // (the longest word below: no lower-casing of long values)
		switch strings.ToLower(v) {
		case "none", "null", "nil", "true", "false", "undefined", "empty", "yes", "no", "=", ":":
			return true
		}
	}
	if IsPlaceholder(v) || v[0] == '$' || v[0] == '%' || v[0] == '{' || v[0] == '<' || strings.Trim(v, "*xX.") == "" {
		return true
	}
	if regType(v) { // slots_records.go: reg query's type column
		return true
	}
	return strings.Contains(v, "{{") || strings.Contains(v, "${")
}

// identChain reports dotted identifiers such as os.environ or
// settings.PASSWORD.
func identChain(v string) bool {
	if !strings.Contains(v, ".") {
		return false
	}
	for _, part := range strings.Split(v, ".") {
		if part == "" || isDigit(part[0]) || len(part) > 32 {
			return false
		}
		for i := 0; i < len(part); i++ {
			if !isAlnum(part[i]) && part[i] != '_' {
				return false
			}
		}
	}
	return true
}

// bearerAt reads the credential after "Bearer " or "Basic " at s[j].
//
// (Layer 1's rule, delimited, in the form this slot allows: the scheme's
// credential is one token68 (RFC 9110 11.4: no blank), so its closer is the
// first blank, quote or bracket of whatever syntax the header sits in
// (a JSON or Python string, a template literal, a curl -H argument); the
// enclosing quote is not known from here, so every quote closes it.)
func bearerAt(s string, j int, w string) (hit, bool) {
	if j >= len(s) || s[j] != ' ' {
		return hit{}, false
	}
	v := j + 1
	// 'Bearer ' + token: the scheme and the token in two literals
	if v < len(s) && (s[v] == '\'' || s[v] == '"') {
		k := v + 1
		for k < len(s) && k-v < 8 && (s[k] == ' ' || s[k] == '+' || s[k] == '.' || s[k] == '(') {
			k++
		}
		if k < len(s) && k > v+1 && (s[k] == '\'' || s[k] == '"') {
			v = k + 1
		}
	}
	// `Bearer ${"…"}`: a literal interpolated into a template string
	if v+3 < len(s) && s[v] == '$' && s[v+1] == '{' && (s[v+2] == '"' || s[v+2] == '\'') {
		v += 3
	}
	// The credential runs to its delimiter whatever its characters (RFC
	// 6750's b64token and RFC 7617's base64 are the usual shapes, not the
	// only ones pasted: FuzzPlantedSlot found "Basic !0000127" surviving).
	// ',' and ';' are no delimiters of a header's value: they belong to
	// the credential (FuzzPlantedSlot: "Proxy-Authorization: Basic
	// 0001027," kept its value, cut short at its ',')
	e := valueEnd(s, v, synToken68, "")
	if lower(w[1]) == 'a' && e < len(s) && s[e] == ' ' && strings.IndexByte(s[v:e], ':') < 0 {
		// "Basic USER PASSWORD", both unencoded (VS Code REST Client)
		if h, ok := basicUserPass(s, v); ok { // slots_pairs.go
			return h, true
		}
	}
	// A placeholder with trailing punctuation was redacted before: the
	// bucket and key placeholders ("redacted-key-1") are long enough to
	// pass for a token where the first pass saw a short word ("Bearer t."
	// in a paste whose object key is "t"). Only the whole value counts: a
	// real token that merely contains a placeholder's letters is redacted.
	if e-v < 8 || IsPlaceholder(strings.TrimRight(s[v:e], "._~+/=-")) {
		return hit{}, false
	}
	kind := KindBearerToken
	if lower(w[1]) == 'a' {
		kind = KindCredential
	}
	return hit{start: v, end: e, kind: kind, val: s[v:e]}, true
}

// userinfo redacts the password of scheme://user:password@host.
func (st *state) userinfo(s string, u int, hits []hit) []hit {
	// MinIO's MC_HOST_<alias>=https://KEY:SECRET[:TOKEN]@host (mc
	// reference, envvar MC_HOST_ALIAS; minio/mc#5259) and
	// s3a://KEY:SECRET@bucket (Hadoop S3A, legacy s3n): the user is the
	// access key ID, the password the secret key, a third part the session
	// token; their userinfo holds '/' as pasted
	store := s3Scheme(s, u) || mcHost(s, u)
	limit := 512
	if mcHost(s, u) {
		limit = 4096 // a session token rides along
	}
	// syntax: URL userinfo, to the authority's last '@' (delim.go); a
	// DSN's userinfo is a key, which holds '/' as pasted too
	k := userinfoAt(s, u, store || dsnLabel(s, u), limit)
	if k < 0 {
		return hits
	}
	x := strings.IndexByte(s[u:k], ':')
	if x < 0 && (tokenUser(s[u:k]) || dsnLabel(s, u) && len(s[u:k]) >= 4 && !hasPlaceholder(s[u:k])) {
		// a token as the whole userinfo (Sentry DSN
		// https://<key>@o1.ingest.sentry.io/1, docs.sentry.io "Data Source
		// Name"; git https://<token>@github.com): a user name is a word, a
		// 20+ character random run is a credential
		return st.add(hits, hit{start: u, end: k, kind: KindCredential, val: s[u:k]})
	}
	if x > 0 && u+x+1 >= k && dsnLabel(s, u) && !hasPlaceholder(s[u:k]) {
		// a DSN's key with an empty password (https://KEY:@host)
		return st.add(hits, hit{start: u, end: u + x, kind: KindCredential, val: s[u : u+x]})
	}
	if x < 0 || u+x+1 >= k || hasPlaceholder(s[u:k]) {
		return hits
	}
	colon := u + x
	kind := KindPassword
	if store {
		kind = KindSecretAccessKey
	}
	end := k
	if store {
		if c2 := strings.IndexByte(s[colon+1:k], ':'); c2 > 0 && k > colon+1+c2+1 {
			end = colon + 1 + c2
			hits = st.add(hits, hit{start: end + 1, end: k, kind: KindSessionToken, val: s[end+1 : k]})
		}
	}
	hits = st.add(hits, hit{start: colon + 1, end: end, kind: kind, val: s[colon+1 : end]})
	if colon > u && store {
		hits = st.add(hits, hit{start: u, end: colon, kind: keyKind(s[u:colon]), val: s[u:colon]})
	} else if colon > u && dsnLabel(s, u) {
		// a DSN's user is its public key (Sentry's legacy
		// {PUBLIC_KEY}:{SECRET_KEY}@host): both go
		hits = st.add(hits, hit{start: u, end: colon, kind: KindCredential, val: s[u:colon]})
	}
	return hits
}

// dsnLabel reports a URL (its userinfo at s[u], after "scheme://") that is
// the value of a label ending in "dsn" (SENTRY_DSN=, "dsn": "…", dsn: …):
// a Sentry DSN is {PROTOCOL}://{PUBLIC_KEY}@{HOST}/{PROJECT_ID}
// (docs.sentry.io, "Data Source Name"), so its userinfo is the key
// whatever its shape.
func dsnLabel(s string, u int) bool {
	k := u - 3 // the "://"
	for k > 0 && (isAlnum(s[k-1]) || s[k-1] == '+' || s[k-1] == '-' || s[k-1] == '.') {
		k--
	}
	for k > 0 && (s[k-1] == ' ' || s[k-1] == '"' || s[k-1] == '\'' || s[k-1] == '=' || s[k-1] == ':') && u-k < 16 {
		k--
	}
	return k >= 3 && hasSuffixFold(s[:k], "dsn")
}

// tokenUser reports a userinfo without a password that is a made token:
// 20+ URL-safe characters, hex or high-entropy.
func tokenUser(v string) bool {
	if len(v) < 20 || len(v) > 256 || hasPlaceholder(v) {
		return false
	}
	for i := 0; i < len(v); i++ {
		if !isAlnum(v[i]) && v[i] != '-' && v[i] != '_' {
			return false
		}
	}
	return allHex(v) && len(v) >= 24 || highEntropy(v)
}

// colonAt reports a ':' at s[k], raw or percent-encoded, and its length.
func colonAt(s string, k int) int {
	if k < len(s) && s[k] == ':' {
		return 1
	}
	if hasPrefixFold(s, k, "%3a") {
		return 3
	}
	if hasPrefixFold(s, k, "%253a") {
		return 5
	}
	return 0
}

// arn reads arn:partition:service:region:account:resource after the word
// "arn" (ending at s[j]) and adds the account (and, with the option, the
// bucket and key of S3 ARNs). It returns the end of what it consumed, or 0.
func (st *state) arn(s string, j int, hits []hit) ([]hit, int) {
	k := j
	var fields [4][2]int
	for f := 0; f < 4; f++ {
		c := colonAt(s, k)
		if c == 0 {
			return hits, 0
		}
		k += c
		b := k
		for k < len(s) && k-b < 64 && (s[k] >= 'a' && s[k] <= 'z' || isDigit(s[k]) || s[k] == '-') {
			k++
		}
		if k == b {
			// A field redacted before (an account ID, wherever it stood)
			// is still that field, so a second pass consumes the same ARN
			// as the first.
			if e := placeholderAt(s, b); e > 0 {
				k = e
			}
		}
		fields[f] = [2]int{b, k}
	}
	if fields[0][1] == fields[0][0] || fields[1][1] == fields[1][0] {
		return hits, 0
	}
	acc := s[fields[3][0]:fields[3][1]]
	c := colonAt(s, k)
	if c == 0 && acc == "" {
		return hits, 0
	}
	if len(acc) == 12 && allDigits(acc) {
		hits = st.add(hits, hit{start: fields[3][0], end: fields[3][1], kind: KindAccountID, val: acc})
	}
	if c == 0 {
		return hits, k
	}
	k += c
	if st.opts.RedactBucketNames && s[fields[1][0]:fields[1][1]] == "s3" && acc == "" {
		b := k
		for k < len(s) && k-b < 64 && (s[k] >= 'a' && s[k] <= 'z' || isDigit(s[k]) || s[k] == '.' || s[k] == '-') {
			k++
		}
		if k-b >= 3 && k-b <= 63 {
			hits = st.add(hits, hit{start: b, end: k, kind: KindBucket, val: s[b:k]})
			if k < len(s) && s[k] == '/' {
				if e := keyEnd(s, k+1); e > k+1 {
					hits = st.add(hits, hit{start: k + 1, end: e, kind: KindObjectKey, val: s[k+1 : e]})
					k = e
				}
			}
		}
	} else if acc != "" {
		// the resource's type and its separator (secretsmanager
		// "secret:prod/minio-a1B2c3", iam "user/…", lambda "function:…";
		// AWS General Reference, ARN formats): a name of the ARN, never a
		// label whose value follows (the scan resumes after it)
		b := k
		for k < len(s) && k-b < 64 && (isAlnum(s[k]) || s[k] == '-' || s[k] == '_') {
			k++
		}
		if k > b && k < len(s) && (s[k] == ':' || s[k] == '/') {
			k++
		} else {
			k = b
		}
	}
	return hits, k
}

// keyEnd returns the end of an object key starting at s[k] in a URL or ARN.
func keyEnd(s string, k int) int {
	e := k
	for e < len(s) && e-k < 1024 {
		c := s[e]
		if c <= ' ' || strings.IndexByte("?#\"'<>`,*)]}\\", c) >= 0 {
			break
		}
		e++
	}
	return e
}

// lettersOnly reports a non-empty run of ASCII letters.
func lettersOnly(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return w != ""
}

// cliFlag reports a word such as --secret-access-key.
func cliFlag(w string) bool {
	if len(w) >= 6 && w[0] == '-' && w[1] >= 'A' && w[1] <= 'Z' {
		return true // PowerShell: Set-AWSCredential -AccessKey … -SecretKey …
	}
	return len(w) > 3 && w[0] == '-' && w[1] == '-' && (w[2] >= 'a' && w[2] <= 'z' || w[2] >= 'A' && w[2] <= 'Z')
}

// keyKind is the kind of a value in a key-ID slot: an IAM unique ID keeps
// its own kind, everything else (AWS or not) is an access key ID.
func keyKind(v string) string {
	if len(v) >= 4 && uniquePrefixes()[v[:4]] != "" {
		return KindUniqueID
	}
	return KindAccessKeyID
}

// typeName reports a type or a stand-in written where a value goes
// (TypeScript "apiKey: string", Python "secret: str", docs "<secret>").
func typeName(v string) bool {
	if len(v) > 24 { // longer than every name below and its punctuation
		return false
	}
	switch strings.ToLower(strings.TrimRight(v, ";,?!")) {
	case "string", "str", "number", "bool", "boolean", "any", "bytes", "optional", "required",
		"string|undefined", "str|none", "secretstr", "unknown", "object", "function", "text":
		return true
	}
	return false
}

// cookie redacts every value of a Cookie header (RFC 6265 cookie-string:
// name=value pairs separated by "; "), up to the end of the line.
func (st *state) cookie(s string, v int) (hit, bool) {
	// only the first value is returned as the hit; the others are added
	// to known values so the propagation layer takes them
	var first hit
	ok := false
	for k := v; k < len(s) && s[k] != '\n' && s[k] != '"' && k-v < 8192; {
		for k < len(s) && (s[k] == ' ' || s[k] == ';') {
			k++
		}
		n := k
		for n < len(s) && s[n] != '=' && s[n] != ';' && s[n] != '\n' && s[n] != '"' {
			n++
		}
		if n >= len(s) || s[n] != '=' {
			break
		}
		a := n + 1
		e := valueEnd(s, a, synCookie, "") // syntax: cookie-pair
		if val := s[a:e]; len(val) >= 4 && !IsPlaceholder(val) && !hasPlaceholder(val) {
			h := hit{start: a, end: e, kind: KindCredential, val: val}
			if !ok {
				first, ok = h, true
			} else {
				st.extra = append(st.extra, h)
			}
		}
		k = e
	}
	return first, ok
}

// slotCandidate is slot's entry test in bytes, so that the plain words of
// a paste (most of it) cost no call: it holds whenever any detector of slot
// could take the word, and mirrors their first checks: a separator after
// the word ('=' ':' '>' a quote '%' '\' '(' or blanks then '=' ':' '%'), a
// long label or a CLI flag a blank may separate from its value, a label
// starting its line, the words the switch of slot reads, a field
// separator or quote before the word (sibling, argPair).
func slotCandidate(s string, i, j int) bool {
	if j >= len(s) {
		return false
	}
	switch s[j] {
	case '=', ':', '>', '"', '\'', '%', '\\', '(':
		return true
	case ']': // env[NAME] = …
		return true
	case '*': // **Secret key**: …, Slack *KEY*: (see separator)
		return j+1 < len(s) && (s[j+1] == ':' || s[j+1] == '*' && j+2 < len(s) && s[j+2] == ':')
	case ' ', '\t':
		k := j
		for k < len(s) && k-j < 16 && (s[k] == ' ' || s[k] == '\t') {
			k++
		}
		if k < len(s) && (s[k] == '=' || s[k] == ':' || s[k] == '%') {
			return true
		}
		if j-i >= 12 || s[i] == '-' || sqlOptionNext(s, j) || i > 0 && s[i-1] == '<' {
			return true // (<Name attr="…">: xmlAttrsEnd)
		}
	}
	w := s[i:j]
	switch w {
	case "is", "was", "cat", "AWS", "mc", "garage", "b2", "password", "passwd", "terraform", "tofu", "consul", "kubectl", "echo", "printf", "get":
		return true
	}
	if commandFlagWord(w) { // slots_pairs.go (coscmd, obsutil)
		return true
	}
	if j < len(s) && (s[j] == ' ' || s[j] == '\t') && (directiveTail(w) || w == "key" || w == "secret") { // slots_keywords.go
		return true
	}
	if w[0] == '-' || len(w) >= 6 && (w[len(w)-1] == 'r' || w[len(w)-1] == 'p' || w[len(w)-1] == 'n') && headerDirectives()[w] {
		return true
	}
	// a field separator or quote before the word (sibling, argPair), or
	// a label starting its line (configLabel: several parts)
	if i > 0 {
		switch s[i-1] {
		case '"', '\'', '>', '=', ':':
			return true
		case '/': // a path's last part ending a string: "Name": "/prod/app/secret_key"
			return s[j] == '"' || s[j] == '\''
		case '\n':
		case ' ', '\t':
			k := i - 1
			for k > 0 && (s[k-1] == ' ' || s[k-1] == '\t') {
				k--
			}
			if k > 0 && s[k-1] != '\n' && s[k-1] != '-' && s[k-1] != '|' {
				return s[k-1] == ':' || s[k-1] == '=' || s[k-1] == '>' || s[k-1] == '"' || s[k-1] == '\''
			}
		default:
			return false
		}
	}
	for k := 1; k < len(w); k++ {
		if c := w[k]; c == '_' || c == '.' || c == '-' || c >= 'A' && c <= 'Z' && w[k-1] >= 'a' && w[k-1] <= 'z' {
			return true // several parts
		}
	}
	return false
}

// slot tries every slot detector on the word s[i:j].
func (st *state) slot(s string, i, j int) (hit, bool) {
	if s[i] == '-' && j+1 < len(s) && s[j] == ' ' && s[j+1] == '(' {
		// a flag whose argument is an expression in parentheses
		// (PowerShell's -Secret (ConvertTo-SecureString "…" -AsPlainText)):
		// no value of its own; the scan reads on inside it
		return hit{}, false
	}
	if s[j] == '\\' {
		if h, ok := escapedKey(s, i, j); ok { // slots_keywords.go
			return h, true
		}
	}
	if h, ok := st.labelled(s, i, j); ok {
		st.changedValue(s, h) // slots_argv.go: "old" -> "new"
		return h, true
	}
	w := s[i:j]
	switch {
	case w == "-u" || w == "--user" || w == "-U" || w == "--proxy-user" || w == "-a" || w == "--auth" || w == "--proxy-auth":
		line := lineAround(s, i)
		if (w == "-a" || w == "--auth") && (strings.Contains(line, "-A bearer") || strings.Contains(line, "--auth-type=bearer") || strings.Contains(line, "--auth-type bearer")) {
			// httpie -A bearer -a TOKEN
			if ws := shellWords(s, j, 1); len(ws) == 1 && ws[0][1]-ws[0][0] >= 4 {
				return hit{start: ws[0][0], end: ws[0][1], kind: KindBearerToken, val: s[ws[0][0]:ws[0][1]]}, true
			}
		}
		h, ok := userPass(s, j)
		if ok && strings.Contains(line, "--aws-sigv4") {
			// curl --aws-sigv4 --user KEY:SECRET (curl manual): the user
			// is the access key ID
			k := h.start - 1
			a := k
			for a > j && s[a-1] != ' ' && s[a-1] != '"' && s[a-1] != '\'' && s[a-1] != '=' {
				a--
			}
			if a < k {
				st.extra = append(st.extra, hit{start: a, end: k, kind: keyKind(s[a:k]), val: s[a:k]})
			}
			h.kind = KindSecretAccessKey
		}
		return h, ok
	case w == "is" || w == "was":
		return st.phraseIs(s, i, j)
	case w == "cat":
		if h, ok := st.catKeyFile(s, i, j); ok {
			return h, true
		}
		if h, ok := namedOutput(s, j, w); ok { // slots_outputs.go
			return h, true
		}
	case w == "consul" || w == "kubectl":
		if h, ok := namedOutput(s, j, w); ok { // slots_outputs.go
			return h, true
		}
	case w == "variable":
		if h, ok := vsoSetVariable(s, i, j); ok { // slots_outputs.go
			return h, true
		}
	case w == "add-mask":
		if h, ok := addMask(s, i, j); ok { // slots_outputs.go
			return h, true
		}
	case w == "default":
		if h, ok := blockDefault(s, i, j); ok { // slots_keywords.go
			return h, true
		}
	case w == "get":
		if h, ok := getOutput(s, j); ok { // slots_outputs.go
			return h, true
		}
	case w == "property":
		if h, ok := loadedProperty(s, i, j); ok { // slots_outputs.go
			return h, true
		}
	case w == "echo" || w == "printf":
		if h, ok := echoToFile(s, j); ok && w == "echo" { // slots_outputs.go
			return h, true
		}
		if h, ok := pipedValue(s, j); ok { // slots_keywords.go
			return h, true
		}
	case w == "--value":
		if h, ok := namedValueFlag(s, i, j); ok { // slots_outputs.go
			return h, true
		}
	case strings.EqualFold(w, "ConvertTo-SecureString"):
		if h, ok := plainTextSecure(s, j); ok { // slots_outputs.go
			return h, true
		}
	case w == "password" || w == "passwd":
		// ~/.netrc: machine HOST login USER password PASS (GNU inetutils
		// netrc(5)); the word alone is a label only on such a line
		line := lineAround(s, i)
		if strings.Contains(line, "machine ") || strings.Contains(line, "login ") || strings.HasPrefix(strings.TrimSpace(line), "default") {
			if ws := shellWords(s, j, 1); len(ws) == 1 && ws[0][1] > ws[0][0] {
				return hit{start: ws[0][0], end: ws[0][1], kind: KindPassword, val: s[ws[0][0]:ws[0][1]]}, true
			}
		}
	case len(w) >= 6 && (w[len(w)-1] == 'r' || w[len(w)-1] == 'p' || w[len(w)-1] == 'n') && headerDirectives()[w]:
		if h, ok := headerDirective(s, j); ok {
			return h, true
		}
	case w == "AWS" || w == "mc" || w == "garage" || w == "b2":
		if h, more, ok := positionalCommands(s, i, j); ok { // slots_pairs.go
			st.extra = append(st.extra, more...)
			return h, true
		}
		if h, ok := st.command(s, i, j); ok {
			return h, true
		}
	}
	if (w == "terraform" || w == "tofu") && j < len(s) && s[j] == ' ' {
		if h, ok := rawOutput(s, j); ok { // slots_pairs.go
			return h, true
		}
	}
	if commandFlagWord(w) {
		if h, ok := st.commandFlag(s, i, j); ok { // slots_pairs.go
			return h, true
		}
	}
	if i >= 2 && s[i-1] == ':' {
		if h, ok := namespacedSlot(s, i, j); ok { // slots_pairs.go
			return h, true
		}
	}
	if j+1 < len(s) && s[j] == '>' && s[j+1] == '(' {
		// Aws::MakeShared<Type>(tag, args…): the template argument names
		// the type constructed (the table keys it with its '>')
		if h, ok := st.positional(s, i, j+1); ok {
			return h, true
		}
	}
	if j < len(s) && (s[j] == '(' || s[j] == ':' && strings.HasPrefix(s[j:], "::new(") || s[j] == ' ' && j+1 < len(s) && s[j+1] == '(') {
		if h, ok := st.positional(s, i, j); ok {
			return h, true
		}
		if h, ok := setterCall(s, i, j); ok { // slots_records.go
			return h, true
		}
	}
	if i > 0 && (s[i-1] == '"' || s[i-1] == '\'' || s[i-1] == ' ' || s[i-1] == '>' || s[i-1] == '=' || s[i-1] == ':') && siblingSep(s, i) ||
		i > 0 && s[i-1] == '/' && (s[j] == '"' || s[j] == '\'') {
		if h, ok := st.sibling(s, i, j); ok {
			return h, true
		}
	}
	if i >= 2 && j < len(s) && (s[i-1] == '\'' || s[i-1] == '"') && s[j] == s[i-1] {
		if h, ok := argPair(s, i, j); ok {
			return h, true
		}
	}
	if j < len(s) && (s[j] == ':' || s[j] == '=') && i > 1 && s[i-1] == ' ' {
		return st.phrase(s, i, j)
	}
	if j < len(s) && (s[j] == '\n' || s[j] == '\r' || j+2 < len(s) && s[j] == ' ' && s[j+1] == '|') {
		return labelLine(s, i, j) // slots_outputs.go
	}
	if j < len(s) && (s[j] == ' ' || s[j] == '\t') {
		if h, ok := directiveValue(s, i, j); ok { // slots_keywords.go
			return h, true
		}
		if h, ok := proseCredential(s, i, j); ok { // slots_keywords.go
			return h, true
		}
		return sqlOption(s, i, j) // slots_records.go
	}
	return hit{}, false
}

// headerDirectives are the configuration directives that set a request or
// response header from a name and a value given as two words: nginx
// proxy_set_header / add_header (ngx_http_proxy_module,
// ngx_http_headers_module), Caddy header_up / header_down / header
// (Caddyfile reverse_proxy and header directives), Apache RequestHeader /
// Header set|add|append (mod_headers), HAProxy http-request set-header.
var headerDirectives = sync.OnceValue(func() map[string]bool {
	return table.Set("proxy_set_header", "add_header", "header_up", "header_down",
		"header", "RequestHeader", "Header", "set-header", "grpc_set_header")
})

// headerDirective reads "DIRECTIVE [set] NAME VALUE" after the directive
// word ending at s[j]: when NAME names a credential, VALUE is the slot, to
// its own delimiter (its closing quote, or nginx's ';', a blank, the
// line's end) whatever it holds. A value holding a scheme and its
// credential ("Basic …", "Bearer …") is left to bearerAt.
func headerDirective(s string, j int) (hit, bool) {
	ws := shellWords(s, j, 3)
	if len(ws) >= 1 {
		if x := s[ws[0][0]:ws[0][1]]; x == "set" || x == "add" || x == "append" || x == "setifempty" {
			ws = ws[1:]
		}
	}
	if len(ws) < 2 {
		return hit{}, false
	}
	a, b := ws[0][0], ws[0][1]
	cl, _ := labelClass(s, a, b)
	switch cl {
	case lSecret, lSession, lToken, lSignature, lCred, lPassword, lKeyID:
	default:
		return hit{}, false
	}
	v, e := ws[1][0], ws[1][1]
	quoted := v > 0 && (s[v-1] == '"' || s[v-1] == '\'')
	if !quoted {
		for x := v; x < e; x++ {
			if s[x] == ';' {
				e = x
				break
			}
		}
	}
	val := s[v:e]
	if sp := strings.IndexByte(val, ' '); sp > 0 && authScheme(val[:sp]) || authScheme(val) {
		return hit{}, false
	}
	if len(val) < 4 || templateLike(val) || typeName(val) || IsPlaceholder(val) || hasPlaceholder(val) || strings.IndexByte(val, ' ') >= 0 {
		return hit{}, false
	}
	return hit{start: v, end: e, kind: classKind(cl, val), val: val}, true
}

// argPair reads a credential passed as the value of a (name, value) call
// (on delimited through genericValue: the value runs to its own closing
// quote, whatever it holds):
// the name a quoted first argument, the value the quoted second, as in
// localStorage.setItem('id_token', …) (Web Storage), os.Setenv("AWS_SECRET_ACCESS_KEY", …)
// (Go os), headers.set('x-api-key', …) (Fetch Headers), putenv, config.set.
// A value holding a blank is a scheme and its credential, which the word
// scan reads (bearerAt).
func argPair(s string, i, j int) (hit, bool) {
	if i < 2 || j >= len(s) || (s[i-1] != '\'' && s[i-1] != '"') || s[j] != s[i-1] {
		return hit{}, false
	}
	k := i - 2
	for k >= 0 && s[k] == ' ' {
		k--
	}
	if k < 0 || s[k] != '(' {
		return hit{}, false
	}
	cl, _ := labelClass(s, i, j)
	switch cl {
	case lSecret, lSession, lToken, lSignature, lCred, lPassword, lKeyID:
	default:
		return hit{}, false
	}
	v := j + 1
	for v < len(s) && s[v] == ' ' {
		v++
	}
	if v >= len(s) || s[v] != ',' {
		return hit{}, false
	}
	v++
	for v < len(s) && s[v] == ' ' {
		v++
	}
	if v >= len(s) || (s[v] != '\'' && s[v] != '"' && s[v] != '`') {
		return hit{}, false
	}
	e, val, ok := genericValue(s, i, j, v+1, s[v:v+1])
	if !ok || len(val) < 4 || strings.IndexByte(val, ' ') >= 0 || typeName(val) {
		return hit{}, false
	}
	kind := classKind(cl, val)
	if kind == "" {
		kind = KindCredential
	}
	return hit{start: v + 1, end: e, kind: kind, val: val}, true
}

// lineAround returns the line holding s[i], at most 2 KiB either side
// (bounded, so a paste that is one long line stays linear).
func lineAround(s string, i int) string {
	lo, hi := max(0, i-2048), min(len(s), i+2048)
	a := lo
	if x := lastIndexByte(s[lo:i], '\n'); x >= 0 {
		a = lo + x + 1
	}
	e := hi
	if x := strings.IndexByte(s[i:hi], '\n'); x >= 0 {
		e = i + x
	}
	return s[a:e]
}

// userPass reads "user:password" after curl -u/--user/-U/--proxy-user
// (curl manual), httpie -a/--auth (HTTPie docs) and returns the password
// (curl splits at the first colon).
func userPass(s string, j int) (hit, bool) {
	k := j
	if k < len(s) && (s[k] == ' ' || s[k] == '=') {
		k++
	}
	for k < len(s) && s[k] == ' ' {
		k++
	}
	quote := ""
	if k < len(s) && (s[k] == '"' || s[k] == '\'') {
		quote = s[k : k+1]
		k++
	}
	// syntax: the flag's argument is a shell word (delim.go); curl splits
	// it at its first ':'
	e := valueEnd(s, k, synShellWord, quote)
	if e < k || e-k >= 1024 {
		return hit{}, false
	}
	c := strings.IndexByte(s[k:e], ':')
	if c < 0 || k+c+1 >= e || quote == "" && e < len(s) && s[e] != ' ' && s[e] != '\n' && s[e] != '\r' && s[e] != '\t' && s[e] != '\\' && s[e] != '"' && s[e] != '\'' {
		return hit{}, false
	}
	v := s[k+c+1 : e]
	if templateLike(v) || IsPlaceholder(v) {
		return hit{}, false
	}
	return hit{start: k + c + 1, end: e, kind: KindPassword, val: v}, true
}

// shellWords reads up to n blank-separated words (quotes stripped) from
// s[k:] on one line: their bounds.
func shellWords(s string, k, n int) [][2]int {
	var out [][2]int
	for len(out) < n && k < len(s) {
		for k < len(s) && (s[k] == ' ' || s[k] == '\t') {
			k++
		}
		if k >= len(s) || s[k] == '\n' || s[k] == '\r' || s[k] == '\\' && k+1 < len(s) && s[k+1] == '\n' {
			break
		}
		quote := ""
		if s[k] == '"' || s[k] == '\'' {
			quote = s[k : k+1]
			k++
		}
		e := valueEnd(s, k, synShellWord, quote) // syntax: shell word
		if e < 0 {                               // a quote not closed on its line: the rest of it
			e = k
			for e < len(s) && s[e] != '\n' {
				e++
			}
		}
		out = append(out, [2]int{k, e})
		k = e
		if quote != "" && k < len(s) && s[k] == quote[0] {
			k++
		}
		if e == k && quote == "" && k < len(s) && s[k] > ' ' {
			k++ // a quote inside a word: the word runs on
		}
	}
	return out
}

// command reads credentials given positionally to a command:
//   - MinIO Client "mc alias set ALIAS URL ACCESSKEY SECRETKEY" and the
//     older "mc config host add ALIAS URL ACCESSKEY SECRETKEY" (MinIO mc docs);
//   - the SigV2 header "Authorization: AWS KEYID:SIGNATURE" (S3 REST
//     authentication, signature version 2), also for non-AWS key IDs.
func (st *state) command(s string, i, j int) (hit, bool) {
	switch s[i:j] {
	case "mc":
		ws := shellWords(s, j, 7)
		at := -1
		if len(ws) >= 6 && s[ws[0][0]:ws[0][1]] == "alias" && s[ws[1][0]:ws[1][1]] == "set" {
			at = 4
		} else if len(ws) >= 6 && s[ws[0][0]:ws[0][1]] == "admin" && s[ws[1][0]:ws[1][1]] == "user" && s[ws[2][0]:ws[2][1]] == "add" {
			at = 4 // mc admin user add ALIAS ACCESSKEY SECRETKEY (MinIO mc admin user add)
		} else if len(ws) >= 7 && s[ws[0][0]:ws[0][1]] == "config" && s[ws[1][0]:ws[1][1]] == "host" && s[ws[2][0]:ws[2][1]] == "add" {
			at = 5
		}
		if at < 0 {
			return hit{}, false
		}
		a, b := ws[at], ws[at+1]
		ka, sv := s[a[0]:a[1]], s[b[0]:b[1]]
		if ka == "" || sv == "" || templateLike(ka) || templateLike(sv) {
			return hit{}, false
		}
		st.extra = append(st.extra, hit{start: b[0], end: b[1], kind: KindSecretAccessKey, val: sv})
		return hit{start: a[0], end: a[1], kind: keyKind(ka), val: ka}, true
	case "AWS":
		lo := max(0, i-24)
		if j >= len(s) || s[j] != ' ' || !strings.Contains(strings.ToLower(s[lo:i]), "authorization") {
			return hit{}, false
		}
		k := j + 1
		e := k
		for e < len(s) && e-k < 256 && s[e] != ':' && s[e] > ' ' && s[e] != '"' {
			e++
		}
		if e < len(s) && (s[e] == ' ' || s[e] == '\t') {
			h, more, ok := restClientAWS(s, k) // slots_pairs.go
			st.extra = append(st.extra, more...)
			return h, ok
		}
		if e == k || e >= len(s) || s[e] != ':' || IsPlaceholder(s[k:e]) {
			return hit{}, false
		}
		// the signature runs to the header's end (a blank, a quote, the
		// line's end), whatever it holds, like every signature slot
		se := valueEnd(s, e+1, synToken68, "") // syntax: token68
		if sv := s[e+1 : se]; len(sv) >= 4 && !templateLike(sv) && !hasPlaceholder(sv) {
			st.extra = append(st.extra, hit{start: e + 1, end: se, kind: KindSignature, val: sv})
		}
		return hit{start: k, end: e, kind: keyKind(s[k:e]), val: s[k:e]}, true
	}
	return hit{}, false
}

// Credential roles of positional constructor arguments.
const (
	argSkip = iota
	argKeyID
	argSecret
	argToken
	argPassword
	// argMaybeToken: a session token, or the next optional argument (a
	// format name such as 'CSVWithNames' or 'Parquet': letters only)
	argMaybeToken
	// argCookie: a cookie's value
	argCookie
	// argUser: the user name of a user and password credential: the
	// access key ID when it reads as a generated identifier (idLike), as
	// an S3-compatible store's key ID is when a client signs in with it
	// (PowerShell's PSCredential for a MinIO gateway, a proxy's basic
	// auth); a person's name stays
	argUser
)

// constructors maps a constructor or factory (its last name, or Type.method)
// to the roles of its positional arguments.
var constructors = sync.OnceValue(func() map[string][]int {
	ids := []int{argKeyID, argSecret, argToken}
	m := map[string][]int{
		"NewStaticCredentialsProvider": ids,                                      // aws-sdk-go-v2 credentials
		"NewStaticCredentials":         ids,                                      // aws-sdk-go v1 credentials
		"NewStaticV4":                  ids,                                      // minio-go credentials
		"NewStaticV2":                  ids,                                      // minio-go credentials
		"AwsBasicCredentials.create":   ids,                                      // AWS SDK for Java 2.x
		"AwsSessionCredentials.create": ids,                                      // AWS SDK for Java 2.x
		"BasicAWSCredentials":          ids,                                      // AWS SDK for Java 1.x, AWS SDK for .NET
		"BasicSessionCredentials":      ids,                                      // AWS SDK for Java 1.x
		"SessionAWSCredentials":        ids,                                      // AWS SDK for .NET
		"ImmutableCredentials":         ids,                                      // AWS SDK for .NET
		"Credentials":                  ids,                                      // PHP Aws\Credentials, botocore, AWS SDK for JS v2
		"Credentials.new":              ids,                                      // AWS SDK for Ruby Aws::Credentials.new
		"Credentials::new":             ids,                                      // Rust aws-credential-types
		"Credentials::from_keys":       ids,                                      // Rust aws-credential-types
		"StaticCredentialsProvider":    ids,                                      // aws-sdk-go-v2 (struct literal call style)
		"connect_s3":                   ids,                                      // legacy boto
		"set_credentials":              ids,                                      // botocore Session.set_credentials(access_key, secret_key, token)
		"create_aws_credentials":       ids,                                      // RDS/Aurora PostgreSQL aws_commons.create_aws_credentials(access_key, secret_key, session_token)
		"set_s3_credentials":           ids,                                      // H2O h2o.set_s3_credentials(secretKeyId, secretAccessKey, sessionToken)
		"credentials":                  ids,                                      // minio-java MinioClient.builder().credentials(accessKey, secretKey)
		"S3Connection":                 ids,                                      // legacy boto
		"Minio":                        {argSkip, argKeyID, argSecret, argToken}, // minio-py Minio(endpoint, access_key, secret_key)
		"AWSCredentialsImpl":           {argSkip, argSkip, argKeyID, argSecret},  // Jenkins aws-credentials plugin new AWSCredentialsImpl(scope, id, accessKey, secretKey, description)
		"HTTPBasicAuth":                {argUser, argPassword},                   // Python requests
		"SetBasicAuth":                 {argUser, argPassword},                   // Go net/http
		"basic_auth":                   {argUser, argPassword},                   // Rust reqwest
	}
	for k, v := range moreConstructors { // slots_records.go
		m[k] = v
	}
	return m
})

// constructorLast is the set of last letters of the constructors' names.
var constructorLast = sync.OnceValue(func() *[256]bool {
	var set [256]bool
	for c := range constructors() {
		set[c[len(c)-1]] = true
	}
	return &set
})

// positional reads the string literal arguments of a credentials
// constructor whose name ends at s[j] (followed by "(" or "::new(").
func (st *state) positional(s string, i, j int) (hit, bool) {
	w := s[i:j]
	k := j
	if strings.HasPrefix(s[j:], "::new(") {
		w += "::new"
		k = j + 5
	}
	if x := lastIndexByte(w, '.'); x >= 0 {
		if _, ok := constructors()[w[x+1:]]; ok {
			w = w[x+1:]
		} else if y := lastIndexByte(w[:x], '.'); y >= 0 {
			w = w[y+1:]
		}
	}
	if x := strings.LastIndex(w, "::"); x > 0 && i >= 0 {
		w = w[x+2:]
	}
	// Rust and Ruby spell the type before "::": Credentials::new
	if strings.HasPrefix(s[j:], "::") {
		return hit{}, false
	}
	if w == "" || !constructorLast()[w[len(w)-1]] && !(i >= 2 && s[i-2:i] == "::") && !(i >= 2 && s[i-1] == ' ' && isWord(s[i-2])) {
		return hit{}, false
	}
	roles, ok := constructors()[w]
	if !ok && i >= 2 && s[i-2:i] == "::" {
		b := i - 2
		a := b
		for a > 0 && isWord(s[a-1]) {
			a--
		}
		roles, ok = constructors()[s[a:b]+"::"+w]
	}
	if !ok && i >= 2 && s[i-1] == ' ' {
		// C++ direct-initialisation: Type name(args…) (the type is the
		// word before the variable: Aws::Auth::AWSCredentials creds(…))
		b := i - 1
		a := b
		for a > 0 && (isWord(s[a-1]) || s[a-1] == ':') {
			a--
		}
		t := s[a:b]
		if x := strings.LastIndex(t, "::"); x >= 0 {
			t = t[x+2:]
		}
		roles, ok = constructors()[t]
	}
	if k+1 < len(s) && s[k] == ' ' && s[k+1] == '(' {
		k++ // PowerShell's New-Object Type (args…), a blank before the call's '('
	}
	if !ok || k >= len(s) || s[k] != '(' {
		return hit{}, false
	}
	if r, ok := byArity[w]; ok && argCount(s, k) == len(r) {
		roles = r
	}
	var found []hit
	k++
	for arg := 0; arg < len(roles) && k < len(s); arg++ {
		k = skipLayout(s, k)
		if k >= len(s) {
			break
		}
		// a literal inside a wrapper is still the argument's value:
		// Some("…") (Rust's Option), concat!("…", "…") (joined in the
		// view), String::from("…"), then .to_string() or .into()
		wraps := 0
		for {
			if w := argWrapper(s[k:]); w > 0 {
				k += w
				wraps++
				continue
			}
			break
		}
		if k >= len(s) || namedArg(s, k) {
			// a named argument (Dart's accessKey:, Python's key=, C#'s
			// name:) is no position: the labelled readers read it
			break
		}
		if q := s[k]; q == '"' || q == '\'' || q == '`' {
			e := valueEnd(s, k+1, synQuoted, s[k:k+1]) // syntax: string literal
			if e < 0 {
				break
			}
			if v := s[k+1 : e]; v != "" && !templateLike(v) && !IsPlaceholder(v) {
				switch roles[arg] {
				case argKeyID:
					found = append(found, hit{start: k + 1, end: e, kind: keyKind(v), val: v})
				case argSecret:
					found = append(found, hit{start: k + 1, end: e, kind: KindSecretAccessKey, val: v})
				case argToken:
					found = append(found, hit{start: k + 1, end: e, kind: KindSessionToken, val: v})
				case argPassword:
					found = append(found, hit{start: k + 1, end: e, kind: KindPassword, val: v})
				case argCookie:
					found = append(found, hit{start: k + 1, end: e, kind: KindCredential, val: v})
				case argUser:
					if idLike(v) {
						found = append(found, hit{start: k + 1, end: e, kind: keyKind(v), val: v})
					}
				case argMaybeToken:
					if !formatName(v) {
						found = append(found, hit{start: k + 1, end: e, kind: KindSessionToken, val: v})
					}
				}
			}
			k = e + 1
			if wraps > 0 {
				k = skipArgRest(s, k, j, wraps)
			}
		} else {
			// a variable or expression: skip to the next top-level comma
			depth := 0
			for k < len(s) && k-j < 4096 {
				c := s[k]
				if c == '(' || c == '[' || c == '{' {
					depth++
				} else if c == ')' || c == ']' || c == '}' {
					if depth == 0 {
						break
					}
					depth--
				} else if c == ',' && depth == 0 {
					break
				} else if c == '"' || c == '\'' || c == '`' {
					// a string inside the expression holds its own ','
					// (FuzzPlantedSlot 16ca729253758d0a: "7001002,")
					if e := valueEnd(s, k+1, synQuoted, s[k:k+1]); e > k {
						k = e
					}
				}
				k++
			}
		}
		for k < len(s) && (s[k] == ' ' || s[k] == '\t') {
			k++
		}
		if k >= len(s) || s[k] != ',' {
			break
		}
		k++
		if k < len(s) && s[k] == ' ' {
			k++
		}
		if k < len(s) && s[k] == '|' {
			k = skipLayout(s, k-1) // the argument list runs on in a table's next row
		}
	}
	if len(found) == 0 {
		return hit{}, false
	}
	st.extra = append(st.extra, found[1:]...)
	return found[0], true
}

// nameFields are the field names whose sibling "value" field holds the
// value of the thing named: HAR headers, cookies, queryString and
// postData.params ({"name": …, "value": …}, W3C HAR 1.2 spec), Kubernetes
// container env lists (name/value), HTML form inputs (name="…" value="…",
// S3 presigned POST), CloudFormation parameters (ParameterKey/
// ParameterValue), Elastic Beanstalk option settings (OptionName/Value),
// and keyNameFields.
var nameFields = sync.OnceValue(func() map[string]bool {
	return table.Set("name", "Name", "NAME", "ParameterKey",
		"OptionName", "key", "Key", "keyName", "KeyName",
		// 1Password CLI op item get --format json: fields [{"id", "type",
		// "label", "value"}] (developer.1password.com/docs/cli/item-
		// template-json)
		"label")
})

// keyNameFields are the name fields that name a KEY: the sibling "value"
// is the key itself whatever the name says ("key1"). Azure CLI `az
// storage account keys list` (learn.microsoft.com/en-us/cli/azure/
// storage/account/keys#az-storage-account-keys-list: [{"creationTime": …,
// "keyName": "key1", "permissions": "FULL", "value": "…"}]) and the
// Storage REST API's ListKeys (StorageAccountKey: keyName, value).
var keyNameFields = table.Set("keyName", "KeyName")

// siblingSep is sibling's cheap first test: before the word (an optional
// quote, blanks) stands the ':' or '=' after a field name, or the '>' of
// an XML element.
func siblingSep(s string, i int) bool {
	k := i
	if k > 0 && (s[k-1] == '"' || s[k-1] == '\'') {
		k--
	}
	for k > 0 && s[k-1] == ' ' {
		k--
	}
	return k > 0 && (s[k-1] == ':' || s[k-1] == '=' || s[k-1] == '>')
}

// sibling reads a label written as the value of a name field and takes
// its value from the sibling value field after it.
func (st *state) sibling(s string, i, j int) (hit, bool) {
	// look back: name, separator, optional quote
	k := i
	// a label that ends a path ("Name": "/prod/app/secret_access_key" of
	// aws ssm get-parameter) or a namespaced key ("aws:secretKey")
	for p := i; p > 0 && i-p < 128 && (isWord(s[p-1]) || s[p-1] == '/' || s[p-1] == ':' || s[p-1] == '.' || s[p-1] == '-'); p-- {
		if p-1 > 0 && (s[p-2] == '"' || s[p-2] == '\'') && j < len(s) && s[j] == s[p-2] && strings.ContainsAny(s[p-1:i], "/:") {
			k = p - 1
			break
		}
	}
	if k > 0 && (s[k-1] == '"' || s[k-1] == '\'') {
		k--
	}
	for k > 0 && s[k-1] == ' ' {
		k--
	}
	if k > 5 && s[k-1] == '>' && (strings.HasSuffix(s[:k-1], "<name") || strings.HasSuffix(s[:k-1], "<Name") || strings.HasSuffix(s[:k-1], "<key")) {
		return st.xmlSibling(s, i, j)
	}
	if k > 12 && s[k-1] == '>' && s[k-2] == '"' {
		return xmlNamedSibling(s, k, i, j)
	}
	if k == 0 || s[k-1] != ':' && s[k-1] != '=' {
		return hit{}, false
	}
	k--
	for k > 0 && s[k-1] == ' ' {
		k--
	}
	if k > 0 && (s[k-1] == '"' || s[k-1] == '\'') {
		k--
	}
	b := k
	for k > 0 && isAlnum(s[k-1]) {
		k--
	}
	if !nameFields()[s[k:b]] && !nameField(s[k:b]) {
		return hit{}, false
	}
	cl, _ := labelClass(s, i, j)
	if keyNameFields[s[k:b]] {
		cl = lCred // the value of a named key is the key
	}
	if cl == lScope && strings.EqualFold(s[i:j], "credential") {
		cl = lCred // a field named credential (1Password's API_CREDENTIAL item) holds one, no SigV4 scope
	}
	identity := false
	if cl == 0 && identityName(s[i:j]) && concealedBeside(s, k, j) { // slots_keywords.go
		cl, identity = lKeyID, true // the user of an item whose other field is concealed
	}
	if cl == 0 {
		// any HAR cookie or header named like a credential is caught by
		// the class; a cookie's value is always a credential
		win := s[max(0, k-400):k]
		if !strings.Contains(win, "ookies") {
			return hit{}, false // not inside a HAR "cookies": [ … ] array
		}
		c := max(strings.LastIndex(win, "cookies"), strings.LastIndex(win, "Cookies"))
		if c < 0 || strings.IndexByte(win[c:], ']') >= 0 {
			return hit{}, false // not inside a HAR "cookies": [ … ] array
		}
		cl = lCookie
	}
	if cl == lBucket || cl == lObjectKey || cl == lAccount {
		return hit{}, false
	}
	// find the value field within the same object/element
	lim := min(len(s), j+300)
	for p := j; p < lim; p++ {
		c := s[p]
		if c == '}' || c == '>' || c == ']' {
			return hit{}, false
		}
		if !isAlnum(c) || p > 0 && isAlnum(s[p-1]) {
			continue
		}
		q := p
		for q < len(s) && q-p < 24 && isAlnum(s[q]) {
			q++
		}
		// value, Value, ParameterValue, OutputValue, AttributeValue
		if !valueField(s[p:q]) {
			continue
		}
		if q < len(s) && isAlnum(s[q]) {
			continue
		}
		v, quote, ok := separator(s, q, false)
		if !ok || v >= len(s) {
			return hit{}, false
		}
		e, val, ok := slotValue(s, p, q, v, quote)
		if !ok || val == "" || typeName(val) || identity && !idLike(val) {
			return hit{}, false
		}
		if cl == lCred && strings.HasPrefix(val, "Bearer ") || strings.HasPrefix(val, "Basic ") || strings.HasPrefix(val, "AWS4-") {
			return hit{}, false // the word scan reads the scheme's credential
		}
		if cl == lCapability {
			if _, ok := printableB64(val); ok || len(val) < 40 {
				return hit{}, false
			}
		}
		kind := KindCredential
		switch cl {
		case lKeyID, lScope:
			kind = keyKind(val)
		case lSecret:
			kind = KindSecretAccessKey
		case lSession:
			kind = KindSessionToken
		case lSignature:
			kind = KindSignature
		case lPassword:
			kind = KindPassword
		case lToken:
			if len(val) >= 100 || tokenMarker(val) {
				kind = KindSessionToken
			}
		}
		if cl == lScope {
			// the key ends at its scope's "/YYYYMMDD/" whatever it holds
			// (syntax: scope, delim.go), a key holding '/' too
			if e2 := valueEnd(s, v, synScope, ""); e2 > v && e2 < e {
				val, e = s[v:e2], e2
			} else if x := strings.IndexByte(val, '/'); x > 0 {
				val, e = val[:x], v+x
			}
		}
		return hit{start: v, end: e, kind: kind, val: val}, true
	}
	return hit{}, false
}

// phrase reads a label written as words before a ':' or '=' on its line
// ("Secret access key: …", "Key ID: GK…").
func (st *state) phrase(s string, i, j int) (hit, bool) {
	if j >= len(s) || s[j] != ':' && s[j] != '=' {
		return hit{}, false
	}
	// up to three words before s[i:j], one blank apart, on the line
	k := i
	for words := 0; words < 3 && k > 1 && s[k-1] == ' ' && isAlnum(s[k-2]); words++ {
		a := k - 1
		for a > 0 && isAlnum(s[a-1]) {
			a--
		}
		k = a
	}
	if k == i || j-k > 64 {
		return hit{}, false
	}
	var buf [64]byte
	var starts [4]int
	n, ns := 0, 0
	for p := k; p < j; p++ {
		if s[p] == ' ' || p == k {
			if ns < len(starts) {
				starts[ns] = n
				ns++
			}
		}
		if c := s[p]; isAlnum(c) {
			buf[n] = lower(c)
			n++
		}
	}
	// the longest tail of whole words that is a label
	cl := 0
	for x := 0; x < ns && cl == 0; x++ {
		cl = phraseLabels()[string(buf[starts[x]:n])]
	}
	if cl == 0 {
		return hit{}, false
	}
	v, quote, ok := separator(s, j, false)
	if !ok || v >= len(s) {
		return hit{}, false
	}
	e, val, ok := slotValue(s, k, j, v, quote)
	if !ok || len(val) < 3 || typeName(val) {
		return hit{}, false
	}
	kind := KindCredential
	switch cl {
	case lKeyID:
		kind = keyKind(val)
	case lSecret:
		kind = KindSecretAccessKey
	case lSession:
		kind = KindSessionToken
	case lPassword:
		kind = KindPassword
	}
	return hit{start: v, end: e, kind: kind, val: val}, true
}

// tables reads tables whose header row names a secret: markdown tables
// (| Access key ID | Secret access key |, then |---|) and CSV with a
// header (the AWS console's credentials .csv: "User name,Password,Access
// key ID,Secret access key,Console login link"): every cell below a
// credential header is a slot. A markdown row whose cell names a secret
// (| secret key | `…` |) makes the next cell a slot too.
func (st *state) tables(s string) []hit {
	var hits []hit
	orig := s
	s = boxPipes(s) // slots_columns.go: box-drawn tables read as markdown
	var cols []int  // class per column of the current table, nil outside one
	sep := byte(0)
	props := false // inside a cliff "| Field | Value |" table (fieldNames)
	ncells := 0
	inString := false // the header opened a JSON string ("message":"Access key ID,…)
	cell := func(off int, c [2]int, cl int) {
		a, b := off+c[0], off+c[1]
		for a < b && (s[a] == ' ' || s[a] == '`' || s[a] == '"' || s[a] == '\'') {
			a++
		}
		for b > a && (s[b-1] == ' ' || s[b-1] == '`' || s[b-1] == '"' || s[b-1] == '\'' || s[b-1] == '\r') {
			b--
		}
		v := s[a:b]
		if len(v) < 3 || templateLike(v) || typeName(v) || IsPlaceholder(v) || hasPlaceholder(v) {
			return
		}
		hits = st.add(hits, hit{start: a, end: b, kind: classKind(cl, v), val: v})
	}
	for ls := 0; ls < len(s); {
		le := strings.IndexByte(s[ls:], '\n')
		if le < 0 {
			le = len(s)
		} else {
			le += ls
		}
		line := s[ls:le]
		if cols == nil || sep == 0 || sep == '|' {
			// a line of punctuation only (a bracket, "},", "]);" in
			// code and JSON) names nothing, holds no pgpass or sasl
			// line (no ':'), no row ('|'), no border ('+'): it only
			// ends what a line that is not a row ends, as the checks
			// below would, at one byte test a byte
			k, seen := 0, false
			for ; k < len(line); k++ {
				c := line[k]
				if class[c]&cAlnum != 0 || c == '|' || c == ':' || c == '+' || c >= 0x80 {
					break
				}
				seen = seen || c > ' '
			}
			if k == len(line) && seen && len(line) <= 4096 {
				cols, sep, props, inString = nil, 0, false, false
				ls = le + 1
				continue
			}
		}
		if p := strings.IndexByte(line, '|'); p > 0 && strings.Count(line, "|") >= 2 {
			line = line[p:] // a table after other text on its line (<pre><code>| …)
			ls += p
			le = ls + len(line)
		}
		t := strings.TrimSpace(line)
		off := ls + strings.Index(line, t)
		ls = le + 1
		if len(t) == 0 || len(t) > 4096 {
			cols = nil
			continue
		}
		if d, in := nestedRow(t); d > 0 {
			t, off = in, off+d // a table pasted into a numbered-lines table
		} else if d, in := numberedCell(t); d > 0 && csvSep(in) != 0 {
			t, off = in, off+d // a CSV line in a numbered-lines table
		}
		if h, ok := credentialLine(s, off, t); ok {
			hits = st.add(hits, h)
			continue
		}
		if t[0] == '+' && strings.Trim(t, "+-=") == "" {
			cols, sep = nil, 0
			continue // a cliff/prettytable border (+----+----+)
		}
		if t[0] != '|' {
			props = false
		}
		if t[0] == '|' {
			if strings.Trim(t, "|-: ") == "" {
				continue // the |---| row
			}
			cells := splitCells(t, '|')
			if len(cells) == 2 && strings.EqualFold(strings.TrimSpace(t[cells[0][0]:cells[0][1]]), "field") &&
				strings.EqualFold(strings.TrimSpace(t[cells[1][0]:cells[1][1]]), "value") {
				props = true
				continue
			}
			if props && len(cells) == 2 {
				if cl := fieldNames[strings.ToLower(strings.TrimSpace(t[cells[0][0]:cells[0][1]]))]; cl != 0 {
					cell(off, cells[1], cl)
					continue
				}
			}
			for _, x := range cells {
				c := strings.TrimSpace(t[x[0]:x[1]])
				if len(c) > 0 {
					if h, ok := credentialLine(s, off+x[0]+strings.Index(t[x[0]:x[1]], c), c); ok {
						hits = st.add(hits, h)
					}
				}
			}
			// a header: followed by a |---| row
			nx := nextLine(s, ls)
			if d, in := nestedRow(nx); d > 0 {
				nx = in
			}
			if strings.HasPrefix(nx, "|") && strings.Trim(nx, "|-: \r") == "" && strings.Contains(nx, "-") {
				cols, sep = nil, '|'
				any := false
				cs := make([]int, len(cells))
				for c, x := range cells {
					cs[c] = phraseClass(t[x[0]:x[1]])
					any = any || cs[c] != 0
				}
				if any && !numberedHeader(t, cells) { // slots_outputs.go
					cols = cs
				}
				continue
			}
			for c, x := range cells {
				if sep == '|' && c < len(cols) && cols[c] != 0 {
					cell(off, x, cols[c])
					continue
				}
				if c+1 < len(cells) {
					if cl := phraseClass(t[x[0]:x[1]]); cl != 0 && (c+1 >= len(cols) || cols[c+1] == 0) {
						cell(off, cells[c+1], cl)
					}
				}
			}
			continue
		}
		if sep != 0 && sep != '|' && cols != nil {
			if inString {
				t = jsonStringRow(t) // the row's line ends the JSON string: "}
			}
			if cells := csvCells(t, sep); len(cells) == ncells {
				for c, x := range cells {
					if c < len(cols) && cols[c] != 0 {
						cell(off, x, cols[c])
					}
				}
				continue
			}
		}
		cols, sep, inString = nil, 0, false
		prefixed, quoted := false, false
		if len(t) >= 400 || csvSep(t) == 0 {
			continue // no header (a part of t holds no separator t lacks)
		}
		if h := csvHeaderText(t); len(h) < len(t) && csvSep(h) != 0 {
			t, prefixed, quoted = h, true, t[len(t)-len(h)-1] == '"'
		}
		if hs := csvSep(t); hs != 0 && !hasAnyByte(t, &codeBytes) && (!prefixed || csvWords(t, hs)) {
			cells := splitCells(t, hs)
			cs := make([]int, len(cells))
			any, words := false, true
			for c, x := range cells {
				w := t[x[0]:x[1]]
				cs[c] = phraseClass(w)
				any = any || cs[c] != 0
				words = words && len(w) < 40 && !strings.ContainsAny(w, "=:()[]{}\"'")
			}
			if any && words && len(cells) >= 2 {
				cols, sep, ncells, inString = cs, hs, len(cells), quoted
			}
		}
	}
	hits = st.spaceColumns(orig, hits) // slots_columns.go
	return append(hits, st.formatSlots(orig)...)
}

// fieldNames are the property names that hold a credential in the rows of
// a cliff "| Field | Value |" table (python-openstackclient prints every
// show/create that way): "openstack ec2 credentials create/show" prints
// the EC2 (S3) credential as rows "access" and "secret"
// (docs.openstack.org/python-openstackclient/latest/cli/command-objects/
// ec2-credentials.html); "access" alone names no credential outside such
// a row ("access: private"). The other rows' names go through phraseClass.
var fieldNames = map[string]int{"access": lKeyID, "secret": lSecret}

// codeBytes are the bytes that make a comma-separated line code, not CSV.
var codeBytes = byteSet("=:()[]{}\"'<>")

func byteSet(chars string) (set [256]bool) {
	for i := 0; i < len(chars); i++ {
		set[chars[i]] = true
	}
	return set
}

// hasAnyByte is strings.ContainsAny with its set built once.
func hasAnyByte(t string, set *[256]bool) bool {
	for i := 0; i < len(t); i++ {
		if set[t[i]] {
			return true
		}
	}
	return false
}

// nestedRow reads a row of a numbered-lines table ("| 3 | …text… |", a
// snippet pasted line by line into a markdown table) whose text is itself
// a table row: it returns the offset of the inner row in t and the inner
// row (the outer cell border dropped), or 0.
func nestedRow(t string) (int, string) {
	k, in := numberedRowText(t)
	if k == 0 || in == "" || in[0] != '|' {
		return 0, ""
	}
	return k, in
}

// numberedRowText reads a row of a numbered-lines table ("| 12 | text |",
// a snippet pasted line by line into a markdown table): the offset in t of
// the text of its second cell and that text (trailing blanks dropped), or
// 0 when t is no such row.
func numberedRowText(t string) (int, string) {
	if len(t) < 6 || t[0] != '|' || t[len(t)-1] != '|' {
		return 0, ""
	}
	k := 1
	for k < len(t) && t[k] == ' ' {
		k++
	}
	d := k
	for k < len(t) && isDigit(t[k]) {
		k++
	}
	if k == d {
		return 0, ""
	}
	for k < len(t) && t[k] == ' ' {
		k++
	}
	if k >= len(t)-1 || t[k] != '|' {
		return 0, ""
	}
	k++
	for k < len(t)-1 && t[k] == ' ' {
		k++
	}
	return k, strings.TrimRight(t[k:len(t)-1], " ")
}

// nextLine returns the line starting at s[i], trimmed.
func nextLine(s string, i int) string {
	if i >= len(s) {
		return ""
	}
	e := strings.IndexByte(s[i:], '\n')
	if e < 0 {
		e = len(s) - i
	}
	return strings.TrimSpace(s[i : i+e])
}

// classKind is the kind of a value in a slot of class cl.
func classKind(cl int, v string) string {
	switch cl {
	case lKeyID, lScope:
		return keyKind(v)
	case lSecret:
		return KindSecretAccessKey
	case lSession:
		return KindSessionToken
	case lPassword:
		return KindPassword
	case lSignature:
		return KindSignature
	case lToken:
		if len(v) >= 100 || tokenMarker(v) {
			return KindSessionToken
		}
	}
	return KindCredential
}

// splitCells splits a table row at sep (a markdown row's outer pipes
// dropped): each cell's bounds in t.
func splitCells(t string, sep byte) [][2]int {
	var out [][2]int
	a := 0
	if sep == '|' && len(t) > 0 && t[0] == '|' {
		a = 1
	}
	for k := a; k <= len(t); k++ {
		if k == len(t) || t[k] == sep {
			if k == len(t) && sep == '|' && k == a {
				break
			}
			out = append(out, [2]int{a, k})
			a = k + 1
		}
	}
	return out
}

// csvSep is the separator of a CSV header line: ',' as the AWS console
// writes it, ';' as a spreadsheet in a decimal-comma locale exports it
// (Excel "CSV (semicolon delimited)"), a tab as a TSV or a copied range;
// 0 when t has none.
func csvSep(t string) byte {
	for _, c := range []byte{',', ';', '\t'} {
		if strings.IndexByte(t, c) > 0 {
			return c
		}
	}
	return 0
}

// csvHeaderText is a CSV header line without what the paste put before
// it on its line: markup (<pre><code>), a JSON string's opening quote (a
// log line's "message":" — the view has the string's \n as line breaks,
// so its first line still holds the log record's fields, commas and all),
// a query parameter (…&content=): the part after the last '>', '"' or '='
// of the line, when no '<' comes after it.
func csvHeaderText(t string) string {
	p := strings.LastIndexAny(t, "<>\"=")
	if p < 0 || p+1 >= len(t) || t[p] == '<' {
		return t
	}
	return t[p+1:]
}

// jsonStringRow is a CSV row that is the last line of a JSON string (its
// header opened the string: "message":"User name,Password…) without the
// string's closing quote and what closes the record after it ("}, "],
// "}]): the decoded view keeps both on the row's line.
func jsonStringRow(t string) string {
	e := len(t)
	for e > 0 && (t[e-1] == '}' || t[e-1] == ']' || t[e-1] == ',' || t[e-1] == ' ') {
		e--
	}
	if e < len(t) && e > 0 && t[e-1] == '"' {
		return t[:e-1]
	}
	return t
}

// csvWords reports a header read after a prefix that looks like one:
// every cell holds text and one at least is words ("Access key ID"), not
// code's "key=VALUE," whose tail is a single name.
func csvWords(t string, sep byte) bool {
	blank := false
	for _, x := range splitCells(t, sep) {
		c := strings.TrimSpace(t[x[0]:x[1]])
		if c == "" {
			return false
		}
		blank = blank || strings.IndexByte(c, ' ') > 0
	}
	return blank
}

// numberedCell is the content of a numbered-lines markdown table row
// ("| 12 | content |") and its offset in t, or 0.
func numberedCell(t string) (int, string) {
	k, in := numberedRowText(t)
	if k == 0 || in == "" || in[0] == '|' {
		return 0, ""
	}
	return k, in
}

// csvCells splits a CSV row at sep outside double quotes (RFC 4180 2.6: a
// field holding the separator is quoted).
func csvCells(t string, sep byte) [][2]int {
	var out [][2]int
	a, q := 0, false
	for k := 0; k <= len(t); k++ {
		if k < len(t) && t[k] == '"' {
			q = !q
		}
		if k == len(t) || t[k] == sep && !q {
			out = append(out, [2]int{a, k})
			a = k + 1
		}
	}
	return out
}

// phraseClass is the label class of a header cell written as words, or 0.
func phraseClass(cell string) int {
	var buf [48]byte
	n := 0
	for k := 0; k < len(cell); k++ {
		c := cell[k]
		if isAlnum(c) {
			if n == len(buf) {
				return 0
			}
			buf[n] = lower(c)
			n++
		} else if c != ' ' && c != '_' && c != '-' && c != '`' && c != '*' && c != '"' && c != '\r' {
			return 0
		}
	}
	cl := phraseLabels()[string(buf[:n])]
	if cl == 0 {
		if l, ok := labels()[string(buf[:n])]; ok && l != lAccount && l != lBucket && l != lObjectKey && l != lCapability && l != lCookie && l != lScope {
			cl = l
		}
	}
	if cl == 0 && n <= 32 {
		// "smtp password", "db password": the last words name it
		for _, l := range []string{"password", "passwd", "secretkey", "secretaccesskey", "accesskeyid", "accesskey", "apikey", "token", "secret"} {
			if strings.HasSuffix(string(buf[:n]), l) && n > len(l) {
				if c := phraseLabels()[l]; c != 0 {
					return c
				}
				return labels()[l]
			}
		}
	}
	return cl
}

// authScheme reports an HTTP authorization scheme whose credential the word
// scan reads itself (bearerAt, the SigV4 Credential= and Signature= labels,
// the SigV2 "AWS id:sig" form).
func authScheme(w string) bool {
	switch w {
	case "Bearer", "bearer", "BEARER", "Basic", "basic", "AWS4-HMAC-SHA256", "AWS", "GOOG4-HMAC-SHA256", "GOOG4-RSA-SHA256", "Digest":
		return true
	// the auth modes of API clients' request files, written as a value
	// (Bruno: "auth: awsv4" in a request block, "auth:awsv4 {" naming the
	// block; docs.usebruno.com/bru-lang: awsv4, basic, bearer, digest,
	// oauth2, ntlm, wsse, apikey, inherit, none)
	case "awsv4", "digest", "oauth2", "ntlm", "wsse", "inherit":
		return true
	}
	return false
}

// restValue reads an unquoted value that runs to the end of its line: in a
// properties, env or INI line (the label starts the line) everything after
// the separator is the value, commas and semicolons included
// (spring.mail.password=ab,c;d); after a CLI flag, up to the next blank.
func restValue(s string, i, j, v int) (int, string, bool) {
	if cliFlag(s[i:j]) {
		e := valueEnd(s, v, synShellWord, "") // syntax: shell word
		if e > v && e-v < 1024 && !templateLike(s[v:e]) {
			return e, s[v:e], true
		}
		return 0, "", false
	}
	ls := i
	if ls > 0 && s[ls-1] > ' ' {
		// the label ends a longer key that starts the line
		// (.npmrc "//registry.npmjs.org/:_authToken=…", a dotted
		// property name): the key is one run without '=', quotes
		// or blanks
		k := ls
		for k > 0 && ls-k < 256 && s[k-1] > ' ' && s[k-1] != '=' && s[k-1] != '"' && s[k-1] != '\'' && s[k-1] != '`' {
			k--
		}
		if k == 0 || s[k-1] == '\n' || s[k-1] == ' ' || s[k-1] == '\t' {
			ls = k
		}
	}
	for ls > 0 && (s[ls-1] == ' ' || s[ls-1] == '\t') {
		ls--
	}
	if strings.HasSuffix(s[:ls], "export") || strings.HasSuffix(s[:ls], "set") {
		ls -= 6
		if ls < 0 {
			ls = 0
		}
		for ls > 0 && (s[ls-1] == ' ' || s[ls-1] == '\t') {
			ls--
		}
	}
	if ls > 1 && s[ls-1] == '-' && (s[ls-2] == ' ' || s[ls-2] == '\t' || s[ls-2] == '\n' || s[ls-2] == '|') {
		// a YAML list item (docker-compose environment: - KEY=value)
		ls--
		for ls > 0 && (s[ls-1] == ' ' || s[ls-1] == '\t') {
			ls--
		}
	}
	if ls > 0 && s[ls-1] != '\n' && !rowStart(s, ls) {
		return 0, "", false
	}
	// syntax: a configuration line, to its end (delim.go); a blank then
	// '#' starts a comment in dotenv/shell (NAME=value) and YAML lines
	syn := synLine
	if s[j] == ':' || v == j+1 && s[j] == '=' && shellName(s[i:j]) {
		syn = synLineHash
	}
	e := valueEnd(s, v, syn, "")
	if e-v >= 1024 {
		return 0, "", false
	}
	val := s[v:e]
	ref := strings.TrimRight(val, ",;")
	// a value that is code, not a literal, only when the slot is written
	// in code (codeExpr, code.go: aws_access_key_id=settings.AWS_ACCESS_KEY_ID,
	// in a call; the same in a properties, INI or YAML line is the secret)
	if e == v || strings.ContainsAny(val, "()[]{} \t") || templateLike(val) || typeName(val) || ref == "" || codeExpr(s, i, j, ref) {
		return 0, "", false
	}
	return e, val, true
}

// configLabel reports a label that starts its line (after indentation, a
// YAML list marker or a numbered-lines table's row marker) and is a
// specific name: several parts (fs.s3a.secret.key, aws_sec_key,
// secretKey), not one bare word ("token expired" is prose). Such a line is
// a configuration entry whose separator may be blanks alone
// (spark-defaults.conf, fluentd directives, java.util.Properties).
func configLabel(s string, i, j int) bool {
	// the line start first: most words are not at one (cheap, and this
	// runs for every word a blank follows)
	if i > 0 && s[i-1] != ' ' && s[i-1] != '\t' && s[i-1] != '\n' {
		return false
	}
	w := s[i:j]
	if w[0] == '-' {
		return false
	}
	parts := false
	for k := 1; !parts && k < len(w); k++ {
		c := w[k]
		parts = c == '_' || c == '.' || c == '-' || c >= 'A' && c <= 'Z' && w[k-1] >= 'a' && w[k-1] <= 'z'
	}
	if !parts {
		return false
	}
	ls := i
	for ls > 0 && (s[ls-1] == ' ' || s[ls-1] == '\t') {
		ls--
	}
	if ls > 0 && s[ls-1] == '-' {
		ls--
		for ls > 0 && (s[ls-1] == ' ' || s[ls-1] == '\t') {
			ls--
		}
	}
	return ls == 0 || s[ls-1] == '\n' || rowStart(s, ls)
}

// lineRest returns the end of the text after s[v] on its line, without
// trailing blanks and a table row's closing " |".
func lineRest(s string, v int) int {
	e := v
	for e < len(s) && e-v < 8192 && s[e] != '\n' && s[e] != '\r' {
		e++
	}
	for e > v && (s[e-1] == ' ' || s[e-1] == '\t') {
		e--
	}
	if e > v && s[e-1] == '|' && e-1 > v && s[e-2] == ' ' {
		e -= 2
		for e > v && s[e-1] == ' ' {
			e--
		}
	}
	return e
}

// mixedPart reports a dotted value one of whose parts mixes upper and
// lower case with a digit (gvxr.ElzaX31): a literal, not obj.attr.
func mixedPart(v string) bool {
	for _, p := range strings.Split(v, ".") {
		up, lo := false, false
		for i := 0; i < len(p); i++ {
			up = up || p[i] >= 'A' && p[i] <= 'Z'
			lo = lo || p[i] >= 'a' && p[i] <= 'z'
		}
		if up && lo && hasDigit(p) {
			return true
		}
	}
	return false
}

// argWrapper returns the length of a call wrapping a literal argument at
// the start of s (Some(, concat!(, String::from(, …), or of a parenthesis
// around one (Python's ("abc"\n "def") split literal), or 0.
func argWrapper(s string) int {
	if len(s) > 1 && s[0] == '(' && (s[1] == '"' || s[1] == '\'') {
		return 1
	}
	for _, w := range []string{"Some(", "concat!(", "paste0(", "String::from(", "Secret::new(", "SecretString::from(", "SecretString::new("} {
		if strings.HasPrefix(s, w) {
			return len(w)
		}
	}
	return 0
}

// skipArgRest skips what closes the wrappers of a literal argument at
// s[k] ("))", ".to_string())"), stopping at the comma or parenthesis that
// ends the argument; j bounds the walk (4 KiB from the call).
func skipArgRest(s string, k, j, depth int) int {
	for k < len(s) && k-j < 4096 {
		c := s[k]
		if c == '(' || c == '[' || c == '{' {
			depth++
		} else if c == ')' || c == ']' || c == '}' {
			if depth == 0 {
				break
			}
			depth--
		} else if c == ',' && depth == 0 {
			break
		}
		k++
	}
	return k
}

// tuplePassword reads ("user", "password") at s[v] and returns the password.
func tuplePassword(s string, v int) (hit, bool) {
	k := v + 1
	var lits [][2]int
	for len(lits) < 2 && k < len(s) && k-v < 512 {
		for k < len(s) && (s[k] == ' ' || s[k] == ',' || s[k] == '\n' || len(lits) == 1 && s[k] == '(') {
			k++ // ("user", ("pass" "word")): a split literal in parentheses
		}
		if k >= len(s) || s[k] != '"' && s[k] != '\'' {
			break
		}
		e := valueEnd(s, k+1, synQuoted, s[k:k+1]) // syntax: string literal
		if e < 0 {
			break
		}
		lits = append(lits, [2]int{k + 1, e})
		k = e + 1
	}
	if len(lits) < 2 || lits[1][1] == lits[1][0] || templateLike(s[lits[1][0]:lits[1][1]]) {
		return hit{}, false
	}
	return hit{start: lits[1][0], end: lits[1][1], kind: KindPassword, val: s[lits[1][0]:lits[1][1]]}, true
}

// phraseIs reads prose: "my access key is X", "the secret was X".
//
// (Syntax: prose has no closer of its own. The value is the next shell
// word (delim.go), less a sentence's trailing punctuation; a predicate
// such as "wrong" or "expired" is prose, see proseWord.)
func (st *state) phraseIs(s string, i, j int) (hit, bool) {
	if i < 2 || s[i-1] != ' ' || j >= len(s) || s[j] != ' ' {
		return hit{}, false
	}
	// the label words end before " is"
	e := i - 1
	a := e
	for words := 0; words < 3 && a > 0; words++ {
		b := a
		for b > 0 && isAlnum(s[b-1]) || b > 0 && s[b-1] == '_' {
			b--
		}
		if b == a {
			break
		}
		a = b
		if a > 0 && s[a-1] == ' ' && words < 2 {
			a--
		} else {
			break
		}
	}
	for a < e && s[a] == ' ' {
		a++
	}
	cl := 0
	// the longest tail of words that is a label
	for p := a; p < e && cl == 0; p++ {
		if p == a || s[p-1] == ' ' {
			cl = phraseClass(s[p:e])
		}
	}
	if cl == 0 {
		return hit{}, false
	}
	ws := shellWords(s, j, 1)
	if len(ws) == 0 {
		return hit{}, false
	}
	v0, v1 := ws[0][0], ws[0][1]
	for v1 > v0 && strings.IndexByte(".,;:)!?", s[v1-1]) >= 0 {
		v1--
	}
	val := s[v0:v1]
	plain := !hasDigit(val) && strings.ToLower(val) == val && !strings.ContainsAny(val, "+/=#!@$%^&*~_-") && pronounceable(val) && proseWord(val)
	if len(val) < 6 || templateLike(val) || typeName(val) || IsPlaceholder(val) || plain {
		// "the secret is wrong", "the password is incorrect": prose
		return hit{}, false
	}
	return hit{start: v0, end: v1, kind: classKind(cl, val), val: val}, true
}

// xmlSibling reads <name>LABEL</name> <value>VALUE</value> (Hadoop
// core-site.xml properties, fs.s3a.access.key / fs.s3a.secret.key).
func (st *state) xmlSibling(s string, i, j int) (hit, bool) {
	cl, _ := labelClass(s, i, j)
	if cl == 0 || cl == lBucket || cl == lObjectKey || cl == lAccount || cl == lCapability {
		return hit{}, false
	}
	lim := min(len(s), j+200)
	open, closer := "<value>", "</value>"
	x := strings.Index(s[j:lim], open)
	if y := strings.Index(s[j:lim], "<string>"); y >= 0 && (x < 0 || y < x) && strings.HasPrefix(s[j:], "</key>") {
		// an Apple property list: <key>LABEL</key> <string>VALUE</string>
		// (developer.apple.com "Understanding XML Property Lists";
		// Cyberduck connection profiles and bookmarks)
		x, open, closer = y, "<string>", "</string>"
	}
	if x < 0 {
		return hit{}, false
	}
	v := j + x + len(open)
	// syntax: XML element, to its own "</" (delim.go), which must close
	// the element opened (<value>, or a property list's <string>)
	x2 := valueEnd(s, v, synXMLElement, "")
	if x2 <= v || !strings.HasPrefix(s[x2:], closer) {
		return hit{}, false
	}
	e := x2 - v
	val := strings.TrimSpace(s[v : v+e])
	v += strings.Index(s[v:v+e], val)
	if val == "" || templateLike(val) || IsPlaceholder(val) || strings.ContainsAny(val, "<>\n") {
		return hit{}, false
	}
	return hit{start: v, end: v + len(val), kind: classKind(cl, val), val: val}, true
}

// xmlNamedSibling reads a name and its value written as two sibling
// elements told apart by a name attribute ending with "name" and "value":
// JMeter's <stringProp name="Argument.name">LABEL</stringProp> <stringProp
// name="Argument.value">VALUE</stringProp> (User Defined Variables, Header
// Manager). The element before the label ends at s[k-1]; the value is the
// next element's text, to its own "</".
func xmlNamedSibling(s string, k, i, j int) (hit, bool) {
	lt := strings.LastIndexByte(s[max(0, k-120):k], '<')
	if lt < 0 || j+2 > len(s) || s[j] != '<' || s[j+1] != '/' {
		return hit{}, false
	}
	tag := s[max(0, k-120)+lt : k-2]
	a := strings.LastIndex(tag, `name="`)
	if a < 0 || !strings.HasSuffix(strings.ToLower(tag), "name") || a+6 == len(tag) {
		return hit{}, false
	}
	cl, _ := labelClass(s, i, j)
	if cl == 0 || cl == lBucket || cl == lObjectKey || cl == lAccount || cl == lCapability {
		return hit{}, false
	}
	lim := min(len(s), j+300)
	for p := j; p < lim; p++ {
		if s[p] != '>' || p < 7 || s[p-1] != '"' || !strings.EqualFold(s[p-6:p-1], "value") {
			continue
		}
		v := p + 1
		e := valueEnd(s, v, synXMLElement, "")
		if e <= v || !strings.HasPrefix(s[e:], "</") {
			return hit{}, false
		}
		val := strings.TrimSpace(s[v:e])
		if val == "" || templateLike(val) || IsPlaceholder(val) || strings.ContainsAny(val, "<>\n") ||
			strings.HasPrefix(val, "Bearer ") || strings.HasPrefix(val, "Basic ") {
			return hit{}, false
		}
		v += strings.Index(s[v:e], val)
		return hit{start: v, end: v + len(val), kind: classKind(cl, val), val: val}, true
	}
	return hit{}, false
}

// credentialLine reads line formats that hold a password with no label:
//   - ~/.pgpass: hostname:port:database:username:password (PostgreSQL
//     "The Password File");
//   - postfix sasl_passwd: [host]:port user:password (Postfix SASL README).
func credentialLine(s string, off int, t string) (hit, bool) {
	// both formats need four ':' (pgpass) or a '[host]' and one ':'; a
	// byte count first, before any split (this runs on every line)
	if t == "" {
		return hit{}, false
	}
	colons := strings.Count(t, ":")
	if colons == 0 || t[0] != '[' && colons < 4 {
		return hit{}, false
	}
	// ~/.pgpass: the password is the fifth field and runs to the end of
	// the line, whatever it holds (':' and '@' too: its delimiter is the
	// line's end, PostgreSQL libpq-pgpass)
	if colons >= 4 {
		if f := strings.SplitN(t, ":", 5); len(f) == 5 && !strings.ContainsAny(t[:len(t)-len(f[4])], " \t/\"'") {
			if (allDigits(f[1]) || f[1] == "*") && f[1] != "" && f[0] != "" && f[4] != "" && f[4] != "*" && !strings.ContainsAny(f[4], " \t") {
				p := off + len(t) - len(f[4])
				return hit{start: p, end: off + len(t), kind: KindPassword, val: f[4]}, true
			}
		}
	}
	if t[0] == '[' {
		if sp := strings.IndexAny(t, " \t"); sp > 0 && strings.Contains(t[:sp], "]") {
			rest := strings.TrimSpace(t[sp:])
			if c := strings.IndexByte(rest, ':'); c > 0 && c < len(rest)-1 && !strings.ContainsAny(rest, " \t") {
				pw := rest[c+1:]
				return hit{start: off + len(t) - len(pw), end: off + len(t), kind: KindPassword, val: pw}, true
			}
		}
	}
	return hit{}, false
}

// skipLayout skips blanks and line breaks at s[k], and at the start of a
// line a markdown table's row marker ("| 16 | ") that wraps each line of a
// pasted snippet; also a row's closing " |" before the break.
func skipLayout(s string, k int) int {
	for n := 0; n < 8 && k < len(s); n++ {
		for k < len(s) && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n' || s[k] == '\r') {
			k++
		}
		if k >= len(s) || s[k] != '|' {
			return k
		}
		// "|\n| 16 | ": a closing pipe, the next row's number cell
		x := k + 1
		for x < len(s) && (s[x] == ' ' || isDigit(s[x])) {
			x++
		}
		if x < len(s) && s[x] == '|' {
			k = x + 1
			continue
		}
		if x < len(s) && (s[x] == '\n' || s[x] == '\r') {
			k = x
			continue
		}
		return k
	}
	return k
}

// proseWord reports a word that reads as an English predicate after "is":
// a common ending of adjectives and participles (expired, missing,
// invalid, correct, different, visible, exactly) or one of the few short
// ones that have none; a random lower-case run that merely has vowels
// ("ulnnetegws") is not one.
func proseWord(w string) bool {
	for _, suf := range []string{"ed", "ing", "ly", "ion", "ble", "ent", "ant", "ive", "ful", "less", "ous", "al", "ic", "ct", "id", "ong", "ady", "ere", "one", "ame", "ure", "ate", "ar", "ght", "ty", "er", "ue", "ull", "ll", "ot", "ay", "ow", "ew", "se"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// pronounceable reports a lower-case word that reads as language: a vowel
// at least every fourth letter and no run of four consonants ("incorrect",
// "expired"), unlike a random string ("qymvaedznz").
func pronounceable(w string) bool {
	vowels, run := 0, 0
	for i := 0; i < len(w); i++ {
		if strings.IndexByte("aeiou", w[i]) >= 0 {
			vowels++
			run = 0
			continue
		}
		if run++; run >= 4 {
			return false
		}
	}
	return vowels*4 >= len(w)
}

// rowStart reports a line start inside a markdown table row: s[:ls] ends
// with "| 6 | " at the start of its line.
func rowStart(s string, ls int) bool {
	k := ls
	for k > 0 && s[k-1] == ' ' {
		k--
	}
	if k == 0 || s[k-1] != '|' {
		return false
	}
	k--
	for k > 0 && (s[k-1] == ' ' || isDigit(s[k-1])) {
		k--
	}
	if k == 0 || s[k-1] != '|' {
		return false
	}
	k--
	return k == 0 || s[k-1] == '\n'
}

// s3Scheme reports a URL whose authority starts at s[u] after s3a://,
// s3n:// or s3:// (Hadoop S3A URIs carry KEY:SECRET as userinfo).
// mcHost reports a URL whose authority starts at s[u] as the value of
// MinIO's MC_HOST_<alias> variable (mc reference: envvar MC_HOST_ALIAS).
func mcHost(s string, u int) bool {
	if !strings.Contains(s[max(0, u-96):u], "MC_HOST_") {
		return false
	}
	x := strings.LastIndex(s[max(0, u-96):u], "MC_HOST_")
	return x >= 0 && strings.IndexByte(s[max(0, u-96)+x:u], ' ') < 0
}

func s3Scheme(s string, u int) bool {
	sc := u - 3
	// aws:// is Airflow's AWS connection URI (airflow.apache.org, Amazon
	// Web Services Connection: login = access key ID, password = secret)
	return sc >= 2 && (strings.HasSuffix(s[:sc], "s3a") || strings.HasSuffix(s[:sc], "s3n") || strings.HasSuffix(s[:sc], "s3") || strings.HasSuffix(s[:sc], "aws"))
}

// attrStart reports a word at s[v] that is itself a label (value="…"):
// the next field of the same record (name="…" value="…"), not
// the value of the word before it.
func attrStart(s string, v int) bool {
	k := v
	for k < len(s) && k-v < 64 && (isWord(s[k]) || s[k] == '-') {
		k++
	}
	return k > v && k+1 < len(s) && s[k] == '=' && (s[k+1] == '"' || s[k+1] == '\'')
}

// htmlRow reads a row of an HTML table at s[i] ("<tr>"): when its first
// cell names a credential (<td><code>minio.secretAccessKey</code></td>, a
// configuration reference such as Milvus's, milvus-io/milvus-docs#339),
// the row's last cell is the value, to its own "</td>" whatever it holds.
// A description cell between the two stays readable.
func (st *state) htmlRow(s string, i int) (int, bool) {
	end := delimited(s, i, "</tr>", 4096, false)
	if end < 0 {
		return 0, false
	}
	row := s[i:end]
	type cell struct{ a, b int }
	var cells []cell
	for k := 0; k < len(row); {
		x := strings.Index(row[k:], "<td")
		if x < 0 {
			break
		}
		open := k + x
		gt := strings.IndexByte(row[open:], '>')
		if gt < 0 {
			break
		}
		a := open + gt + 1
		b := delimited(row, a, "</td>", 2048, false)
		if b < 0 {
			break
		}
		cells = append(cells, cell{a, b})
		k = b + 5
	}
	if len(cells) < 2 {
		return 0, false
	}
	name := stripTags(row[cells[0].a:cells[0].b])
	cl := 0
	if a, b := wordBounds(name); b-a >= 2 && b-a == len(name) {
		cl, _ = labelClass(name, a, b)
	}
	switch cl {
	case lSecret, lSession, lToken, lSignature, lCred, lPassword, lKeyID:
	default:
		return 0, false
	}
	last := cells[len(cells)-1]
	a, b := i+last.a, i+last.b
	for a < b && (s[a] == ' ' || s[a] == '\n' || s[a] == '\r' || s[a] == '\t') {
		a++
	}
	for b > a && (s[b-1] == ' ' || s[b-1] == '\n' || s[b-1] == '\r' || s[b-1] == '\t') {
		b--
	}
	if strings.HasPrefix(s[a:b], "<code>") && strings.HasSuffix(s[a:b], "</code>") {
		a, b = a+6, b-7
	}
	v := s[a:b]
	if len(v) < 3 || strings.IndexByte(v, '<') >= 0 || templateLike(v) || typeName(v) || IsPlaceholder(v) || hasPlaceholder(v) {
		return end, true
	}
	st.extra = append(st.extra, hit{start: a, end: b, kind: classKind(cl, v), val: v})
	return end, true
}

// stripTags drops the markup of a short cell ("<code>name</code>").
func stripTags(c string) string {
	var b strings.Builder
	in := false
	for i := 0; i < len(c); i++ {
		switch {
		case c[i] == '<':
			in = true
		case c[i] == '>':
			in = false
		case !in && c[i] > ' ':
			b.WriteByte(c[i])
		}
	}
	return b.String()
}

// wordBounds returns the bounds of s when s is one word, else of nothing.
func wordBounds(s string) (int, int) {
	for i := 0; i < len(s); i++ {
		if !isWord(s[i]) {
			return 0, 0
		}
	}
	return 0, len(s)
}

// keyFiles are the names of private key files (OpenSSH ssh-keygen(1)
// FILES: id_rsa, id_ecdsa, id_ed25519, id_dsa; deploy keys by convention).
func keyFile(path string) bool {
	base := path[lastIndexByte(path, '/')+1:]
	if strings.HasSuffix(base, ".pub") || base == "" {
		return false
	}
	return strings.HasPrefix(base, "id_rsa") || strings.HasPrefix(base, "id_ecdsa") || strings.HasPrefix(base, "id_ed25519") ||
		strings.HasPrefix(base, "id_dsa") || strings.HasSuffix(base, "_key") || strings.HasSuffix(base, ".pem") ||
		strings.HasSuffix(base, ".key") || strings.Contains(base, "deploy_key") || strings.HasSuffix(base, ".ppk")
}

// catKeyFile reads the output of "cat ~/.ssh/deploy_key" in a terminal
// session: the key file's content is the value whatever its shape (a key
// pasted without its BEGIN/END lines, a garbled one: fifsky/ssh-action#7
// shows 'Load key "…/deploy_key": invalid format' right after), running to
// its own delimiter, the next prompt or a blank line. A PEM block is left
// to the shapes (pemAt).
func (st *state) catKeyFile(s string, i, j int) (hit, bool) {
	if i > 0 && s[i-1] != ' ' && s[i-1] != '\n' && s[i-1] != '$' {
		return hit{}, false
	}
	ws := shellWords(s, j, 1)
	if len(ws) != 1 || !keyFile(s[ws[0][0]:ws[0][1]]) {
		return hit{}, false
	}
	nl := strings.IndexByte(s[ws[0][1]:min(len(s), ws[0][1]+256)], '\n')
	if nl < 0 || strings.Trim(s[ws[0][1]:ws[0][1]+nl], " \r|") != "" {
		return hit{}, false // more on the command line: not cat's output
	}
	// the output, line by line, each line's text without the layout of a
	// numbered-lines table ("| 2 | … |") around it
	var lines [][2]int
	for ls := ws[0][1] + nl + 1; ls < len(s) && len(lines) < 256; {
		le := strings.IndexByte(s[ls:], '\n')
		if le < 0 {
			le = len(s)
		} else {
			le += ls
		}
		a, b := ls, le
		if a < b && s[a] == '|' {
			a = skipLayout(s, a)
			if a > le {
				a = le
			}
		}
		for b > a && (s[b-1] == '\r' || s[b-1] == ' ') {
			b--
		}
		if b > a && s[b-1] == '|' && s[ls] == '|' {
			b--
			for b > a && s[b-1] == ' ' {
				b--
			}
		}
		t := s[a:b]
		if t == "" || strings.HasPrefix(t, "$ ") || t == "$" || strings.HasPrefix(t, "# ") || strings.HasPrefix(t, "PS ") ||
			strings.HasPrefix(t, "Load key") || strings.HasPrefix(t, "cat: ") || strings.HasPrefix(t, "-----BEGIN") {
			break
		}
		lines = append(lines, [2]int{a, b})
		ls = le + 1
	}
	if len(lines) == 0 {
		return hit{}, false
	}
	var hs []hit
	if lines[0][1] < len(s) && s[lines[0][1]] == '\n' || len(lines) == 1 {
		// plain output: one span over every line
		v, e := lines[0][0], lines[len(lines)-1][1]
		if !strings.Contains(s[v:e], "|") {
			hs = append(hs, hit{start: v, end: e, kind: KindPrivateKey, val: s[v:e]})
		}
	}
	if hs == nil {
		for _, l := range lines {
			hs = append(hs, hit{start: l[0], end: l[1], kind: KindPrivateKey, val: s[l[0]:l[1]]})
		}
	}
	for _, h := range hs {
		if len(h.val) < 4 || hasPlaceholder(h.val) || IsPlaceholder(h.val) {
			return hit{}, false
		}
	}
	st.extra = append(st.extra, hs[1:]...)
	return hs[0], true
}

// formatName reports an argument that names a data format or a
// compression rather than a session token, where a call takes either
// (ClickHouse's s3(url, key, secret[, session_token][, format]…):
// its formats are capitalised words — Parquet, CSV, JSONEachRow — and
// 'auto'; its compressions lower-case words).
func formatName(v string) bool {
	if !lettersOnly(v) {
		return false
	}
	if v[0] >= 'A' && v[0] <= 'Z' {
		return true
	}
	switch strings.ToLower(v) {
	case "auto", "none", "gzip", "gz", "zstd", "zst", "br", "brotli", "xz", "lzma", "lz4", "bz2", "bzip2", "deflate", "snappy", "zlib":
		return true
	}
	return false
}

// listValueEnd is where an unquoted value that stopped at a ',' or ';' (at
// e) ends: such a separator ends it only where another field ("name=",
// "name:"), a call, a blank or a closer follows it; else the value holds
// it and goes on to the next one. In a Go %+v dump (SecretAccessKey:7,200100
// SessionToken:…, FuzzPlantedSlot a2e5bba2adf209a2) and in a JDBC URL
// (User=B,200001;Password=…, FuzzPlantedSlot 4953307c1f9086d8) the value
// holds it; in ",SignedHeaders=" or ";aws_secret_access_key=" it is the
// list's delimiter. lim bounds the value.
func listValueEnd(s string, v, e, lim int) int {
	for e < lim && e > v && (s[e] == ',' || s[e] == ';') {
		k := e + 1
		for k < lim && k-v < 1024 {
			c := s[k]
			if c <= ' ' || strings.IndexByte("\"'`,;&<>(){}[]\\|", c) >= 0 || hasPrefixFold(s, k, "%26") {
				break
			}
			k++
		}
		if k == e+1 || k-v >= 1024 || k < lim && (s[k] == '(' || s[k] == '[') || fieldStart(s[e+1:k]) {
			break
		}
		e = k
	}
	return e
}

// fieldStart reports a word that starts another field: a name (a letter
// or '_' first, then letters, digits, '_', '.', '-') and '=' or ':'. A
// "name" of digits is a value's ("0,20=001").
func fieldStart(w string) bool {
	if w == "" || !(w[0] >= 'a' && w[0] <= 'z' || w[0] >= 'A' && w[0] <= 'Z' || w[0] == '_') {
		return false
	}
	for i := 1; i < len(w); i++ {
		switch c := w[i]; {
		case c == '=' || c == ':':
			return true
		case isAlnum(c) || c == '_' || c == '.' || c == '-':
		default:
			return false
		}
	}
	return false
}

// namedArg reports an argument written with its name (accessKey: …,
// key=…, name: …): an identifier, then ':' or '=' that is not '::', '=='
// or '=>'.
func namedArg(s string, k int) bool {
	e := k
	for e < len(s) && e-k < 64 && (isAlnum(s[e]) || s[e] == '_') {
		e++
	}
	if e == k || isDigit(s[k]) {
		return false
	}
	for e < len(s) && s[e] == ' ' {
		e++
	}
	if e+1 >= len(s) {
		return false
	}
	switch {
	case s[e] == ':':
		return s[e+1] != ':'
	case s[e] == '=':
		return s[e+1] != '=' && s[e+1] != '>'
	}
	return false
}
