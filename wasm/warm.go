//go:build js && wasm

package main

import (
	"strings"

	"github.com/hack-pad/safejs"

	"github.com/presign-doctor/presign-doctor/internal/engine"
	"github.com/presign-doctor/presign-doctor/internal/lazyre"
)

// scheduleWarm has JavaScript run the warm-up's steps, each in a task of
// its own: the first after the current one (the host posts "ready" from a
// promise continuation of the onPresignDoctorReady call, which must run
// first), each next one after whatever the host was asked meanwhile. A
// paste made during the warm-up is analysed after the step running, not
// after the whole warm-up (about 400 ms on a cold engine, Chromium on 2
// cores). (A goroutine that sleeps first is no good: the runtime does not
// hand control back to JavaScript for a short sleep, and "ready" came 300
// ms late.) When the last step is done, globalThis.onPresignDoctorWarm is
// called if it is a function.
func scheduleWarm() {
	steps := warmSteps()
	var f safejs.Func
	next := func() bool {
		_, err := safejs.Global().Call("setTimeout", f.Value(), 0)
		return err == nil
	}
	f, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		if len(steps) > 0 {
			steps[0]()
			steps = steps[1:]
		}
		if len(steps) > 0 && next() {
			return nil
		}
		f.Release()
		if done, err := safejs.Global().Get("onPresignDoctorWarm"); err == nil && done.Type() == safejs.TypeFunction {
			_, _ = done.Invoke()
		}
		return nil
	})
	if err != nil {
		return
	}
	if !next() {
		f.Release()
	}
}

// warmSteps are the warm-up: the patterns left for first use, a few at a
// time, then each part of a small paste alone (a reader each), then the
// whole paste, which goes through every reader, the rules, the signature
// check, the corrected code and the report. The browser compiles a wasm
// function the first time it runs, so a user's first analysis would
// otherwise pay for all of that: a typical paste made a second after ready
// took 103 ms in the worker without a warm-up and 24 ms with it (Chromium,
// 2 cores).
func warmSteps() []func() {
	var steps []func()
	for n := lazyre.CompileSome(0); n > 0; n -= warmPatternsAStep {
		steps = append(steps, func() { lazyre.CompileSome(warmPatternsAStep) })
	}
	for _, part := range warmParts() {
		steps = append(steps, func() { engine.AnalyzeJSON(part) })
	}
	return append(steps, func() { engine.AnalyzeJSON(warmRequest) })
}

// warmPatternsAStep patterns are compiled in a step of the warm-up.
const warmPatternsAStep = 6

// warmParts are the requests of the warm-up paste's parts, one each.
func warmParts() []string {
	out := make([]string, len(warmInputs))
	for i, in := range warmInputs {
		out[i] = `{"input": "` + in + `", "now": "` + warmNow + `"}`
	}
	return out
}

// The warm-up paste's parts, JSON-escaped (a reader each: Python, a URL,
// S3's error, an aws command, curl, a policy). They use AWS's documented
// example credentials only.
var warmInputs = []string{
	`import boto3\ns3 = boto3.client('s3', region_name='us-east-1')\nurl = s3.generate_presigned_url('put_object', Params={'Bucket': 'examplebucket', 'Key': 'a b.txt', 'ContentType': 'text/plain'}, ExpiresIn=3600)`,
	`https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404`,
	`<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided.</Message><AWSAccessKeyId>AKIAIOSFODNN7EXAMPLE</AWSAccessKeyId><StringToSign>AWS4-HMAC-SHA256\n20130524T000000Z\n20130524/us-east-1/s3/aws4_request\n3bfa292879f6447bbcda7001decf97f4a54dc650c8942174ae0a9121cf58ad04</StringToSign><CanonicalRequest>GET\n/test.txt\nX-Amz-Algorithm=AWS4-HMAC-SHA256\nhost:examplebucket.s3.amazonaws.com\n\nhost\nUNSIGNED-PAYLOAD</CanonicalRequest></Error>`,
	`aws s3 presign s3://examplebucket/test.txt --expires-in 700000 --region us-west-2`,
	`curl -X PUT -H 'Content-Type: image/png' --upload-file a.png 'https://examplebucket.s3.amazonaws.com/a.png?X-Amz-Signature=abc'`,
	`{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Deny\", \"Principal\": \"*\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::examplebucket/*\", \"Condition\": {\"NumericLessThan\": {\"s3:signatureAge\": 600000}}}]}`,
}

const warmNow = "2013-05-24T01:00:00Z"

// warmRequest is the whole warm-up paste, with a secret key for the
// signature check (AWS's documented example).
var warmRequest = `{"input": "` + strings.Join(warmInputs, `\n\n`) + `\n", "secretAccessKey": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "now": "` + warmNow + `"}`
