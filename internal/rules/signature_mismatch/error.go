package signaturemismatch

import (
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
	"github.com/presign-doctor/presign-doctor/internal/rules/sigevidence"
	"github.com/presign-doctor/presign-doctor/internal/sigv4"
)

// signatureMismatchError reads a SignatureDoesNotMatch body: it names the
// first part in which S3's canonical request differs from the one rebuilt
// from the URL, and with a typed secret says whether the key or the
// request is at fault.
func signatureMismatchError(p *rules.Pass) {
	var ev *sigevidence.SigEvidence
	for _, e := range p.Facts.Errors {
		if e.Code != "SignatureDoesNotMatch" {
			continue
		}
		if ev == nil {
			ev = sigevidence.SignatureEvidence(p.Facts, p.Secret, p.Reveal)
		}
		f := rules.Finding{Span: derive.CodeSpan(e), Key: "signature"}
		if ev.Err != e {
			f.Message = "S3 answered SignatureDoesNotMatch (403): it computed another signature than the one the request carries"
			p.Report(f)
			continue
		}
		f.Message = mismatchMessage(ev)
		if ev.URL != nil {
			f.Related = append(f.Related, ev.URL.Span)
		}
		if fl := e.Get("CanonicalRequest"); fl != nil {
			f.Related = append(f.Related, fl.Span)
		}
		f.Fixes = []rules.Fix{{Message: mismatchFix(ev)}}
		p.Report(f)
	}
}

func mismatchMessage(ev *sigevidence.SigEvidence) string {
	var b strings.Builder
	b.WriteString("S3 answered SignatureDoesNotMatch (403): the signature it computed differs from the one sent")
	switch {
	case ev.URL == nil && ev.S3CanonicalRequest != "":
		c := ev.S3Canonical
		fmt.Fprintf(&b, "; S3 signed %s %s for %s; paste the presigned URL too to compare it part by part", c.Method, c.URI, strings.Join(c.Headers, ", "))
	case ev.URL == nil:
		b.WriteString("; paste the presigned URL and the whole error body (with CanonicalRequest) to compare them part by part")
	case ev.V2:
		if sigevidence.Changed(ev.STSLines) {
			b.WriteString("; S3's SigV2 string to sign differs from the one rebuilt from the URL (see the diff)")
		}
	case ev.S3CanonicalRequest == "" && ev.S3StringToSign == "":
		b.WriteString("; the body has no CanonicalRequest or StringToSign to compare with the URL")
	case ev.First != "":
		fmt.Fprintf(&b, "; the first part that differs from the canonical request rebuilt from the URL is the %s", ev.First)
		if d := firstDetail(ev); d != "" {
			b.WriteString(": " + d)
		}
	case len(addedParams(ev)) > 0:
		fmt.Fprintf(&b, "; S3 built the same canonical request as the URL gives, %s included, but %s after X-Amz-Signature, where no signer writes: the URL was most likely changed after signing, so the signature does not cover it",
			strings.Join(addedParams(ev), ", "), derive.PickPlural(addedParams(ev), "it comes", "they come"))
	default:
		b.WriteString("; S3 built the same canonical request and string to sign as the URL gives, so the request arrived as signed and the signature itself was computed with another secret (or by a signer that hashes something else)")
	}
	for _, n := range ev.S3Notes {
		b.WriteString("; " + n)
	}
	if s := verdictSentence(ev); s != "" {
		b.WriteString("; " + s)
	}
	return b.String()
}

// firstDetail quotes the first differing line of each side.
func firstDetail(ev *sigevidence.SigEvidence) string {
	lines := ev.Lines
	if ev.First == sigv4.PartAlgorithm || ev.First == sigv4.PartDate || ev.First == sigv4.PartScope {
		lines = ev.STSLines
	}
	var ours, s3 string
	for _, l := range lines {
		if l.Part != ev.First {
			continue
		}
		if l.Kind == "-" && ours == "" {
			ours = l.Text
		}
		if l.Kind == "+" && s3 == "" {
			s3 = l.Text
		}
	}
	if ours == "" && s3 == "" {
		return ""
	}
	return fmt.Sprintf("the URL gives %q, S3 has %q", ours, s3)
}

// verdictSentence says what the typed secret showed.
func verdictSentence(ev *sigevidence.SigEvidence) string {
	switch ev.Verdict {
	case sigevidence.VerdictURL:
		if ev.Err != nil && ev.First != "" {
			return "with the typed secret the URL's own canonical request gives its signature: the secret is right and the URL is intact, so the request changed in transit (the " + ev.First + " S3 received differs)"
		}
		if ev.Err != nil {
			return "with the typed secret the URL's own canonical request gives its signature, and S3 built the same one: S3 holds another secret for this access key ID (rotated key, or key ID and secret from different keys)"
		}
		return "the typed secret signs the URL to its own signature"
	case sigevidence.VerdictS3:
		return "with the typed secret S3's own string to sign gives the provided signature: the signer signed what S3 received, so S3 holds another secret for this access key ID (rotated key, or key ID and secret from different keys)"
	case sigevidence.VerdictVariant:
		return "with the typed secret the signature is reproduced only if the signer " + ev.Variant.Description + ": the client signed something other than what it sent (the " + ev.Variant.Part + ")"
	case sigevidence.VerdictNeither:
		if len(ev.HeadersFromS3) > 0 {
			return "with the typed secret neither the URL's canonical request nor S3's gives the provided signature: it was signed with another secret, or with other values of " + strings.Join(ev.HeadersFromS3, ", ") + " than S3 received (the URL does not carry them)"
		}
		if len(ev.HeadersFromSent) > 0 {
			return "with the typed secret neither the URL's canonical request nor S3's gives the provided signature: it was signed with another secret, or with other values of " + strings.Join(ev.HeadersFromSent, ", ") + " than the paste sends (the URL does not carry them)"
		}
		return "with the typed secret neither the URL's canonical request nor S3's gives the provided signature: it was signed with another secret"
	case sigevidence.VerdictBroken:
		return "the typed secret could not be checked: " + ev.CheckNote
	}
	return ""
}

func mismatchFix(ev *sigevidence.SigEvidence) string {
	switch {
	case ev.Verdict == sigevidence.VerdictNeither:
		return "sign again with the secret that belongs to the access key ID in the URL"
	case ev.Verdict == sigevidence.VerdictVariant:
		return "presign with an AWS SDK (boto3 generate_presigned_url) instead of a hand-made signer, and send the URL unchanged"
	case ev.First == sigv4.PartMethod:
		return "presign the operation (HTTP method) you will call"
	case ev.First == sigv4.PartQuery || ev.First == "" && len(addedParams(ev)) > 0:
		return "put every parameter into Params before signing and send the URL exactly as returned"
	case ev.First == sigv4.PartHeaders:
		return "send the request to the host it was signed for, with exactly the signed header values"
	}
	return "send the presigned URL exactly as it was returned, with the method and headers it was signed for"
}

// addedParams returns the names of the URL's parameters that come after
// X-Amz-Signature (query_modified reports them), unless the typed secret
// verified the URL as it is.
func addedParams(ev *sigevidence.SigEvidence) []string {
	if ev.URL == nil || ev.V2 || ev.Verdict == sigevidence.VerdictURL {
		return nil
	}
	names := make([]string, len(ev.URL.Params))
	for i, q := range ev.URL.Params {
		names[i] = q.RawName
	}
	var out []string
	for _, i := range derive.ParamsAfterSignature(names) {
		out = append(out, ev.URL.Params[i].Name)
	}
	return out
}
