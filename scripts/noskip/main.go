// Command noskip reads `go test -json` on stdin and prints what plain
// `go test` would (each package's result line, and the output of failing
// tests), then lists every skipped test with its reason. With -fail (CI sets
// it) a skipped test fails the run: in CI every tier has what it needs, so a
// skip means a test that silently stopped testing.
//
// Usage: go test -json ./... | go run ./scripts/noskip [-fail]
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

type event struct {
	Action     string
	ImportPath string
	Package    string
	Test       string
	Output     string
}

type key struct{ pkg, test string }

func main() {
	fail := flag.Bool("fail", false, "exit 1 when any test was skipped")
	tap := flag.Bool("tap", false, "the arguments are TAP files (node --test's tap reporter): list their skipped tests")
	flag.Parse()
	if *tap {
		os.Exit(runTAP(flag.Args(), os.Stdout, *fail))
	}
	os.Exit(run(os.Stdin, os.Stdout, *fail))
}

func run(in io.Reader, out io.Writer, failOnSkip bool) int {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	outputs := map[key]*strings.Builder{}
	var skipped []string
	failed := false
	for sc.Scan() {
		line := sc.Bytes()
		var e event
		if err := json.Unmarshal(line, &e); err != nil || e.Action == "" {
			// Build errors and anything else go test prints outside JSON.
			fmt.Fprintln(out, string(line))
			if len(line) > 0 {
				failed = true
			}
			continue
		}
		k := key{e.Package, e.Test}
		switch e.Action {
		case "build-output":
			fmt.Fprint(out, e.Output)
		case "build-fail":
			failed = true
		case "output":
			if e.Test == "" {
				// Package-level lines: "ok", "FAIL", panics outside a test.
				if !strings.HasPrefix(e.Output, "PASS") && !strings.HasPrefix(e.Output, "=== ") {
					fmt.Fprint(out, e.Output)
				}
				continue
			}
			b := outputs[k]
			if b == nil {
				b = &strings.Builder{}
				outputs[k] = b
			}
			if b.Len() < 1<<20 {
				b.WriteString(e.Output)
			}
		case "fail":
			failed = true
			if e.Test == "" {
				// The package failed: a test still running then (a
				// timeout, a panic, a crash) has no result of its own;
				// print its output, which holds the reason.
				for ok, b := range outputs {
					if ok.pkg == e.Package && ok.test != "" {
						fmt.Fprintf(out, "--- %s %s: no result (running when the package failed):\n%s", ok.pkg, ok.test, tail(b.String(), 16<<10))
						delete(outputs, ok)
					}
				}
				continue
			}
			if b := outputs[k]; b != nil {
				fmt.Fprint(out, b.String())
			}
			delete(outputs, k)
		case "skip":
			if e.Test != "" {
				reason := skipReason(outputs[k])
				skipped = append(skipped, fmt.Sprintf("%s %s: %s", e.Package, e.Test, reason))
			}
			delete(outputs, k)
		case "pass":
			delete(outputs, k)
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(out, "noskip: reading go test -json:", err)
		return 1
	}
	return report(out, skipped, failOnSkip, failed)
}

// tail is the last n bytes of s, from a line start.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	s = s[len(s)-n:]
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[i+1:]
	}
	return "…\n" + s
}

// runTAP lists the tests a TAP stream marks "# SKIP" (or "# TODO").
func runTAP(files []string, out io.Writer, failOnSkip bool) int {
	var skipped []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			fmt.Fprintln(out, "noskip:", err)
			return 1
		}
		for _, l := range strings.Split(string(b), "\n") {
			t := strings.TrimSpace(l)
			if !strings.HasPrefix(t, "ok ") && !strings.HasPrefix(t, "not ok ") {
				continue
			}
			if i := strings.Index(t, " # SKIP"); i >= 0 {
				skipped = append(skipped, f+": "+t[:i]+" ("+strings.TrimSpace(t[i+len(" # SKIP"):])+")")
			} else if i := strings.Index(t, " # TODO"); i >= 0 {
				skipped = append(skipped, f+": "+t[:i]+" (todo "+strings.TrimSpace(t[i+len(" # TODO"):])+")")
			}
		}
	}
	return report(out, skipped, failOnSkip, false)
}

func report(out io.Writer, skipped []string, failOnSkip, failed bool) int {
	if len(skipped) > 0 {
		sort.Strings(skipped)
		word := "note"
		if failOnSkip {
			word = "FAIL"
		}
		fmt.Fprintf(out, "%s: %d skipped test(s) - each one tests nothing:\n", word, len(skipped))
		for _, s := range skipped {
			fmt.Fprintln(out, "  "+s)
		}
		if failOnSkip {
			return 1
		}
	}
	if failed {
		return 1
	}
	return 0
}

// skipReason is the line t.Skip printed ("    x_test.go:12: reason").
func skipReason(b *strings.Builder) string {
	if b == nil {
		return "no reason given"
	}
	for _, l := range strings.Split(b.String(), "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "=== ") || strings.HasPrefix(l, "--- SKIP") {
			continue
		}
		return l
	}
	return "no reason given"
}
