package codegen

import (
	"strings"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/model"
)

// TestPatchPythonSharedEdits checks that fixes sharing edits (two findings
// whose fixes give one client the same Config) compose: an edit already
// made is not made again, and the rest of the later fix still applies.
func TestPatchPythonSharedEdits(t *testing.T) {
	code := "import boto3\ns3 = boto3.client('s3')\n"
	parts := []model.Part{{Kind: model.KindPython, Span: model.Span{Start: 0, End: len(code)}}}
	at := strings.Index(code, "'s3')") + 4
	imp := diff.Edit{Start: len("import boto3\n"), End: len("import boto3\n"), New: "from botocore.config import Config\n"}
	cfg := diff.Edit{Start: at, End: at, New: ", config=Config(signature_version='s3v4', s3={'addressing_style': 'virtual'})"}
	region := diff.Edit{Start: at, End: at, New: ", region_name='eu-west-1'"}
	sigv2 := []diff.Edit{imp, cfg}
	global := []diff.Edit{imp, cfg, region}
	_, patched, n := PatchPython(code, parts, [][]diff.Edit{sigv2, global})
	want := "import boto3\nfrom botocore.config import Config\ns3 = boto3.client('s3', config=Config(signature_version='s3v4', s3={'addressing_style': 'virtual'}), region_name='eu-west-1')\n"
	if patched != want || n != 2 {
		t.Errorf("patched (%d fixes) =\n%s\nwant\n%s", n, patched, want)
	}
	// The same fix twice: the second has nothing left to do.
	if _, p, n := PatchPython(code, parts, [][]diff.Edit{sigv2, sigv2}); n != 1 || strings.Count(p, "config=") != 1 {
		t.Errorf("the same fix twice (%d applied):\n%s", n, p)
	}
}
