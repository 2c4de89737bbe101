// Package objectlockchecksum is the rule object_lock_checksum: a PUT to an Object Lock bucket without Content-MD5 or a checksum header.
package objectlockchecksum

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is object_lock_checksum: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "object_lock_checksum",
	Severity: rules.Error,
	Title:    "upload to an Object Lock bucket without Content-MD5 or an x-amz-checksum-* header",
	Answers: []rules.Answer{
		{Code: "InvalidRequest", Status: 400, Message: "Content-MD5 OR x-amz-checksum- HTTP header is required for Put Object requests with Object Lock parameters", When: "a PUT (or UploadPart: \"Put Part requests\") to a bucket with a default retention, or with Object Lock headers, carries no integrity header; before 2022 S3 said \"Content-MD5 HTTP header is required …\""},
	},
	Fix: "Sign and send an integrity header: Content-MD5 (base64 of the raw MD5) in the presign call's params (boto3 Params={'ContentMD5': md5}, JavaScript v3 PutObjectCommand({ContentMD5}), Java v2 .contentMD5()) and the same value as a header on the PUT; or an x-amz-checksum-crc32/sha256 header (JavaScript v3 ChecksumAlgorithm with the value, boto3 ChecksumAlgorithm and ChecksumSHA256).",
	Facts: []string{
		"S3's answer \"… HTTP header is required for Put Object (or Part) requests with Object Lock parameters\", in XML, a botocore ClientError or quoted by an SDK exception, s3cmd or a log",
		"the bucket's Object Lock configuration (get-object-lock-configuration)",
	},
	CheckedAgainst: []string{
		"https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html",
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock-managing.html",
	},
	Evidence: []string{"error", "log", "curl", "code", "cli"},
	Checks: []rules.Check{
		{Source: rules.IncidentSource, Run: objectLockChecksum},
	},
}
