// Package redact replaces the secrets of a paste (access keys, secret keys,
// session tokens, signatures, account IDs, other credentials) with stable,
// typed, syntax-preserving placeholders before anything else reads it.
package redact

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// Options tune redaction.
type Options struct {
	// RedactBucketNames also replaces bucket names and object keys.
	RedactBucketNames bool
}

// Redaction is one replaced secret.
type Redaction struct {
	Kind        string // access-key-id, secret-access-key, session-token, signature, account-id, ...
	Placeholder string
	// Start and End are byte offsets of the placeholder in the redacted text.
	Start, End int
	// Note says what the placeholder still tells (an example key, a linked
	// account, ...).
	Note string
}

// Result is the redacted text and what was replaced in it.
type Result struct {
	Text       string
	Redactions []Redaction
	// originals maps each placeholder to the secret it replaced. It stays in
	// memory and is only reachable through Reveal.
	originals map[string]string
}

// Reveal returns s with every placeholder of this result replaced by the
// original secret. It exists for one caller: the signature check, which
// must hash the real canonical request. Its output must never be shown.
func (r Result) Reveal(s string) string {
	for ph, orig := range r.originals {
		s = strings.ReplaceAll(s, ph, orig)
	}
	return s
}

type detector struct {
	kind   string
	prefix string
	re     *regexp.Regexp // group 1 is the secret
}

var detectors = []detector{
	{"access-key-id", "AKIA", regexp.MustCompile(`\b((?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b`)},
	{"signature", "SIG", regexp.MustCompile(`(?i)X-Amz-Signature=([0-9a-f]{64})`)},
}

// Redact returns text with every secret it recognises replaced.
func Redact(text string, opts Options) Result {
	type hit struct {
		start, end int
		kind, val  string
		prefix     string
	}
	var hits []hit
	for _, d := range detectors {
		for _, m := range d.re.FindAllStringSubmatchIndex(text, -1) {
			hits = append(hits, hit{m[2], m[3], d.kind, text[m[2]:m[3]], d.prefix})
		}
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].start < hits[j].start })
	res := Result{originals: map[string]string{}}
	out := make([]byte, 0, len(text))
	last := 0
	seen := map[string]string{}
	count := map[string]int{}
	for _, h := range hits {
		if h.start < last {
			continue
		}
		ph, ok := seen[h.val]
		if !ok {
			count[h.kind]++
			ph = fmt.Sprintf("%s_%s_%d", h.prefix, placeholderName(h.kind), count[h.kind])
			seen[h.val] = ph
			res.originals[ph] = h.val
		}
		out = append(out, text[last:h.start]...)
		res.Redactions = append(res.Redactions, Redaction{Kind: h.kind, Placeholder: ph, Start: len(out), End: len(out) + len(ph)})
		out = append(out, ph...)
		last = h.end
	}
	out = append(out, text[last:]...)
	res.Text = string(out)
	return res
}

func placeholderName(kind string) string {
	switch kind {
	case "access-key-id":
		return "KEY"
	case "signature":
		return "SIGNATURE"
	}
	return "SECRET"
}
