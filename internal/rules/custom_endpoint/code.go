package customendpoint

import (
	"fmt"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
)

// customEndpointCode reports a client, in any language, whose endpoint
// (endpoint_url, endpoint, BaseEndpoint, endpointOverride, ServiceURL) is
// not AWS's: the URL is signed for that host, and fails once someone
// reaches the store through another host name.
func customEndpointCode(p *rules.Pass) {
	f := p.Facts
	for _, c := range derive.CodeClients(f) {
		if c.Endpoint == nil || !derive.Presigns(f, c) {
			continue
		}
		s := derive.KnownStr(c.Endpoint)
		if s == "" {
			// endpoint_url=os.environ["S3_ENDPOINT_URL"] with the
			// variable set in the paste's compose or .env block.
			s = f.EnvValue(c.Endpoint)
		}
		if s == "" {
			continue
		}
		host, aws := derive.EndpointHost(s)
		if aws {
			continue
		}
		msg := fmt.Sprintf("URLs are signed for the host %s; when the URL's user reaches the store under another name (a public domain, a proxy, another container) the Host changes and S3-compatible stores answer SignatureDoesNotMatch (403)", host)
		if model.PrivateHost(host) {
			msg = fmt.Sprintf("%s %s is a host only reachable where this code runs; a browser or another machine cannot open the URL, and rewriting its host afterwards breaks the signature (SignatureDoesNotMatch, 403)", derive.ClientSettingName(f, c, model.SetEndpoint), host)
		}
		p.Report(rules.Finding{
			Message: msg,
			Span:    c.Endpoint.Span,
			Key:     host,
			Fixes:   []rules.Fix{{Message: "sign with a second client whose " + derive.ClientSettingName(f, c, model.SetEndpoint) + " is the public host the URL's user will reach" + pathStyleNote(f, c) + "; never edit the host of a signed URL"}},
		})
	}
}

// pathStyleNote asks for path-style addressing in the client's own
// setting (forcePathStyle, o.UsePathStyle, ForcePathStyle,
// 'use_path_style_endpoint' …), unless the client sets it already.
func pathStyleNote(f *model.Facts, c *model.Client) string {
	if c.AddressingStyle != nil && c.AddressingStyle.Str == "path" {
		return ""
	}
	if s, ok := model.SettingOf(c.Source, derive.ClientSDK(f, c), model.SetPathStyle); ok {
		return " (path-style addressing for MinIO-like stores: " + s.With("") + ")"
	}
	return " (path-style addressing for MinIO-like stores)"
}
