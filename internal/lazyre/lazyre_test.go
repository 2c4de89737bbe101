package lazyre

import (
	"regexp"
	"slices"
	"testing"
)

func TestSameAnswersAsRegexp(t *testing.T) {
	expr := `(\w+)=(\d+)`
	lz, re := New(expr), regexp.MustCompile(expr)
	in := "a=1 bb=22 c=x"
	if lz.re != nil {
		t.Fatal("compiled before first use")
	}
	if lz.MatchString(in) != re.MatchString(in) || lz.FindString(in) != re.FindString(in) || lz.String() != expr {
		t.Error("MatchString/FindString/String differ")
	}
	if got, want := lz.FindStringSubmatch(in), re.FindStringSubmatch(in); !slices.Equal(got, want) {
		t.Errorf("FindStringSubmatch %q, want %q", got, want)
	}
	if got, want := lz.FindStringSubmatchIndex(in), re.FindStringSubmatchIndex(in); len(got) != len(want) || got[1] != want[1] {
		t.Errorf("FindStringSubmatchIndex %v, want %v", got, want)
	}
	if got, want := lz.FindAllStringSubmatch(in, -1), re.FindAllStringSubmatch(in, -1); len(got) != len(want) || !slices.Equal(got[1], want[1]) {
		t.Errorf("FindAllStringSubmatch %q, want %q", got, want)
	}
	if got, want := lz.FindAllStringSubmatchIndex(in, 1), re.FindAllStringSubmatchIndex(in, 1); len(got) != 1 || len(want) != 1 || got[0][5] != want[0][5] {
		t.Errorf("FindAllStringSubmatchIndex %v, want %v", got, want)
	}
}

func TestCompileAll(t *testing.T) {
	New(`^ok$`)
	n := CompileAll()
	if n == 0 {
		t.Fatal("no pattern registered")
	}
	bad := New(`(`)
	defer func() {
		if recover() == nil {
			t.Error("an invalid pattern did not panic in CompileAll")
		}
		all = all[:len(all)-1]
		_ = bad
	}()
	CompileAll()
}

func TestCompileSomeStepsThrough(t *testing.T) {
	New(`^step-a$`)
	New(`^step-b$`)
	New(`^step-c$`)
	left := CompileSome(0)
	if left < 3 {
		t.Fatalf("CompileSome(0) left %d, want at least the 3 new ones", left)
	}
	steps := 0
	for left > 0 {
		next := CompileSome(2)
		if next != max(0, left-2) {
			t.Fatalf("CompileSome(2) with %d left: %d left, want %d", left, next, max(0, left-2))
		}
		left = next
		steps++
	}
	if CompileSome(5) != 0 || steps == 0 {
		t.Fatalf("steps %d, and patterns left after all were compiled", steps)
	}
}

// FindAllInLines gives FindAllStringSubmatchIndex's matches for patterns
// whose matches lie within a line and hold one of the words, whatever the
// limit, however the words fall (several on a line, none, at the ends).
func TestFindAllInLinesSameAsWholeText(t *testing.T) {
	cases := []struct {
		expr  string
		words []string
	}{
		{`(?m)^[ \t]*([A-Z][A-Za-z]{2,20}): ([^\n]{3,40}?)[ \t\r]*$`, []string{": "}},
		{`\b(?:[A-Z]{4}_(?:EXAMPLE_)?KEY|SESSION_TOKEN)_[0-9]+\b`, []string{"_KEY_", "SESSION_TOKEN_"}},
		{`(?i)host(?:name)? ([a-z.]+)|cert\w*`, []string{"host", "HOST", "cert", "CERT"}},
	}
	texts := []string{
		"",
		"NoSuchKey: The specified key does not exist.\n  at x\nfoo: bar baz\nAccessDenied: Access Denied\r\n",
		"AKIA_KEY_1 x AKIA_EXAMPLE_KEY_22\nxAKIA_KEY_3 SESSION_TOKEN_4\nSESSION_TOKEN_\nABCD_KEY_5",
		"hostname a.b HOST c.d\ncertificate CERT\nno match here\nhost",
		"Error: a: bbbb\n\n\nWarning: cccc cccc\nAKIA_KEY_9",
	}
	for _, c := range cases {
		lz, re := New(c.expr), regexp.MustCompile(c.expr)
		for _, in := range texts {
			for _, n := range []int{-1, 0, 1, 2, 3, 100} {
				got, want := lz.FindAllInLines(in, c.words, n), re.FindAllStringSubmatchIndex(in, n)
				if len(got) != len(want) {
					t.Fatalf("%s on %q, n=%d: %v, want %v", c.expr, in, n, got, want)
				}
				for i := range got {
					if !slices.Equal(got[i], want[i]) {
						t.Fatalf("%s on %q, n=%d: %v, want %v", c.expr, in, n, got, want)
					}
				}
			}
		}
	}
}

