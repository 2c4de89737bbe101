// Command serve is the development static server of `make serve`: it serves
// a folder on 127.0.0.1 (PORT, default 8080) with the right types for wasm,
// JavaScript and CSS, the page's Content-Security-Policy as a header, and
// cache headers that let the browser reuse the compiled wasm.
package main

import (
	"flag"
	"fmt"
	"log"
	"mime"
	"net"
	"net/http"
	"os"
	"path"
	"strings"
	"time"
)

// CSP is the hosted page's Content-Security-Policy (contract.md).
const CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:; connect-src 'self'; " +
	"style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors *"

func main() {
	dir := flag.String("dir", "dist/site", "folder to serve")
	addr := flag.String("addr", "", "listen address (default 127.0.0.1:$PORT)")
	flag.Parse()
	if *addr == "" {
		port := os.Getenv("PORT")
		if port == "" {
			port = "8080"
		}
		*addr = "127.0.0.1:" + port
	}
	if st, err := os.Stat(*dir); err != nil || !st.IsDir() {
		log.Fatalf("serve: %s is not a folder; run `make build` first", *dir)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatalf("serve: %v", err)
	}
	fmt.Printf("Presign Doctor on http://%s/ (serving %s; Ctrl-C stops)\n", ln.Addr(), *dir)
	srv := &http.Server{Handler: Handler(*dir), ReadHeaderTimeout: 10 * time.Second}
	log.Fatal(srv.Serve(ln))
}

// Handler serves dir with the headers the page needs.
func Handler(dir string) http.Handler {
	_ = mime.AddExtensionType(".wasm", "application/wasm")
	_ = mime.AddExtensionType(".js", "text/javascript; charset=utf-8")
	_ = mime.AddExtensionType(".mjs", "text/javascript; charset=utf-8")
	_ = mime.AddExtensionType(".css", "text/css; charset=utf-8")
	files := http.FileServer(http.Dir(dir))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		p := path.Clean(r.URL.Path)
		if strings.HasSuffix(p, ".html") || strings.HasSuffix(p, "/") || p == "/" {
			h.Set("Content-Security-Policy", CSP)
		}
		// Revalidate everything (Last-Modified from the file server); the
		// browser then reuses the cached wasm and its compiled code.
		h.Set("Cache-Control", "no-cache")
		files.ServeHTTP(w, r)
	})
}
