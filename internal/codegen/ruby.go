package codegen

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/table"
)

// rbName turns an S3 API member name into the Ruby SDK's: ContentType →
// content_type, ACL → acl, ContentMD5 → content_md5, SSEKMSKeyId →
// ssekms_key_id.
func rbName(name string) string {
	if s := table.Pairs("ACL", "acl", "ContentMD5", "content_md5", "SSEKMSKeyId", "ssekms_key_id")[name]; s != "" {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c >= 'A' && c <= 'Z' && i > 0 && (name[i-1] >= 'a' && name[i-1] <= 'z' || name[i-1] >= '0' && name[i-1] <= '9') {
			b.WriteByte('_')
		}
		b.WriteByte(c)
	}
	return strings.ToLower(b.String())
}

// RubyV3 writes a Ruby script for the AWS SDK for Ruby v3 (aws-sdk-s3): a
// client with the region (endpoint and force_path_style for an
// S3-compatible store), Aws::S3::Presigner#presigned_url with the
// operation's parameters and expires_in; a presigned POST uses
// Aws::S3::Bucket#presigned_post.
func RubyV3(p *Plan) string {
	var b strings.Builder
	w := func(s ...string) {
		for _, x := range s {
			b.WriteString(x)
		}
		b.WriteByte('\n')
	}
	w("# Presign ", p.Label(), " with credentials from the default chain")
	w("# (environment, shared config, SSO, container or instance role).")
	sdkNotes(w, p, "# ")
	w("require 'aws-sdk-s3'")
	w()
	if !p.RegionKnown {
		w("# No region in the paste: set your bucket's region.")
	}
	w("client = Aws::S3::Client.new(")
	if p.Endpoint != "" {
		w("  ", ruby(model.SetRegion).Code(rbStr(p.Region)), ",")
		w("  ", ruby(model.SetEndpoint).Code(rbStr(p.Endpoint)), ",")
		w("  ", ruby(model.SetPathStyle).Code(""))
	} else {
		w("  ", ruby(model.SetRegion).Code(rbStr(p.Region)))
	}
	w(")")
	if p.Kind == "post" {
		w("bucket = Aws::S3::Bucket.new(", rbStr(example(p.Bucket, ExampleBucket)), ", client: client)")
		w("post = bucket.presigned_post(")
		w("  key: ", rbStr(example(p.Key, ExampleKey)), ",")
		for _, f := range p.Fields {
			switch strings.ToLower(f.Name) {
			case "acl":
				w("  acl: ", rbStr(example(f.Value, "private")), ",")
			case "content-type":
				w("  content_type: ", rbStr(example(f.Value, "application/octet-stream")), ",")
			}
		}
		if len(p.Conditions) > 0 || len(p.Fields) > 0 {
			w("  # Carry over the other fields and conditions of your code here.")
		}
		w("  signature_expiration: Time.now + ", itoa(p.ExpiresIn))
		w(")\nputs post.url\nputs post.fields")
		return b.String()
	}
	keep, dropped := p.carried()
	w("signer = Aws::S3::Presigner.new(client: client)\nurl = signer.presigned_url(")
	w("  :", p.Operation, ",")
	w("  bucket: ", rbStr(example(p.Bucket, ExampleBucket)), ",")
	w("  key: ", rbStr(example(p.Key, ExampleKey)), ",")
	for _, prm := range keep {
		if prm.Value.IsNum {
			w("  ", rbName(prm.Name), ": ", itoa(prm.Value.Num), ",")
		} else {
			w("  ", rbName(prm.Name), ": ", rbStr(prm.Value.Str), ",")
		}
	}
	w("  ", ruby(model.SetExpiry).Code(itoa(p.ExpiresIn)))
	w(")")
	dropNote(w, dropped, "# ")
	w("# Send the signed headers with the URL (presigned_request returns them), as the curl line shows.\nputs url")
	return b.String()
}
