// Command bundle builds dist/presign-doctor.html: the site of dist/site in
// one self-contained file that works from file:// with the network off. The
// wasm is gzip-compressed and base64-encoded in a data block (the page
// inflates it with DecompressionStream); wasm_exec.js and worker.js are inline
// scripts that also become the source of a blob Worker; the CSS and the page
// scripts are inlined; a Content-Security-Policy meta tag allows exactly these
// inline scripts and styles by hash and no connection at all.
package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/base64"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

func main() {
	site := flag.String("site", "dist/site", "built site folder")
	out := flag.String("o", "dist/presign-doctor.html", "output file")
	flag.Parse()
	page, err := Bundle(func(name string) ([]byte, error) { return os.ReadFile(filepath.Join(*site, name)) })
	if err != nil {
		log.Fatalf("bundle: %v", err)
	}
	if err := os.WriteFile(*out, page, 0o644); err != nil {
		log.Fatalf("bundle: %v", err)
	}
	fmt.Printf("%s: %d bytes (%.2f MB)\n", *out, len(page), float64(len(page))/1e6)
}

var (
	cspMeta    = regexp.MustCompile(`<meta http-equiv="Content-Security-Policy"[^>]*>`)
	styleLink  = regexp.MustCompile(`<link rel="stylesheet" href="([^"]+)">`)
	scriptTag  = regexp.MustCompile(`<script src="([^"]+)"([^>]*)></script>`)
	closingTag = regexp.MustCompile(`(?i)</(script|style)`)
)

// Bundle returns the one-file page built from the site's files.
func Bundle(read func(string) ([]byte, error)) ([]byte, error) {
	index, err := read("index.html")
	if err != nil {
		return nil, err
	}
	html := string(index)
	var scriptHashes, styleHashes []string
	var failed error
	inline := func(kind, name string) string {
		b, err := read(name)
		if err != nil {
			failed = err
			return ""
		}
		if closingTag.Match(b) {
			failed = fmt.Errorf("%s contains a closing </%s> and cannot be inlined", name, kind)
			return ""
		}
		return string(b)
	}
	html = styleLink.ReplaceAllStringFunc(html, func(tag string) string {
		css := inline("style", styleLink.FindStringSubmatch(tag)[1])
		styleHashes = append(styleHashes, hash(css))
		return "<style>" + css + "</style>"
	})
	// The engine first: wasm_exec.js and worker.js run in the page too (the
	// fallback when a blob worker is refused) and are the blob worker's source.
	wasm, err := read("presign-doctor.wasm")
	if err != nil {
		return nil, err
	}
	var engine strings.Builder
	exec := inline("script", "wasm_exec.js")
	// The site's worker.js starts with wasm_exec.js (Makefile): inline it once.
	worker := strings.TrimPrefix(inline("script", "worker.js"), exec)
	for _, f := range []struct{ id, js string }{{"pd-wasm-exec", exec}, {"pd-worker", worker}} {
		scriptHashes = append(scriptHashes, hash(f.js))
		fmt.Fprintf(&engine, "<script id=%q>%s</script>\n", f.id, f.js)
	}
	// The editor for big pastes (web/app-editor.js) as a data block: the
	// page runs it as an inline script only for a big paste, which the CSP
	// allows by the hash of its text.
	editor := inline("script", "editor.js")
	scriptHashes = append(scriptHashes, hash(editor))
	fmt.Fprintf(&engine, "<script id=\"pd-editor\" type=\"text/plain\">%s</script>\n", editor)
	z, err := gzipBytes(wasm)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(&engine, "<script id=\"pd-wasm\" type=\"application/octet-stream\" data-encoding=\"gzip+base64\" data-size=\"%d\">%s</script>\n",
		len(wasm), base64.StdEncoding.EncodeToString(z))
	first := true
	html = scriptTag.ReplaceAllStringFunc(html, func(tag string) string {
		m := scriptTag.FindStringSubmatch(tag)
		js := inline("script", m[1])
		scriptHashes = append(scriptHashes, hash(js))
		s := "<script" + m[2] + ">" + js + "</script>"
		if first {
			first = false
			s = engine.String() + s
		}
		return s
	})
	if failed != nil {
		return nil, failed
	}
	if first {
		return nil, fmt.Errorf("index.html has no <script src> to put the engine before")
	}
	csp := "default-src 'none'; script-src 'wasm-unsafe-eval' " + strings.Join(scriptHashes, " ") +
		"; worker-src blob:; connect-src 'none'; style-src " + strings.Join(styleHashes, " ") +
		"; img-src data:; frame-src 'none'; base-uri 'none'; form-action 'none'"
	if !cspMeta.MatchString(html) {
		return nil, fmt.Errorf("index.html has no Content-Security-Policy meta tag to replace")
	}
	html = cspMeta.ReplaceAllLiteralString(html, `<meta http-equiv="Content-Security-Policy" content="`+csp+`">`)
	return []byte(html), nil
}

func hash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

func gzipBytes(b []byte) ([]byte, error) {
	var buf bytes.Buffer
	w, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(b); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
