// Package contentmd5format is the rule content_md5_format: Content-MD5 given as hex instead of base64.
package contentmd5format

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is content_md5_format: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "content_md5_format",
	Severity: rules.Error,
	Title:    "Content-MD5 in hex (md5sum, hexdigest) instead of base64 of the raw digest",
	Answers: []rules.Answer{
		{Code: "InvalidDigest", Status: 400, Message: "The Content-MD5 you specified was invalid.", When: "the value is not the base64 of a 16-byte digest; S3 echoes it in <Content-MD5>"},
		{Code: "InvalidDigest", Status: 400, Message: "The Content-Md5 you specified is not valid.", When: "MinIO: its wording, and no <Content-MD5> echo: the value is read from the request sent (make e2e)"},
	},
	Fix: "Content-MD5 is the base64 of the 16 raw bytes of the MD5 digest (24 characters ending in '=='): Python base64.b64encode(hashlib.md5(body).digest()).decode(); Node crypto.createHash('md5').update(body).digest('base64'); Java Base64.getEncoder().encodeToString(DigestUtils.md5(bytes)); Ruby Digest::MD5.base64digest(body); Go base64.StdEncoding.EncodeToString(sum[:]); shell openssl dgst -md5 -binary FILE | base64.",
	Facts: []string{
		"Content-MD5 values: S3's <Content-MD5> echo, the header sent (curl -H, requests/fetch/axios headers), the ContentMD5 parameter of code and the expression that computes it",
		"S3's answers (InvalidDigest), in XML or quoted in logs and exceptions",
	},
	CheckedAgainst: []string{
		"https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html",
		"https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html",
	},
	Evidence: []string{"error", "code", "curl", "log"},
	Checks: []rules.Check{
		{Source: rules.IncidentSource, Run: contentMD5Format},
	},
}
