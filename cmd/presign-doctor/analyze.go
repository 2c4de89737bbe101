//go:build !js

package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf16"

	"github.com/presign-doctor/presign-doctor/internal/engine"
	"github.com/presign-doctor/presign-doctor/internal/rules/all"
)

func engineVersion() string { return engine.Version }

// request is the contract's request, as the page sends it.
type request struct {
	Input           string `json:"input"`
	Now             string `json:"now,omitempty"`
	SecretAccessKey string `json:"secretAccessKey,omitempty"`
	Options         struct {
		RedactBucketNames bool `json:"redactBucketNames,omitempty"`
	} `json:"options"`
}

func runAnalyze(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output: text, json (the contract's response, as the wasm returns it) or markdown (the page's report)")
	now := fs.String("now", "", "the analysis clock, RFC 3339 (default: now)")
	secretEnv := fs.String("secret-from-env", "", "name of an environment variable holding the secret access key, to check the signature (never a flag value: it would land in shell history)")
	redactBuckets := fs.Bool("redact-bucket-names", false, "also replace bucket names and object keys")
	isRequest := fs.Bool("request", false, "FILE is a request JSON of the contract ({\"input\": ..., \"now\": ...}), not the paste itself")
	failOn := fs.String("fail-on", "never", "exit 1 when a finding is at or above: error, warning, info or never")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: presign-doctor analyze [flags] [FILE|-]\n\nAnalyses one paste as the page would (FILE, or standard input when absent or -).\n\nflags:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return exitOK
		}
		return exitUsage
	}
	if *format != "text" && *format != "json" && *format != "markdown" {
		fmt.Fprintf(stderr, "presign-doctor analyze: --format %q: want text, json or markdown\n", *format)
		return exitUsage
	}
	fail, ok := failLevel(*failOn)
	if !ok {
		fmt.Fprintf(stderr, "presign-doctor analyze: --fail-on %q: want error, warning, info or never\n", *failOn)
		return exitUsage
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(stderr, "presign-doctor analyze: one paste at a time (use scan for many files)")
		return exitUsage
	}
	name := "-"
	if fs.NArg() == 1 {
		name = fs.Arg(0)
	}
	var body []byte
	var err error
	if name == "-" {
		body, err = io.ReadAll(stdin)
	} else {
		body, err = os.ReadFile(name)
	}
	if err != nil {
		fmt.Fprintf(stderr, "presign-doctor analyze: %v\n", err)
		return exitInput
	}

	var reqJSON string
	if *isRequest {
		if *now != "" || *secretEnv != "" || *redactBuckets {
			fmt.Fprintln(stderr, "presign-doctor analyze: with --request, the request file says now, the secret and the options")
			return exitUsage
		}
		reqJSON = string(body)
	} else {
		req := request{Input: string(body), Now: *now}
		req.Options.RedactBucketNames = *redactBuckets
		if *secretEnv != "" {
			v, ok := os.LookupEnv(*secretEnv)
			if !ok || v == "" {
				fmt.Fprintf(stderr, "presign-doctor analyze: --secret-from-env %s: the variable is not set\n", *secretEnv)
				return exitUsage
			}
			req.SecretAccessKey = v
		}
		b, err := json.Marshal(req)
		if err != nil {
			fmt.Fprintf(stderr, "presign-doctor analyze: %v\n", err)
			return exitInput
		}
		reqJSON = string(b)
	}

	out := engine.AnalyzeJSON(reqJSON)
	var resp engine.Response
	if err := json.Unmarshal([]byte(out), &resp); err != nil {
		fmt.Fprintf(stderr, "presign-doctor analyze: the engine's response is not JSON: %v\n", err)
		return exitInput
	}
	code := exitOK
	if resp.Error != "" {
		code = exitInput
		if isRequestError(resp.Error) {
			code = exitUsage
		}
	} else {
		for _, f := range resp.Findings {
			if severityRank(f.Severity) >= fail {
				code = exitFindings
			}
		}
	}
	switch *format {
	case "json":
		// The response exactly as the wasm returns it, and a newline.
		fmt.Fprintln(stdout, out)
		if resp.Error != "" {
			fmt.Fprintln(stderr, "presign-doctor analyze: "+resp.Error)
		}
		return code
	case "markdown":
		if resp.Error != "" {
			fmt.Fprintln(stderr, "presign-doctor analyze: "+resp.Error)
			return code
		}
		fmt.Fprint(stdout, resp.Report.Markdown)
		if !strings.HasSuffix(resp.Report.Markdown, "\n") {
			fmt.Fprintln(stdout)
		}
		return code
	}
	if resp.Error != "" {
		fmt.Fprintln(stderr, "presign-doctor analyze: "+resp.Error)
		return code
	}
	writeAnalyzeText(stdout, name, &resp)
	return code
}

// isRequestError tells the engine's errors about the request itself (the
// caller's mistake, exit 2) from those about the paste (exit 3).
func isRequestError(msg string) bool {
	return strings.HasPrefix(msg, "request") || strings.HasPrefix(msg, "now: ")
}

// writeAnalyzeText prints the verdict, then each finding with its place in
// the redacted paste, its message and the rule's fix.
func writeAnalyzeText(w io.Writer, name string, r *engine.Response) {
	if name == "-" {
		name = "<stdin>"
	}
	cat := all.Catalog()
	if v := r.Verdict; v != nil {
		fmt.Fprintf(w, "verdict (%s, %s): %s\n  fix: %s\n\n", v.Rule, v.Confidence, v.Summary, v.Fix)
	}
	if len(r.Findings) == 0 {
		fmt.Fprintf(w, "%s: no findings (%d part(s) read, %d secret(s) redacted)\n", name, len(r.Inputs), len(r.Redactions))
		return
	}
	lines := newLineIndex(r.Redacted)
	for _, f := range r.Findings {
		start := utf16ToByte(r.Redacted, f.Start)
		line, col := lines.pos(start)
		fmt.Fprintf(w, "%s:%d:%d: %s %s: %s\n", name, line, col, f.Severity, f.Rule, f.Title)
		fmt.Fprintf(w, "  %s\n", f.Message)
		if snip := lines.text(line); strings.TrimSpace(snip) != "" {
			fmt.Fprintf(w, "  | %s\n", snip)
		}
		if rule := cat.Lookup(f.Rule); rule != nil && rule.Fix != "" {
			fmt.Fprintf(w, "  fix: %s\n", rule.Fix)
		}
	}
	fmt.Fprintf(w, "\n%s\n", countLine(r.Findings))
	for _, l := range r.Limits {
		fmt.Fprintf(w, "not read: %s\n", l)
	}
}

func countLine(fs []engine.Finding) string {
	n := map[string]int{}
	for _, f := range fs {
		n[f.Severity]++
	}
	return fmt.Sprintf("%d finding(s): %d error(s), %d warning(s), %d info", len(fs), n["error"], n["warning"], n["info"])
}

// utf16ToByte converts an offset in UTF-16 code units of s to bytes.
func utf16ToByte(s string, u int) int {
	n := 0
	for i, r := range s {
		if n >= u {
			return i
		}
		n += utf16.RuneLen(r)
	}
	return len(s)
}
