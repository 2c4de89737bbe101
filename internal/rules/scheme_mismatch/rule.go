// Package schememismatch is the rule scheme_mismatch: an https URL to a plain-HTTP endpoint, or the reverse.
package schememismatch

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is scheme_mismatch: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "scheme_mismatch",
	Severity: rules.Error,
	Title:    "https URL to an endpoint that speaks plain HTTP (or http to a TLS port)",
	Note:     "S3 (or the S3-compatible store) answers nothing: the client's TLS handshake meets plain HTTP (Chrome ERR_SSL_PROTOCOL_ERROR, OpenSSL \"wrong version number\", Node EPROTO \"unknown protocol\"), or a TLS port gets plain HTTP (nginx \"The plain HTTP request was sent to HTTPS port\"). Code alone (.NET GetPreSignedURL without Protocol beside an http ServiceURL) fires only when the endpoint serves plain HTTP alone: LocalStack's gateway (port 4566, localhost.localstack.cloud) serves HTTPS on the same port, so the https URL still reaches it; a client error naming the handshake fires whatever the store.",
	Fix:      "Presign with the scheme the endpoint serves, and sign again (the host and port are signed, the scheme is not, but the URL must be made for the endpoint): .NET GetPreSignedUrlRequest { Protocol = Protocol.HTTP } with an http ServiceURL; boto3 endpoint_url='http://HOST:PORT'; JavaScript v3 endpoint: 'http://HOST:PORT'; minio-js useSSL: false; minio-py secure=False; or enable TLS on the store.",
	Facts: []string{
		"the client's TLS errors (ERR_SSL_PROTOCOL_ERROR, wrong version number, unknown protocol, server gave HTTP response to HTTPS client) and plain-HTTP-to-TLS answers, with the URL on their line",
		"the signed URLs' scheme and host; endpoint settings of code with their scheme (endpoint_url, ServiceURL, useSSL, secure)",
		".NET GetPreSignedURL calls without Protocol (https by default)",
	},
	CheckedAgainst: []string{
		"https://docs.aws.amazon.com/sdkfornet/v3/apidocs/items/S3/TGetPreSignedUrlRequest.html",
		"https://github.com/aws/aws-sdk-net/issues/1253",
		"https://github.com/localstack/localstack/issues/6229 (the .NET SDK's https URL for ServiceURL http://localhost:4566, answered by LocalStack)",
		"https://docs.localstack.cloud/aws/capabilities/networking/https-tls-support (HTTPS on port 4566)",
	},
	Evidence: []string{"url", "code", "console", "log", "curl"},
	Checks: []rules.Check{
		{Source: rules.IncidentSource, Run: schemeMismatch},
	},
}
