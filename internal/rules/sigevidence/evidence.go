package sigevidence

import (
	"crypto/sha256"
	"slices"
	"strings"
	"sync"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/presign"
	"github.com/presign-doctor/presign-doctor/internal/s3xml"
	"github.com/presign-doctor/presign-doctor/internal/sigv4"
)

// Signature verdicts with a typed secret.
const (
	VerdictNone    = ""            // no secret, or nothing to check
	VerdictURL     = "url-signs"   // the URL's own canonical request gives its signature
	VerdictS3      = "s3-signs"    // S3's string to sign gives SignatureProvided
	VerdictVariant = "variant"     // a common signer mistake gives the signature
	VerdictNeither = "neither"     // another secret signed it
	VerdictBroken  = "not-checked" // a secret was typed but nothing could be checked
)

// SigEvidence is the signature analysis of a paste: the rebuilt canonical
// request of its presigned URL, S3's canonical request from its
// SignatureDoesNotMatch body, their comparison and, with a typed secret,
// which of them the secret signs. Everything in it is redacted text.
type SigEvidence struct {
	URL *presign.URL
	Err *s3xml.Error
	// Request is the URL as plain values (redacted).
	Request sigv4.Request
	// Rebuilt is our canonical request and string to sign ("" without a
	// SigV4 URL).
	CanonicalRequest, StringToSign string
	// MethodFrom says where the method of the rebuilt request comes from:
	// "x-id", "code" (the paste's presign call), "secret" (the typed secret
	// signs the URL only with it), "s3" (the method S3 received), or
	// "assumed" (GET).
	MethodFrom string
	// S3's canonical request and string to sign, from the error body.
	S3CanonicalRequest, S3StringToSign string
	// S3Canonical and Canonical are S3's canonical request and ours cut
	// into their parts (the answer's, read once in the model); Received
	// is the request S3 quotes (its method, host and signed headers).
	S3Canonical, Canonical sigv4.Canonical
	Received               *model.SentRequest
	// S3Notes says how S3's text was read (bytes, refolded, disagreeing).
	S3Notes []string
	// First is the first part in which the two differ (canonical request
	// parts first, then string-to-sign lines), or "".
	First string
	// Lines and STSLines are the line diffs with marked characters.
	Lines, STSLines []sigv4.DiffLine
	// Check is not-checked, match or mismatch.
	Check   string
	Verdict string
	Variant *sigv4.Variant
	// CheckNote says why a typed secret could not be used.
	CheckNote string
	// HeadersFromS3 lists signed headers whose values the URL does not
	// carry and were taken from S3's canonical request.
	HeadersFromS3 []string
	// HeadersFromCode lists signed headers whose values come from the
	// Params of the paste's presign call.
	HeadersFromCode []string
	// HeadersFromSent lists signed headers whose values come from the
	// request the paste sends with the URL (curl -H, fetch or axios
	// headers, a HAR entry); SentFrom names those requests' sources.
	HeadersFromSent, SentFrom []string
	// Missing lists signed headers no part of the paste gives a value for.
	Missing []string
	// Notes say where values the URL does not carry were taken from.
	Notes []string
	// V2 is set for a SigV2 URL.
	V2 bool
}

// SignatureEvidence analyses the signature evidence of the facts. secret
// and reveal are the typed secret and the redaction's Reveal; what they
// give is used only to compute and compare signatures, never kept.
//
// The checks of one analysis and the engine all ask for the same facts and
// secret, so the last answer is kept (it holds only redacted text; the
// secret is kept as a SHA-256 to tell calls apart).
func SignatureEvidence(f *model.Facts, secret string, reveal func(string) string) *SigEvidence {
	key := sha256.Sum256([]byte(secret))
	evCache.Lock()
	defer evCache.Unlock()
	if evCache.facts == f && evCache.key == key && evCache.ev != nil {
		return evCache.ev
	}
	ev := signatureEvidence(f, secret, reveal)
	evCache.facts, evCache.key, evCache.ev = f, key, ev
	return ev
}

// evCache is the last signature evidence computed. Holding the facts keeps
// their address from being reused by another analysis.
var evCache struct {
	sync.Mutex
	facts *model.Facts
	key   [32]byte
	ev    *SigEvidence
}

