//go:build js && wasm

package main

import (
	"github.com/hack-pad/safejs"

	"github.com/presign-doctor/presign-doctor/internal/engine"
	"github.com/presign-doctor/presign-doctor/internal/lazyre"
)

// scheduleWarm has JavaScript call warm in a task of its own, after the
// current one: the host posts "ready" from a promise continuation of the
// onPresignDoctorReady call, which must run first. (A goroutine that
// sleeps first is no good: the runtime does not hand control back to
// JavaScript for a short sleep, and "ready" came 300 ms late.)
func scheduleWarm() {
	var f safejs.Func
	f, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		f.Release()
		warm()
		return nil
	})
	if err != nil {
		return
	}
	if _, err := safejs.Global().Call("setTimeout", f.Value(), 0); err != nil {
		f.Release()
	}
}

// warm compiles the patterns left for first use and analyses a small paste
// that goes through every reader, the rules, the signature check, the
// corrected code and the report. The browser compiles a wasm function the
// first time it runs, so a user's first analysis would otherwise pay for
// all of that: a typical paste made a second after ready took 103 ms in
// the worker without this and 24 ms with it (Chromium, 2 cores). An
// analysis asked for meanwhile waits for it.
func warm() {
	lazyre.CompileAll()
	engine.AnalyzeJSON(warmRequest)
}

// warmRequest uses AWS's documented example credentials only.
const warmRequest = `{"input": "import boto3\ns3 = boto3.client('s3', region_name='us-east-1')\nurl = s3.generate_presigned_url('put_object', Params={'Bucket': 'examplebucket', 'Key': 'a b.txt', 'ContentType': 'text/plain'}, ExpiresIn=3600)\n\n` +
	`https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404\n\n` +
	`<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided.</Message><AWSAccessKeyId>AKIAIOSFODNN7EXAMPLE</AWSAccessKeyId><StringToSign>AWS4-HMAC-SHA256\n20130524T000000Z\n20130524/us-east-1/s3/aws4_request\n3bfa292879f6447bbcda7001decf97f4a54dc650c8942174ae0a9121cf58ad04</StringToSign><CanonicalRequest>GET\n/test.txt\nX-Amz-Algorithm=AWS4-HMAC-SHA256\nhost:examplebucket.s3.amazonaws.com\n\nhost\nUNSIGNED-PAYLOAD</CanonicalRequest></Error>\n\n` +
	`aws s3 presign s3://examplebucket/test.txt --expires-in 700000 --region us-west-2\n\n` +
	`curl -X PUT -H 'Content-Type: image/png' --upload-file a.png 'https://examplebucket.s3.amazonaws.com/a.png?X-Amz-Signature=abc'\n\n` +
	`{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Deny\", \"Principal\": \"*\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::examplebucket/*\", \"Condition\": {\"NumericLessThan\": {\"s3:signatureAge\": 600000}}}]}\n", ` +
	`"secretAccessKey": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "now": "2013-05-24T01:00:00Z"}`
