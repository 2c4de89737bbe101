package model

import (
	"strings"
	"testing"
	"time"
)

// incidentSeeds are fragments of the shapes the incident's own extractors
// read (JavaScript calls, HAR entries, console lines, forms, aws outputs).
var incidentSeeds = []string{
	"await fetch(url, { method: 'PUT', headers: { 'Content-Type': 'image/png' }, body: file })",
	"axios.defaults.headers.common['Authorization'] = 'x';\nconst api = axios.create({ headers: { a: 'b' } });\napi.put(u, f, { headers })",
	"api.interceptors.request.use((config) => { config.headers['x-amz-acl'] = 'private'; return config })",
	"xhr.open('PUT', url, true); xhr.setRequestHeader('Content-Type', t); xhr.send(file)",
	"$.ajax({ url: u, type: 'PUT', contentType: 'text/csv', data: d, processData: false })",
	`{"log":{"entries":[{"request":{"method":"PUT","url":"https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256","headers":[{"name":"a","value":"b"}]},"response":{"status":403,"headers":[],"content":{"text":"<Code>X</Code>"}}}]}}`,
	"PUT https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20240115T120000Z 403 (Forbidden)",
	"Access to fetch at 'https://b.s3.amazonaws.com/k' from origin 'http://localhost:3000' has been blocked by CORS policy: x",
	`<form action="https://b.s3.amazonaws.com/" method="post" enctype="multipart/form-data">`,
	`{"LocationConstraint": null} {"SSEAlgorithm": "aws:kms", "KMSMasterKeyID": "k"} {"PolicyArn": "arn:aws:iam::aws:policy/AdministratorAccess"} {"CORSRules": [{"AllowedMethods": ["GET"], "AllowedOrigins": ["*"]}]}`,
	"wget --method=PUT --header='Content-Type: a' https://b.s3.amazonaws.com/k\nhttp PUT https://b.s3.amazonaws.com/k A:b @f",
	"fetch(", "axios.put(", "{", "fetch(u, {", "x.open(", "axios({", "http", "wget --method",
}

// FuzzIncident: the incident of any text, read as any part kind, is built
// without a panic and its spans stay inside the text.
func FuzzIncident(f *testing.F) {
	for _, s := range incidentSeeds {
		f.Add(s, uint8(0))
	}
	kinds := []string{KindText, KindPython, KindCurl, KindCLI, KindS3Error, KindPolicy, KindCredentials, KindURL}
	f.Fuzz(func(t *testing.T, text string, k uint8) {
		fs := Build(text, []Part{{Kind: kinds[int(k)%len(kinds)], Span: Span{Start: 0, End: len(text)}}}, time.Unix(0, 0))
		inc := fs.Incident
		if inc == nil {
			t.Fatal("no incident")
		}
		in := func(sp Span) {
			if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
				t.Fatalf("span %v outside the text (%d bytes)", sp, len(text))
			}
		}
		for _, s := range inc.SentRequests {
			in(s.Span)
			in(s.Method.Span)
			in(s.URL.Span)
			for _, h := range s.Headers {
				in(h.Span)
			}
		}
		for _, s := range inc.SignedRequests {
			in(s.Span)
		}
		for _, a := range inc.Answers {
			in(a.Span)
		}
		tg := inc.Target()
		in(tg.Region.Span)
		in(tg.Bucket.Span)
	})
}

func TestIncidentSeeds(t *testing.T) {
	for _, s := range incidentSeeds {
		f := Build(s, []Part{{Kind: KindText, Span: Span{Start: 0, End: len(s)}}}, time.Unix(0, 0))
		if f.Incident == nil {
			t.Fatal("no incident")
		}
		if strings.HasPrefix(s, "await fetch") {
			if len(f.Incident.SentRequests) != 1 || f.Incident.SentRequests[0].Method.Str != "PUT" || f.Incident.SentRequests[0].Header("content-type").Value != "image/png" {
				t.Errorf("fetch: %+v", f.Incident.SentRequests)
			}
		}
		if strings.HasPrefix(s, `{"LocationConstraint"`) {
			e := f.Incident.Env
			if e.BucketRegion.Str != "us-east-1" || e.Encryption.Str != "aws:kms" || e.KMSKey.Str != "k" || len(e.ManagedPolicies) != 1 || len(e.CORS) != 1 || len(e.CORS[0].AllowedMethods) != 1 {
				t.Errorf("env: %+v", e)
			}
		}
	}
}

func TestPolicyKind(t *testing.T) {
	for text, want := range map[string]string{
		`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}`:                                                              PolicyIdentity,
		`{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"arn:aws:s3:::b/*"}]}`:                                                       PolicyBucket,
		`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":["kms:Decrypt","kms:GenerateDataKey"],"Resource":"*"}]}`: PolicyKMSKey,
	} {
		f := buildOne(KindPolicy, text)
		if len(f.Incident.Env.Policies) != 1 {
			t.Fatalf("policies %d", len(f.Incident.Env.Policies))
		}
		if got := PolicyKind(f.Incident.Env.Policies[0]); got != want {
			t.Errorf("PolicyKind = %s, want %s: %s", got, want, text)
		}
	}
}

func TestFormExpiryAndFields(t *testing.T) {
	text := `{"url": "https://uploads-demo.s3.amazonaws.com/", "fields": {"key": "in/a.png", "x-amz-algorithm": "AWS4-HMAC-SHA256", "x-amz-credential": "AKIA_EXAMPLE_KEY_1/20240115/us-east-2/s3/aws4_request", "x-amz-date": "20240115T120000Z", "policy": "eyJleHBpcmF0aW9uIjogIjIwMjQtMDEtMTVUMTI6MDE6MDBaIn0=", "x-amz-signature": "SIGNATURE_1"}}
<form action="https://uploads-demo.s3.amazonaws.com/" method="post" enctype="multipart/form-data">
  <input type="hidden" name="key" value="in/b.png">
  <input type="file" name="file">
</form>`
	f := buildOne(KindText, text)
	inc := f.Incident
	var post *SignedRequest
	for _, s := range inc.SignedRequests {
		if s.Form != nil {
			post = s
		}
	}
	if post == nil || post.Expires.Num != 60 || post.Region.Str != "us-east-2" {
		t.Fatalf("presigned POST %+v", post)
	}
	var form *SentRequest
	for _, s := range inc.SentRequests {
		if s.Source == "form" {
			form = s
		}
	}
	if form == nil || len(form.Fields) != 2 || form.Fields[0].Name != "key" || form.Fields[0].Value != "in/b.png" || form.Body.Str != "multipart" {
		t.Fatalf("form %+v", form)
	}
	if sr, why := inc.SignedFor(form); sr != post {
		t.Errorf("form linked to %+v (%s)", sr, why)
	}
}
