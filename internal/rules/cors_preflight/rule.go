// Package corspreflight is the rule cors_preflight: the browser refuses the request or its preflight (CORS), not a signature failure.
package corspreflight

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is cors_preflight: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "cors_preflight",
	Severity: rules.Error,
	Title:    "the browser blocks the request: the bucket's CORS rules lack its method, origin or a header (not a signature failure)",
	Answers: []rules.Answer{
		{Code: "AccessForbidden", Status: 403, Message: "CORSResponse: This CORS request is not allowed. This is usually because the evalution of Origin, request method / Access-Control-Request-Method or Access-Control-Request-Headers are not whitelisted by the resource's CORS spec.",
			When: "S3 answers the OPTIONS preflight from the bucket's CORS rules alone, before and without any signature check; the browser then shows only its own CORS error. Only the stable part \"CORSResponse: This CORS request is not allowed\" is matched: no AWS page quotes the whole body, S3-compatible stores copy it"},
		{Code: "AccessForbidden", Status: 403, Message: "CORSResponse: CORS is not enabled for this bucket.", When: "the bucket has no CORS configuration at all"},
	},
	Fix: "Add a CORS rule for the page's origin with the method the browser sends (PUT for an upload, GET to download), every header it sends (AllowedHeaders [\"*\"] or at least content-type and the signed x-amz-* headers) and, for multipart uploads, ExposeHeaders [\"ETag\"]: aws s3api put-bucket-cors --bucket BUCKET --cors-configuration file://cors.json.",
	Facts: []string{
		"the browser's CORS refusals (Chrome's \"blocked by CORS policy\", \"Response to preflight request doesn't pass access control check\", \"Request header field … is not allowed by Access-Control-Allow-Headers\"; Firefox's \"Cross-Origin Request Blocked\"; \"Refused to get unsafe header\")",
		"the bucket's CORS rules (get-bucket-cors JSON, the XML form, the console's JSON, Terraform cors_rule)",
		"the method and headers of the requests the page sends (fetch, axios with defaults, XHR, jQuery, HAR, console lines)",
		"code reading the ETag response header",
		"a refusal naming a redirect (\"Redirect is not allowed for a preflight request\", older Chrome's \"The request was redirected to '…', which is disallowed for cross-origin requests that require preflight\"): no CORS rule makes S3 redirect, so the rule stays silent when a presigned URL shows why S3 redirects (the global host signed for another region than us-east-1, a regional host of another region than signed) and otherwise names the endpoint, not the CORS rules",
	},
	CheckedAgainst: []string{
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/cors.html",
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/ManageCorsUsing.html",
		"versity/versitygw: s3err/s3err.go (ErrCORSForbidden, ErrCORSIsNotEnabled: the wording S3-compatible gateways copy from S3)",
	},
	Evidence: []string{"console", "cli", "code", "terraform", "url"},
	Checks: []rules.Check{
		{Source: rules.IncidentSource, Run: corsPreflight},
	},
}
