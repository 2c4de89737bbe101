package model

import "testing"

// TestSAMPolicies: a SAM S3 policy template is the statements it expands
// to, on its bucket (unknown for !Ref).
func TestSAMPolicies(t *testing.T) {
	text := "      Policies:\n        - S3ReadPolicy:\n            BucketName: !Ref UploadBucket\n        - S3WritePolicy:\n            BucketName: my-bucket\n"
	f := buildParts(text, whole(KindText, text))
	var acts []string
	var res []string
	for _, d := range f.Policies {
		for _, s := range d.Statements {
			for _, a := range s.Action {
				acts = append(acts, a.Value)
			}
			for _, r := range s.Resource {
				res = append(res, r.Value)
			}
		}
	}
	has := func(list []string, v string) bool {
		for _, x := range list {
			if x == v {
				return true
			}
		}
		return false
	}
	if !has(acts, "s3:GetObject") || !has(acts, "s3:PutObject") || has(acts, "s3:DeleteObject") {
		t.Errorf("actions %v", acts)
	}
	if !has(res, "arn:aws:s3:::my-bucket/*") || !has(res, "arn:aws:s3:::*/*") {
		t.Errorf("resources %v", res)
	}
}
