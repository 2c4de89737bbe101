package main

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"io"
	"os"
	"regexp"
	"strings"
	"testing"
)

func fakeSite(files map[string]string) func(string) ([]byte, error) {
	return func(name string) ([]byte, error) {
		s, ok := files[name]
		if !ok {
			return nil, os.ErrNotExist
		}
		return []byte(s), nil
	}
}

var site = map[string]string{
	"index.html": `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; connect-src 'self'">` +
		`<link rel="stylesheet" href="styles.css"></head><body><script src="client.js"></script><script src="app.js"></script></body></html>`,
	"styles.css":          "body{color:red}",
	"client.js":           "var client=1;",
	"app.js":              "var app=2;",
	"wasm_exec.js":        "var Go=function(){};",
	"worker.js":           "var worker=3;",
	"editor.js":           "var editor=4;",
	"presign-doctor.wasm": "\x00asm\x01\x00\x00\x00 wasm bytes",
}

func TestBundleInlinesEverythingWithHashedCSP(t *testing.T) {
	out, err := Bundle(fakeSite(site))
	if err != nil {
		t.Fatal(err)
	}
	html := string(out)
	if strings.Contains(html, `src="`) || strings.Contains(html, `<link`) {
		t.Errorf("external reference left:\n%s", html)
	}
	csp := regexp.MustCompile(`content="(default-src[^"]+)"`).FindStringSubmatch(html)
	if csp == nil {
		t.Fatal("no CSP meta")
	}
	for _, want := range []string{"connect-src 'none'", "'wasm-unsafe-eval'", "worker-src blob:", hash("var client=1;"), hash("var app=2;"),
		hash("var Go=function(){};"), hash("var worker=3;"), hash("var editor=4;"), hash("body{color:red}")} {
		if !strings.Contains(csp[1], want) {
			t.Errorf("CSP lacks %s: %s", want, csp[1])
		}
	}
	if strings.Contains(csp[1], "unsafe-inline") || strings.Contains(csp[1], "connect-src 'self'") {
		t.Errorf("CSP too loose: %s", csp[1])
	}
	// The engine scripts come before the page scripts, the wasm round-trips.
	if !(strings.Index(html, `id="pd-wasm-exec"`) < strings.Index(html, "var client=1;")) {
		t.Error("engine scripts are not first")
	}
	// The editor is a data block the page runs only for a big paste.
	if !strings.Contains(html, `<script id="pd-editor" type="text/plain">var editor=4;</script>`) {
		t.Error("no editor data block")
	}
	m := regexp.MustCompile(`<script id="pd-wasm"[^>]*>([^<]+)</script>`).FindStringSubmatch(html)
	if m == nil {
		t.Fatal("no wasm data block")
	}
	z, err := base64.StdEncoding.DecodeString(m[1])
	if err != nil {
		t.Fatal(err)
	}
	r, err := gzip.NewReader(bytes.NewReader(z))
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(r)
	if string(got) != site["presign-doctor.wasm"] {
		t.Errorf("wasm does not round-trip: %q", got)
	}
}

func TestBundleRefusesClosingScriptTag(t *testing.T) {
	bad := map[string]string{}
	for k, v := range site {
		bad[k] = v
	}
	bad["app.js"] = `var s = "</script><script>alert(1)";`
	if _, err := Bundle(fakeSite(bad)); err == nil || !strings.Contains(err.Error(), "app.js") {
		t.Errorf("want an error naming app.js, got %v", err)
	}
}
