package codegen

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
)

// PHPv3 writes a PHP script for the AWS SDK for PHP v3: an S3Client with
// the region (endpoint and use_path_style_endpoint for an S3-compatible
// store), getCommand with the operation's parameters (the same names as
// the S3 API) and createPresignedRequest with the lifetime as a relative
// time ('+900 seconds'); a presigned POST uses PostObjectV4.
func PHPv3(p *Plan) string {
	var b strings.Builder
	w := func(s ...string) {
		for _, x := range s {
			b.WriteString(x)
		}
		b.WriteByte('\n')
	}
	w("<?php")
	w("// Presign ", p.Label(), " with credentials from the default chain")
	w("// (environment, shared config, SSO, container or instance role).")
	sdkNotes(w, p, "// ")
	w("require 'vendor/autoload.php';")
	w()
	w("use Aws\\S3\\S3Client;")
	if p.Kind == "post" {
		w("use Aws\\S3\\PostObjectV4;")
	}
	w()
	if !p.RegionKnown {
		w("// No region in the paste: set your bucket's region.")
	}
	w("$s3 = new S3Client([\n    'version' => 'latest',")
	w("    ", php(model.SetRegion).Code(phpStr(p.Region)), ",")
	if p.Endpoint != "" {
		w("    ", php(model.SetEndpoint).Code(phpStr(p.Endpoint)), ",")
		w("    ", php(model.SetPathStyle).Code(""), ",")
	}
	w("]);")
	if p.Kind == "post" {
		w("$formInputs = [")
		w("    'key' => ", phpStr(example(p.Key, ExampleKey)), ",")
		for _, f := range p.Fields {
			if f.Name != "key" {
				w("    ", phpStr(f.Name), " => ", phpStr(example(f.Value, "VALUE")), ",")
			}
		}
		w("];\n$options = [")
		w("    ['bucket' => ", phpStr(example(p.Bucket, ExampleBucket)), "],")
		w("    ['starts-with', '$key', ''],")
		for _, f := range p.Fields {
			if f.Name != "key" && f.Value.Ident == "" {
				w("    [", phpStr(f.Name), " => ", phpStr(paramStr(f.Value)), "],")
			}
		}
		if len(p.Conditions) > 0 {
			w("    // Carry over the other conditions of your code here.")
		}
		w("];")
		w("$post = new PostObjectV4($s3, ", phpStr(example(p.Bucket, ExampleBucket)), ", $formInputs, $options, '+", itoa(p.ExpiresIn), " seconds');")
		w("print_r($post->getFormAttributes());\nprint_r($post->getFormInputs());")
		return b.String()
	}
	keep, dropped := p.carried()
	w("$cmd = $s3->getCommand(", phpStr(Pascal(p.Operation)), ", [")
	w("    'Bucket' => ", phpStr(example(p.Bucket, ExampleBucket)), ",")
	w("    'Key' => ", phpStr(example(p.Key, ExampleKey)), ",")
	for _, prm := range keep {
		if prm.Value.IsNum {
			w("    ", phpStr(prm.Name), " => ", itoa(prm.Value.Num), ",")
		} else {
			w("    ", phpStr(prm.Name), " => ", phpStr(prm.Value.Str), ",")
		}
	}
	w("]);")
	dropNote(w, dropped, "// ")
	w("$request = $s3->", php(model.SetExpiry).Code("'+"+itoa(p.ExpiresIn)+" seconds'"), ";")
	w("// Send the request's headers with the URL, as the curl line shows.\necho (string) $request->getUri(), PHP_EOL;")
	return b.String()
}