func signatureEvidence(f *model.Facts, secret string, reveal func(string) string) *SigEvidence {
	if reveal == nil {
		reveal = func(s string) string { return s }
	}
	ev := &SigEvidence{Check: "not-checked"}
	inc := f.Incident
	if inc == nil {
		return ev
	}
	a := sigAnswer(inc)
	if a != nil {
		ev.Err = a.Err
		ev.S3CanonicalRequest, ev.S3StringToSign = a.CanonicalRequest, a.StringToSign
		ev.S3Canonical, ev.Received = a.Canonical, inc.Received(a)
		ev.S3Notes = append(ev.S3Notes, a.ReadNotes...)
	}
	ev.URL = pickURL(inc, f.URLs, a)
	if ev.URL == nil {
		ev.checkS3Only(secret, reveal)
		return ev
	}
	sr := inc.SignedForURL(ev.URL)
	if ev.URL.Version == "v2" {
		ev.V2 = true
		ev.checkV2(inc, secret, reveal)
		return ev
	}
	var received *model.SentRequest
	if a != nil {
		received = inc.Received(a)
	}
	ev.Request = model.SigningRequest(ev.URL, nil, false)
	ev.Request.Method, ev.MethodFrom = "GET", "assumed"
	if m := methodOfXID(ev.Request); m != "" {
		ev.Request.Method, ev.MethodFrom = m, "x-id"
	} else if m := signedMethod(sr); m != "" {
		// The paste's presign call (code, aws s3 presign) that the
		// incident joins to the URL says the method it was signed for.
		ev.Request.Method, ev.MethodFrom = m, "code"
	} else if received != nil && received.Method.Str != "" {
		ev.Request.Method, ev.MethodFrom = received.Method.Str, "s3"
	}
	ev.signedHeaderValues(inc, sr, received)
	ev.rebuild(reveal)
	ev.checkURL(secret, reveal)
	if ev.Variant != nil && ev.Variant.Method != "" && ev.MethodFrom != "x-id" {
		// The typed secret shows the method the URL was signed for: that is
		// the URL's own canonical request.
		ev.Request.Method, ev.MethodFrom = ev.Variant.Method, "secret"
		ev.Verdict, ev.Variant = VerdictURL, nil
		ev.rebuild(reveal)
	}
	if len(ev.HeadersFromSent) > 0 {
		note := "signed header values as the paste sends them (" + strings.Join(ev.SentFrom, ", ") + "): " + strings.Join(ev.HeadersFromSent, ", ")
		if ev.Verdict == VerdictNeither {
			note += "; with these values the secret does not give the URL's signature: the values differ from the signed ones, or another secret signed it"
		}
		ev.Notes = append(ev.Notes, note)
	}
	return ev
}

// sigAnswer is the S3 answer the signature evidence reads: the first error
// body that quotes S3's canonical request or string to sign, or says
// SignatureDoesNotMatch.
func sigAnswer(inc *model.Incident) *model.Answer {
	for _, a := range inc.Answers {
		e := a.Err
		if e == nil {
			continue
		}
		if e.Get("CanonicalRequest") != nil || e.Get("CanonicalRequestBytes") != nil || e.Get("StringToSign") != nil ||
			e.Get("StringToSignBytes") != nil || e.Code == "SignatureDoesNotMatch" {
			return a
		}
	}
	return nil
}

// signedHeaderValues gives the signed headers the URL carries no value for
// the values the paste shows: what the presign call signed (its Params),
// else what S3 received (its canonical request), else what the request the
// paste sends with the URL carries (curl -H, fetch or axios headers, a HAR
// entry). Missing lists the headers no part of the paste gives.
func (ev *SigEvidence) signedHeaderValues(inc *model.Incident, sr *model.SignedRequest, received *model.SentRequest) {
	unknown := sigv4.Build(ev.Request).Unknown
	if len(unknown) == 0 {
		return
	}
	take := func(name, value string) bool {
		i := slices.Index(unknown, name)
		if i < 0 {
			return false
		}
		unknown = slices.Delete(unknown, i, i+1)
		ev.Request.Headers = append(ev.Request.Headers, sigv4.Header{Name: name, Value: value})
		return true
	}
	if sr != nil {
		for _, h := range sr.SignedValues {
			if take(h.Name, h.Value) {
				ev.HeadersFromCode = append(ev.HeadersFromCode, h.Name)
			}
		}
	}
	if received != nil {
		for _, h := range received.Headers {
			if take(h.Name, h.Value) {
				ev.HeadersFromS3 = append(ev.HeadersFromS3, h.Name)
			}
		}
	}
	for _, n := range slices.Clone(unknown) {
		if sr == nil {
			break
		}
		v, s, ok := inc.SignedHeaderValue(sr, n)
		if !ok || !take(n, v) {
			continue
		}
		ev.HeadersFromSent = append(ev.HeadersFromSent, n)
		if !slices.Contains(ev.SentFrom, s.Source) {
			ev.SentFrom = append(ev.SentFrom, s.Source)
		}
	}
	ev.Missing = unknown
}

