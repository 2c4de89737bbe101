package secretmismatch

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/sigevidence"
)

// secretMismatchURL reports, when the user typed a secret, that neither the
// URL's canonical request nor S3's (nor a common signer mistake) signs to
// the signature the request carries: another secret signed it.
func secretMismatchURL(p *rules.Pass) {
	if p.Secret == "" || (len(p.Facts.URLs) == 0 && len(p.Facts.Errors) == 0) {
		return
	}
	ev := sigevidence.SignatureEvidence(p.Facts, p.Secret, p.Reveal)
	if ev.Verdict != sigevidence.VerdictNeither {
		return
	}
	f := rules.Finding{Key: "secret"}
	switch {
	case ev.URL != nil && ev.URL.Param("X-Amz-Signature") != nil:
		f.Span = ev.URL.Param("X-Amz-Signature").Span
	case ev.URL != nil && ev.URL.Param("Signature") != nil:
		f.Span = ev.URL.Param("Signature").Span
	case ev.Err != nil && ev.Err.Get("SignatureProvided") != nil:
		f.Span = ev.Err.Get("SignatureProvided").Span
	default:
		return
	}
	f.Message = "the typed secret does not produce this signature from the URL's canonical request, nor from S3's, nor from a common signer mistake: the URL was signed with another secret, and S3 answers SignatureDoesNotMatch (403)"
	if len(ev.HeadersFromS3) > 0 {
		f.Message += "; unless " + strings.Join(ev.HeadersFromS3, ", ") + " had other values when it was signed: the URL does not carry them, so S3's were used"
	}
	if len(ev.HeadersFromSent) > 0 {
		f.Message += "; unless " + strings.Join(ev.HeadersFromSent, ", ") + " had other values when it was signed: the URL does not carry them, so the values the paste sends were used"
	}
	if ev.V2 {
		f.Message = "the typed secret does not produce this SigV2 signature from the URL's string to sign: the URL was signed with another secret, and S3 answers SignatureDoesNotMatch (403)"
	}
	f.Fixes = []rules.Fix{{Message: "check the secret paired with the access key ID in the URL: a rotated key, a typo, or a trailing newline or space copied with it"}}
	p.Report(f)
}
