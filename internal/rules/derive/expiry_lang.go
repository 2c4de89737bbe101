package derive

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/expiry"
	"github.com/presign-doctor/presign-doctor/internal/model"
)

// ExpiryWords names a presign expiry as the user wrote it, with its value
// in seconds: "ExpiresIn=864000 seconds" for boto3, "the expiry
// 240*time.Hour (864000 seconds)" elsewhere.
func ExpiryWords(src string, v *model.Value) string {
	if src == "python" || src == "cli" {
		if v.Num < 1 {
			return fmt.Sprintf("ExpiresIn=%d", v.Num)
		}
		return fmt.Sprintf("ExpiresIn=%d seconds", v.Num)
	}
	e := strings.TrimSpace(v.Expr)
	if e == "" || e == strconv.FormatInt(v.Num, 10) {
		return fmt.Sprintf("the expiry of %d seconds", v.Num)
	}
	return fmt.Sprintf("the expiry %s (%d seconds)", e, v.Num)
}

// ExpiryEdit replaces a presign expiry by secs seconds, written the way
// the expression's language and SDK take it (expiry.In: seconds for boto3,
// JavaScript and Ruby, a time.Duration in Go, java.time.Duration in Java, a
// DateTime in .NET, a relative time string in PHP). Nil when the
// expression's shape is not one of those.
func ExpiryEdit(src string, v *model.Value, secs int64) []diff.Edit {
	repl := expiry.In(src, v.Expr, secs)
	if repl == "" {
		return nil
	}
	return Edit(ValueSpan(v), repl)
}
