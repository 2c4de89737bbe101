// Package timefmt parses the few time formats a presigned-URL paste holds:
// X-Amz-Date's ISO 8601 basic form, RFC 3339 (STS's Expiration, the
// request's "now", S3's ServerTime) and HTTP dates. It stands in for
// time.Parse, whose general layout machinery cost the wasm about 35 KB of
// code for three fixed formats. Each parser takes the strict form of its
// format, a subset of what time.Parse takes for the layout (it also takes
// one-digit hours, say), and reads it as time.Parse does; timefmt_test.go
// checks both against time.Parse.
package timefmt

import "time"

// AmzDate parses X-Amz-Date's "20060102T150405Z".
func AmzDate(s string) (time.Time, bool) {
	if len(s) != 16 || s[8] != 'T' || s[15] != 'Z' {
		return time.Time{}, false
	}
	return date(s[0:4], s[4:6], s[6:8], s[9:11], s[11:13], s[13:15], 0, time.UTC)
}

// RFC3339 parses "2006-01-02T15:04:05Z07:00" with an optional fraction of
// a second after the seconds, as time.Parse(time.RFC3339, s) does.
func RFC3339(s string) (time.Time, bool) {
	if len(s) < 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' {
		return time.Time{}, false
	}
	rest := s[19:]
	nsec := 0
	if rest[0] == '.' || rest[0] == ',' {
		i := 1
		for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
			i++
		}
		if i == 1 {
			return time.Time{}, false
		}
		for n := 1; n <= 9; n++ { // digits past the ninth are dropped
			nsec *= 10
			if n < i {
				nsec += int(rest[n] - '0')
			}
		}
		rest = rest[i:]
	}
	loc := time.UTC
	switch {
	case rest == "Z":
	case len(rest) == 6 && rest[3] == ':':
		var ok bool
		if loc, ok = offset(rest[0], rest[1:3], rest[4:6]); !ok {
			return time.Time{}, false
		}
	default:
		return time.Time{}, false
	}
	return date(s[0:4], s[5:7], s[8:10], s[11:13], s[14:16], s[17:19], nsec, loc)
}

var months = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
var days = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

// HTTPDate parses an HTTP date, "Mon, 02 Jan 2006 15:04:05 GMT" (RFC 1123
// with a zone name: GMT, UTC or Z) or with a numeric zone, "-0700".
func HTTPDate(s string) (time.Time, bool) {
	if len(s) < 29 || s[3] != ',' || s[4] != ' ' || s[7] != ' ' || s[11] != ' ' || s[16] != ' ' || s[19] != ':' || s[22] != ':' || s[25] != ' ' {
		return time.Time{}, false
	}
	if !oneOf(s[0:3], days[:]) {
		return time.Time{}, false
	}
	month := -1
	for i, m := range months {
		if s[8:11] == m {
			month = i + 1
		}
	}
	if month < 0 {
		return time.Time{}, false
	}
	loc := time.UTC
	switch zone := s[26:]; {
	case zone == "GMT" || zone == "UTC":
		loc = time.FixedZone(zone, 0)
	case len(zone) == 5:
		var ok bool
		if loc, ok = offset(zone[0], zone[1:3], zone[3:5]); !ok {
			return time.Time{}, false
		}
	default:
		return time.Time{}, false
	}
	mo := string([]byte{'0' + byte(month/10), '0' + byte(month%10)})
	return date(s[12:16], mo, s[5:7], s[17:19], s[20:22], s[23:25], 0, loc)
}

// offset reads a numeric zone: sign '+' or '-', hours, minutes.
func offset(sign byte, hh, mm string) (*time.Location, bool) {
	h, ok1 := num(hh, 0, 23)
	m, ok2 := num(mm, 0, 59)
	if !ok1 || !ok2 || sign != '+' && sign != '-' {
		return nil, false
	}
	off := h*3600 + m*60
	if sign == '-' {
		off = -off
	}
	return time.FixedZone("", off), true
}

func oneOf(s string, set []string) bool {
	for _, x := range set {
		if s == x {
			return true
		}
	}
	return false
}

// date builds a time from its decimal fields, rejecting what is out of
// range (the 31st of April, hour 24, second 60) as time.Parse does.
func date(y, mo, d, h, mi, sec string, nsec int, loc *time.Location) (time.Time, bool) {
	year, ok := num(y, 0, 9999)
	month, ok2 := num(mo, 1, 12)
	day, ok3 := num(d, 1, 31)
	hour, ok4 := num(h, 0, 23)
	min, ok5 := num(mi, 0, 59)
	second, ok6 := num(sec, 0, 59)
	if !(ok && ok2 && ok3 && ok4 && ok5 && ok6) {
		return time.Time{}, false
	}
	t := time.Date(year, time.Month(month), day, hour, min, second, nsec, loc)
	if t.Day() != day { // past the end of the month
		return time.Time{}, false
	}
	return t, true
}

// num reads a string of decimal digits within [lo, hi].
func num(s string, lo, hi int) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, n >= lo && n <= hi
}
