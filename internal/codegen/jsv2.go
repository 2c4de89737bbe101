package codegen

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
)

// JSv2 writes a CommonJS script for the AWS SDK for JavaScript v2
// (aws-sdk): s3.getSignedUrl with the operation's parameters, whose
// Expires is the URL's lifetime in seconds, and signatureVersion 'v4'
// (v2 presigns SigV2 URLs in some setups without it); a presigned POST
// uses s3.createPresignedPost. v2 is end of support: the JavaScript v3
// program does the same with the current SDK.
func JSv2(p *Plan) string {
	var b strings.Builder
	w := func(s ...string) {
		for _, x := range s {
			b.WriteString(x)
		}
		b.WriteByte('\n')
	}
	w("// Presign ", p.Label(), " with credentials from the default chain")
	w("// (environment, shared config, container or instance role).\n// The AWS SDK for JavaScript v2 has reached end of support: the v3 program does the same.")
	sdkNotes(w, p, "// ")
	w(`const AWS = require("aws-sdk");`)
	w()
	if !p.RegionKnown {
		w("// No region in the paste: set your bucket's region.")
	}
	w("const s3 = new AWS.S3({")
	w("  ", js2(model.SetRegion).Code(jsStr(p.Region)), ",")
	w("  ", js2(model.SetSigV4).Name, `: "v4",`)
	if p.Endpoint != "" {
		w("  ", js2(model.SetEndpoint).Code(jsStr(p.Endpoint)), ",")
		w("  ", js2(model.SetPathStyle).Code(""), ",")
	}
	w("});")
	w()
	if p.Kind == "post" {
		w("const post = s3.createPresignedPost({")
		w("  Bucket: ", jsStr(example(p.Bucket, ExampleBucket)), ",")
		w("  Fields: {")
		w("    key: ", jsStr(example(p.Key, ExampleKey)), ",")
		for _, f := range p.Fields {
			if f.Name != "key" {
				w("    ", jsStr(f.Name), ": ", jsStr(example(f.Value, "VALUE")), ",")
			}
		}
		w("  },")
		if len(p.Conditions) > 0 {
			w("  // Carry over the Conditions of your code here.")
		}
		w("  ", js2(model.SetExpiry).Code(itoa(p.ExpiresIn)), ",")
		w("});\nconsole.log(post.url, post.fields);")
		return b.String()
	}
	keep, dropped := p.carried()
	w("const url = s3.getSignedUrl(", jsStr(lowerFirst(Pascal(p.Operation))), ", {")
	w("  Bucket: ", jsStr(example(p.Bucket, ExampleBucket)), ",")
	w("  Key: ", jsStr(example(p.Key, ExampleKey)), ",")
	for _, prm := range keep {
		w("  ", prm.Name, ": ", jsVal(prm.Value, "VALUE"), ",")
	}
	w("  ", js2(model.SetExpiry).Code(itoa(p.ExpiresIn)), ",")
	w("});")
	dropNote(w, dropped, "// ")
	w("// Send the signed headers with the URL, as the curl line shows.\nconsole.log(url);")
	return b.String()
}
