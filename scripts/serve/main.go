// Command serve is the development static server of `make serve`: it serves
// a folder on 127.0.0.1 (PORT, default 8080) with the right types for wasm,
// JavaScript and CSS, the page's Content-Security-Policy as a header, and
// cache headers that let the browser reuse the compiled wasm.
//
// -cors ORIGINS sends Access-Control-Allow-Origin, for the assets of an
// embed on another origin (README, "Assets on another origin"); -csp sets or
// (-csp none) drops the pages' Content-Security-Policy header, to serve a
// docs site that hosts the element.
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
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// CSP is the hosted page's Content-Security-Policy (contract.md).
const CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:; connect-src 'self'; " +
	"style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors *"

func main() {
	dir := flag.String("dir", "dist/site", "folder to serve")
	addr := flag.String("addr", "", "listen address (default 127.0.0.1:$PORT)")
	csp := flag.String("csp", CSP, "Content-Security-Policy header of the HTML pages; none sends no header")
	cors := flag.String("cors", "", "send Access-Control-Allow-Origin to these origins (comma-separated, or *): a host page on another origin may then load the assets")
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
	opts := Options{CSP: *csp, CORS: *cors}
	if opts.CSP == "none" {
		opts.CSP = ""
	}
	srv := &http.Server{Handler: HandlerWith(*dir, opts), ReadHeaderTimeout: 10 * time.Second}
	log.Fatal(srv.Serve(ln))
}

// Options are the headers a host chooses.
type Options struct {
	// CSP is the HTML pages' Content-Security-Policy header ("" sends none).
	CSP string
	// CORS lists the origins (comma-separated, or "*") sent
	// Access-Control-Allow-Origin; "" sends none.
	CORS string
}

// Handler serves dir with the headers the page needs.
func Handler(dir string) http.Handler {
	return HandlerWith(dir, Options{CSP: CSP})
}

// allowOrigin is the Access-Control-Allow-Origin value for a request from
// origin, or "".
func (o Options) allowOrigin(origin string) string {
	for _, x := range strings.Split(o.CORS, ",") {
		x = strings.TrimSpace(x)
		if x == "*" {
			return "*"
		}
		if x != "" && origin != "" && strings.EqualFold(strings.TrimSuffix(x, "/"), origin) {
			return origin
		}
	}
	return ""
}

// HandlerWith serves dir with the page's headers and the host's options.
func HandlerWith(dir string, o Options) http.Handler {
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
		if o.CSP != "" && (strings.HasSuffix(p, ".html") || strings.HasSuffix(p, "/") || p == "/") {
			h.Set("Content-Security-Policy", o.CSP)
		}
		if o.CORS != "" {
			if allow := o.allowOrigin(r.Header.Get("Origin")); allow != "" {
				h.Set("Access-Control-Allow-Origin", allow)
			}
			if o.CORS != "*" {
				h.Add("Vary", "Origin")
			}
		}
		// Revalidate everything (Last-Modified from the file server); the
		// browser then reuses the cached wasm and its compiled code.
		h.Set("Cache-Control", "no-cache")
		if servePrecompressed(w, r, dir, p) {
			return
		}
		files.ServeHTTP(w, r)
	})
}

// servePrecompressed answers with name+".gz" (written by make build) when the
// client accepts gzip and that file is at least as new as name: what a
// production static host does, and a quarter of the bytes for the wasm.
func servePrecompressed(w http.ResponseWriter, r *http.Request, dir, name string) bool {
	if !acceptsGzip(r.Header.Get("Accept-Encoding")) || strings.HasSuffix(name, "/") {
		return false
	}
	full := filepath.Join(dir, filepath.FromSlash(name))
	orig, err := os.Stat(full)
	if err != nil || orig.IsDir() {
		return false
	}
	f, err := os.Open(full + ".gz")
	if err != nil {
		return false
	}
	defer f.Close()
	gz, err := f.Stat()
	if err != nil || gz.ModTime().Before(orig.ModTime()) {
		return false
	}
	h := w.Header()
	if ct := mime.TypeByExtension(path.Ext(name)); ct != "" {
		h.Set("Content-Type", ct)
	}
	h.Set("Content-Encoding", "gzip")
	h.Add("Vary", "Accept-Encoding")
	http.ServeContent(w, r, name, orig.ModTime(), f)
	return true
}

// acceptsGzip reports whether an Accept-Encoding header allows gzip.
func acceptsGzip(header string) bool {
	for _, part := range strings.Split(header, ",") {
		coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(coding), "gzip") {
			continue
		}
		q, ok := strings.CutPrefix(strings.ReplaceAll(params, " ", ""), "q=")
		if !ok {
			return true
		}
		f, err := strconv.ParseFloat(q, 64)
		return err != nil || f > 0
	}
	return false
}
