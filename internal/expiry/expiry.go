// Package expiry writes the lifetime of a presigned URL the way the code
// of each SDK takes it: seconds for boto3, JavaScript and Ruby, a
// time.Duration in Go, a java.time.Duration in Java, a DateTime in .NET, a
// relative time string in PHP. It is the one writer of an expiry for the
// rules' fixes (rules/derive) and the corrected code's own changes
// (codegen), so the edit a finding shows and the one the corrected code
// makes are the same text.
package expiry

import (
	"fmt"
	"strconv"
	"strings"
)

// In writes secs as the expression old stood for in language lang (the
// readers' names: python, javascript, typescript, ruby, go, java, csharp,
// php), or returns "" when old's shape is not one of those: a string where
// a number is taken (a date, an environment variable), a Java or .NET
// expression that is no Duration or DateTime.Add call.
func In(lang, old string, secs int64) string {
	old = strings.TrimSpace(old)
	switch lang {
	case "python", "javascript", "typescript", "ruby":
		if strings.ContainsAny(old, "\"'`") {
			return "" // a string (a date, an env var): not a count of seconds
		}
		return strconv.FormatInt(secs, 10)
	case "go":
		if strings.ContainsAny(old, "\"'`") {
			return ""
		}
		return GoDuration(secs)
	case "java":
		if strings.Contains(old, "Duration.") {
			return inLargestUnit(secs, "Duration.ofDays(%d)", "Duration.ofHours(%d)", "Duration.ofSeconds(%d)", "")
		}
	case "csharp":
		if i := strings.Index(old, ".Add"); i > 0 {
			return old[:i] + inLargestUnit(secs, ".AddDays(%d)", ".AddHours(%d)", ".AddSeconds(%d)", "")
		}
	case "php":
		if len(old) >= 2 && (old[0] == '\'' || old[0] == '"') && old[len(old)-1] == old[0] {
			return string(old[0]) + inLargestUnit(secs, "+%d days", "+%d hours", "+%d seconds", "+1 hour") + string(old[0])
		}
	}
	if plainInt(old) {
		return strconv.FormatInt(secs, 10)
	}
	return ""
}

// GoDuration writes secs as a Go time.Duration expression in its largest
// whole unit, days written as hours times 24 (Go has no day unit):
// 7 * 24 * time.Hour, time.Hour, 90 * time.Second.
func GoDuration(secs int64) string {
	return inLargestUnit(secs, "%d * 24 * time.Hour", "%d * time.Hour", "%d * time.Second", "time.Hour")
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

// plainInt reports whether s is an integer literal (digits, with Python's
// or Ruby's underscores).
func plainInt(s string) bool {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if (s[i] < '0' || s[i] > '9') && s[i] != '_' {
			return false
		}
	}
	return true
}