// rebuild rebuilds our canonical request and string to sign and compares
// them with S3's.
func (ev *SigEvidence) rebuild(reveal func(string) string) {
	rb, err := sigv4.Rebuild(ev.Request)
	if err == nil {
		// The string to sign hashes the real canonical request, as S3's
		// does; the hash and the scope line carry no secret.
		ev.CanonicalRequest = rb.CanonicalRequest
		ev.Canonical = sigv4.Split(rb.CanonicalRequest)
		ev.StringToSign = rb.StringToSign
		if real, err := sigv4.Rebuild(ev.revealRequest(reveal, false)); err == nil {
			ev.StringToSign = sigv4.StringToSign(rb.AmzDate, rb.Scope, real.CanonicalRequest)
		}
	}
	ev.First, ev.Lines, ev.STSLines = "", nil, nil
	ev.compare()
}

// methodOfXID is the method of the operation the SDK names in x-id.
func methodOfXID(r sigv4.Request) string {
	v, _ := r.Get("x-id")
	return model.OperationMethod(model.SnakeOperation(v))
}

// pickURL chooses the URL an answer is about: the presigned URL the
// incident links the answer to, else the first SigV4 URL, else the first
// SigV2 URL.
func pickURL(inc *model.Incident, urls []*presign.URL, a *model.Answer) *presign.URL {
	if a != nil {
		if sr := inc.SignedOf(a); sr != nil && sr.URL != nil && (sr.URL.Version == "v4" || sr.URL.Version == "v2") {
			return sr.URL
		}
	}
	var v2 *presign.URL
	for _, u := range urls {
		switch u.Version {
		case "v4":
			return u
		case "v2":
			if v2 == nil {
				v2 = u
			}
		}
	}
	return v2
}

// compare diffs S3's canonical request and string to sign against ours.
func (ev *SigEvidence) compare() {
	if ev.CanonicalRequest == "" {
		return
	}
	if ev.S3CanonicalRequest != "" {
		ev.Lines = sigv4.DiffLines(ev.CanonicalRequest, ev.S3CanonicalRequest, sigv4.LinePart(ev.CanonicalRequest), sigv4.LinePart(ev.S3CanonicalRequest))
		ev.First = sigv4.FirstDifference(ev.CanonicalRequest, ev.S3CanonicalRequest)
	}
	if ev.S3StringToSign != "" {
		ev.STSLines = sigv4.DiffLines(ev.StringToSign, ev.S3StringToSign, sigv4.StringToSignParts(ev.StringToSign), sigv4.StringToSignParts(ev.S3StringToSign))
		if ev.First == "" {
			if d := sigv4.FirstStringToSignDifference(ev.StringToSign, ev.S3StringToSign); d != "" && (d != sigv4.PartHash || ev.S3CanonicalRequest == "") {
				ev.First = d
			}
		}
	}
}

// Diff renders the canonical request diff (and the string-to-sign diff when
// it differs) as readable text.
func (ev *SigEvidence) Diff() string {
	var b strings.Builder
	if Changed(ev.Lines) {
		b.WriteString("canonical request: - rebuilt from the URL, + S3's\n")
		b.WriteString(sigv4.Render(ev.Lines))
	}
	if Changed(ev.STSLines) {
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString("string to sign: - rebuilt from the URL, + S3's\n")
		b.WriteString(sigv4.Render(ev.STSLines))
	}
	return b.String()
}

func Changed(lines []sigv4.DiffLine) bool {
	for _, l := range lines {
		if l.Kind != " " {
			return true
		}
	}
	return false
}

// revealRequest is the request of the URL with the original secrets put
// back, for signing only (see model.SigningRequest for rawFirst).
func (ev *SigEvidence) revealRequest(reveal func(string) string, rawFirst bool) sigv4.Request {
	r := ev.Request
	out := model.SigningRequest(ev.URL, reveal, rawFirst)
	out.Method = r.Method
	out.Headers = make([]sigv4.Header, len(r.Headers))
	for i, h := range r.Headers {
		out.Headers[i] = sigv4.Header{Name: h.Name, Value: reveal(h.Value)}
	}
	return out
}

