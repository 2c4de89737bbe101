package derive

import (
	"fmt"
	"time"
)

// Human writes seconds as "90 seconds", "15 minutes", "7 days".
func Human(s int64) string {
	switch {
	case s >= 86400 && s%86400 == 0:
		return plural(s/86400, "day")
	case s >= 3600 && s%3600 == 0:
		return plural(s/3600, "hour")
	case s >= 60 && s%60 == 0:
		return plural(s/60, "minute")
	}
	return plural(s, "second")
}

func plural(n int64, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}

func PickPlural(list []string, one, many string) string {
	if len(list) == 1 {
		return one
	}
	return many
}

// FmtTime formats a time for a message.
func FmtTime(t time.Time) string { return t.UTC().Format("2006-01-02 15:04:05 UTC") }

// TimeKey is the Key of a cause tied to one instant, shared by URL and
// error evidence.
func TimeKey(t time.Time) string { return t.UTC().Format(time.RFC3339) }

// SetOf returns the set of the given names.
func SetOf(names []string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}
