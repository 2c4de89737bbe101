package model

import "testing"

// TestMobileSenders: the HTTP calls of Dart, Kotlin/Java OkHttp and Swift
// become sent requests with their method, URL expression, headers and body.
func TestMobileSenders(t *testing.T) {
	cases := []struct {
		name, text, source, method, url string
		headers                         map[string]string
		body                            string
	}{
		{"dart http.put", "final put = await http.put(Uri.parse(url), body: bytes, headers: {'Content-Type': 'image/png'});\n",
			"http", "PUT", "url", map[string]string{"Content-Type": "image/png"}, "sized"},
		{"dio options", "await dio.put(signedUrl, data: Stream.fromIterable([bytes]), options: Options(contentType: 'application/octet-stream', headers: {Headers.contentLengthHeader: bytes.length}));\n",
			"dio", "PUT", "signedUrl", map[string]string{"Content-Type": "application/octet-stream", "Content-Length": ""}, "stream"},
		{"okhttp put with media type", "val body = file.asRequestBody(\"image/jpeg\".toMediaType())\nval request = Request.Builder()\n    .url(uploadUrl)\n    .put(body)\n    .addHeader(\"x-amz-acl\", \"private\")\n    .build()\n",
			"okhttp", "PUT", "uploadUrl", map[string]string{"Content-Type": "image/jpeg", "x-amz-acl": "private"}, "sized"},
		{"okhttp default get", "val request = Request.Builder().url(downloadUrl).build()\n",
			"okhttp", "GET", "downloadUrl", nil, "none"},
		{"swift urlrequest", "var request = URLRequest(url: uploadURL)\nrequest.httpMethod = \"PUT\"\nrequest.setValue(\"video/mp4\", forHTTPHeaderField: \"Content-Type\")\nlet task = session.uploadTask(with: request, fromFile: clip)\n",
			"urlsession", "PUT", "uploadURL", map[string]string{"Content-Type": "video/mp4"}, "sized"},
		{"dio constructed inline", "var response = await Dio().post(signed.data['url'], data: formData);\n",
			"dio", "POST", "signed.data['url']", nil, "multipart"},
		{"dio from a service locator", "final res = await getIt<Dio>().put(link.url, data: bytes);\n",
			"dio", "PUT", "link.url", nil, "sized"},
		{"ktor client built inline", "HttpClient(CIO).post(signed) {\n    setBody(bytes)\n}\n",
			"http", "POST", "signed", nil, "none"},
		{"video element", "videoEl.src = url; // 403 in the network tab\n",
			"media", "GET", "url", map[string]string{"Range": "bytes=0-"}, "none"},
		{"dart multipart request", "final req = http.MultipartRequest('POST', Uri.parse(presignedUrl))\n  ..files.add(file);\nawait req.send();\n",
			"http", "POST", "presignedUrl", nil, "multipart"},
		{"dart streamed request", "final req = http.StreamedRequest(\"PUT\", uri);\n",
			"http", "PUT", "uri", nil, "stream"},
		{"dart request", "var r = http.Request('PUT', Uri.parse(url))..bodyBytes = bytes;\n",
			"http", "PUT", "url", nil, "sized"},
	}
	for _, c := range cases {
		inc := &Incident{}
		b := &builder{f: &Facts{Text: c.text}}
		b.mobileSenders(inc)
		if len(inc.SentRequests) != 1 {
			t.Errorf("%s: %d sent requests, want 1", c.name, len(inc.SentRequests))
			continue
		}
		s := inc.SentRequests[0]
		if s.Source != c.source || s.Method.Str != c.method || s.URL.Expr != c.url {
			t.Errorf("%s: source %q method %q url %q (expr), want %q %q %q", c.name, s.Source, s.Method.Str, s.URL.Expr, c.source, c.method, c.url)
		}
		for n, v := range c.headers {
			h := s.Header(n)
			if h == nil || v != "" && h.Value != v {
				t.Errorf("%s: header %s = %+v, want %q", c.name, n, h, v)
			}
		}
		if len(s.Headers) != len(c.headers) {
			t.Errorf("%s: headers %+v", c.name, s.Headers)
		}
		if s.Body.Str != c.body {
			t.Errorf("%s: body %q, want %q", c.name, s.Body.Str, c.body)
		}
	}
	// Not a client call: a map's get, a JS axios instance is the JS reader's.
	inc := &Incident{}
	(&builder{f: &Facts{Text: "value = cache.get(key)\nconst r = api.put(url, file)\nv = os.environ.get(\"URL\")\nx = getIt<Store>().get(id)\ncached = redisClient.get(cacheKey)\nclient.get(sessionId)\n"}}).mobileSenders(inc)
	if len(inc.SentRequests) != 0 {
		t.Errorf("non-clients read as sent requests: %+v", inc.SentRequests)
	}
}

