//go:build !(js && wasm)

package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestHandlerTypes(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{"index.html": "<!doctype html>", "presign-doctor.wasm": "\x00asm", "app.js": "1", "styles.css": "a{}"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	srv := httptest.NewServer(Handler(dir))
	defer srv.Close()
	for path, want := range map[string]string{"/presign-doctor.wasm": "application/wasm", "/app.js": "text/javascript; charset=utf-8", "/styles.css": "text/css; charset=utf-8", "/": "text/html; charset=utf-8"} {
		res, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if got := res.Header.Get("Content-Type"); got != want {
			t.Errorf("%s: Content-Type %q, want %q", path, got, want)
		}
		if path == "/" && res.Header.Get("Content-Security-Policy") != CSP {
			t.Errorf("index has no CSP header")
		}
	}
	res, err := http.Post(srv.URL+"/", "text/plain", nil)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST answered %d", res.StatusCode)
	}
}

func TestHandlerPrecompressed(t *testing.T) {
	dir := t.TempDir()
	wasm := filepath.Join(dir, "presign-doctor.wasm")
	if err := os.WriteFile(wasm, []byte("\x00asm plain"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(wasm+".gz", []byte("gzipped bytes"), 0o644); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(Handler(dir))
	defer srv.Close()
	client := &http.Client{Transport: &http.Transport{DisableCompression: true}}
	get := func(accept string) (*http.Response, string) {
		req, _ := http.NewRequest("GET", srv.URL+"/presign-doctor.wasm", nil)
		if accept != "" {
			req.Header.Set("Accept-Encoding", accept)
		}
		res, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res, string(b)
	}
	res, body := get("gzip, deflate, br")
	if body != "gzipped bytes" || res.Header.Get("Content-Encoding") != "gzip" || res.Header.Get("Content-Type") != "application/wasm" ||
		res.Header.Get("Vary") != "Accept-Encoding" {
		t.Errorf("gzip accepted: body %q, headers %v", body, res.Header)
	}
	for _, accept := range []string{"", "br", "gzip;q=0", "identity"} {
		res, body = get(accept)
		if body != "\x00asm plain" || res.Header.Get("Content-Encoding") != "" {
			t.Errorf("Accept-Encoding %q: body %q, Content-Encoding %q", accept, body, res.Header.Get("Content-Encoding"))
		}
	}
	// A .gz older than the file it stands for is stale and never sent.
	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(wasm+".gz", old, old); err != nil {
		t.Fatal(err)
	}
	if res, body = get("gzip"); body != "\x00asm plain" {
		t.Errorf("stale .gz sent: %q %v", body, res.Header)
	}
}

func TestHandlerCORSAndCSPOptions(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{"index.html": "<!doctype html>", "presign-doctor.wasm": "\x00asm"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	get := func(h http.Handler, path, origin string) *http.Response {
		srv := httptest.NewServer(h)
		defer srv.Close()
		req, _ := http.NewRequest("GET", srv.URL+path, nil)
		if origin != "" {
			req.Header.Set("Origin", origin)
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res
	}
	if got := get(Handler(dir), "/presign-doctor.wasm", "http://127.0.0.1:1").Header.Get("Access-Control-Allow-Origin"); got != "" {
		t.Errorf("default sends Access-Control-Allow-Origin %q", got)
	}
	listed := HandlerWith(dir, Options{CSP: CSP, CORS: "http://127.0.0.1:1, http://docs.example"})
	if got := get(listed, "/presign-doctor.wasm", "http://docs.example").Header.Get("Access-Control-Allow-Origin"); got != "http://docs.example" {
		t.Errorf("listed origin: Access-Control-Allow-Origin %q", got)
	}
	if got := get(listed, "/presign-doctor.wasm", "http://other.example").Header.Get("Access-Control-Allow-Origin"); got != "" {
		t.Errorf("unlisted origin: Access-Control-Allow-Origin %q", got)
	}
	if got := get(HandlerWith(dir, Options{CORS: "*"}), "/presign-doctor.wasm", "http://x.example").Header.Get("Access-Control-Allow-Origin"); got != "*" {
		t.Errorf("*: Access-Control-Allow-Origin %q", got)
	}
	if got := get(HandlerWith(dir, Options{}), "/", "").Header.Get("Content-Security-Policy"); got != "" {
		t.Errorf("no CSP asked, got %q", got)
	}
}
