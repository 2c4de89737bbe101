// Command compare-scanners writes the redaction corpus of internal/redact
// to files and scores our redactor, gitleaks and secretlint on it (recall
// per kind). run.sh installs the two scanners and drives it; it is run on
// demand (make compare-scanners), never in CI.
//
//	compare-scanners write DIR N
//	compare-scanners score DIR GITLEAKS.json SECRETLINT.json
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/presign-doctor/presign-doctor/internal/redact"
)

func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: compare-scanners write DIR N | score DIR GITLEAKS.json SECRETLINT.json | throughput FILE GITLEAKS SECRETLINT_DIR OUT.md")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "write":
		n := 2100
		if len(os.Args) > 3 {
			n, _ = strconv.Atoi(os.Args[3])
		}
		err = write(os.Args[2], n)
	case "score":
		if len(os.Args) < 5 {
			err = fmt.Errorf("score needs DIR GITLEAKS.json SECRETLINT.json")
			break
		}
		err = score(os.Args[2], os.Args[3], os.Args[4])
	case "throughput":
		if len(os.Args) < 6 {
			err = fmt.Errorf("throughput needs FILE GITLEAKS SECRETLINT_DIR OUT.md")
			break
		}
		err = throughput(os.Args[2], os.Args[3], os.Args[4], os.Args[5])
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "compare-scanners:", err)
		os.Exit(1)
	}
}

// manifest is what write leaves next to the pastes.
type manifest struct {
	Docs []redact.Doc
}

func name(i int) string { return fmt.Sprintf("paste-%05d.txt", i) }

func write(dir string, n int) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	docs := redact.Corpus(1, n)
	for i, d := range docs {
		if err := os.WriteFile(filepath.Join(dir, name(i)), []byte(d.Text), 0o644); err != nil {
			return err
		}
	}
	b, err := json.Marshal(manifest{Docs: docs})
	if err != nil {
		return err
	}
	fmt.Printf("wrote %d pastes to %s\n", len(docs), dir)
	return os.WriteFile(filepath.Join(dir, "manifest.json"), b, 0o644)
}

// span is a byte range a scanner reported in one file.
type span struct {
	a, b   int
	secret string
}

func score(dir, glPath, slPath string) error {
	b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		return err
	}
	var m manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return err
	}
	gl, err := gitleaksSpans(glPath, m.Docs)
	if err != nil {
		return err
	}
	sl, err := secretlintSpans(slPath)
	if err != nil {
		return err
	}
	type tally struct{ n, ours, gl, sl int }
	per := map[string]*tally{}
	total := &tally{}
	for i, d := range m.Docs {
		f := name(i)
		left := map[*redact.Planted]bool{}
		for _, p := range redact.Survivors(d, redact.Redact(d.Text, redact.Options{}).Text) {
			left[p] = true
		}
		for _, p := range d.Secrets {
			t := per[p.Kind]
			if t == nil {
				t = &tally{}
				per[p.Kind] = t
			}
			for _, x := range []*tally{t, total} {
				x.n++
				if !left[p] {
					x.ours++
				}
				if found(p, gl[f]) {
					x.gl++
				}
				if found(p, sl[f]) {
					x.sl++
				}
			}
		}
	}
	kinds := make([]string, 0, len(per))
	for k := range per {
		kinds = append(kinds, k)
	}
	sort.Slice(kinds, func(a, b int) bool { return order(kinds[a]) < order(kinds[b]) })
	pc := func(a, n int) string { return fmt.Sprintf("%6.2f%%", 100*float64(a)/float64(n)) }
	fmt.Printf("\nrecall per kind on %d pastes (%d planted secrets)\n\n", len(m.Docs), total.n)
	fmt.Printf("| %-18s | %7s | %8s | %8s | %18s |\n", "kind", "planted", "ours", "gitleaks", "secretlint (IDs on)")
	fmt.Printf("|%s|%s|%s|%s|%s|\n", strings.Repeat("-", 20), strings.Repeat("-", 9), strings.Repeat("-", 10), strings.Repeat("-", 10), strings.Repeat("-", 21))
	worse := false
	for _, k := range append(kinds, "all") {
		t := per[k]
		if k == "all" {
			t = total
		}
		fmt.Printf("| %-18s | %7d | %8s | %8s | %19s |\n", k, t.n, pc(t.ours, t.n), pc(t.gl, t.n), pc(t.sl, t.n))
		if t.ours < t.gl || t.ours < t.sl {
			worse = true
		}
	}
	fmt.Println("\nours = planted secret absent from the redacted paste in every form (raw, percent-encoded, hex, unwrapped);")
	fmt.Println("gitleaks/secretlint = some finding overlaps one of the secret's occurrences or reports its value.")
	if worse {
		return fmt.Errorf("our recall is below another scanner's for some kind")
	}
	return nil
}

func order(k string) int {
	for i, x := range redact.Kinds {
		if x == k {
			return i
		}
	}
	return len(redact.Kinds)
}

