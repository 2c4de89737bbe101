package codegen

import (
	"strings"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/model"
)

func TestPatchPython(t *testing.T) {
	code := "import boto3\ns3 = boto3.client('s3')\nurl = s3.generate_presigned_url('get_object', Params={'Bucket': 'b', 'Key': 'k'}, ExpiresIn=700000)\n"
	text := "see:\n" + code + "\nhttps://b.s3.amazonaws.com/k?X-Amz-Expires=700000\n"
	start := strings.Index(text, "import")
	parts := []model.Part{{Kind: model.KindText, Span: model.Span{Start: 0, End: start}},
		{Kind: model.KindPython, Span: model.Span{Start: start, End: start + len(code)}},
		{Kind: model.KindURL, Span: model.Span{Start: start + len(code) + 1, End: len(text)}}}
	at := func(s string) int { return strings.Index(text, s) }
	region := []diff.Edit{{Start: at("'s3')") + 4, End: at("'s3')") + 4, New: ", region_name='eu-west-1'"}}
	expiry := []diff.Edit{{Start: at("700000"), End: at("700000") + 6, New: "3600"}}
	overlapping := []diff.Edit{{Start: at("700000"), End: at("700000") + 6, New: "60"}}
	inURL := []diff.Edit{{Start: strings.LastIndex(text, "700000"), End: strings.LastIndex(text, "700000") + 6, New: "1"}}
	orig, patched, n := PatchPython(text, parts, [][]diff.Edit{region, expiry, overlapping, inURL})
	if orig != code {
		t.Errorf("orig = %q", orig)
	}
	want := strings.Replace(strings.Replace(code, "'s3')", "'s3', region_name='eu-west-1')", 1), "700000", "3600", 1)
	if patched != want || n != 2 {
		t.Errorf("patched (%d fixes) =\n%s\nwant\n%s", n, patched, want)
	}
	// Applying the same fixes one by one to the whole text, as the page
	// does, gives the same Python.
	whole, err := diff.Apply(text, append(append([]diff.Edit{}, region...), expiry...))
	if err != nil || !strings.Contains(whole, want) {
		t.Errorf("one-by-one application differs: %v\n%s", err, whole)
	}
	if o, p, n := PatchPython(text, parts[:1], [][]diff.Edit{region}); o != "" || p != "" || n != 0 {
		t.Errorf("no Python part: %q %q %d", o, p, n)
	}
}

func TestPatchPythonInsertionsAtOnePoint(t *testing.T) {
	code := "s3 = boto3.client('s3')\n"
	parts := []model.Part{{Kind: model.KindPython, Span: model.Span{Start: 0, End: len(code)}}}
	at := strings.Index(code, "'s3')") + 4
	region := []diff.Edit{{Start: at, End: at, New: ", region_name='eu-west-1'"}}
	config := []diff.Edit{{Start: at, End: at, New: ", config=Config(signature_version='s3v4')"}}
	replace := []diff.Edit{{Start: at - 4, End: at + 1, New: "'s3', x)"}}
	_, got, n := PatchPython(code, parts, [][]diff.Edit{region, config, replace})
	want := "s3 = boto3.client('s3', region_name='eu-west-1', config=Config(signature_version='s3v4'))\n"
	if got != want || n != 2 {
		t.Errorf("got (%d) %q, want %q", n, got, want)
	}
}

func TestPatchPythonRefusesBreakingCombinations(t *testing.T) {
	code := "s3 = boto3.client('s3')\n"
	parts := []model.Part{{Kind: model.KindPython, Span: model.Span{Start: 0, End: len(code)}}}
	at := strings.Index(code, "'s3')") + 4
	global := []diff.Edit{{Start: at, End: at, New: ", config=Config(signature_version='s3v4', s3={'addressing_style': 'virtual'})"}}
	sigv2 := []diff.Edit{{Start: at, End: at, New: ", config=Config(signature_version='s3v4')"}}
	broken := []diff.Edit{{Start: at, End: at, New: " region_name='eu-west-1'"}}
	_, got, n := PatchPython(code, parts, [][]diff.Edit{global, sigv2, broken})
	want := "s3 = boto3.client('s3', config=Config(signature_version='s3v4', s3={'addressing_style': 'virtual'}))\n"
	if got != want || n != 1 {
		t.Errorf("got (%d) %q, want %q", n, got, want)
	}
}
