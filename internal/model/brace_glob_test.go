package model

import (
	"strings"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/brace"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// TestGlobWildcard: an unclosed "/*" glued to a word is a resource or path
// wildcard beside the code; one after a space or at the start of a line is
// a comment left open.
func TestGlobWildcard(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"            - arn:aws:s3:::my-bucket/*\n", true},
		{"      Resource: !Sub '${Bucket.Arn}'/*\n", false}, // after a quote: not glued to a word
		{"const a = 1; /* started\n", false},
		{"/* header comment\n", false},
		{"paths: src/**/*.js\n", true},
	} {
		at := -1
		for i := len(c.text) - 2; i >= 0; i-- {
			if c.text[i] == '/' && c.text[i+1] == '*' {
				at = i
				break
			}
		}
		if got := globWildcard(c.text, at, "unclosed comment"); got != c.want {
			t.Errorf("globWildcard(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	if globWildcard("a/*", 1, "unclosed string") {
		t.Error("only unclosed comments are wildcards")
	}
}

// TestBraceRunsOnce: an STS call in a @Bean method or Go's init() runs once
// for the process; one in an ordinary method runs per call.
func TestBraceRunsOnce(t *testing.T) {
	bean := "@Configuration\npublic class C {\n    @Bean\n    public S3Presigner s3Presigner(StsClient sts) {\n        AssumeRoleResponse r = sts.assumeRole(req);\n"
	plain := "public class C {\n    public String url(String key) {\n        AssumeRoleResponse r = sts.assumeRole(req);\n"
	for _, c := range []struct {
		text, fn, lang string
		want           bool
	}{
		{bean, "s3Presigner", "java", true},
		{plain, "url", "java", false},
		{"func init() {\n\tout, _ := stsClient.AssumeRole(ctx, in)\n", "init", "go", true},
		{"func handler() {\n\tout, _ := stsClient.AssumeRole(ctx, in)\n", "handler", "go", false},
	} {
		at := strings.Index(c.text, "ssumeRole(")
		cr := brace.Credential{Kind: "assume-role", Name: "assumeRole", Func: c.fn, Span: source.Span{Start: at, End: at + 10}}
		if got := braceRunsOnce(c.text, cr, c.lang); got != c.want {
			t.Errorf("braceRunsOnce(%q in %s) = %v, want %v", c.fn, c.lang, got, c.want)
		}
	}
}
