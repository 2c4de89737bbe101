package model

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

func buildPython(src string) *Facts {
	return Build(src, []Part{{Kind: KindPython, Span: source.Span{Start: 0, End: len(src)}}}, time.Unix(0, 0))
}

func val(v *Value) string {
	switch {
	case v == nil:
		return "-"
	case v.Known:
		return v.Str
	}
	return "?" + v.Expr
}

// summary is a compact text of the python facts, for tests.
func summary(f *Facts) string {
	var b strings.Builder
	for _, c := range f.Clients {
		fmt.Fprintf(&b, "client %s var=%s region=%s endpoint=%s sig=%s style=%s key=%s secret=%s token=%s", c.Service, c.Var, val(c.Region), val(c.Endpoint), val(c.SignatureVersion), val(c.AddressingStyle), val(c.AccessKeyID), val(c.SecretKey), val(c.SessionToken))
		if c.Session != nil {
			fmt.Fprintf(&b, " session-region=%s", val(c.Session.Region))
		}
		if c.CredentialsFrom != nil {
			fmt.Fprintf(&b, " creds-from=%s", c.CredentialsFrom.Name)
		}
		b.WriteString("\n")
	}
	for _, o := range f.Operations {
		fmt.Fprintf(&b, "op %s %s %s bucket=%s key=%s expires=%s func=%s var=%s", o.Kind, o.Name, o.Method, val(o.Bucket), val(o.Key), val(o.ExpiresIn), o.Func, o.ResultVar)
		for _, p := range o.Params {
			fmt.Fprintf(&b, " %s=%s", p.Name, val(p.Value))
		}
		if o.Client != nil {
			fmt.Fprintf(&b, " client=%s", o.Client.Var)
		}
		b.WriteString("\n")
	}
	for _, s := range f.STSCalls {
		fmt.Fprintf(&b, "sts %s duration=%s module=%v var=%s\n", s.Name, val(s.Duration), s.ModuleLevel, s.ResultVar)
	}
	for _, c := range f.Credentials {
		fmt.Fprintf(&b, "cred %s %s=%s\n", c.Kind, c.Name, val(c.Value))
	}
	for _, h := range f.HTTPCalls {
		fmt.Fprintf(&b, "http %s %s url=%s headers=%d\n", h.Library, h.Method, val(h.URL), len(h.Headers))
	}
	for _, e := range f.URLEdits {
		fmt.Fprintf(&b, "edit %s %s\n", e.What, e.Expr)
	}
	if f.Runtime.Lambda {
		b.WriteString("lambda\n")
	}
	for _, e := range f.Runtime.EnvVarsRead {
		fmt.Fprintf(&b, "env %s\n", e.Name)
	}
	for _, p := range f.Problems {
		fmt.Fprintf(&b, "problem %s\n", p.Message)
	}
	return b.String()
}

func TestPythonFacts(t *testing.T) {
	cases := []struct{ src, want string }{
		{`import boto3
s3 = boto3.client('s3', aws_access_key_id='AKIA_KEY_1', aws_secret_access_key='wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')
url = s3.generate_presigned_url('get_object', Params={'Bucket': 'b', 'Key': 'k'}, ExpiresIn=7*24*3600)
`, `client s3 var=s3 region=- endpoint=- sig=- style=- key=AKIA_KEY_1 secret=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY token=-
op url get_object GET bucket=b key=k expires=604800 func= var=url Bucket=b Key=k client=s3
cred access-key-id aws_access_key_id=AKIA_KEY_1
cred secret-access-key aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
`},
		{`import boto3
from botocore.config import Config
REGION = "eu-west-1"
EXP = 60 * 60
cfg = Config(signature_version="s3v4", s3={"addressing_style": "virtual"})
session = boto3.Session(profile_name="dev", region_name=REGION)
sts = session.client("sts")
creds = sts.assume_role(RoleArn="arn:aws:iam::123456789012:role/x", RoleSessionName="s")["Credentials"]
s3 = session.client("s3", config=cfg, aws_access_key_id=creds["AccessKeyId"],
                    aws_secret_access_key=creds["SecretAccessKey"])
def lambda_handler(event, context):
    params = {"Bucket": os.environ["BUCKET"]}
    params["Key"] = event["key"]
    params.update({"ContentType": "image/png"})
    url = s3.generate_presigned_url("put_object", Params=params, ExpiresIn=EXP * 12)
    requests.put(url, data=b"x", headers={"Content-Type": "image/png"})
    return url.replace("s3.eu-west-1.amazonaws.com", "cdn.example.com")
`, `client  var=session region=eu-west-1 endpoint=- sig=- style=- key=- secret=- token=-
client sts var=sts region=- endpoint=- sig=- style=- key=- secret=- token=- session-region=eu-west-1
client s3 var=s3 region=- endpoint=- sig=s3v4 style=virtual key=?creds["AccessKeyId"] secret=?creds["SecretAccessKey"] token=- session-region=eu-west-1 creds-from=assume_role
op url put_object PUT bucket=?os.environ["BUCKET"] key=?event["key"] expires=43200 func=lambda_handler var=url Bucket=?os.environ["BUCKET"] Key=?event["key"] ContentType=image/png client=s3
sts assume_role duration=- module=true var=creds
http requests PUT url=?url headers=1
edit replace url.replace("s3.eu-west-1.amazonaws.com", "cdn.example.com")
lambda
env BUCKET
`},
	}
	for i, c := range cases {
		got := summary(buildPython(c.src))
		if got != c.want {
			t.Errorf("case %d:\n%s\nwant:\n%s", i, got, c.want)
		}
	}
}

