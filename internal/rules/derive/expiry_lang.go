package derive

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/diff"
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
// the expression's language and SDK take it: seconds for boto3, JavaScript
// and Ruby, a time.Duration in Go, java.time.Duration in Java, a DateTime
// in .NET, a relative time string in PHP. Nil when the expression's shape
// is not one of those.
func ExpiryEdit(src string, v *model.Value, secs int64) []diff.Edit {
	e := strings.TrimSpace(v.Expr)
	var repl string
	switch src {
	case "python", "javascript", "typescript", "ruby":
		repl = strconv.FormatInt(secs, 10)
	case "go":
		repl = goDuration(secs)
	case "java":
		if strings.Contains(e, "Duration.") {
			repl = javaDuration(secs)
		}
	case "csharp":
		if i := strings.Index(e, ".Add"); i > 0 {
			repl = e[:i] + dotnetAdd(secs)
		}
	case "php":
		if len(e) >= 2 && (e[0] == '\'' || e[0] == '"') && e[len(e)-1] == e[0] {
			repl = string(e[0]) + phpRelative(secs) + string(e[0])
		}
	}
	if repl == "" {
		return nil
	}
	return Edit(ValueSpan(v), repl)
}

// inLargestUnit writes secs in days when whole, else hours, else seconds,
// with each unit's format (%d for the count); oneHour, when set, is how
// exactly one hour is written.
func inLargestUnit(secs int64, days, hours, seconds, oneHour string) string {
	switch {
	case secs%86400 == 0:
		return fmt.Sprintf(days, secs/86400)
	case secs == 3600 && oneHour != "":
		return oneHour
	case secs%3600 == 0:
		return fmt.Sprintf(hours, secs/3600)
	}
	return fmt.Sprintf(seconds, secs)
}

// goDuration writes secs as gofmt writes a duration argument.
func goDuration(secs int64) string {
	return inLargestUnit(secs, "%d * 24 * time.Hour", "%d * time.Hour", "%d * time.Second", "time.Hour")
}

func javaDuration(secs int64) string {
	return inLargestUnit(secs, "Duration.ofDays(%d)", "Duration.ofHours(%d)", "Duration.ofSeconds(%d)", "")
}

func dotnetAdd(secs int64) string {
	return inLargestUnit(secs, ".AddDays(%d)", ".AddHours(%d)", ".AddSeconds(%d)", "")
}

func phpRelative(secs int64) string {
	return inLargestUnit(secs, "+%d days", "+%d hours", "+%d seconds", "+1 hour")
}
