package schememismatch

import (
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// schemeMismatch is the rule as a predicate over the incident: the client
// reports TLS spoken to a plain-HTTP port (or plain HTTP to a TLS port);
// or .NET's GetPreSignedURL, which signs https unless told, is used with
// an http ServiceURL that serves only plain HTTP (not LocalStack's
// gateway, which serves both on one port).
func schemeMismatch(p *rules.Pass) {
	inc := p.Facts.Incident
	if inc == nil || inc.Signals == nil {
		return
	}
	sg := inc.Signals
	text := p.Facts.Text
	var httpEndpoint *model.Fact
	for i, e := range sg.Endpoints {
		if strings.HasPrefix(e.Str, "http://") {
			httpEndpoint = &sg.Endpoints[i]
		}
	}
	var related []source.Span
	if httpEndpoint != nil {
		related = append(related, httpEndpoint.Span)
	}
	for _, e := range sg.ClientErrors {
		switch e.Kind {
		case model.ClientTLSProtocol:
			target := target(inc, e, "https")
			msg := fmt.Sprintf("%s speaks TLS (https) to %s, which answers in plain HTTP: the handshake fails before any request is sent (no S3 answer)", who(e), target)
			if httpEndpoint != nil {
				msg += fmt.Sprintf("; the code's endpoint is %s", httpEndpoint.Str)
			}
			fixes := toHTTP()
			fixes[0].Edits = schemeEdit(text, sg.Endpoints, "https", target)
			p.Report(rules.Finding{Message: msg, Span: e.Span, Related: related, Key: "scheme", Fixes: fixes})
		case model.ClientPlainToTLS:
			target := target(inc, e, "http")
			p.Report(rules.Finding{
				Message: fmt.Sprintf("the request is sent in plain HTTP to %s, a port that speaks TLS: the server refuses it before S3 (or the store) reads it", target),
				Span:    e.Span, Key: "scheme",
				Fixes: []rules.Fix{{Message: "presign with https for this endpoint (boto3 endpoint_url='https://HOST:PORT', JavaScript endpoint 'https://…', .NET Protocol = Protocol.HTTPS, minio useSSL: true / secure=True) and sign again",
					Edits: schemeEdit(text, sg.Endpoints, "http", target)}},
			})
		}
	}
	if httpEndpoint != nil && !model.LocalStackGateway(httpEndpoint.Str) {
		// LocalStack's gateway answers https on its http port too: the
		// https URL GetPreSignedURL makes still reaches it.
		for _, d := range sg.HTTPSDefault {
			p.Report(rules.Finding{
				Message: fmt.Sprintf("GetPreSignedURL signs an https URL unless the request sets Protocol = Protocol.HTTP, whatever the client's ServiceURL (%s, plain HTTP): the URL it gives fails the TLS handshake (ERR_SSL_PROTOCOL_ERROR)", httpEndpoint.Str),
				Span:    d.Span, Related: related, Key: "scheme", Fixes: toHTTP(),
			})
		}
	}
}

func toHTTP() []rules.Fix {
	return []rules.Fix{{Message: "presign with http for a store that serves plain HTTP, and sign again: .NET new GetPreSignedUrlRequest { …, Protocol = Protocol.HTTP }; boto3 endpoint_url='http://HOST:PORT'; JavaScript v3 endpoint: 'http://HOST:PORT'; minio-js useSSL: false; minio-py secure=False; or turn TLS on at the store"}}
}

func who(e *model.ClientError) string {
	switch e.Who {
	case "":
		return "the client"
	case "browser":
		return "the browser"
	}
	return e.Who
}

// target names the endpoint the error is about: the URL on its line, else
// the one signed URL with that scheme.
func target(inc *model.Incident, e *model.ClientError, scheme string) string {
	if e.Host != "" {
		return e.Host
	}
	for _, sr := range inc.SignedRequests {
		if sr.URL != nil && sr.URL.Scheme == scheme {
			return sr.URL.Host
		}
	}
	return "the endpoint"
}

// schemeEdit is the edit that makes the code's endpoint setting for host
// speak the other scheme than from ("https" → http, "http" → https): the
// scheme of its URL (endpoint_url='https://…'), or minio's useSSL / secure
// flag. host is the endpoint the error names; when it names none, the one
// endpoint setting with that scheme. No edit when the setting is not one of
// these shapes or several could be meant.
func schemeEdit(text string, eps []model.Fact, from, host string) []diff.Edit {
	var cand []model.Fact
	for _, e := range eps {
		h, ok := strings.CutPrefix(e.Str, from+"://")
		if !ok || e.Span.Start < 0 || e.Span.End > len(text) || e.Span.Start >= e.Span.End {
			continue
		}
		if h == host || strings.Contains(host, "://") && strings.TrimPrefix(host, from+"://") == h {
			cand = []model.Fact{e}
			break
		}
		cand = append(cand, e)
	}
	if len(cand) != 1 {
		return nil
	}
	e := cand[0]
	src := text[e.Span.Start:e.Span.End]
	to := "http"
	if from == "http" {
		to = "https"
	}
	if i := strings.Index(src, from+"://"); i >= 0 {
		return []diff.Edit{{Start: e.Span.Start + i, End: e.Span.Start + i + len(from), New: to}}
	}
	// minio-js useSSL: true / minio-py secure=True
	for _, flag := range []struct{ name, on, off string }{{"useSSL", "true", "false"}, {"secure", "True", "False"}} {
		i := strings.LastIndex(src, flag.name)
		if i < 0 {
			continue
		}
		old, repl := flag.on, flag.off
		if from == "http" {
			old, repl = flag.off, flag.on
		}
		if j := strings.Index(src[i:], old); j >= 0 {
			at := e.Span.Start + i + j
			return []diff.Edit{{Start: at, End: at + len(old), New: repl}}
		}
	}
	return nil
}
