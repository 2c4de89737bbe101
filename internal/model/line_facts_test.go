package model

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// testdataLines returns the lines of every paste under internal's testdata
// folders (rules' and the engine's corpus), and lines written for the
// shapes the line readers take.
func testdataLines(t *testing.T) []string {
	lines := []string{
		"AWS_REGION=eu-west-1", "  - AWS_DEFAULT_REGION=ap-southeast-1", "# region = us-east-1", "// region: us-west-2",
		"export AWS_REGION='eu-central-1'", "ENV AWS_DEFAULT_REGION us-east-1", "ENV AWS_REGION=us-east-1", "set AWS_REGION=eu-west-3\r",
		"-- region=eu-north-1", ";region = sa-east-1", "aws s3 presign s3://b/k --region eu-west-1", "Region = eu-west-1",
		"AWS_ACCESS_KEY_ID=ASIA_KEY_1", "export AWS_SESSION_TOKEN=SESSION_TOKEN_1", "  - AWS_ACCESS_KEY_ID=ASIAEXAMPLE",
		"$env:AWS_ACCESS_KEY_ID=\"ASIAX\"", "ENV AWS_SECURITY_TOKEN abc", "AWS_ACCESS_KEY_ID: ASIA1", "x AWS_ACCESS_KEY_ID=ASIA1",
	}
	err := filepath.WalkDir("..", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.Contains(p, "testdata") || !strings.HasSuffix(p, ".txtar") {
			return err
		}
		b, err := os.ReadFile(p)
		if err == nil {
			lines = append(lines, strings.Split(string(b), "\n")...)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return lines
}

// TestLinePrefilters: the byte checks lineFacts makes before a regular
// expression never turn away a line the expression matches.
func TestLinePrefilters(t *testing.T) {
	lines := testdataLines(t)
	if len(lines) < 1000 {
		t.Fatalf("only %d lines", len(lines))
	}
	regions, keys := 0, 0
	for _, l := range lines {
		if reRegionSetting.MatchString(l) {
			regions++
			if !regionLine(l) {
				t.Errorf("regionLine turns away %q", l)
			}
		}
		if reKeyLine.MatchString(l) {
			keys++
			if !keyLine(l) {
				t.Errorf("keyLine turns away %q", l)
			}
		}
	}
	if regions < 10 || keys < 5 {
		t.Errorf("%d region lines, %d key lines: the test reads too little", regions, keys)
	}
}

// envValueRegexp is EnvValue as one regular expression per name (what
// lineFacts' hand-written reading replaces): the first eight
// assignments of name, in the text's order.
func envValueRegexp(text, name string) []string {
	q := regexp.QuoteMeta(name)
	re := regexp.MustCompile(`(?m)^[ \t]*(?:-[ \t]*)?(?:export[ \t]+)?` + q + `[ \t]*(?::|=)[ \t]*["']?([^\s"'#]+)["']?[ \t]*(?:#.*)?\r?$` +
		`|(?m)^[ \t]*-[ \t]*name:[ \t]*["']?` + q + `["']?[ \t]*\r?\n[ \t]*value:[ \t]*["']?([^\s"'#]+)`)
	var out []string
	for _, g := range re.FindAllStringSubmatch(text, maxEnvValues) {
		out = append(out, g[1]+g[2])
	}
	return out
}

// TestEnvAssignments: the one line pass records, for every name, the
// assignments the per-name expression finds, on every testdata paste.
func TestEnvAssignments(t *testing.T) {
	var lines []string
	for _, l := range testdataLines(t) {
		if strings.ContainsAny(l, ":=") { // no other line assigns
			lines = append(lines, l)
		}
	}
	text := strings.Join(lines, "\n") + "\n  - name: \"S3_URL\"\n    value: 'http://minio:9000'\nS3_URL = \"http://a\" # comment\nexport\tS3_URL=b\r\n"
	lf := &lineIndex{}
	eachLine(text, func(ls, le int) { lf.assignments(text[ls:le], text, le+1) })
	names := map[string]bool{"S3_URL": true}
	for _, l := range lines {
		l = strings.TrimLeft(l, " \t-")
		l = strings.TrimPrefix(l, "export ")
		if n := identEnd(l, 0); n > 0 {
			names[l[:n]] = true
		}
	}
	// Every name would take minutes (one expression each over the whole
	// text): an even sample of them, in order.
	var sorted []string
	for n := range names {
		sorted = append(sorted, n)
	}
	slices.Sort(sorted)
	var sample []string
	for i := 0; i < len(sorted); i += max(1, len(sorted)/60) {
		sample = append(sample, sorted[i])
	}
	sample = append(sample, "S3_URL")
	checked := 0
	for _, n := range sample {
		want, got := envValueRegexp(text, n), lf.env[n]
		if strings.Join(want, "\x00") != strings.Join(got, "\x00") {
			t.Errorf("%s: %q, the expression finds %q", n, got, want)
		}
		if len(want) > 0 {
			checked++
		}
	}
	if checked < 10 {
		t.Errorf("only %d names assigned: the test reads too little", checked)
	}
}

// TestCopiesSignedHeaders: a line that walks a presign result's signed
// headers copies them; one that prints them does not.
func TestCopiesSignedHeaders(t *testing.T) {
	for text, want := range map[string]bool{
		"req, _ := presigner.PresignPutObject(ctx, in)\nfor k, vs := range req.SignedHeader {\n\tfor _, v := range vs {\n\t\thttpReq.Header.Add(k, v)\n\t}\n}\n": true,
		"presigned.signedHeaders().forEach((k, v) -> b.header(k, v.get(0)));\n":                                                                                  true,
		"fmt.Println(req.SignedHeader)\nfor _, x := range items {\n}\n":                                                                                          false,
		"System.out.println(presigned.signedHeaders());\n":                                                                                                       false,
	} {
		if got := buildOne(KindText, text).CopiesSignedHeaders; got != want {
			t.Errorf("%q: %v, want %v", text, got, want)
		}
	}
}
