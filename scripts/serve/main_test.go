//go:build !(js && wasm)

package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
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
