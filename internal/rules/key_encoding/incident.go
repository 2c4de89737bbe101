package keyencoding

import (
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
)

// keyPlusForSpace reports a signed key that joins words with '+' and has
// no space (invoices/March+2025+statement.pdf): the S3 console's object
// URL and form encoding write a space as '+', so a key copied from there
// names another object than the one stored with spaces. The key is read
// from the incident's signed request, whatever gave it (code, a command,
// the URL's path, where %2B is a '+'); it is reported when the user wrote
// the key (code, a command) or when S3 answered NoSuchKey, since a URL
// alone with %2B may well name a key that really holds '+'.
func keyPlusForSpace(p *rules.Pass) {
	inc := p.Facts.Incident
	if inc == nil {
		return
	}
	noSuchKey := false
	answers := inc.Answers
	if inc.Signals != nil {
		answers = append(append([]*model.Answer(nil), answers...), inc.Signals.Logged...)
	}
	for _, a := range answers {
		if a.Code.Str == "NoSuchKey" || strings.Contains(a.Message.Str, "NoSuchKey") {
			noSuchKey = true
		}
	}
	// the user saying what S3 answered ("NoSuchKey — but the file is
	// there"), as the verdict reads codes named in the text
	noSuchKey = noSuchKey || strings.Contains(p.Facts.Text, "NoSuchKey") || strings.Contains(p.Facts.Text, "The specified key does not exist")
	seen := map[string]bool{}
	for _, sr := range inc.SignedRequests {
		k := sr.Key
		if !plusJoinsWords(k.Str) || seen[k.Str] {
			continue
		}
		written := k.Stated && (k.From == model.FromCode || k.From == model.FromCLI)
		if !written && !noSuchKey {
			continue
		}
		seen[k.Str] = true
		sp := k.Span
		if sp.Len() == 0 {
			sp = sr.Span
		}
		p.Report(rules.Finding{
			Message: fmt.Sprintf("the key %q joins words with '+' and holds no space: the S3 console's object URL (and form encoding) writes a space as '+', so if the object is %q, this key names another object; S3 answers NoSuchKey (404), or AccessDenied (403) without s3:ListBucket",
				k.Str, strings.ReplaceAll(k.Str, "+", " ")),
			Span:  sp,
			Key:   "plus:" + k.Str,
			Fixes: []rules.Fix{{Message: fmt.Sprintf("use the object's real key, with its spaces (%q), and let the SDK encode it (a space becomes %%20, a '+' %%2B)", strings.ReplaceAll(k.Str, "+", " "))}},
		})
	}
}

// plusJoinsWords reports a key with '+' between letters or digits and no
// space.
func plusJoinsWords(k string) bool {
	if k == "" || strings.Contains(k, " ") {
		return false
	}
	alnum := func(c byte) bool {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	for i := 1; i+1 < len(k); i++ {
		if k[i] == '+' && alnum(k[i-1]) && alnum(k[i+1]) {
			return true
		}
	}
	return false
}
