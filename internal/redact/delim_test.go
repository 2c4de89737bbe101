package redact

import (
	"strings"
	"testing"
)

// TestValueEnd is the delimiter grammar's table, one block per syntax. In
// each paste, the value is marked «…»: valueEnd from the value's first byte
// must stop exactly at its closing mark (the marks are removed before the
// call). A paste with a « and no » expects -1 (the syntax's closer never
// comes). The values are made of the syntaxes' own delimiter characters
// on purpose: ',', '!', '@', '/', '=', ';', ':', '#', dots and a leading
// '_' (the shapes FuzzPlantedSlot found: internal/engine/testdata/fuzz).
func TestValueEnd(t *testing.T) {
	cases := []struct {
		name  string
		syn   syntax
		quote string
		paste string
	}{
		// query parameter: to its own '&' or '#', or the URL token's end
		{"query last", synQuery, "", `https://b.s3.amazonaws.com/k?X-Amz-Signature=«,0010027»`},
		{"query next param", synQuery, "", `?X-Goog-Signature=«71,0000:0002=!@/.»&X-Goog-Date=1`},
		{"query '#' fails closed", synQuery, "", `?sig=«_0.A0000000001#frag»`},
		{"query last, '#' in the value", synQuery, "", `https://b.s3.amazonaws.com/k?X-Amz-Signature=«0#010072» |`},
		{"query '#' then the next param", synQuery, "", `https://d1.cloudfront.net/a.pdf?Policy=«100#0027»&Signature=x&Key-Pair-Id=K`},
		{"query fragment after a credential goes with it (fails closed: 100#!002 is a value)", synQuery, "", `https://app/?token=«abc#/path?x=1»&y=2`},
		{"query quoted url", synQuery, "", `url = "https://x/?Signature=«000,0127»"`},
		{"query html", synQuery, "", `<a href='https://x/?Policy=«A0010027;x»'>`},
		{"query blank", synQuery, "", `GET /k?X-Amz-Security-Token=«To/ken+==» HTTP/1.1`},
		{"query encoded once", synQueryEnc, "", `next=https%3A%2F%2Fx%2F%3FSignature%3D«00%2C0127»%26X-Amz-Date%3D1`},
		{"query encoded twice", synQueryEnc2, "", `next%3Dx%253FSignature%253D«00%25252C0127%26»%2526b%253D1`},

		// HTTP header auth-param list: to the next ", name=" or the header's end
		{"auth-param credential", synAuthParam, "", `Authorization: AWS4-HMAC-SHA256 Credential=«AKIA/20240115/us-east-1/s3/aws4_request», SignedHeaders=host, Signature=abc`},
		{"auth-param last", synAuthParam, "", `Authorization: AWS4-HMAC-SHA256 Credential=A/1, SignedHeaders=host, Signature=«000,0127»` + "\nHost: x"},
		{"auth-param comma value", synAuthParam, "", `Credential=«000,,01!27@x», SignedHeaders=host`},
		{"auth-param in a dict", synAuthParam, "", `'Authorization': b'AWS4-HMAC-SHA256 Credential=A/1, SignedHeaders=host, Signature=«_0.A0000000001»', 'X-Amz-Date': '1'`},
		{"auth-param no blank", synAuthParam, "", `Credential=«a=b,c»,SignedHeaders=1`},
		{"auth-param header end", synAuthParam, "", `Signature=«00/01;27» more text`},
		{"auth-param value holding ,x=", synAuthParam, "", `SignedHeaders=host, Signature=«A0,0=1,B=2»` + "\r\n"},

		// connection string
		{"azure", synConnString, "", `"DefaultEndpointsProtocol=https;AccountName=a;AccountKey=«00!0=1,2/+»;EndpointSuffix=core.windows.net"`},
		{"ado.net last", synConnString, "", "Server=db;User Id=sa;Password=«p@ss w0rd»\n"},

		// token68 (Basic, Bearer, SigV2)
		{"bearer", synToken68, "", `Authorization: Bearer «eyJ.a,b;c!d@e/f=»`},
		{"basic in a curl arg", synToken68, "", `curl -H 'Authorization: Basic «!0000127,»' https://x/`},
		{"bearer in json", synToken68, "", `{"Authorization": "Bearer «abc_.-~+/=»"}`},
		{"bearer in template", synToken68, "", "fetch(u, {headers: {Authorization: `Bearer «t0k,en»`}})"},

		// XML / HTML element: to its own "</"
		{"xml element", synXMLElement, "", `<SignatureProvided>«0000000000000000!000000000001027»</SignatureProvided>`},
		{"xml element with markup chars", synXMLElement, "", `<AWSAccessKeyId>«a&amp;b>c"d'e»</AWSAccessKeyId>`},
		{"xml element unclosed", synXMLElement, "", "<SecretAccessKey>«abc\n</SecretAccessKey>"},

		// quoted: XML attribute, string literal, JSON string
		{"attribute", synQuoted, `"`, `<input name="x-amz-signature" value="«0001027,A@=»" />`},
		{"single quoted", synQuoted, `'`, `secret = '«,;@!/=#.»'`},
		{"escaped quote inside", synQuoted, `"`, `"key": "«ab\"c,d»", "x": 1`},
		{"backtick", synQuoted, "`", "const k = `«a'b\"c»`;"},
		{"json in a json string", synQuoted, `\"`, `"body": "{\"secret\": \"«0001,027»\"}"`},
		{"json key file line", synQuoted, `"`, "\"private_key\": \"«MIIEv»\n\","},
		{"unclosed", synQuoted, `"`, "password = \"«abc\nrest"},

		// configuration lines: to the line's end
		{"ini", synLine, "", "[default]\naws_secret_access_key = «wJal/K7MDENG,x;y #z»\nregion = us-east-1"},
		{"properties", synLine, "", "spring.mail.password=«ab,c;d=e:f»\r\nnext=1"},
		{"spark blank separator", synLine, "", "spark.hadoop.fs.s3a.secret.key        «_0.A0000000001»   \nx"},
		{"table row", synLine, "", "| 3 | MINIO_ROOT_PASSWORD=«,0010027» |\n| 4 | x |"},
		{"yaml comment", synLineHash, "", "  MINIO_ROOT_PASSWORD: «00#01!27» # the root password\n"},
		{"dotenv", synLineHash, "", "AWS_SECRET_ACCESS_KEY=«a.b.c»\nX=1"},
		{"end of paste", synLineHash, "", "SECRET=«@@,,»"},

		// CLI flag argument: a shell word
		{"shell word", synShellWord, "", "aws configure set aws_secret_access_key «T,dB?og#xE» --profile dev"},
		{"shell word line end", synShellWord, "", "--password=«p@ss:w0rd/=»\nnext"},
		{"shell word quoted", synShellWord, `"`, `--secret-key "«a b,c»" --x`},
		{"shell word in a JSON string", synShellWord, "", `{"env": "AWS_SECRET_ACCESS_KEY=«a,b!c»\nBUCKET=b"}`},
		// (the ';' closing a word is sh's control operator or an nginx
		// directive's terminator, nginx.org/en/docs/beginners_guide.html;
		// inside the word it is the value's)
		{"nginx directive's terminator", synShellWord, "", "    aws_signing_key «7,200001»;\n    aws_s3_bucket b;"},
		{"shell command's terminator", synShellWord, "", "$ export AWS_SECRET_ACCESS_KEY=«a,b!c»; aws s3 ls"},
		{"';' inside a word", synShellWord, "", "--password=«a;b,c»\nnext"},
		{"a word that is ';' alone", synShellWord, "", "x «;;»\n"},

		// credential scope: the key to the '/' before its date
		{"scope", synScope, "", "Credential=«000/0127»/20240115/us-east-1/s3/aws4_request"},
		{"scope encoded", synScope, "", "X-Amz-Credential=«0000127,»%2F20240115%2Fus-east-1%2Fs3%2Faws4_request&x=1"},
		{"scope without date", synScope, "", "Credential=«abc/def"},

		// cookie pair
		{"cookie", synCookie, "", "Cookie: a=«x,y=z!»; b=2"},
		{"cookie last", synCookie, "", "Cookie: a=1; session=«_0.A@/0»\nHost: x"},
	}
	for _, c := range cases {
		open := strings.Index(c.paste, "«")
		if open < 0 {
			t.Fatalf("%s: no «", c.name)
		}
		s := strings.Replace(c.paste, "«", "", 1)
		want := strings.Index(s, "»")
		s = strings.Replace(s, "»", "", 1)
		got := valueEnd(s, open, c.syn, c.quote)
		if got != want {
			g := "-1"
			if got >= open {
				g = "«" + s[open:got] + "»"
			}
			t.Errorf("%s: valueEnd read %s, want end %d in %q", c.name, g, want, c.paste)
		}
	}
}

