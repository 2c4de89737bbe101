package codegen

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
)

// jsVal writes a value as a JavaScript expression (identifiers of the
// user's Python become example strings).
func jsVal(v Value, example string) string {
	switch {
	case v.IsNum:
		return itoa(v.Num)
	case v.Ident != "":
		return jsStr(example)
	}
	return jsStr(v.Str)
}

// JSv3 writes an ES module for the AWS SDK for JavaScript v3:
// @aws-sdk/client-s3 with getSignedUrl from @aws-sdk/s3-request-presigner
// (createPresignedPost from @aws-sdk/s3-presigned-post for a POST).
func JSv3(p *Plan) string {
	var b strings.Builder
	w := func(s ...string) {
		for _, x := range s {
			b.WriteString(x)
		}
		b.WriteByte('\n')
	}
	cmd := Pascal(p.Operation) + "Command"
	w("// Presign ", p.Label(), " with credentials from the default chain.")
	for _, n := range p.Notes {
		w("// Note: ", n, ".")
	}
	if p.Kind == "post" {
		w(`import { S3Client } from "@aws-sdk/client-s3";`)
		w(`import { createPresignedPost } from "@aws-sdk/s3-presigned-post";`)
	} else {
		w(`import { S3Client, `, cmd, ` } from "@aws-sdk/client-s3";`)
		w(`import { getSignedUrl } from "@aws-sdk/s3-request-presigner";`)
	}
	if p.STS != nil {
		w(`import { fromTemporaryCredentials } from "@aws-sdk/credential-providers";`)
	}
	w()
	w("const client = new S3Client({")
	w("  ", js3(model.SetRegion).Code(jsStr(p.Region)), ",", regionComment(p, " // "))
	if p.Endpoint != "" {
		w("  ", js3(model.SetEndpoint).Code(jsStr(p.Endpoint)), ",")
		w("  ", js3(model.SetPathStyle).Code(""), ",")
	}
	w("  // No default integrity checksums in the URL (a checksum of an empty body, checksum mode):")
	w("  // S3-compatible stores reject them.")
	w(`  requestChecksumCalculation: "WHEN_REQUIRED",`)
	w(`  responseChecksumValidation: "WHEN_REQUIRED",`)
	if p.STS != nil {
		arn := p.STS.RoleARN.Str
		if p.STS.RoleARN.Ident != "" {
			arn = ExampleRoleARN
		}
		w("  // Assume the role (with credentials from the default chain) for at least as long as the URL lives.")
		w("  credentials: fromTemporaryCredentials({")
		w("    params: {")
		w("      RoleArn: ", jsStr(arn), ",")
		w(`      RoleSessionName: "presign",`)
		w("      DurationSeconds: ", itoa(p.STS.Duration), ",")
		w("    },")
		if p.STS.Endpoint != "" {
			w("    clientConfig: { ", js3(model.SetRegion).Code(jsStr(p.Region)), ", ", js3(model.SetEndpoint).Code(jsStr(p.STS.Endpoint)), " },")
		} else {
			w("    clientConfig: { ", js3(model.SetRegion).Code(jsStr(p.Region)), " },")
		}
		w("  }),")
	} else {
		w("  // Credentials come from the default chain: environment, shared config, SSO, container or instance role.")
	}
	w("});")
	w()
	if p.Kind == "post" {
		w("const { url, fields } = await createPresignedPost(client, {")
		w("  Bucket: ", jsVal(p.Bucket, ExampleBucket), ",")
		w("  Key: ", jsVal(p.Key, ExampleKey), ",")
		if len(p.Fields) > 0 {
			w("  Fields: {")
			for _, f := range p.Fields {
				w("    ", jsStr(f.Name), ": ", jsVal(f.Value, "VALUE"), ",")
			}
			w("  },")
		}
		if len(p.Conditions) > 0 {
			w("  // Carry over the Conditions of your Python code here.")
		}
		w("  Expires: ", itoa(p.ExpiresIn), ",")
		w("});")
		w("console.log(url, fields);")
		return b.String()
	}
	w("const url = await getSignedUrl(")
	w("  client,")
	w("  new ", cmd, "({")
	w("    Bucket: ", jsVal(p.Bucket, ExampleBucket), ",")
	w("    Key: ", jsVal(p.Key, ExampleKey), ",")
	for _, prm := range p.Params {
		w("    ", prm.Name, ": ", jsVal(prm.Value, "VALUE"), ",")
	}
	w("  }),")
	w("  ", js3(model.SetExpiry).Code(itoa(p.ExpiresIn)), ",")
	w(");")
	w("console.log(url);")
	return b.String()
}
