package codegen

import "testing"

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
		{"    s3 = boto3.client('s3')\n    return s3\n", "", false},
		{"return s3\n", "", false},
		{"x = 1\n    y = 2\n", "", false},
		{"def f(a,\n      b):\n    return (a +\n        b)\n", "def f(a,\n      b):\n    return (a +\n        b)\n", true},
		{"s = '''\n  indented text\n'''\nx = ['(', \"[\"]\n", "s = '''\n  indented text\n'''\nx = ['(', \"[\"]\n", true},
	} {
		got, ok := CleanPython(c.in)
		if ok != c.ok || c.ok && got != c.want {
			t.Errorf("CleanPython(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}