// s3Signs says whether secret signs S3's string to sign to the error's
// SignatureProvided.
func (ev *SigEvidence) s3Signs(secret string, reveal func(string) string) (ok, checked bool) {
	if ev.Err == nil || ev.S3StringToSign == "" || ev.Err.Get("SignatureProvided") == nil {
		return false, false
	}
	sig := strings.TrimSpace(reveal(ev.Err.Get("SignatureProvided").Value))
	got, err := sigv4.SignStringToSign(secret, reveal(ev.S3StringToSign))
	if err != nil {
		return false, false
	}
	return sigv4.SignaturesEqual(got, sig), true
}

func (ev *SigEvidence) checkURL(secret string, reveal func(string) string) {
	if secret == "" {
		return
	}
	sp := ev.URL.Param("X-Amz-Signature")
	if sp == nil {
		ev.Verdict, ev.CheckNote = VerdictBroken, "the URL has no X-Amz-Signature"
		return
	}
	sig := strings.TrimSpace(reveal(sigv4.DecodeQuery(sp.RawValue)))
	v, err := sigv4.VerifyURL(ev.revealRequest(reveal, false), secret, sig)
	if err == nil && !v.URLSigns {
		// The other way of putting secrets back, in case the redactor kept
		// an encoded secret as written.
		sig2 := strings.TrimSpace(sigv4.DecodeQuery(reveal(sp.RawValue)))
		if v2, err2 := sigv4.VerifyURL(ev.revealRequest(reveal, true), secret, sig2); err2 == nil && (v2.URLSigns || v.Variant == nil && v2.Variant != nil) {
			v = v2
		}
	}
	if err != nil {
		// The URL's own request cannot be signed (a signed header value it
		// does not carry): only S3's string to sign can still show that
		// the secret is right; failing that, nothing is known.
		// The error may quote revealed values: say it again from the
		// redacted request.
		ev.Verdict, ev.CheckNote = VerdictBroken, "the signature could not be computed"
		if _, rerr := sigv4.SDKSign(ev.Request, "redacted"); rerr != nil {
			ev.CheckNote = rerr.Error()
		}
		if ok, _ := ev.s3Signs(secret, reveal); ok {
			ev.setS3Only(true)
		} else if len(ev.Missing) > 0 {
			ev.CheckNote = "no part of the paste gives the value of signed header " + strings.Join(ev.Missing, ", ") +
				": paste the request that sends the URL (curl -H, fetch or axios headers, a HAR entry) to check it"
		}
		return
	}
	s3ok, _ := ev.s3Signs(secret, reveal)
	switch {
	case v.URLSigns:
		ev.Verdict, ev.Check = VerdictURL, "match"
	case s3ok:
		ev.Verdict, ev.Check = VerdictS3, "match"
	case v.Variant != nil:
		ev.Verdict, ev.Check, ev.Variant = VerdictVariant, "match", v.Variant
	default:
		ev.Verdict, ev.Check = VerdictNeither, "mismatch"
	}
}

func (ev *SigEvidence) setS3Only(ok bool) {
	if ok {
		ev.Verdict, ev.Check = VerdictS3, "match"
	} else {
		ev.Verdict, ev.Check = VerdictNeither, "mismatch"
	}
}

func (ev *SigEvidence) checkS3Only(secret string, reveal func(string) string) {
	if secret == "" || ev.Err == nil {
		return
	}
	ok, checked := ev.s3Signs(secret, reveal)
	if !checked {
		ev.Verdict, ev.CheckNote = VerdictBroken, "the error body has no StringToSign and SignatureProvided to check"
		return
	}
	ev.setS3Only(ok)
}

