//go:build js && wasm

// Command baseline is the floor every build of Presign Doctor pays: a wasm
// that links only the three required packages (the SDK's SigV4 signer,
// safejs and goldmark) behind the same JS API, answering a canned result.
// `make bench` measures it beside the real site so timings are ratios.
package main

import (
	"bytes"
	"context"
	"net/http"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	v4 "github.com/aws/aws-sdk-go-v2/aws/signer/v4"
	"github.com/hack-pad/safejs"
	"github.com/yuin/goldmark"
)

const canned = `{"version":"0.0.0-baseline","error":"","inputs":[{"kind":"presigned-url","start":0,"end":1}],"redacted":"","redactions":[],` +
	`"findings":[{"rule":"expires_too_long","severity":"error","title":"canned","message":"canned","start":0,"end":1,"fixes":[]}],` +
	`"code":{"python":"","cli":"","javascript":"","go":""},"diff":"","sigv4":{"signatureCheck":"not-checked"},"report":{"markdown":"","html":""}}`

// use keeps the signer and goldmark linked: the baseline must pay for them
// like the real build does.
func use(input string) string {
	req, _ := http.NewRequest(http.MethodGet, "https://b.s3.amazonaws.com/"+input, nil)
	u, _, _ := v4.NewSigner().PresignHTTP(context.Background(), aws.Credentials{AccessKeyID: "A", SecretAccessKey: "S"}, req,
		"UNSIGNED-PAYLOAD", "s3", "us-east-1", time.Unix(0, 0))
	var buf bytes.Buffer
	_ = goldmark.Convert([]byte(u), &buf)
	return buf.String()
}

func main() {
	fn, _ := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		if len(args) == 1 {
			if s, err := args[0].String(); err == nil && strings.Contains(s, "\x00baseline-link") {
				return use(s)
			}
		}
		return canned
	})
	api, _ := safejs.ValueOf(map[string]any{"version": "0.0.0-baseline"})
	_ = api.Set("analyze", fn)
	g := safejs.Global()
	_ = g.Set("presignDoctor", api)
	if ready, err := g.Get("onPresignDoctorReady"); err == nil && ready.Type() == safejs.TypeFunction {
		_, _ = ready.Invoke()
	}
	select {}
}
