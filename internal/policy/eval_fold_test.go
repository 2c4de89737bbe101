package policy

import "testing"

// TestCoversResourceBucketCase: the bucket of an S3 ARN matches without
// case (a URL's host is read lower case), the key with case.
func TestCoversResourceBucketCase(t *testing.T) {
	st := &Statement{Resource: []Str{{Value: "arn:aws:s3:::secure-docs-ACCOUNT_1/*"}}}
	if _, ok := st.CoversResource("arn:aws:s3:::secure-docs-account_1/c/1.pdf"); !ok {
		t.Error("bucket in another case: not covered")
	}
	st = &Statement{Resource: []Str{{Value: "arn:aws:s3:::docs/Reports/*"}}}
	if _, ok := st.CoversResource("arn:aws:s3:::docs/reports/a.pdf"); ok {
		t.Error("key in another case: covered")
	}
	if got := foldBucket("arn:aws-cn:s3:::My-Bucket/Key/A"); got != "arn:aws-cn:s3:::my-bucket/Key/A" {
		t.Errorf("foldBucket = %q", got)
	}
}
