package model

import "testing"

// An endpoint read from an environment variable resolves to the value the
// paste's compose, Kubernetes or .env block assigns it, in any language.
func TestEnvValue(t *testing.T) {
	compose := "services:\n  api:\n    environment:\n      S3_ENDPOINT_URL: http://minio:9000\n"
	k8s := "env:\n  - name: S3_ENDPOINT\n    value: \"http://minio.storage.svc:9000\"\n"
	dotenv := "export S3_URL=https://storage.example.com\n"
	twice := "S3_URL=http://a:9000\nS3_URL=http://b:9000\n"
	self := "S3_URL = os.environ['S3_URL']\n"
	for _, c := range []struct{ text, expr, want string }{
		{compose, `os.environ["S3_ENDPOINT_URL"]`, "http://minio:9000"},
		{compose, `os.environ.get('S3_ENDPOINT_URL')`, "http://minio:9000"},
		{k8s, `process.env.S3_ENDPOINT`, "http://minio.storage.svc:9000"},
		{dotenv, `System.getenv("S3_URL")`, "https://storage.example.com"},
		{dotenv, `os.Getenv("S3_URL")`, "https://storage.example.com"},
		{twice, `os.getenv("S3_URL")`, ""},
		{self, `os.environ['S3_URL']`, ""},
		{compose, `settings.endpoint`, ""},
	} {
		f := &Facts{Text: c.text + "\n" + c.expr}
		if got := f.EnvValue(&Value{Expr: c.expr}); got != c.want {
			t.Errorf("%q in %q: %q, want %q", c.expr, c.text, got, c.want)
		}
	}
}
