package derive

import "sync"

// HeaderParams maps the Params of S3 operations that botocore signs as
// request headers to those headers.
var HeaderParams = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"ContentType": "content-type", "ContentMD5": "content-md5", "ContentDisposition": "content-disposition",
		"ContentEncoding": "content-encoding", "ContentLanguage": "content-language", "CacheControl": "cache-control",
		"ContentLength": "content-length", "ACL": "x-amz-acl", "ServerSideEncryption": "x-amz-server-side-encryption",
		"SSEKMSKeyId": "x-amz-server-side-encryption-aws-kms-key-id", "SSEKMSEncryptionContext": "x-amz-server-side-encryption-context",
		"BucketKeyEnabled":     "x-amz-server-side-encryption-bucket-key-enabled",
		"SSECustomerAlgorithm": "x-amz-server-side-encryption-customer-algorithm", "SSECustomerKey": "x-amz-server-side-encryption-customer-key",
		"SSECustomerKeyMD5": "x-amz-server-side-encryption-customer-key-md5", "StorageClass": "x-amz-storage-class",
		"Tagging": "x-amz-tagging", "WebsiteRedirectLocation": "x-amz-website-redirect-location",
		"GrantRead": "x-amz-grant-read", "GrantFullControl": "x-amz-grant-full-control", "GrantReadACP": "x-amz-grant-read-acp",
		"GrantWriteACP": "x-amz-grant-write-acp", "ObjectLockMode": "x-amz-object-lock-mode",
		"ObjectLockRetainUntilDate": "x-amz-object-lock-retain-until-date", "ObjectLockLegalHoldStatus": "x-amz-object-lock-legal-hold",
		"ExpectedBucketOwner": "x-amz-expected-bucket-owner", "RequestPayer": "x-amz-request-payer",
		"Range": "range", "IfMatch": "if-match", "IfNoneMatch": "if-none-match", "IfModifiedSince": "if-modified-since",
		"IfUnmodifiedSince": "if-unmodified-since",
	}
})
