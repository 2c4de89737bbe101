package model

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/lazyre"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// reProseQueryAdd is a sentence saying a parameter is added to a URL:
// "adds response-content-disposition to the URL", "appending the v
// parameter to the signed link".
var reProseQueryAdd = lazyre.New(`(?i)\b(?:add|adds|added|adding|append|appends|appended|appending|attach|attaches|attached|attaching|put|puts|putting|tack|tacks|tacked)\s+(?:on\s+)?(?:the\s+|a\s+|an\s+)?(?:query\s+)?(?:param(?:eter)?\s+)?["'` + "`" + `]?([A-Za-z][\w.-]*)["'` + "`" + `]?(?:\s+(?:query\s+)?param(?:eter)?s?)?\s+(?:to|onto|on|into)\s+(?:the\s+|a\s+|our\s+|my\s+|each\s+|every\s+)?((?:[\w-]+\s+){0,3})(?:url|urls|link|links)\b`)

// addWords are the verbs of reProseQueryAdd, lower-case: a paste without
// one of them has no such sentence.
var addWords = []string{"add", "append", "attach", "put", "tack"}

// afterSigning are words of a sentence that place the addition after the
// URL was made: the URL is the SDK's, already signed or returned.
var afterSigning = []string{"returned", "presigned", "pre-signed", "signed", "generated", "after", "sdk gives", "sdk returns", "we get back"}

// proseQueryAdded reads sentences of prose (lines without code
// punctuation) that say a parameter a presigned URL of the paste carries
// is added to the URL after it was signed.
func proseQueryAdded(text string, inc *Incident) []Fact {
	if !source.ContainsLowerAny(text, addWords) {
		return nil
	}
	carried := map[string]string{} // lower-case name -> as the URL writes it
	for _, sr := range inc.SignedRequests {
		if sr.URL == nil || sr.URL.Version != "v4" {
			continue
		}
		for _, q := range sr.URL.Params {
			if n := strings.ToLower(q.Name); !strings.HasPrefix(n, "x-amz-") {
				carried[n] = q.Name
			}
		}
	}
	if len(carried) == 0 {
		return nil
	}
	var out []Fact
	for _, m := range reProseQueryAdd.FindAllStringSubmatchIndex(text, maxScan) {
		name, ok := carried[strings.ToLower(text[m[2]:m[3]])]
		if !ok {
			continue
		}
		line, ls, prose := proseLineAt(text, m[0])
		if !prose || strings.HasPrefix(strings.TrimSpace(line), "http") {
			continue // code or a URL, not prose
		}
		ll := strings.ToLower(line)
		if subj := strings.ToLower(text[max(ls, m[0]-40):m[0]]); strings.Contains(subj, "sdk") || strings.Contains(subj, "boto") || strings.Contains(subj, "presign") || strings.Contains(subj, "signer") {
			continue // the SDK adding a parameter is signing it
		}
		after := false
		for _, w := range afterSigning {
			if strings.Contains(ll, w) {
				after = true
				break
			}
		}
		if !after {
			continue
		}
		out = append(out, stated(name, Span{Start: m[2], End: m[3]}, FromText, "the text says it is added to the URL after signing"))
	}
	return out
}

// proseLineAt returns the line of text holding off, where it starts, and
// whether it reads as prose: no code punctuation, not a comment.
func proseLineAt(text string, off int) (line string, start int, prose bool) {
	start = strings.LastIndexByte(text[:off], '\n') + 1
	end := strings.IndexByte(text[off:], '\n')
	if end < 0 {
		end = len(text)
	} else {
		end += off
	}
	line = text[start:end]
	t := strings.TrimSpace(line)
	return line, start, !strings.ContainsAny(line, "(){};=<>$`") && !strings.HasPrefix(t, "#") && !strings.HasPrefix(t, "//")
}
