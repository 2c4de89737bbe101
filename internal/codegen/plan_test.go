package codegen

import (
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/model"
)

func TestFixExpiry(t *testing.T) {
	for _, c := range []struct {
		in        int64
		sts, temp bool
		want, dur int64
		notes     int
	}{
		{0, false, false, 3600, 0, 0},
		{-5, false, false, 3600, 0, 1},
		{604800, false, false, 604800, 0, 0},
		{700000, false, false, 604800, 0, 1},
		{7200, true, true, 7200, 7200, 0},
		{600, true, true, 600, 900, 0},
		{86400, true, true, 43200, 43200, 1},
		{700000, true, true, 43200, 43200, 2},
		{86400, false, true, 3600, 0, 1},
		{1800, false, true, 1800, 0, 0},
	} {
		p := &Plan{ExpiresIn: c.in, Temporary: c.temp}
		if c.sts {
			p.STS = &STS{}
		}
		p.fixExpiry()
		dur := int64(0)
		if p.STS != nil {
			dur = p.STS.Duration
		}
		if p.ExpiresIn != c.want || dur != c.dur || len(p.Notes) != c.notes {
			t.Errorf("expiry %d (sts %v, temporary %v): got %d, duration %d, notes %q; want %d, %d, %d notes", c.in, c.sts, c.temp, p.ExpiresIn, dur, p.Notes, c.want, c.dur, c.notes)
		}
	}
}

func TestHTTPMethodAndPascal(t *testing.T) {
	for op, want := range map[string]string{"get_object": "GET", "put_object": "PUT", "upload_part": "PUT", "head_object": "HEAD",
		"delete_object": "DELETE", "create_multipart_upload": "POST", "list_objects_v2": "GET"} {
		if got := HTTPMethod(op); got != want {
			t.Errorf("HTTPMethod(%s) = %s, want %s", op, got, want)
		}
	}
	if got := Pascal("list_objects_v2"); got != "ListObjectsV2" {
		t.Errorf("Pascal = %s", got)
	}
	if got := model.SnakeOperation("PutObject"); got != "put_object" {
		t.Errorf("SnakeOperation = %s", got)
	}
	if got := HTTPMethod("copy_object"); got != "PUT" {
		t.Errorf("HTTPMethod(copy_object) = %s, want PUT (one table with the model)", got)
	}
}

func TestPyLiteral(t *testing.T) {
	for expr, want := range map[string]bool{
		`{"acl": "private"}`: true, `["starts-with", "$key", "uploads/"]`: true, `["content-length-range", 0, -1]`: true,
		`("a", None, True)`: true, `[x]`: false, `__import__('os').system('id')`: false, `f"{x}"`: false,
		`["eq", "$acl", acl]`: false, `[1] + [2]`: false, "[1,\n2]": false, `"a" if x else "b"`: false, ``: false,
	} {
		if got := pyLiteral(expr); got != want {
			t.Errorf("pyLiteral(%q) = %v, want %v", expr, got, want)
		}
	}
}