// TestUserinfoAt: URL userinfo ends at the authority's last '@'.
func TestUserinfoAt(t *testing.T) {
	cases := []struct {
		paste string
		store bool
		want  string // the userinfo, or "" for none
	}{
		{"redis://:p@ss,w!rd@cache.local:6379/0", false, ":p@ss,w!rd"},
		{"https://user:pa#ss@host/x", false, "user:pa#ss"},
		{"https://host/path@x", false, ""},
		{"mongodb://app:000/0127@db.local:27017/x", false, "app:000/0127"},
		{"postgres://app:0/0#0012@db.internal:5432/app", false, "app:0/0#0012"},
		{"http://minio:9000/a/b?email=x@y.com", false, ""},
		{"http://localhost:4873/@scope/pkg", false, ""},
		{"https://cdn.example.com:443/npm/@babel/core", false, ""},
		{"https://user:pw@host?x=a@b", false, "user:pw"},
		{"postgres://app:@R328u7bQ4qsF-40n?JGF!6@db.internal:5432/app", false, "app:@R328u7bQ4qsF-40n?JGF!6"},
		{"https://u:p@ss#w0rd@host/x", false, "u:p@ss#w0rd"},
		{"s3a://000/0127:sec/ret@bucket/key", true, "000/0127:sec/ret"},
		{"MC_HOST_x=https://000012@7:s/e@c:t/o@minio.local:9000", true, "000012@7:s/e@c:t/o"},
		{`"https://host" and later @someone`, false, ""},
		// a password pasted unencoded starting with port-like digits then
		// '/': userinfo when the '@' is in the first path segment and a host
		// name follows, or when the "host" is an access key ID
		{"https://ci-bot:2107000/@github.com", false, "ci-bot:2107000/"},
		{"https://ci-bot:A01000/@@github.com", false, "ci-bot:A01000/@"},
		{"https://ci-bot:21070A0/@github.com", false, "ci-bot:21070A0/"},
		{"https://oauth2:443/xyzab@gitlab.com/acme/app.git", false, "oauth2:443/xyzab"},
		{"https://AKIAIOSFODNN7EXAMPLE:12/ab/cd@minio.example.com/b", false, "AKIAIOSFODNN7EXAMPLE:12/ab/cd"},
		{"http://minio:9000/bucket/user@example.com/file.txt", false, ""},
		{"https://unpkg.com:443/react@18.2.0/umd/react.js", false, ""},
		{"http://registry:5000/app@sha256:abcdef", false, ""},
		// several path segments before a host: userinfo when the digits
		// are no port (a leading 0, above 65535) or on a line of git's
		// credential store (git-scm.com/docs/git-credential-store)
		{"https://ci-bot:000/1/27@github.com", false, "ci-bot:000/1/27"},
		{"https://ci-bot:70000/1/27@github.com", false, "ci-bot:70000/1/27"},
		{"$ cat ~/.git-credentials\nhttps://ci-bot:1234/5/6@github.com\n", false, "ci-bot:1234/5/6"},
		{"$ cat ~/.git-credentials\nhttps://a:b@gitlab.com\nhttps://ci-bot:1234/5/6@github.com", false, "ci-bot:1234/5/6"},
		{"http://minio:9000/bucket/user@example.com", false, ""},
		{"$ cat notes.txt\nhttp://minio:9000/bucket/user@example.com", false, ""},
	}
	for _, c := range cases {
		u := strings.LastIndex(c.paste, "://") + 3
		at := userinfoAt(c.paste, u, c.store, 4096)
		got := ""
		if at >= 0 {
			got = c.paste[u:at]
		}
		if got != c.want {
			t.Errorf("%q: userinfo %q, want %q", c.paste, got, c.want)
		}
	}
}

