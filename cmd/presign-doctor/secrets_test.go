//go:build !js

package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/presign-doctor/presign-doctor/internal/engine"
	"github.com/presign-doctor/presign-doctor/internal/plant"
)

// allOutputs runs every format of scan (and the baseline it writes) on
// path, and every format of analyze on the file, and returns what they
// printed and wrote, standard error included.
func allOutputs(t *testing.T, path string) []string {
	t.Helper()
	var outs []string
	for _, f := range []string{"text", "json", "sarif", "github"} {
		_, out, errs := runCmd(t, "scan", "--format", f, "--now", testNow, path)
		outs = append(outs, out, errs)
	}
	base := filepath.Join(t.TempDir(), "baseline.json")
	_, _, errs := runCmd(t, "scan", "--write-baseline", base, "--now", testNow, path)
	b, _ := os.ReadFile(base)
	outs = append(outs, string(b), errs)
	for _, f := range []string{"text", "json", "markdown"} {
		_, out, errs := runCmd(t, "analyze", "--format", f, "--now", testNow, path)
		outs = append(outs, out, errs)
	}
	return outs
}

// TestNoSecretInAnyOutput plants the documented example keys and
// generated ones in files of each kind scan reads, and checks that none
// appears in any format of scan or analyze, SARIF snippets and the
// baseline included.
func TestNoSecretInAnyOutput(t *testing.T) {
	secrets := []string{
		"AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
		"AKIA2E0A8F3B244C9986", "Qm9vdHN0cmFwU2VjcmV0S2V5MDEyMzQ1Njc4OWFi",
		"ASIAY34FZKBOKMUTVV7A", "FwoGZXIvYXdzEBYaDHhhbXBsZXRva2VuMTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6",
	}
	files := map[string]string{
		"client.py": `s3 = boto3.client("s3", aws_access_key_id="AKIA2E0A8F3B244C9986", aws_secret_access_key="Qm9vdHN0cmFwU2VjcmV0S2V5MDEyMzQ1Njc4OWFi", aws_session_token="FwoGZXIvYXdzEBYaDHhhbXBsZXRva2VuMTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6")
url = s3.generate_presigned_url("get_object", Params={"Bucket": "b", "Key": "k", "Expires": 60}, ExpiresIn=700000)
`,
		"deploy.sh": `export AWS_ACCESS_KEY_ID=ASIAY34FZKBOKMUTVV7A
export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE
aws s3 presign s3://b/k --expires-in 604801
`,
		".env":        "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n",
		"config.json": `{"credentials": {"accessKeyId": "AKIA2E0A8F3B244C9986", "secretAccessKey": "Qm9vdHN0cmFwU2VjcmV0S2V5MDEyMzQ1Njc4OWFi"}, "url": "https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA2E0A8F3B244C9986%2F20240115%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20240115T000000Z&X-Amz-Expires=700000&X-Amz-SignedHeaders=host&X-Amz-Signature=0f0e0d0c0b0a09080706050403020100f0e0d0c0b0a09080706050403020100"}`,
	}
	dir := t.TempDir()
	for name, body := range files {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		outs := allOutputs(t, path)
		joined := strings.Join(outs, "\n")
		if !strings.Contains(joined, "hardcoded_credentials") {
			t.Errorf("%s: no hardcoded_credentials finding: the test would prove nothing", name)
		}
		for _, s := range secrets {
			if strings.Contains(joined, s) || strings.Contains(joined, s[:16]) || strings.Contains(joined, s[len(s)-16:]) {
				t.Errorf("%s: a planted secret (%s…) appears in the output", name, s[:6])
			}
		}
		if strings.Contains(joined, "0f0e0d0c0b0a0908") {
			t.Errorf("%s: the URL's signature appears in the output", name)
		}
	}
	// The whole directory too (one SARIF run over every file).
	_, sarif, _ := runCmd(t, "scan", "--format", "sarif", dir)
	for _, s := range secrets {
		if strings.Contains(sarif, s[:16]) {
			t.Errorf("directory SARIF holds a planted secret (%s…)", s[:6])
		}
	}
}

// TestPlantedCorpusLeaksNothingNew writes pastes of internal/plant's
// corpus (secrets in every context and encoding it knows) as files, and
// checks that the command shows no secret the engine's own redaction does
// not already leave (internal/engine's redact-survivors ratchet owns
// those): what the command prints comes from the redacted text only.
func TestPlantedCorpusLeaksNothingNew(t *testing.T) {
	docs := plant.Generate(25, 12, 6)
	exts := []string{".py", ".js", ".sh", ".env", ".json", ".tf", ".go", ".yaml"}
	dir := t.TempDir()
	planted, survived := 0, 0
	for i, d := range docs {
		path := filepath.Join(dir, "doc"+string(rune('a'+i))+exts[i%len(exts)])
		if err := os.WriteFile(path, []byte(d.Text), 0o644); err != nil {
			t.Fatal(err)
		}
		cli := d.HayFor(allOutputs(t, path))
		eng := d.HayFor([]string{engine.AnalyzeJSON(`{"input":` + jsonString(d.Text) + `,"now":"` + testNow + `"}`), engine.Scan(d.Text, mustNow(t)).Redacted})
		for _, s := range d.Secrets {
			planted++
			if cli.Has(s) {
				if !eng.Has(s) {
					t.Errorf("doc %d: a %s secret (%s, %s) appears in the command's output but not in the engine's response", i, s.Kind, s.Context, s.Enc)
				}
				survived++
			}
		}
	}
	if planted < 50 {
		t.Fatalf("only %d secrets planted", planted)
	}
	t.Logf("%d secrets planted in %d files; %d visible in the command's output, each also in the engine's own response", planted, len(docs), survived)
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func mustNow(t *testing.T) time.Time {
	n, err := time.Parse(time.RFC3339, testNow)
	if err != nil {
		t.Fatal(err)
	}
	return n
}