// found reports whether a reported span overlaps an occurrence of p, or a
// reported secret value is (a good part of) p in one of its forms.
func found(p *redact.Planted, spans []span) bool {
	for _, s := range spans {
		for _, o := range p.Spans {
			if s.b > o[0] && s.a < o[1] {
				return true
			}
		}
		if len(s.secret) >= 8 {
			for _, f := range redact.Forms(p.Value) {
				if strings.Contains(s.secret, f) || len(s.secret) >= min(len(f), 16) && strings.Contains(f, s.secret) {
					return true
				}
			}
		}
	}
	return false
}

// gitleaksSpans reads a gitleaks JSON report: file, 1-based line and
// column, and the secret.
func gitleaksSpans(path string, docs []redact.Doc) (map[string][]span, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var fs []struct {
		File                   string
		StartLine, EndLine     int
		StartColumn, EndColumn int
		Secret                 string
	}
	if err := json.Unmarshal(b, &fs); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	out := map[string][]span{}
	for _, f := range fs {
		base := filepath.Base(f.File)
		var idx int
		fmt.Sscanf(base, "paste-%05d.txt", &idx)
		s := span{secret: f.Secret, a: -1, b: -1}
		if idx >= 0 && idx < len(docs) {
			text := docs[idx].Text
			if a := offset(text, f.StartLine, f.StartColumn); a >= 0 {
				if e := offset(text, f.EndLine, f.EndColumn); e >= a {
					s.a, s.b = a, e+1
				}
			}
		}
		out[base] = append(out[base], s)
	}
	return out, nil
}

func offset(text string, line, col int) int {
	off := 0
	for l := 1; l < line; l++ {
		i := strings.IndexByte(text[off:], '\n')
		if i < 0 {
			return -1
		}
		off += i + 1
	}
	if col < 1 {
		col = 1
	}
	return off + col - 1
}

// secretlintSpans reads secretlint's JSON output: ranges are offsets in the
// file (the corpus is ASCII, so bytes).
func secretlintSpans(path string) (map[string][]span, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var res []struct {
		FilePath string
		Messages []struct {
			RuleID string
			Range  []int
		}
	}
	if err := json.Unmarshal(b, &res); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	out := map[string][]span{}
	for _, r := range res {
		base := filepath.Base(r.FilePath)
		for _, m := range r.Messages {
			if len(m.Range) == 2 {
				out[base] = append(out[base], span{a: m.Range[0], b: m.Range[1]})
			}
		}
	}
	return out, nil
}

// throughput times our redactor, gitleaks and secretlint on one file (the
// 1 MB paste), median of 5 runs each, in one run so the ratios hold on a
// shared machine. Ours runs in process (as in the page, without its wasm
// cost: BENCHMARKS.md gives that as the 1 MB analysis); the scanners are
// whole processes, their start included. Writes a Markdown section to out
// that make bench adds to BENCHMARKS.md.
func throughput(file, gitleaks, secretlintDir, out string) error {
	b, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	text := string(b)
	abs, _ := filepath.Abs(file)
	// A report file of its own: gitleaks replaces the file at the report
	// path, and given /dev/null it replaced the device with a plain file.
	report := filepath.Join(filepath.Dir(abs), "gitleaks-throughput.json")
	median := func(run func() error) (time.Duration, error) {
		var ds []time.Duration
		for i := 0; i < 5; i++ {
			t0 := time.Now()
			if err := run(); err != nil {
				return 0, err
			}
			ds = append(ds, time.Since(t0))
		}
		sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
		return ds[2], nil
	}
	ours, _ := median(func() error { redact.Redact(text, redact.Options{}); return nil })
	gl, err := median(func() error {
		return exec.Command(gitleaks, "dir", abs, "--no-banner", "--report-format", "json", "--report-path", report, "--exit-code", "0", "-l", "error").Run()
	})
	if err != nil {
		return fmt.Errorf("gitleaks: %v", err)
	}
	sl, err := median(func() error {
		c := exec.Command("npx", "secretlint", "--secretlintrc", ".secretlintrc.json", "--format", "json", abs)
		c.Dir = secretlintDir
		_ = c.Run() // exits 1 when it finds something
		return nil
	})
	if err != nil {
		return err
	}
	ms := func(d time.Duration) string { return fmt.Sprintf("%.0f ms", float64(d)/1e6) }
	var w strings.Builder
	fmt.Fprintf(&w, "## Redaction throughput against gitleaks v8.30.1 and secretlint 12 (`make compare-scanners`)\n\n")
	fmt.Fprintf(&w, "One %d-byte file of the generated corpus; median of 5 runs each, measured in one run. Ours is redact.Redact in process (native Go); the scanners are whole processes, start-up included.\n\n", len(b))
	fmt.Fprintf(&w, "| tool | time | MB/s | ratio to ours |\n| --- | ---: | ---: | ---: |\n")
	for _, r := range []struct {
		name string
		d    time.Duration
	}{{"Presign Doctor redact", ours}, {"gitleaks dir", gl}, {"secretlint (AWS rule)", sl}} {
		fmt.Fprintf(&w, "| %s | %s | %.1f | %.1f× |\n", r.name, ms(r.d), float64(len(b))/1e6/r.d.Seconds(), float64(r.d)/float64(ours))
	}
	fmt.Print(w.String())
	return os.WriteFile(out, []byte(w.String()), 0o644)
}
