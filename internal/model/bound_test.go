package model

import "testing"

// TestSTSCallClient: an assume_role call knows the STS client it is made
// on, and so its endpoint (an S3-compatible store's own STS).
func TestSTSCallClient(t *testing.T) {
	f := buildPython(`import boto3
sts = boto3.client('sts', region_name='eu-west-1', endpoint_url='http://127.0.0.1:9000')
creds = sts.assume_role(RoleArn='arn:aws:iam::123456789012:role/r', RoleSessionName='s')['Credentials']
s3 = boto3.client('s3', endpoint_url='http://127.0.0.1:9000', aws_access_key_id=creds['AccessKeyId'])
`)
	if len(f.STSCalls) != 1 {
		t.Fatalf("%d STS calls, want 1", len(f.STSCalls))
	}
	c := f.STSCalls[0].Client
	if c == nil || c.Service != "sts" || val(c.Endpoint) != "http://127.0.0.1:9000" {
		t.Fatalf("STS call's client = %+v, want the sts client with its endpoint", c)
	}
	// boto3.client('sts').assume_role(...) made inline: no client variable
	// to follow, so none is claimed.
	f = buildPython("import boto3\ncreds = boto3.client('sts').assume_role(RoleArn='a', RoleSessionName='s')\n")
	if len(f.STSCalls) != 1 || f.STSCalls[0].Client != nil && f.STSCalls[0].Client.Service != "sts" {
		t.Fatalf("inline STS call: %+v", f.STSCalls)
	}
}

// TestValueBound: a name bound to an expression the reader cannot
// evaluate keeps where that expression is written.
func TestValueBound(t *testing.T) {
	src := "import boto3\nfrom urllib.parse import quote\ns3 = boto3.client('s3')\nkey = quote(name)\nk2 = key\nurl = s3.generate_presigned_url('get_object', Params={'Bucket': 'b', 'Key': k2})\n"
	f := buildPython(src)
	if len(f.Operations) != 1 || f.Operations[0].Key == nil {
		t.Fatalf("no operation with a key: %s", summary(f))
	}
	k := f.Operations[0].Key
	if got := src[k.Bound.Start:k.Bound.End]; got != "quote(name)" {
		t.Fatalf("Key's Bound = %q, want quote(name)", got)
	}
}

// TestConfigGuardedSettings: Config(**({...} if cond else {})) gives the
// settings of the dict (only where the library knows them: where it does
// not, they have no effect), so a fix written that way counts as done.
func TestConfigGuardedSettings(t *testing.T) {
	f := buildPython(`import boto3
from botocore.config import Config
s3 = boto3.client('s3', endpoint_url='http://127.0.0.1:9000', config=Config(signature_version='s3v4', **({'request_checksum_calculation': 'when_required'} if 'request_checksum_calculation' in Config.OPTION_DEFAULTS else {})))
`)
	if len(f.Clients) != 1 || val(f.Clients[0].ChecksumCalculation) != "when_required" {
		t.Fatalf("checksum setting not read: %s", summary(f))
	}
	// An else branch that sets something else is not a guard: not read.
	f = buildPython(`import boto3
from botocore.config import Config
s3 = boto3.client('s3', config=Config(**({'request_checksum_calculation': 'when_required'} if fast else {'request_checksum_calculation': 'when_supported'})))
`)
	if len(f.Clients) != 1 || f.Clients[0].ChecksumCalculation != nil {
		t.Fatalf("a two-way choice read as one setting: %s", summary(f))
	}
}
