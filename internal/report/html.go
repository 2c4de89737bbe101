package report

import (
	"bytes"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/util"
)

// md is goldmark in its default, safe configuration: raw HTML in the
// Markdown is dropped and dangerous link destinations are not rendered.
// It is built on first use, not while the wasm starts.
var md = sync.OnceValue(func() goldmark.Markdown { return goldmark.New() })

// CSP is the Content-Security-Policy of the HTML report: no script, no
// network, only the inline style sheet.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'"

// HTML renders the Markdown report to a self-contained HTML document:
// inline CSS, no external reference, a CSP meta element.
func HTML(markdown string) string {
	var body bytes.Buffer
	if err := md().Convert([]byte(markdown), &body); err != nil {
		body.Reset()
		body.WriteString("<pre>" + string(util.EscapeHTML([]byte(markdown))) + "</pre>\n")
	}
	return head + body.String() + tail
}

const head = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="` + CSP + `">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Presign Doctor report</title>
<style>
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1f24; background: #fff; margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
h1, h2, h3 { line-height: 1.25; }
h2 { border-bottom: 1px solid #d0d7de; padding-bottom: .25rem; margin-top: 2rem; }
pre { background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 6px; padding: .75rem; overflow-x: auto; white-space: pre; }
code { font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
p code, li code { background: #f6f8fa; padding: .1rem .3rem; border-radius: 4px; overflow-wrap: anywhere; }
@media (prefers-color-scheme: dark) {
  body { color: #e6edf3; background: #0d1117; }
  pre, p code, li code { background: #161b22; border-color: #30363d; }
  h2 { border-color: #30363d; }
}
</style>
</head>
<body>
<main>
`

const tail = `</main>
</body>
</html>
`