// TestPythonSTSKept: an assume_role inside a function whose credentials
// are stored where they outlive the call is a cache (Cached, ModuleLevel);
// one whose credentials stay local is not.
func TestPythonSTSKept(t *testing.T) {
	cases := []struct {
		name, src string
		cached    bool
	}{
		{"global dict", "CACHE = {}\ndef get():\n    if 'c' not in CACHE:\n        r = boto3.client('sts').assume_role(RoleArn=A, RoleSessionName='x')\n        CACHE['c'] = r['Credentials']\n    return CACHE['c']\n", true},
		{"global name", "_s = None\ndef get():\n    global _s\n    creds = boto3.client('sts').assume_role(RoleArn=A, RoleSessionName='x')['Credentials']\n    _s = boto3.Session(aws_access_key_id=creds['AccessKeyId'])\n    return _s\n", true},
		{"self of a module instance", "class S:\n    def __init__(self):\n        c = boto3.client('sts').assume_role(RoleArn=A, RoleSessionName='x')['Credentials']\n        self.s3 = boto3.client('s3', aws_access_key_id=c['AccessKeyId'])\n\nstore = S()\n", true},
		{"self, never made at import", "class S:\n    def __init__(self):\n        c = boto3.client('sts').assume_role(RoleArn=A, RoleSessionName='x')['Credentials']\n        self.s3 = boto3.client('s3', aws_access_key_id=c['AccessKeyId'])\n\ndef handler(event, context):\n    return S().s3\n", false},
		{"per request", "def handler(event, context):\n    c = boto3.client('sts').assume_role(RoleArn=A, RoleSessionName='x')['Credentials']\n    s3 = boto3.client('s3', aws_access_key_id=c['AccessKeyId'])\n    return s3\n", false},
	}
	for _, tc := range cases {
		f := buildPython(tc.src)
		if len(f.STSCalls) != 1 {
			t.Fatalf("%s: %d STS calls", tc.name, len(f.STSCalls))
		}
		if s := f.STSCalls[0]; s.Cached != tc.cached || s.Cached && !s.ModuleLevel {
			t.Errorf("%s: Cached=%v ModuleLevel=%v, want Cached=%v", tc.name, s.Cached, s.ModuleLevel, tc.cached)
		}
	}
}

// TestPythonClientFromFunction: role_session().client("s3") has the session
// role_session returns, with its region.
func TestPythonClientFromFunction(t *testing.T) {
	src := "def role_session():\n    return boto3.Session(region_name='eu-central-1')\n\ndef presign(key):\n    return role_session().client('s3').generate_presigned_url('get_object', Params={'Bucket': 'b', 'Key': key})\n"
	f := buildPython(src)
	var got string
	for _, c := range f.Clients {
		if c.Service == "s3" && c.Session != nil {
			got = val(c.Session.Region)
		}
	}
	if got != "eu-central-1" {
		t.Errorf("session region of role_session().client('s3') = %q, want eu-central-1\n%s", got, summary(f))
	}
}
