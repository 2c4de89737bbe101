//go:build !js && !wasip1

// These tests start other programs (compilers, the real SDKs), which a
// js/wasm or wasip1 test binary cannot: they are built natively only.

package engine

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// cleanPastes are pastes whose Python is wrapped in what people paste
// around it: a REPL session, a diff of their change, requirement pins, a
// traceback. The corrected code must compile whatever the wrapping (as a
// module, or a fragment as a function's body); the patch of the user's
// own text stays in the diff view.
var cleanPastes = map[string]string{
	"repl": `>>> import boto3
>>> s3 = boto3.client('s3')
>>> url = s3.generate_presigned_url('get_object',
...     Params={'Bucket': 'reports-demo', 'Key': 'q1.pdf'},
...     ExpiresIn=700000)
>>> print(url)
https://reports-demo.s3.amazonaws.com/q1.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20240115%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20240115T120000Z&X-Amz-Expires=700000&X-Amz-SignedHeaders=host&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404
`,
	"diff": `diff --git a/app/storage.py b/app/storage.py
@@ -10,7 +10,7 @@ def upload_url(key):
-    s3 = boto3.client('s3')
+    s3 = boto3.client('s3', region_name='eu-west-1')
     return s3.generate_presigned_url('put_object',
         Params={'Bucket': 'uploads-demo', 'Key': key, 'ContentType': 'image/png'},
         ExpiresIn=900000)
`,
	"pins": `boto3==1.34.14
botocore==1.34.14

import boto3
s3 = boto3.client("s3", aws_access_key_id="AKIAIOSFODNN7EXAMPLE", aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
url = s3.generate_presigned_url("get_object", Params={"Bucket": "acme-private", "Key": "a.txt"}, ExpiresIn=700000)
`,
	"traceback": `import boto3
s3 = boto3.client('s3')
url = s3.generate_presigned_url('get_object', Params={'Bucket': 'acme-data', 'Key': 'x.csv'}, ExpiresIn=86400 * 30)
Traceback (most recent call last):
  File "/var/task/app.py", line 3, in handler
    url = s3.generate_presigned_url('get_object', Params={'Bucket': 'acme-data', 'Key': 'x.csv'}, ExpiresIn=86400 * 30)
botocore.exceptions.ClientError: An error occurred (AuthorizationQueryParametersError) when calling the GetObject operation: X-Amz-Expires must be less than a week (in seconds) that is 604800
`,
}

func TestCorrectedPythonAlwaysCompiles(t *testing.T) {
	py := needTool(t, "python3")
	dir := t.TempDir()
	for name, paste := range cleanPastes {
		t.Run(name, func(t *testing.T) {
			resp := Analyze(Request{Input: paste, Now: "2024-01-15T14:35:00Z"})
			if resp.Code.Python == "" {
				t.Fatalf("no corrected Python")
			}
			for _, junk := range []string{">>> ", "\n... ", "\n+    ", "\n-    ", "@@ ", "==1.34", "Traceback (most recent call last)", "botocore.exceptions.ClientError:"} {
				if strings.Contains("\n"+resp.Code.Python, junk) {
					t.Errorf("code.python carries %q:\n%s", junk, resp.Code.Python)
				}
			}
			// A program compiles as a module; a fragment (a diff's hunk of
			// a function's body) as the body of a function, as in
			// TestPatchedCodeStillParses.
			f := filepath.Join(dir, name+".py")
			os.WriteFile(f, []byte(resp.Code.Python), 0o644)
			if out, err := exec.Command(py, "-c", pyCompileAll, "--", f).CombinedOutput(); err != nil || strings.TrimSpace(string(out)) != "ok" {
				t.Errorf("code.python does not compile: %v\n%s\n%s", err, out, resp.Code.Python)
			}
			for lang, code := range map[string]string{"cli": resp.Code.CLI, "javascript": resp.Code.JavaScript, "go": resp.Code.Go} {
				if strings.Contains(code, ">>>") || strings.Contains(code, "Traceback") {
					t.Errorf("code.%s carries paste junk", lang)
				}
			}
		})
	}
}
