package model

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/lazyre"
)

// reTFPlanHeader is the comment terraform plan writes above each resource
// it changes: "# aws_iam_role_policy.x will be updated in-place".
var reTFPlanHeader = lazyre.New(`^#\s+\S+\s+(?:will be|must be)\s+(?:created|updated|destroyed|replaced|read)`)

// IsTFPlanHeader reports whether line (trimmed) opens a resource of
// terraform plan output.
func IsTFPlanHeader(line string) bool { return reTFPlanHeader.MatchString(line) }

// TFPlanView returns text with span seen as the configuration the plan
// leads to: lines the plan removes ("- …") are blanked, the markers of
// added and changed lines ("+", "~", "-/+") become spaces, and "->"
// changes keep their new value. Offsets do not move, so every span read
// from the view points into the paste.
func TFPlanView(text string, span Span) string {
	b := []byte(text)
	for ls := span.Start; ls < span.End; {
		le := strings.IndexByte(text[ls:span.End], '\n')
		if le < 0 {
			le = span.End
		} else {
			le += ls
		}
		line := text[ls:le]
		ind := len(line) - len(strings.TrimLeft(line, " \t"))
		rest := line[ind:]
		switch {
		case strings.HasPrefix(rest, "-/+ ") || strings.HasPrefix(rest, "+/- "):
			copy(b[ls+ind:], "   ")
		case strings.HasPrefix(rest, "- "):
			for k := ls; k < le; k++ {
				b[k] = ' '
			}
		case strings.HasPrefix(rest, "+ ") || strings.HasPrefix(rest, "~ "):
			b[ls+ind] = ' '
		case strings.HasPrefix(rest, "#"):
			for k := ls; k < le; k++ {
				b[k] = ' '
			}
		}
		if a := strings.Index(line, " -> "); a >= 0 {
			// name = old -> new: keep the new value
			if eq := strings.Index(line[:a], "= "); eq >= 0 {
				for k := ls + eq + 2; k < ls+a+4; k++ {
					b[k] = ' '
				}
			}
		}
		ls = le + 1
	}
	return string(b)
}

func firstLine(s string) string {
	s = strings.TrimLeft(s, " \t\r\n")
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
