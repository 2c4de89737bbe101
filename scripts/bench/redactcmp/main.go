// Command redactcmp times redact.Redact on a file, or dumps its whole
// answer for a folder of pastes; redact-versions.sh builds it inside older
// checkouts to compare versions on the same paste (throughput) and the
// same pastes (output).
//
//	redactcmp FILE N         CPU ms per Redact over N runs (wall ms first)
//	redactcmp dump DIR OUT   text, redactions, AccountOf, Reveal of each paste
package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"time"

	"github.com/presign-doctor/presign-doctor/internal/redact"
)

func main() {
	if len(os.Args) == 4 && os.Args[1] == "dump" {
		dump(os.Args[2], os.Args[3])
		return
	}
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: redactcmp FILE N | redactcmp dump DIR OUT")
		os.Exit(2)
	}
	b, err := os.ReadFile(os.Args[1])
	if err != nil {
		panic(err)
	}
	n, err := strconv.Atoi(os.Args[2])
	if err != nil || n < 1 {
		panic("N: a positive count")
	}
	in := string(b)
	redact.Redact(in, redact.Options{}) // warm: tables built on first use
	t0, c0 := time.Now(), cpu()
	for i := 0; i < n; i++ {
		redact.Redact(in, redact.Options{})
	}
	w := time.Since(t0) / time.Duration(n)
	c := (cpu() - c0) / time.Duration(n)
	fmt.Printf("%.2f %.2f\n", float64(w.Microseconds())/1000, float64(c.Microseconds())/1000)
}

func dump(dir, out string) {
	names, _ := filepath.Glob(dir + "/*")
	sort.Strings(names)
	f, err := os.Create(out)
	if err != nil {
		panic(err)
	}
	w := bufio.NewWriter(f)
	opts := []redact.Options{{}, {RedactBucketNames: true}, {Known: []string{"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}}}
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			panic(err)
		}
		for oi, o := range opts {
			r := redact.Redact(string(b), o)
			fmt.Fprintf(w, "== %s %d\n%s\n", filepath.Base(n), oi, r.Text)
			for _, x := range r.Redactions {
				fmt.Fprintf(w, "%+v\n  acct=%q\n", x, r.AccountOf(x.Placeholder))
			}
			fmt.Fprintf(w, "reveal=%v\n", r.Reveal(r.Text) == string(b))
		}
	}
	if err := w.Flush(); err != nil {
		panic(err)
	}
	f.Close()
}
