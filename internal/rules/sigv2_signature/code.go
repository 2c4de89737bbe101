package sigv2signature

import (
	"fmt"
	"strings"
	"sync"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/presign"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
	"github.com/presign-doctor/presign-doctor/internal/table"
)

// sigV2Regions are the regions where S3 still accepts SigV2, so where
// botocore may presign with it when the client does not ask for s3v4.
var sigV2Regions = sync.OnceValue(func() map[string]bool {
	return table.Set("us-east-1", "us-west-1", "us-west-2", "eu-west-1",
		"ap-southeast-1", "ap-southeast-2", "ap-northeast-1", "sa-east-1")
})

// sigv2SignatureCode reports a client that asks for SigV2
// (signature_version='s3') or, presigning without any signature_version,
// may get SigV2 from botocore.
func sigv2SignatureCode(p *rules.Pass) {
	f := p.Facts
	if f.Incident == nil {
		return
	}
	for _, s := range f.Incident.Signers {
		c := s.Client
		if c.Source != "python" {
			continue
		}
		sv := c.SignatureVersion
		switch v := strings.ToLower(derive.KnownStr(sv)); {
		case v == "s3" || v == "v2" || v == "s3v2" || v == "hmacv1":
			sp := derive.ValueSpan(sv)
			q := derive.QuoteChar(f, sp)
			p.Report(rules.Finding{
				Message: fmt.Sprintf("signature_version=%s is Signature Version 2: S3 answers InvalidRequest (400) \"Please use AWS4-HMAC-SHA256\" in SigV4-only regions and InvalidArgument (400) for KMS-encrypted objects", sv.Expr),
				Span:    sv.Span,
				Key:     "sigv2",
				Fixes:   []rules.Fix{{Message: "sign with SigV4: signature_version='s3v4'", Edits: derive.Edit(sp, q+"s3v4"+q)}},
			})
		case sv == nil && c.Endpoint == nil:
			region := derive.KnownStr(s.Region)
			if region != "" && !sigV2Regions()[region] {
				continue // botocore uses SigV4 where SigV2 is not accepted
			}
			if printsVersion(f, c, "v4") {
				continue // the URL it printed shows SigV4
			}
			if rules.AnsweredOtherwise(f.Incident, answers, f.Incident.SignedBy(c), f.Incident.SoleSigner(c)) {
				continue // the paste shows the request ended otherwise: SigV2 is only a "may" here
			}
			// With SigV4 and no virtual addressing, botocore presigns on
			// the global host (signers.py _should_use_global_endpoint),
			// which a bucket outside us-east-1 answers with a redirect
			// that breaks a SigV4 signature: the fix asks for both.
			style, msg := "", "ask for SigV4 explicitly: config=Config(signature_version='s3v4')"
			if region != "" && region != "us-east-1" && c.AddressingStyle == nil {
				style = "virtual"
				if dotted(f, c) {
					style = "path" // virtual-hosted https fails a dotted bucket's certificate
				}
				msg = "ask for SigV4 explicitly, on the regional host: config=Config(signature_version='s3v4', s3={'addressing_style': '" + style + "'}) (botocore presigns SigV4 on the global host otherwise)"
			}
			if st, ok := model.SettingOf(c.Source, c.Framework, model.SetSigV4); ok && c.Framework != "" {
				msg = "ask for SigV4 explicitly: " + st.With("") // AWS_S3_SIGNATURE_VERSION = 's3v4' in settings.py
			}
			fix := rules.ClientConfigFix(f, c, [][2]string{{"signature_version", "'s3v4'"}}, style, msg)
			p.Report(rules.Finding{
				Severity: rules.Warning,
				Message:  "no signature_version='s3v4': botocore may presign this client's URLs with legacy SigV2 (AWSAccessKeyId, Signature, Expires), which S3 rejects with InvalidRequest (400) \"Please use AWS4-HMAC-SHA256\" in newer regions and for KMS-encrypted objects",
				Span:     c.Span,
				Key:      "sigv2",
				Fixes:    []rules.Fix{fix},
			})
		}
	}
}

// printsVersion reports whether a URL the client printed is signed with
// the signature version v ("v2", "v4").
func printsVersion(f *model.Facts, c *model.Client, v string) bool {
	return derive.AnyPrintedURL(f, c, func(u *presign.URL) bool { return u.Version == v })
}

// sigv2SignatureAny is the explicit SigV2 setting in the SDKs other than
// boto3: signatureVersion: 'v2' (JavaScript v2), SignatureVersion = "2"
// (.NET), 'signature_version' => 'v2' (PHP), signature_version: 's3'
// (Ruby v2).
func sigv2SignatureAny(p *rules.Pass) {
	f := p.Facts
	for _, c := range derive.CodeClients(f) {
		// An explicit SigV2 setting is the evidence even when the paste
		// shows only the client; it stays silent when the paste's presign
		// calls use other clients.
		if c.Source == "python" || c.SignatureVersion == nil || !derive.Presigns(f, c) && len(derive.CodeOps(f)) > 0 {
			continue
		}
		sv := c.SignatureVersion
		switch strings.ToLower(derive.KnownStr(sv)) {
		case "s3", "v2", "s3v2", "2", "hmacv1", "s3signertype": // Java v1's SigV2 signer (setSignerOverride)
		default:
			continue
		}
		p.Report(rules.Finding{
			Message: fmt.Sprintf("%s asks for Signature Version 2: S3 answers InvalidRequest (400) \"Please use AWS4-HMAC-SHA256\" in SigV4-only regions and InvalidArgument (400) for KMS-encrypted objects", strings.TrimSpace(f.Text[sv.Span.Start:sv.Span.End])),
			Span:    sv.Span,
			Key:     "sigv2",
			Fixes:   []rules.Fix{{Message: "sign with SigV4: " + v4Setting(c.Source)}},
		})
	}
}

// v4Setting is the SigV4 setting in the SDK of src (the model's table of
// SDK settings).
func v4Setting(src string) string {
	s, ok := model.SettingOf(src, "", model.SetSigV4)
	if !ok {
		return "the SDK's SigV4 setting"
	}
	if s.Note != "" {
		return s.With("") + " (" + s.Note + ")"
	}
	return s.With("")
}

// dotted reports whether the client presigns for a bucket whose name
// holds dots.
func dotted(f *model.Facts, c *model.Client) bool {
	for _, o := range derive.PyOps(f) {
		if o.Client == c && strings.Contains(derive.KnownStr(o.Bucket), ".") {
			return true
		}
	}
	return false
}
