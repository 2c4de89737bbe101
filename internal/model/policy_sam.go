package model

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/lazyre"
	"github.com/presign-doctor/presign-doctor/internal/policy"
)

// AWS SAM's S3 policy templates (Policies: - S3ReadPolicy: {BucketName: …})
// stand for identity-policy statements the paste does not spell out; each
// becomes the document SAM expands it to (serverless-application-model's
// policy_templates.json), so the policy_* rules read a function's
// permissions whether written as statements or as a template.

var reSAMS3Template = lazyre.New(`(?m)^[ \t]*-[ \t]+(S3ReadPolicy|S3WritePolicy|S3CrudPolicy|S3FullAccessPolicy):[ \t]*(?:#[^\n]*)?$`)

// samS3Actions are the object and bucket actions each template allows.
var samS3Actions = map[string][2][]string{
	"S3ReadPolicy":  {{"s3:GetObject", "s3:GetObjectVersion", "s3:GetLifecycleConfiguration"}, {"s3:ListBucket", "s3:GetBucketLocation"}},
	"S3WritePolicy": {{"s3:PutObject", "s3:PutObjectAcl", "s3:PutLifecycleConfiguration"}, nil},
	"S3CrudPolicy": {{"s3:GetObject", "s3:GetObjectVersion", "s3:PutObject", "s3:PutObjectAcl", "s3:DeleteObject",
		"s3:GetLifecycleConfiguration", "s3:PutLifecycleConfiguration"}, {"s3:ListBucket", "s3:GetBucketLocation"}},
	"S3FullAccessPolicy": {{"s3:GetObject", "s3:GetObjectAcl", "s3:GetObjectVersion", "s3:PutObject", "s3:PutObjectAcl",
		"s3:DeleteObject", "s3:DeleteObjectTagging", "s3:DeleteObjectVersionTagging", "s3:GetObjectTagging",
		"s3:GetObjectVersionTagging", "s3:PutObjectTagging", "s3:PutObjectVersionTagging"},
		{"s3:ListBucket", "s3:GetBucketLocation", "s3:GetLifecycleConfiguration", "s3:PutLifecycleConfiguration"}},
}

var reSAMBucketName = lazyre.New(`^[ \t]*BucketName:[ \t]*([^\n#]*?)[ \t]*(?:#[^\n]*)?$`)

// samPolicies adds the documents of the paste's SAM S3 policy templates.
func (b *builder) samPolicies() {
	text := b.f.Text
	if !strings.Contains(text, "Policy:") {
		return
	}
	for _, m := range reSAMS3Template.FindAllStringSubmatchIndex(text, 50) {
		name := text[m[2]:m[3]]
		sp := Span{Start: m[2], End: m[3]}
		bucket, bsp, known := "*", sp, false
		// BucketName: on the next line.
		if le := strings.IndexByte(text[m[1]+1:], '\n'); m[1] < len(text) {
			end := len(text)
			if le >= 0 {
				end = m[1] + 1 + le
			}
			if bm := reSAMBucketName.FindStringSubmatchIndex(text[m[1]+1 : end]); bm != nil {
				v := strings.Trim(text[m[1]+1+bm[2]:m[1]+1+bm[3]], `"'`)
				bsp = Span{Start: m[1] + 1 + bm[2], End: m[1] + 1 + bm[3]}
				if v != "" && !strings.HasPrefix(v, "!") && !strings.Contains(v, "${") && !strings.HasPrefix(v, "{") {
					bucket, known = v, true
				}
			}
		}
		acts := samS3Actions[name]
		str := func(vals []string) []policy.Str {
			var out []policy.Str
			for _, v := range vals {
				out = append(out, policy.Str{Value: v, Span: sp})
			}
			return out
		}
		res := func(suffix string) []policy.Str {
			return []policy.Str{{Value: "arn:aws:s3:::" + bucket + suffix, Span: bsp, Expr: !known}}
		}
		d := &policy.Document{Span: sp, Version: "2012-10-17"}
		d.Statements = append(d.Statements, &policy.Statement{Span: sp, Effect: "Allow", EffectSpan: sp,
			Action: str(acts[0]), ActionSpan: sp, Resource: res("/*"), ResourceSpan: bsp})
		if len(acts[1]) > 0 {
			d.Statements = append(d.Statements, &policy.Statement{Span: sp, Effect: "Allow", EffectSpan: sp,
				Action: str(acts[1]), ActionSpan: sp, Resource: res(""), ResourceSpan: bsp})
		}
		b.f.Policies = append(b.f.Policies, d)
	}
}
