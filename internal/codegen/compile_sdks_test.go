//go:build !js && !wasip1

// These tests start other programs (compilers, the real SDKs), which a
// js/wasm or wasip1 test binary cannot: they are built natively only.

package codegen

import (
	"path/filepath"
	"testing"
)

// The emitted Java, C#, PHP, Ruby and JavaScript v2 pass their language's
// own checker (scripts/ensure-checkers.sh installs them from Debian). The
// Java and .NET SDKs are not in Debian's packages: javac and mcs compile
// the programs against stubs (testdata/stubs, read by the engine's paste
// tests too) that declare the SDK members the emitters use, with the
// signatures of the SDKs' sources and API references (aws-sdk-java-v2
// DefaultS3Presigner, S3Presigner and the S3 model builders; AWSSDK.S3's
// GetPreSignedUrlRequest, AmazonS3Config, AWSConfigsS3), so a misspelt
// member, a wrong type or a syntax error fails here.

// TestCheckers runs each language's checker (the Checkers table) on the
// programs generated for every case.
func TestCheckers(t *testing.T) {
	stubs, _ := filepath.Abs(filepath.Join("testdata", "stubs"))
	gen := generated(t)
	for _, c := range Checkers {
		t.Run(c.Tool, func(t *testing.T) {
			heavy(t, c.Tool)
			progs := map[string]string{}
			for name, p := range gen {
				progs[name] = p[c.Key]
			}
			dir := t.TempDir()
			for _, args := range c.Commands(dir, stubs, progs) {
				run(t, dir, args[0], args[1:]...)
			}
		})
	}
}
