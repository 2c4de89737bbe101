//go:build !js

// Command presign-doctor is the engine of the page in the terminal and in
// CI.
//
//	presign-doctor analyze [flags] [FILE|-]   one paste, as the page sees it
//	presign-doctor scan [flags] [PATH...]     a tree, for the causes code alone shows
//
// Exit codes (the README's table):
//
//	0  nothing at or above --fail-on
//	1  findings at or above --fail-on
//	2  usage: an unknown flag or value, a request the engine refuses
//	   (invalid JSON, no "input"), a bad baseline file
//	3  input that could not be read or analysed: a file that cannot be
//	   opened, a paste over the size limit (scan goes on with the other
//	   files and still prints what it found)
//
// Nothing it prints holds a secret: every text shown comes from the
// engine's redacted text.
//
// It is a native command (//go:build !js): the wasm tier of make test
// (GOOS=js go test ./...) leaves it out, as the page never runs it.
package main

import (
	"fmt"
	"io"
	"os"
)

// Exit codes.
const (
	exitOK       = 0
	exitFindings = 1
	exitUsage    = 2
	exitInput    = 3
)

const usage = `presign-doctor: why does an S3 presigned URL fail, and what in the code will make it fail

usage:
  presign-doctor analyze [flags] [FILE|-]   analyse one paste (code, URL, S3 error, aws command, policy...)
  presign-doctor scan [flags] [PATH...]     scan a tree for the causes code alone shows
  presign-doctor version

Run 'presign-doctor analyze -h' or 'presign-doctor scan -h' for their flags.
Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or bad request, 3 unreadable input.
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole command, for tests.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	switch args[0] {
	case "analyze", "analyse":
		return runAnalyze(args[1:], stdin, stdout, stderr)
	case "scan":
		return runScan(args[1:], stdout, stderr)
	case "version", "--version", "-version":
		fmt.Fprintln(stdout, "presign-doctor", engineVersion())
		return exitOK
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	fmt.Fprintf(stderr, "presign-doctor: unknown command %q\n\n%s", args[0], usage)
	return exitUsage
}

// failLevel returns the rank at or above which a finding fails the run:
// error 3, warning 2, info 1; never 4 (nothing does).
func failLevel(s string) (int, bool) {
	switch s {
	case "error":
		return 3, true
	case "warning":
		return 2, true
	case "info", "note":
		return 1, true
	case "never", "none":
		return 4, true
	}
	return 0, false
}

func severityRank(s string) int {
	switch s {
	case "error":
		return 3
	case "warning":
		return 2
	}
	return 1
}