// A filter turns away texts without what every match needs (the first
// byte of an anchored pattern, one of the required literals), and never a
// text the pattern matches, across case folding, optional parts, word
// boundaries, (?m) and runes beyond ASCII.
func TestFilterRejectsOnlyNonMatches(t *testing.T) {
	cases := []struct {
		expr   string
		reject []string // turned away (and not matched)
	}{
		{`^HTTP/[0-9.]+\s+\d{3}`, []string{"", "xHTTP/1.1 200", " HTTP/1.1 200"}},
		{`boto3|botocore|(?:^|[^\w.])s3\.|client\(`, []string{"import os", "S3.x"}},
		{`(?i)^(?:\$\s+)?(?:export\s+)?aws_region\s*=`, []string{"# aws_region=x"}},
		{`(?i)\bkey\b`, nil},
		{`(?m)^foo`, []string{"bar"}},
		{`^(?:a|b)?c`, []string{"d", "xc"}},
		{`^é+x`, []string{"ax"}},
		{`\bself\.s3\.(\w+)`, []string{"self.s4.x"}},
	}
	texts := []string{"", "HTTP/1.1 200 OK", "xHTTP/1.1 200", " HTTP/1.1 200", "import boto3", "import os", "x = s3.get()", "S3.x",
		"AWS_REGION=us-east-1", "$ export aws_region = eu", "# aws_region=x", "the KEY is", "\u212aey", "bar", "x\nfoo", "c", "bc", "d", "ac", "dc",
		"éx", "ééx", "ax", "\xffx", "self.s3.get", "self.s4.x", "client(", "Client("}
	for _, c := range cases {
		r := New(c.expr)
		re := regexp.MustCompile(c.expr)
		for _, s := range texts {
			if !r.MayMatch(s) && re.MatchString(s) {
				t.Errorf("%q: the filter turned away %q, which it matches", c.expr, s)
			}
			if r.MatchString(s) != re.MatchString(s) {
				t.Errorf("%q on %q: MatchString %v, regexp's %v", c.expr, s, r.MatchString(s), re.MatchString(s))
			}
		}
		for _, s := range c.reject {
			if r.MayMatch(s) {
				t.Errorf("%q: the filter let %q through", c.expr, s)
			}
		}
	}
	all = all[:len(all)-len(cases)]
}

// A pattern whose every match starts with one of several literals is run
// from where they are, and finds what the regexp package finds: overlapping
// and adjacent occurrences, a literal that starts no match, assertions after
// the literal, groups that take no part, the limit.
func TestStartsSameAsRegexp(t *testing.T) {
	cases := []struct {
		expr   string
		starts bool
	}{
		{`<Code>[A-Za-z.]{2,80}</Code>|An error occurred \([\w.-]+\)`, true},
		{`(?:foo(\d+)\b|bar(x)?)$`, true},
		{`(?m)(?:abc|xbd)e?$|xyz^`, true},
		{`(?m)(?:abc|abd)e?$|xyz^`, false},
		{`\bfoo|barz`, false},
		{`(?i)foo|bar`, false},
		{`foo\w*|fo`, false}, // "fo": too short to search for
		{`prefix(?:a|b)`, false},
		{`(?m)^[ \t]*([A-Z]\w+): (.*?)\r?$`, true}, // a line's start
		{`(?m)^(?:\bfoo|bar)`, true},
		{`(?m)^\bfoo|^bar`, false}, // each branch's ^: not seen by the regexp package's StartCond
		{`(?m)^x*`, false},         // matches the empty text
	}
	texts := []string{"", "foo1 foo22x bar barx foo3", "<Code>A</Code> <Code>AccessDenied</Code>An error occurred (X.y)", "abcabde\nxbde\nxbd\nxyz",
		"foofoo12", "barbarx", "An error occurred () An error occurred (a)", "Code: x\n  Err: y\r\n\nfoo\nbar\nxfoo\n\tNo: z", "\nbar", "foo\n"}
	for _, c := range cases {
		lz, re := New(c.expr), regexp.MustCompile(c.expr)
		if (lz.Starts() != nil) != c.starts {
			t.Errorf("%q: starts %q", c.expr, lz.Starts())
		}
		for _, in := range texts {
			for _, n := range []int{-1, 0, 1, 2} {
				got, want := lz.FindAllStringSubmatchIndex(in, n), re.FindAllStringSubmatchIndex(in, n)
				if len(got) != len(want) {
					t.Fatalf("%s on %q, n=%d: %v, want %v", c.expr, in, n, got, want)
				}
				for i := range got {
					if !slices.Equal(got[i], want[i]) {
						t.Fatalf("%s on %q, n=%d: %v, want %v", c.expr, in, n, got, want)
					}
				}
			}
			if !slices.Equal(lz.FindStringSubmatch(in), re.FindStringSubmatch(in)) || lz.FindString(in) != re.FindString(in) || lz.MatchString(in) != re.MatchString(in) ||
				!slices.Equal(lz.FindStringSubmatchIndex(in), re.FindStringSubmatchIndex(in)) {
				t.Errorf("%s on %q: first match differs", c.expr, in)
			}
		}
	}
	all = all[:len(all)-len(cases)]
}