// TestSlotSyntax: which syntax a labelled slot is written in, from the
// label (marked «…») and what stands around it. synNone: a syntax the
// label and separator do not tell (code, prose), left to labelled's
// readings.
func TestSlotSyntax(t *testing.T) {
	cases := []struct {
		paste string
		want  syntax
	}{
		{`s = "«aws_secret_access_key»": "x"`, synQuoted},
		{`<input name="«x-amz-signature»" value="x">`, synNone},
		{`<«SignatureProvided»>x</SignatureProvided>`, synXMLElement},
		{`https://b/k?X-Amz-Date=1&«X-Amz-Signature»=x`, synQuery},
		{`https://b/k?«X-Amz-Signature»=x`, synQuery},
		{`<a href="https://b/k?a=1&amp;«Signature»=x">`, synQuery},
		{`next=https%3A%2F%2Fb%2Fk%3Fa%3D1%26«X-Amz-Signature»%3Dx`, synQueryEnc},
		{`Authorization: AWS4-HMAC-SHA256 Credential=A/1/r/s3/aws4_request, SignedHeaders=host, «Signature»=x`, synAuthParam},
		{"aws configure set «aws_secret_access_key» x", synShellWord},
		{"curl «--password»=x https://h/", synShellWord},
		{"spark-submit --conf «spark.hadoop.fs.s3a.session.token»=x job.py", synShellWord},
		{"$ export «AWS_ACCESS_KEY_ID»=x", synShellWord},
		{"https://x/view?snippet=«GITHUB_TOKEN»=71,00002\n//registry", synShellWord},
		{`{"snippet": "«GITHUB_TOKEN»=71,00002\n//registry"}`, synShellWord},
		{`environment: ["«AWS_SECRET_ACCESS_KEY»=a,b"]`, synShellWord},
		{"<pre><code>«GITHUB_TOKEN»=71,00002\n</code></pre>", synShellWord},
		{"«AWS_SECRET_ACCESS_KEY»=x\nNEXT=1", synLineHash},
		{`Endpoint=x;«AccountKey»=y;`, synConnString},
		{"C:\\> set «AWS_SECRET_ACCESS_KEY»=x", synLine},
		{"curl -H '«PRIVATE-TOKEN»: x' https://h/", synHeaderField},
		{"«X-Amz-Security-Token»: x\r\n", synHeaderField},
		{"«spark.hadoop.fs.s3a.secret.key»        :ocDcNAkr,", synLine},
		{"«fs.s3a.secret.key» = a,b", synLine},
		{"  «secretAccessKey» : x", synLine},
		{"new S3Client({ «secretAccessKey»: secret })", synNone},
		{"client(aws_secret_access_key=«secret», x=1)", synNone},
	}
	for _, c := range cases {
		i := strings.Index(c.paste, "«")
		s := strings.Replace(c.paste, "«", "", 1)
		j := strings.Index(s, "»")
		s = strings.Replace(s, "»", "", 1)
		v, quote, ok := separator(s, j, true)
		if !ok {
			if c.want != synNone {
				t.Errorf("%q: no separator", c.paste)
			}
			continue
		}
		if got := slotSyntax(s, i, j, v, quote, configLabel(s, i, j)); got != c.want {
			t.Errorf("%q: syntax %d, want %d", c.paste, got, c.want)
		}
	}
}