// TestTFPlanView: a terraform plan reads as the configuration it leads to,
// offsets unchanged.
func TestTFPlanView(t *testing.T) {
	plan := "  # aws_iam_role_policy.p will be updated in-place\n  ~ resource \"aws_iam_role_policy\" \"p\" {\n      ~ Action = [\n          - \"s3:PutObject\",\n            \"s3:GetObject\",\n        ]\n      ~ name = \"old\" -> \"new\"\n    }\n"
	v := TFPlanView(plan, Span{Start: 0, End: len(plan)})
	if len(v) != len(plan) {
		t.Fatalf("length %d, want %d", len(v), len(plan))
	}
	for _, bad := range []string{"s3:PutObject", "will be updated", "~", "\"old\""} {
		if contains := indexOf(v, bad); contains >= 0 {
			t.Errorf("view still holds %q:\n%s", bad, v)
		}
	}
	for _, good := range []string{"\"s3:GetObject\"", "resource \"aws_iam_role_policy\"", "\"new\""} {
		if indexOf(v, good) < 0 {
			t.Errorf("view lost %q:\n%s", good, v)
		}
	}
	if !IsTFPlanHeader("# aws_s3_bucket_cors_configuration.uploads will be created") || IsTFPlanHeader("# this will be fine") {
		t.Error("IsTFPlanHeader")
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

// TestInJSONValue: S3's body in the string value of a JSON log record is an
// answer; inside a code literal it is not.
func TestInJSONValue(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{`ERROR	{"level":"error","body":"<Error><Code>AccessDenied</Code></Error>"}`, true},
		{`ERROR	{"level":"error", "body": "<Error><Code>AccessDenied</Code></Error>"}`, true},
		{`const fixture = "<Error><Code>AccessDenied</Code></Error>";`, false},
		{`logger.error({ body: "<Error><Code>AccessDenied</Code></Error>" })`, false},
	} {
		at := indexOf(c.line, "<Code>")
		if got := inJSONValue(c.line, at); got != c.want {
			t.Errorf("%s: %v, want %v", c.line, got, c.want)
		}
	}
}

// TestCredExprNotLiteral: an environment-style line whose value is code (a
// call, a dotted reference) does not hold a literal key.
func TestCredExprNotLiteral(t *testing.T) {
	for s, want := range map[string]bool{
		`os.environ.get("AWS_ACCESS_KEY_ID")`:      true,
		`env('AWS_SECRET_ACCESS_KEY')`:             true,
		`process.env.AWS_SECRET_ACCESS_KEY`:        true,
		`ENV["AWS_ACCESS_KEY_ID"]`:                 true,
		`AKIAIOSFODNN7EXAMPLE`:                     false,
		`wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`: false,
		`EXAMPLE_SECRET_ACCESS_KEY_1`:              false,
	} {
		if got := reCredExpr.MatchString(s); got != want {
			t.Errorf("%s: expression %v, want %v", s, got, want)
		}
	}
}

// TestLambdaEnvKey: a key read from AWS_ACCESS_KEY_ID is the role's
// temporary key only inside a Lambda handler.
func TestLambdaEnvKey(t *testing.T) {
	v := &Value{Expr: `os.environ["AWS_ACCESS_KEY_ID"]`}
	if !lambdaEnvKey("def handler(event, context):\n    pass\n", v) {
		t.Error("python handler")
	}
	if !lambdaEnvKey("exports.handler = async (event) => {}", &Value{Expr: "process.env.AWS_ACCESS_KEY_ID"}) {
		t.Error("node handler")
	}
	if lambdaEnvKey("def main():\n    pass\n", v) {
		t.Error("no handler: not Lambda")
	}
	if lambdaEnvKey("def handler(event, context):\n", &Value{Expr: `os.environ["MY_KEY"]`}) {
		t.Error("another variable")
	}
}

// TestProseSend: a prose sentence that says which method was sent to the
// URL is a sent request; code, comments and sentences that name no URL are
// not.
func TestProseSend(t *testing.T) {
	inc := &Incident{}
	(&builder{f: &Facts{Text: "Then in browser send PUT request with file on URL and get 403.\n"}}).mobileSenders(inc)
	if len(inc.SentRequests) != 1 || inc.SentRequests[0].Method.Str != "PUT" || inc.SentRequests[0].Source != "prose" {
		t.Fatalf("prose: %+v", inc.SentRequests)
	}
	for _, text := range []string{
		"// send PUT request to the url\n",
		"sendRequest(\"PUT\"); // send a PUT request with the url\n",
		"I send a PUT request and it fails.\n",
	} {
		inc := &Incident{}
		(&builder{f: &Facts{Text: text}}).mobileSenders(inc)
		if len(inc.SentRequests) != 0 {
			t.Errorf("%q read as a sent request: %+v", text, inc.SentRequests[0])
		}
	}
}
