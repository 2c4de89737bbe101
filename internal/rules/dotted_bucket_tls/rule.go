// Package dottedbuckettls is the rule dotted_bucket_tls: a bucket name with dots in a virtual-hosted https host fails the certificate check.
package dottedbuckettls

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is dotted_bucket_tls: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "dotted_bucket_tls",
	Severity: rules.Error,
	Title:    "bucket name with dots in a virtual-hosted https URL: the wildcard certificate does not match",
	Note:     "S3 answers nothing: the client refuses S3's certificate (*.s3.amazonaws.com, *.s3.<region>.amazonaws.com covers one label) before sending the request; Python says \"hostname … doesn't match either of '*.s3.amazonaws.com'\", curl \"no alternative certificate subject name matches target host name\", Chrome NET::ERR_CERT_COMMON_NAME_INVALID.",
	Fix:      "Presign in path style for that bucket (https://s3.<region>.amazonaws.com/<bucket>/<key>), and sign again: the path is part of the signature. boto3 Config(s3={'addressing_style': 'path'}); JavaScript v3 forcePathStyle: true; Go v2 o.UsePathStyle = true; Java v2 .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build()) (S3Presigner has no forcePathStyle); .NET ForcePathStyle = true. Never advise virtual-hosted style for this bucket.",
	Facts: []string{
		"the signed requests' scheme, host, addressing style and bucket (URL, or the code's bucket and addressing_style)",
		"certificate errors of the client and the host they name (Python, curl, Ruby, Node, the browser)",
	},
	CheckedAgainst: []string{
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html",
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/VirtualHosting.html",
	},
	Evidence: []string{"url", "code", "log", "curl", "console"},
	Checks: []rules.Check{
		{Source: rules.IncidentSource, Run: dottedBucketTLS},
	},
}
