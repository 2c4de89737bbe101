// Package checksumparameters is the rule checksum_parameters: checksum parameters signed into the URL.
package checksumparameters

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is checksum_parameters: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "checksum_parameters",
	Severity: rules.Warning,
	Title:    "checksum parameters signed into the URL",
	Answers: []rules.Answer{
		{Code: "BadDigest", Status: 400, Message: "The Content-MD5 or checksum value that you specified did not match what the server received.", When: "S3-compatible stores (MinIO, Garage, SeaweedFS)"},
		{Code: "InvalidDigest", Status: 400, Message: "The Content-MD5 or checksum value that you specified is not valid.", When: "S3-compatible stores"},
		{Code: "XAmzContentSHA256Mismatch", Status: 400, Message: "The provided 'x-amz-content-sha256' header does not match what was computed.", When: "S3-compatible stores, boto3 1.36 and later"},
	},
	Fix: "Config(request_checksum_calculation='when_required', response_checksum_validation='when_required') for boto3 (AWS_REQUEST_CHECKSUM_CALCULATION=when_required in the environment), requestChecksumCalculation: \"WHEN_REQUIRED\" for the JavaScript v3 client.",
	Facts: []string{
		"checksum parameters in a URL's query (x-amz-checksum-*, x-amz-sdk-checksum-algorithm)",
		"the clients' endpoint and checksum settings, boto3's and JavaScript v3's (both add default checksums since 1.36 and 3.729: requestChecksumCalculation, o.RequestChecksumCalculation read in any SDK)",
		"whether the URL's host is AWS, or LocalStack's gateway (which ignores a presigned URL's checksum: the JavaScript v3 default is no cause there)",
	},
	CheckedAgainst: []string{
		"https://docs.aws.amazon.com/sdkref/latest/guide/feature-dataintegrity.html",
		"aws/aws-sdk-js-v3: packages/s3-request-presigner/src/presigner.spec.ts",
		"https://github.com/localstack/localstack/issues/12169 (LocalStack ignores the JavaScript v3 client's presigned CRC32 since #12164, January 2025)",
	},
	Evidence: []string{"code", "url"},
	Checks: []rules.Check{
		{Source: "code", Run: checksumParametersCode},
		{Source: "url", Run: checksumParametersURL},
	},
}
