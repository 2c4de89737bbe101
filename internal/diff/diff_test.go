package diff

import (
	"math/rand"
	"strings"
	"testing"
)

func TestApply(t *testing.T) {
	got, err := Apply("hello world", []Edit{{6, 11, "there"}, {0, 0, ">> "}})
	if err != nil || got != ">> hello there" {
		t.Fatalf("Apply = %q, %v", got, err)
	}
	if _, err := Apply("abc", []Edit{{0, 2, "x"}, {1, 3, "y"}}); err == nil {
		t.Fatal("overlapping edits must fail")
	}
	if _, err := Apply("abc", []Edit{{2, 9, "x"}}); err == nil {
		t.Fatal("edit past the end must fail")
	}
}

func TestUnified(t *testing.T) {
	a := "import boto3\ns3 = boto3.client('s3')\nurl = s3.generate_presigned_url('get_object')\n"
	b := "import boto3\ns3 = boto3.client('s3', region_name='eu-west-1')\nurl = s3.generate_presigned_url('get_object')\n"
	want := `--- a
+++ b
@@ -1,3 +1,3 @@
 import boto3
-s3 = boto3.client('s3')
+s3 = boto3.client('s3', region_name='eu-west-1')
 url = s3.generate_presigned_url('get_object')
`
	if got := Unified("a", "b", a, b, 3); got != want {
		t.Fatalf("Unified:\n%s\nwant:\n%s", got, want)
	}
	if Unified("a", "b", a, a, 3) != "" {
		t.Fatal("equal texts must give an empty diff")
	}
}

// TestLineOpsRebuild checks on random inputs that the script rebuilds both
// sides and is no longer than a trivial delete-all/insert-all script.
func TestLineOpsRebuild(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	words := []string{"a", "b", "c", "d"}
	for n := 0; n < 500; n++ {
		a := make([]string, r.Intn(12))
		b := make([]string, r.Intn(12))
		for i := range a {
			a[i] = words[r.Intn(len(words))]
		}
		for i := range b {
			b[i] = words[r.Intn(len(words))]
		}
		ops := LineOps(a, b)
		var ra, rb []string
		for _, op := range ops {
			if op.Kind != Insert {
				ra = append(ra, op.Text)
			}
			if op.Kind != Delete {
				rb = append(rb, op.Text)
			}
		}
		if strings.Join(ra, ",") != strings.Join(a, ",") || strings.Join(rb, ",") != strings.Join(b, ",") {
			t.Fatalf("script does not rebuild %v -> %v: %v", a, b, ops)
		}
		if lcs := lcsLen(a, b); len(ops) != len(a)+len(b)-lcs {
			t.Fatalf("script for %v -> %v has %d ops, want minimal %d", a, b, len(ops), len(a)+len(b)-lcs)
		}
	}
}

func lcsLen(a, b []string) int {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	return dp[0][0]
}

func TestCharMarks(t *testing.T) {
	ma, mb := CharMarks("host:bucket.s3.amazonaws.com", "host:bucket.s3.eu-west-1.amazonaws.com")
	if len(ma) != 0 || len(mb) != 1 || mb[0] != (Mark{15, 25}) {
		t.Fatalf("CharMarks = %v %v", ma, mb)
	}
}
