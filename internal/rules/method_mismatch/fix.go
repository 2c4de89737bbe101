package methodmismatch

import (
	"fmt"
	"sync"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
	"github.com/presign-doctor/presign-doctor/internal/source"
	"github.com/presign-doctor/presign-doctor/internal/table"
)

// objectOpFor is the S3 object operation to presign for an HTTP method.
var objectOpFor = sync.OnceValue(func() map[string]string {
	return table.Pairs("GET", "get_object", "PUT", "put_object", "HEAD", "head_object", "DELETE", "delete_object")
})

// methodKey is the cause identity of a method_mismatch finding, the same
// for every source (code, curl, error): the method the URL was signed for
// and the method it is used with. One cause seen in the code, a curl line
// and S3's error merges into one finding.
func methodKey(signed, used string) string {
	return "method:" + signed + ">" + used
}

// methodFixes offers to presign the operation that matches the method
// the URL is used with.
func methodFixes(f *model.Facts, o *model.Operation, used string) []rules.Fix {
	want := objectOpFor()[used]
	if used == "POST" {
		return []rules.Fix{{Message: "for a browser form upload presign with generate_presigned_post; otherwise send the request with " + o.Method}}
	}
	if want == "" || o.NameSpan == (source.Span{}) || o.NameSpan.End > len(f.Text) {
		return []rules.Fix{{Message: fmt.Sprintf("presign the operation you will call, or call the URL with %s", o.Method)}}
	}
	q := derive.QuoteChar(f, o.NameSpan)
	return []rules.Fix{
		{Message: fmt.Sprintf("presign %s, the operation for %s", want, used), Edits: derive.Edit(o.NameSpan, q+want+q)},
		{Message: fmt.Sprintf("or send the request with %s, the method the URL is signed for", o.Method)},
	}
}

// opForMethod names the operation to presign for a method.
func opForMethod(m string) string {
	switch m {
	case "PUT":
		return "put_object"
	case "HEAD":
		return "head_object"
	case "DELETE":
		return "delete_object"
	case "POST":
		return "generate_presigned_post for form uploads"
	}
	return "get_object"
}
