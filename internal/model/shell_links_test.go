package model

import (
	"strings"
	"testing"
	"time"
)

// buildParts builds facts from text split into parts by line prefix: the
// test names each part's kind.
func buildParts(text string, parts ...Part) *Facts {
	return Build(text, parts, time.Date(2025, 3, 4, 10, 0, 0, 0, time.UTC))
}

// lineParts makes one part per line: curl for lines starting with curl,
// else kind.
func lineParts(kind, text string) []Part {
	var ps []Part
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '\n' {
			k := kind
			if strings.HasPrefix(text[start:i], "curl ") {
				k = KindCurl
			}
			if i > start {
				ps = append(ps, Part{Kind: k, Span: Span{Start: start, End: i}})
			}
			start = i + 1
		}
	}
	return ps
}

func whole(kind, text string) Part {
	return Part{Kind: kind, Span: Span{Start: 0, End: len(text)}}
}

func TestShellVarRef(t *testing.T) {
	for in, want := range map[string]string{
		"$URL": "URL", "${UPLOAD_URL}": "UPLOAD_URL", "$env:U": "U", "%URL%": "URL", "$url": "url",
		"$(aws s3 presign s3://b/k)": "", "https://b.s3.amazonaws.com/k": "", "$": "", "${a-b}": "", "$1x": "",
	} {
		if got := shellVarRef(in); got != want {
			t.Errorf("shellVarRef(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestShellLinks: each way a shell passes the CLI's URL to a sender links
// the sender to the presign command.
func TestShellLinks(t *testing.T) {
	for _, tc := range []struct{ name, text, sentKind, reason string }{
		{"variable", "URL=$(aws s3 presign s3://b/k --region eu-west-1)\ncurl -T f \"$URL\"\n", KindText, "same variable"},
		{"export braces", "export U=$(aws s3 presign s3://b/k)\ncurl -X PUT --upload-file f \"${U}\"\n", KindText, "same variable"},
		{"backticks wget", "URL=`aws s3 presign s3://b/k`\nwget --method=PUT --body-file=f \"$URL\"\n", KindText, "same variable"},
		{"powershell", "PS C:\\> $url = aws s3 presign s3://b/k\nPS C:\\> Invoke-WebRequest -Uri $URL -Method Put -InFile f\n", KindText, "same variable"},
		{"pipe", "aws s3 presign s3://b/k | xargs curl -T f\n", KindText, "the presign command's output is piped into it"},
		{"inline", "curl -T f \"$(aws s3 presign s3://b/k)\"\n", KindCurl, "its URL is the output of the presign command substituted into it"},
		{"argv", "url = subprocess.check_output([\"aws\", \"s3\", \"presign\", f\"s3://{b}/{k}\", \"--region\", \"eu-west-1\"]).decode().strip()\nr = requests.put(url, data=body)\n", KindPython, "same variable"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := buildParts(tc.text, lineParts(tc.sentKind, tc.text)...)
			inc := f.Incident
			var ops int
			for _, o := range f.Operations {
				if o.Source == "cli" {
					ops++
				}
			}
			if ops != 1 {
				t.Fatalf("presign commands read: %d, want 1", ops)
			}
			if len(inc.SentRequests) != 1 {
				t.Fatalf("sent requests: %d, want 1", len(inc.SentRequests))
			}
			sr, why := inc.SignedFor(inc.SentRequests[0])
			if sr == nil || why != tc.reason {
				t.Fatalf("link %v %q, want %q", sr, why, tc.reason)
			}
			if sr.Method.Str != "GET" || inc.SentRequests[0].Method.Str == "GET" {
				t.Errorf("signed %s, sent %s", sr.Method.Str, inc.SentRequests[0].Method.Str)
			}
		})
	}
	// Another variable does not link by variable.
	text := "URL=$(aws s3 presign s3://b/k)\nOTHER=x\ncurl -T f \"$OTHER\"\n"
	f := buildParts(text, lineParts(KindText, text)...)
	if len(f.Incident.SentRequests) > 0 {
		if _, why := f.Incident.SignedFor(f.Incident.SentRequests[0]); why == "same variable" {
			t.Errorf("linked by another variable")
		}
	}
}

func TestAWSTextOutputs(t *testing.T) {
	text := "$ aws sts get-caller-identity --output text\n111122223333\tarn:aws:sts::111122223333:assumed-role/app/s\tAROAEXAMPLE:s\n" +
		"$ aws s3api get-bucket-location --bucket b --output table\n---------\n|  GetBucketLocation  |\n+----+\n|  LocationConstraint |\n+----+\n|  None  |\n+----+\n"
	f := buildParts(text, whole(KindCLI, text))
	if len(f.Identities) != 1 || f.Identities[0].Arn.Str != "arn:aws:sts::111122223333:assumed-role/app/s" || f.Identities[0].Account.Str != "111122223333" {
		t.Fatalf("identities %+v", f.Identities)
	}
	if r := f.Incident.Env.BucketRegion; r.Str != "us-east-1" || r.From != FromAWS {
		t.Errorf("bucket region %+v", r)
	}
	text = "$ aws s3api get-bucket-location --bucket b --query LocationConstraint --output text\nEU\n"
	f = buildParts(text, whole(KindCLI, text))
	if r := f.Incident.Env.BucketRegion; r.Str != "eu-west-1" {
		t.Errorf("EU: bucket region %+v", r)
	}
	text = "$ aws s3api get-bucket-location --bucket b --output text\n$ echo done\n"
	f = buildParts(text, whole(KindCLI, text))
	if r := f.Incident.Env.BucketRegion; r.Str != "" {
		t.Errorf("no output: bucket region %+v", r)
	}
}

// TestQuotedErrors: S3's answer quoted in a comment or a log line is an
// answer; one inside a string literal of code stays a signal.
func TestQuotedErrors(t *testing.T) {
	for _, tc := range []struct{ name, text, code, region string }{
		{"python comment", "s3 = boto3.client('s3')\n# <Code>AuthorizationQueryParametersError</Code><Message>Error parsing the X-Amz-Credential parameter; the region 'us-east-1' is wrong; expecting 'ap-south-1'</Message>\n", "AuthorizationQueryParametersError", "ap-south-1"},
		{"botocore in comment", "# botocore.exceptions.ClientError: An error occurred (SignatureDoesNotMatch) when calling the PutObject operation: The request signature we calculated does not match\nx = 1\n", "SignatureDoesNotMatch", ""},
		{"js comment block", "const a = 1;\n// GET returns 301:\n// <Error><Code>PermanentRedirect</Code>\n// <Endpoint>b.s3.eu-central-1.amazonaws.com</Endpoint></Error>\n", "PermanentRedirect", "eu-central-1"},
		{"log line", "2025-03-04 10:01:12 ERROR upload failed <Code>AccessDenied</Code><Message>Access Denied</Message>\n", "AccessDenied", ""},
		{"string literal", "  data: '<Error><Code>NotImplemented</Code></Error>'\n", "", ""},
		{"js v3 exception dump", "IllegalLocationConstraintException: The ap-east-1 location constraint is incompatible for the region specific endpoint this request was sent to.\n    at throwDefaultError (index.js:840:20) {\n  '$metadata': { httpStatusCode: 400 }\n}\n", "IllegalLocationConstraintException", "ap-east-1"},
		{"lone exception line", "InvalidRequest: S3 Transfer Acceleration is not configured on this bucket\n", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := buildParts(tc.text, whole(KindText, tc.text))
			var got *Answer
			for _, a := range f.Incident.Answers {
				got = a
			}
			if tc.code == "" {
				if got != nil {
					t.Fatalf("answer %q read from a string literal", got.Code.Str)
				}
				return
			}
			if got == nil || got.Code.Str != tc.code || got.Region.Str != tc.region {
				t.Fatalf("answer %+v, want %s / %q", got, tc.code, tc.region)
			}
		})
	}
}

func TestRegionSettingsAndHandedHeaders(t *testing.T) {
	for _, text := range []string{
		"# [profile p]\n# region = eu-west-1\n",
		"    environment:\n      - AWS_DEFAULT_REGION=eu-west-1\n",
		"ENV AWS_REGION=eu-west-1\n",
	} {
		f := buildParts(text, whole(KindText, text))
		if f.Setting("region") != "eu-west-1" {
			t.Errorf("%q: region setting %+v", text, f.Settings)
		}
	}
	text := "region_name = 'eu-west-1'\nx = {'region': get()}\n"
	if f := buildParts(text, whole(KindText, text)); f.Setting("region") != "" {
		t.Errorf("read a region from code: %+v", f.Settings)
	}
	const code = `url = s3.generate_presigned_url("put_object", Params={"Bucket": "b", "Key": k, "ContentType": content_type})
return {"url": url, "headers": {"Content-Type": content_type}}
`
	f := buildParts(code, whole(KindPython, code))
	if len(f.Incident.SignedRequests) != 1 || len(f.Incident.SignedRequests[0].HandedHeaders) != 1 {
		t.Fatalf("handed headers: %+v", f.Incident.SignedRequests)
	}
	other := strings.Replace(code, `"Content-Type": content_type}}`, `"Content-Type": "image/png"}}`, 1)
	f = buildParts(other, whole(KindPython, other))
	if len(f.Incident.SignedRequests) != 1 || len(f.Incident.SignedRequests[0].HandedHeaders) != 0 {
		t.Fatalf("another value handed: %+v", f.Incident.SignedRequests[0].HandedHeaders)
	}
}

func TestManagedPoliciesAnyOutput(t *testing.T) {
	text := "$ aws iam list-attached-user-policies --user-name u --output table\n||  arn:aws:iam::aws:policy/AdministratorAccess|  AdministratorAccess  ||\n" +
		"ATTACHEDPOLICIES\tarn:aws:iam::aws:policy/PowerUserAccess\tPowerUserAccess\n" +
		"{\"PolicyArn\": \"arn:aws:iam::aws:policy/AmazonS3FullAccess\"}\n"
	f := buildParts(text, whole(KindText, text))
	var got []string
	for _, p := range f.Incident.Env.ManagedPolicies {
		got = append(got, p.Str)
	}
	if strings.Join(got, " ") != "arn:aws:iam::aws:policy/AmazonS3FullAccess arn:aws:iam::aws:policy/AdministratorAccess arn:aws:iam::aws:policy/PowerUserAccess" {
		t.Errorf("managed policies %q", got)
	}
}

// TestSTSInSubstitution: aws sts assume-role inside creds=$(...) is an STS
// call with its duration; a mention in prose is not.
func TestSTSInSubstitution(t *testing.T) {
	text := "$ creds=$(aws sts assume-role --role-arn arn:aws:iam::111122223333:role/x --role-session-name s --duration-seconds 3600)\n" +
		"$ export AWS_SESSION_TOKEN=$(echo $creds | jq -r .Credentials.SessionToken)\n"
	f := buildParts(text, Part{Kind: KindText, Span: Span{Start: 0, End: len(text)}})
	if len(f.STSCalls) != 1 || f.STSCalls[0].Duration == nil || f.STSCalls[0].Duration.Num != 3600 {
		t.Fatalf("STS calls %+v", f.STSCalls)
	}
	prose := "I ran aws sts assume-role before and it worked\n"
	if f := buildParts(prose, Part{Kind: KindText, Span: Span{Start: 0, End: len(prose)}}); len(f.STSCalls) != 0 {
		t.Errorf("prose gave STS calls %+v", f.STSCalls)
	}
}

// TestPresignCmdlet: AWS Tools for PowerShell's Get-S3PreSignedURL is a
// presign operation: its -Verb (GET by default), object, region and the
// variable it is assigned to.
func TestPresignCmdlet(t *testing.T) {
	for _, c := range []struct {
		text, method, bucket, key, region, v string
	}{
		{`PS C:\> $url = Get-S3PreSignedURL -BucketName b1 -Key "drops/a.zip" -Expire (Get-Date).AddHours(1) -Region us-east-1`, "GET", "b1", "drops/a.zip", "us-east-1", "url"},
		{`$u = Get-S3PreSignedURL -BucketName 'b2' -Key k.txt -Verb PUT -Expires ([DateTime]::Now.AddMinutes(5))`, "PUT", "b2", "k.txt", "", "u"},
	} {
		f := buildParts(c.text, whole(KindText, c.text))
		var op *Operation
		for _, o := range f.Operations {
			if o.Source == "powershell" {
				op = o
			}
		}
		if op == nil {
			t.Errorf("%s: no operation", c.text)
			continue
		}
		str := func(v *Value) string {
			if v == nil {
				return ""
			}
			return v.Str
		}
		if op.Method != c.method || str(op.Bucket) != c.bucket || str(op.Key) != c.key || str(op.Client.Region) != c.region || op.ResultVar != c.v {
			t.Errorf("%s: got %s %s %s %s %s", c.text, op.Method, str(op.Bucket), str(op.Key), str(op.Client.Region), op.ResultVar)
		}
	}
}

// TestFormTagWithTemplate: a template tag inside a quoted attribute value
// (ERB, PHP) does not end the <form> tag: its method is read.
func TestFormTagWithTemplate(t *testing.T) {
	for _, tag := range []string{
		`<form action="<%= post.url %>" method="post" enctype="multipart/form-data">`,
		`<form action="<?= $url ?>" method='POST'>`,
	} {
		m := reForm.FindStringSubmatchIndex(tag + "\n<input name=\"key\" value=\"<%= k %>\">\n</form>")
		if m == nil || m[1] != len(tag) {
			t.Errorf("reForm did not take the whole tag %q: %v", tag, m)
		}
	}
}
