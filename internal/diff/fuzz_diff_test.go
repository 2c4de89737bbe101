package diff

import (
	"strings"
	"testing"
)

// FuzzDiff: the line diff rebuilds both sides, Unified never panics, and the
// character marks are in bounds and turn a into b as one edit.
func FuzzDiff(f *testing.F) {
	f.Add("s3 = boto3.client('s3')\nurl = s3.generate_presigned_url('get_object')\n", "s3 = boto3.client('s3', region_name='eu-west-1')\nurl = s3.generate_presigned_url('get_object')\n")
	f.Add("GET\n/key\nX-Amz-Date=20240115T120000Z\nhost\n", "PUT\n/key%20a\nX-Amz-Date=20240115T120000Z\nhost;x-amz-acl\n")
	f.Add("", "a\n")
	f.Add("a\r\nb", "a\nb\n\n")
	f.Add("é€😀", "e€😀x")
	f.Fuzz(func(t *testing.T, a, b string) {
		la, lb := Lines(a), Lines(b)
		var ra, rb []string
		for _, op := range LineOps(la, lb) {
			switch op.Kind {
			case Equal:
				ra, rb = append(ra, op.Text), append(rb, op.Text)
			case Delete:
				ra = append(ra, op.Text)
			case Insert:
				rb = append(rb, op.Text)
			default:
				t.Fatalf("unknown op kind %q", op.Kind)
			}
		}
		if strings.Join(ra, "\n") != strings.Join(la, "\n") || len(ra) != len(la) {
			t.Fatalf("ops do not rebuild a: %q vs %q", ra, la)
		}
		if strings.Join(rb, "\n") != strings.Join(lb, "\n") || len(rb) != len(lb) {
			t.Fatalf("ops do not rebuild b: %q vs %q", rb, lb)
		}
		u := Unified("a", "b", a, b, 3)
		if (u == "") != same(la, lb) {
			t.Fatalf("Unified empty=%v for a=%q b=%q", u == "", a, b)
		}
		ma, mb := CharMarks(a, b)
		for _, m := range ma {
			if m.Start < 0 || m.Start > m.End || m.End > len(a) {
				t.Fatalf("mark %+v outside a (%d bytes)", m, len(a))
			}
		}
		for _, m := range mb {
			if m.Start < 0 || m.Start > m.End || m.End > len(b) {
				t.Fatalf("mark %+v outside b (%d bytes)", m, len(b))
			}
		}
		if a == b {
			return
		}
		// One edit replacing a's differing range with b's gives b.
		pre := len(a)
		if len(ma) > 0 {
			pre = ma[0].Start
		} else if len(mb) > 0 {
			pre = mb[0].Start
		}
		endA, endB := pre, pre
		if len(ma) > 0 {
			endA = ma[0].End
		}
		if len(mb) > 0 {
			endB = mb[0].End
		}
		got, err := Apply(a, []Edit{{Start: pre, End: endA, New: b[pre:endB]}})
		if err != nil || got != b {
			t.Fatalf("marks do not turn a into b: %q, %v", got, err)
		}
	})
}

func same(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
