package customendpoint

import (
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/presign"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
)

// customEndpointURL reports presigned URLs signed for an S3-compatible
// store, a local or private host, or a custom domain.
func customEndpointURL(p *rules.Pass) {
	swapped, _ := derive.SwappedHost(p.Facts)
	for _, u := range p.Facts.URLs {
		e := u.Endpoint
		if !u.Presigned() || e.AWS || (e.Kind != presign.EndpointCompatible && e.Kind != presign.EndpointCustom) {
			continue
		}
		if hostEditedTo(p.Facts, u.Host) || u == swapped {
			continue // host_rewritten: the code (or the user, as the paste shows) put this host in after signing
		}
		var msg string
		switch {
		case e.Local:
			msg = fmt.Sprintf("the URL is signed for %s, a local or private host: it only works where that name reaches the store, and rewriting the host for the public name changes the signed host line, so S3-compatible stores answer SignatureDoesNotMatch (403)", u.Host)
		case e.Kind == presign.EndpointCompatible:
			msg = fmt.Sprintf("the URL is signed for %s, an S3-compatible store (%s): it must be fetched from exactly this host, since the host is signed; a proxy or CDN in front that changes it gives SignatureDoesNotMatch (403)", u.Host, e.Store)
		default:
			msg = fmt.Sprintf("the URL is signed for %s, which is not an S3 endpoint (a custom domain, CDN or proxy): S3 rebuilds the signature with the Host it receives, so if the domain forwards with another Host the answer is SignatureDoesNotMatch (403); S3 itself only accepts its own endpoints and a bucket named exactly like the domain", u.Host)
		}
		endpoint, pathStyle := "endpoint_url", "s3={'addressing_style': 'path'}"
		if src, sdk := derive.CodeSDK(p.Facts); src != "" {
			if s, ok := model.SettingOf(src, sdk, model.SetEndpoint); ok {
				endpoint = s.Name
			}
			if s, ok := model.SettingOf(src, sdk, model.SetPathStyle); ok {
				pathStyle = s.With("")
			}
		}
		fix := "sign against the host the client will call: a separate client for presigning with " + endpoint + " set to the public address"
		if e.Kind == presign.EndpointCompatible {
			fix += ", and " + pathStyle + " where the store needs it (MinIO, LocalStack)"
		}
		p.Report(rules.Finding{Message: msg, Span: derive.URLHost(u), Key: u.Host, Fixes: []rules.Fix{{Message: fix}}})
	}
}

// hostEditedTo reports whether the code replaces a signed URL's host with
// host: then the URL was not signed for it, and host_rewritten says so.
func hostEditedTo(f *model.Facts, host string) bool {
	for _, e := range f.URLEdits {
		if e.What == "replace" && host != "" && strings.Contains(strings.ToLower(e.Expr), host) {
			return true
		}
	}
	return false
}
