package codegen

import (
	"strings"
	"testing"
)

func TestCleanPython(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"import boto3\nx = 1\n", "import boto3\nx = 1\n", true},
		{">>> import boto3\n>>> s3 = boto3.client('s3',\n...     region_name='eu-west-1')\n>>> s3\n<botocore.client.S3 object at 0x7f>\n", "import boto3\ns3 = boto3.client('s3',\n    region_name='eu-west-1')\ns3\n", true},
		{"boto3==1.34.14\nrequests>=2.31 ; python_version > '3.8'\n$ pip install boto3\nimport boto3\n", "import boto3\n", true},
		{"x = f()\nTraceback (most recent call last):\n  File \"a.py\", line 1, in <module>\n    x = f()\nNameError: name 'f' is not defined\ny = 2\n", "x = f()\ny = 2\n", true},
		{"-    s3 = boto3.client('s3')\n+    s3 = boto3.client('s3', region_name='eu-west-1')\n", "", false},
		{"--- a/app.py\n+++ b/app.py\n@@ -1,3 +1,3 @@\n import boto3\n-s3 = boto3.client('s3')\n+s3 = boto3.client('s3', region_name='eu-west-1')\n x = 1\n", "import boto3\ns3 = boto3.client('s3', region_name='eu-west-1')\nx = 1\n", true},
		{"    s3 = boto3.client('s3')\n    return s3\n", "", false},
		{"return s3\n", "", false},
		{"x = 1\n    y = 2\n", "", false},
		{"def f(a,\n      b):\n    return (a +\n        b)\n", "def f(a,\n      b):\n    return (a +\n        b)\n", true},
		{"s = '''\n  indented text\n'''\nx = ['(', \"[\"]\n", "s = '''\n  indented text\n'''\nx = ['(', \"[\"]\n", true},
		{"In [1]: import boto3\n   ...: from botocore.config import Config\n\nIn [2]: url = s3.generate_presigned_url('get_object',\n   ...:     ExpiresIn=60)\n\nIn [3]: url\nOut[3]: 'https://b.s3.amazonaws.com/k'\n",
			"import boto3\nfrom botocore.config import Config\n\nurl = s3.generate_presigned_url('get_object',\n    ExpiresIn=60)\n\nurl\n", true},
	} {
		got, ok := CleanPython(c.in)
		if ok != c.ok || c.ok && got != c.want {
			t.Errorf("CleanPython(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

// TestCleanPythonLines checks each line of the clean program names the
// line of the paste it comes from.
func TestCleanPythonLines(t *testing.T) {
	in := ">>> import boto3\n>>> s3\n<botocore.client.S3 object at 0x7f>\n>>> x = 1\n"
	clean, from, ok := CleanPythonLines(in)
	lines := strings.Split(in, "\n")
	if !ok || len(from) != strings.Count(clean, "\n")+1 {
		t.Fatalf("CleanPythonLines(%q) = %q, %v, %v", in, clean, from, ok)
	}
	for i, l := range strings.Split(clean, "\n") {
		if !strings.HasSuffix(lines[from[i]], l) {
			t.Errorf("line %d %q comes from %q", i, l, lines[from[i]])
		}
	}
}