// checkV2 rebuilds and checks a SigV2 query-auth URL: with the URL alone,
// then S3's string to sign, then with the Content-Type, Content-MD5 and
// x-amz-* headers the paste sends with it or its query names (the
// JavaScript SDK v2 writes them there), for the method it is sent with.
func (ev *SigEvidence) checkV2(inc *model.Incident, secret string, reveal func(string) string) {
	r := model.SigningRequest(ev.URL, nil, false)
	method := "GET"
	if ev.S3StringToSign != "" {
		if m, _, ok := strings.Cut(ev.S3StringToSign, "\n"); ok && m != "" {
			method = m
		}
	}
	v2 := sigv4.V2Request{Method: method, Bucket: sigv4.V2BucketFromHost(r.Host), Path: r.Path, Query: r.Query}
	ev.Request = r
	ev.Request.Method = method
	ev.StringToSign = sigv4.V2StringToSign(v2)
	ev.diffV2()
	if secret == "" {
		return
	}
	sp := ev.URL.Param("Signature")
	if sp == nil {
		ev.Verdict, ev.CheckNote = VerdictBroken, "the URL has no Signature"
		return
	}
	// Either way of putting the secret back (see model.SigningRequest).
	sigs := []string{strings.TrimSpace(reveal(sigv4.DecodeQuery(sp.RawValue))), strings.TrimSpace(sigv4.DecodeQuery(reveal(sp.RawValue)))}
	signs := func(sts string) bool {
		got := sigv4.V2Sign(secret, sts)
		return got == sigs[0] || got == sigs[1]
	}
	ours := false
	for _, rawFirst := range []bool{false, true} {
		rv := model.SigningRequest(ev.URL, reveal, rawFirst)
		v2.Path, v2.Query, v2.Bucket = rv.Path, rv.Query, sigv4.V2BucketFromHost(rv.Host)
		ours = ours || signs(sigv4.V2StringToSign(v2))
	}
	switch {
	case ours:
		ev.Verdict, ev.Check = VerdictURL, "match"
	case ev.S3StringToSign != "" && signs(reveal(ev.S3StringToSign)):
		ev.Verdict, ev.Check = VerdictS3, "match"
	case ev.checkV2Sent(inc, reveal, signs):
		ev.Verdict, ev.Check = VerdictURL, "match"
	default:
		ev.Verdict, ev.Check = VerdictNeither, "mismatch"
	}
}

// diffV2 diffs our SigV2 string to sign against S3's.
func (ev *SigEvidence) diffV2() {
	ev.STSLines = nil
	if ev.S3StringToSign != "" {
		ev.STSLines = sigv4.DiffLines(ev.StringToSign, ev.S3StringToSign, nil, nil)
	}
}

// checkV2Sent tries the SigV2 string to sign with the headers the paste
// sends with the URL or its query names (model.Incident.SentV2Headers),
// for the method of S3's string to sign, the method sent, PUT and GET. On
// success the evidence shows that string to sign.
func (ev *SigEvidence) checkV2Sent(inc *model.Incident, reveal func(string) string, signs func(string) bool) bool {
	ct, md5, amz, sent := inc.SentV2Headers(ev.URL)
	if ct == "" && md5 == "" && len(amz) == 0 && sent == "" {
		return false
	}
	revealed := make([]sigv4.Header, len(amz))
	for i, h := range amz {
		revealed[i] = sigv4.Header{Name: h.Name, Value: reveal(h.Value)}
	}
	var methods []string
	for _, m := range []string{ev.Request.Method, strings.ToUpper(sent), "PUT", "GET"} {
		if m != "" && !slices.Contains(methods, m) {
			methods = append(methods, m)
		}
	}
	for _, m := range methods {
		for _, rawFirst := range []bool{false, true} {
			rv := model.SigningRequest(ev.URL, reveal, rawFirst)
			if !signs(sigv4.V2StringToSign(sigv4.V2Request{Method: m, ContentType: reveal(ct), ContentMD5: reveal(md5),
				Bucket: sigv4.V2BucketFromHost(rv.Host), Path: rv.Path, Query: rv.Query, AmzHeaders: revealed})) {
				continue
			}
			r := ev.Request
			ev.Request.Method = m
			ev.StringToSign = sigv4.V2StringToSign(sigv4.V2Request{Method: m, ContentType: ct, ContentMD5: md5,
				Bucket: sigv4.V2BucketFromHost(r.Host), Path: r.Path, Query: r.Query, AmzHeaders: amz})
			ev.diffV2()
			ev.Notes = append(ev.Notes, "SigV2 string to sign with "+m+" and the Content-Type, Content-MD5 and x-amz-* headers the paste sends (or the query names)")
			return true
		}
	}
	return false
}

// signedMethod is the method the incident's signed request states from
// a presign call of code or aws s3 presign, or "".
func signedMethod(sr *model.SignedRequest) string {
	if sr == nil || sr.Op == nil || (sr.Op.Source != "python" && sr.Op.Source != "cli") || sr.Method.From == model.FromDefault {
		return ""
	}
	return sr.Method.Str
}
