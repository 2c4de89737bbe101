// Command compare-scanners writes the planted corpus of internal/plant to
// files and scores our redaction (the whole engine response), gitleaks,
// secretlint and trufflehog on it: recall per kind, side by side. run.sh
// installs the scanners and drives it; it is run on demand (make
// compare-scanners), never in CI.
//
//	compare-scanners write DIR N
//	compare-scanners score DIR GITLEAKS.json SECRETLINT.json [TRUFFLEHOG.jsonl]
//	compare-scanners throughput FILE GITLEAKS SECRETLINT_DIR OUT.md [TRUFFLEHOG]
package main

import (
	"bufio"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/presign-doctor/presign-doctor/internal/engine"
	"github.com/presign-doctor/presign-doctor/internal/plant"
	"github.com/presign-doctor/presign-doctor/internal/redact"
)

// seed and perDoc fix the corpus: write and score regenerate the same
// pastes from them.
const (
	seed   = 18
	perDoc = 8
)

func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: compare-scanners write DIR N | score DIR GITLEAKS.json SECRETLINT.json [TRUFFLEHOG.jsonl] | throughput FILE GITLEAKS SECRETLINT_DIR OUT.md [TRUFFLEHOG]")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "write":
		n := 300
		if len(os.Args) > 3 {
			n, _ = strconv.Atoi(os.Args[3])
		}
		err = write(os.Args[2], n)
	case "score":
		if len(os.Args) < 5 {
			err = fmt.Errorf("score needs DIR GITLEAKS.json SECRETLINT.json [TRUFFLEHOG.jsonl]")
			break
		}
		th := ""
		if len(os.Args) > 5 {
			th = os.Args[5]
		}
		err = score(os.Args[2], os.Args[3], os.Args[4], th)
	case "throughput":
		if len(os.Args) < 6 {
			err = fmt.Errorf("throughput needs FILE GITLEAKS SECRETLINT_DIR OUT.md [TRUFFLEHOG]")
			break
		}
		th := ""
		if len(os.Args) > 6 {
			th = os.Args[6]
		}
		err = throughput(os.Args[2], os.Args[3], os.Args[4], os.Args[5], th)
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "compare-scanners:", err)
		os.Exit(1)
	}
}

type manifest struct {
	Seed, Docs, PerDoc int
}

func name(i int) string { return fmt.Sprintf("paste-%05d.txt", i) }

func write(dir string, n int) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	docs := plant.Generate(seed, n, perDoc)
	for i, d := range docs {
		if err := os.WriteFile(filepath.Join(dir, name(i)), []byte(d.Text), 0o644); err != nil {
			return err
		}
	}
	s, b := plant.Count(docs)
	fmt.Printf("wrote %d pastes (%d contexts, %d planted secrets, %d benign items) to %s\n", len(docs), len(plant.Contexts), s, b, dir)
	m, _ := json.Marshal(manifest{Seed: seed, Docs: n, PerDoc: perDoc})
	return os.WriteFile(filepath.Join(dir, "manifest.json"), m, 0o644)
}

// report is what one scanner said about one file: byte spans and the
// secret strings it reported.
type report struct {
	spans   [][2]int
	secrets []string
}

func score(dir, glPath, slPath, thPath string) error {
	b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		return err
	}
	var m manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return err
	}
	docs := plant.Generate(uint64(m.Seed), m.Docs, m.PerDoc)
	gl, err := gitleaksReports(glPath, docs)
	if err != nil {
		return err
	}
	sl, err := secretlintReports(slPath)
	if err != nil {
		return err
	}
	var th map[string]*report
	if thPath != "" {
		if th, err = trufflehogReports(thPath); err != nil {
			return err
		}
	}
	type tally struct{ n, ours, gl, sl, th int }
	per := map[plant.Kind]*tally{}
	total := &tally{}
	for i := range docs {
		d := &docs[i]
		f := name(i)
		resp := engine.Analyze(engine.Request{Input: d.Text, Now: "2024-01-15T12:30:00Z"})
		left := map[*plant.Secret]bool{}
		for _, s := range d.Survivors(responseStrings(resp)...) {
			left[s] = true
		}
		for _, s := range d.Secrets {
			t := per[s.Kind]
			if t == nil {
				t = &tally{}
				per[s.Kind] = t
			}
			occ := occurrences(d.Text, s)
			for _, x := range []*tally{t, total} {
				x.n++
				if !left[s] {
					x.ours++
				}
				if found(s, occ, gl[f]) {
					x.gl++
				}
				if found(s, occ, sl[f]) {
					x.sl++
				}
				if th != nil && found(s, occ, th[f]) {
					x.th++
				}
			}
		}
	}
	pc := func(a, n int) string { return fmt.Sprintf("%.1f%%", 100*float64(a)/float64(n)) }
	secrets, _ := plant.Count(docs)
	fmt.Printf("\nrecall per kind on %d pastes (%d contexts × encodings, %d planted secrets)\n\n", len(docs), len(plant.Contexts), secrets)
	thName := "trufflehog"
	if th == nil {
		thName = "trufflehog (not installed)"
	}
	fmt.Printf("| kind | planted | ours | gitleaks 8.30.1 | secretlint 12 (IDs on) | %s |\n| --- | ---: | ---: | ---: | ---: | ---: |\n", thName)
	var worse []string
	for _, k := range append(append([]plant.Kind{}, plant.Kinds...), "all") {
		t := per[k]
		if k == "all" {
			t = total
		}
		if t == nil {
			continue
		}
		thc := "–"
		if th != nil {
			thc = pc(t.th, t.n)
		}
		fmt.Printf("| %s | %d | %s | %s | %s | %s |\n", k, t.n, pc(t.ours, t.n), pc(t.gl, t.n), pc(t.sl, t.n), thc)
		if t.ours < t.gl || t.ours < t.sl || th != nil && t.ours < t.th {
			worse = append(worse, string(k))
		}
	}
	fmt.Println("\nours = the planted secret is in no string of engine.Analyze's response, in any form (raw, percent-encoded, entities,")
	fmt.Println("JSON escapes, base64, wrapped, split; a long value also by 16-character windows: a half left visible counts as a miss);")
	fmt.Println("a scanner = one of its findings overlaps an occurrence of the secret in the paste, or the secret it reports holds it.")
	if len(worse) > 0 {
		return fmt.Errorf("our recall is below another scanner's for: %s", strings.Join(worse, ", "))
	}
	return nil
}

func responseStrings(resp engine.Response) []string {
	var out []string
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.String:
			out = append(out, v.String())
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				walk(v.Field(i))
			}
		case reflect.Slice, reflect.Array:
			for i := 0; i < v.Len(); i++ {
				walk(v.Index(i))
			}
		case reflect.Pointer, reflect.Interface:
			if !v.IsNil() {
				walk(v.Elem())
			}
		}
	}
	walk(reflect.ValueOf(resp))
	return out
}

// occurrences are the byte spans of the secret's needles in the paste, in
// the forms a block encoding gives them.
func occurrences(text string, s *plant.Secret) [][2]int {
	var out [][2]int
	forms := map[string]bool{}
	for _, n := range plant.Needles(s) {
		forms[n] = true
		p := plant.PctEncode(n)
		forms[p] = true
		forms[strings.ToLower(p)] = true
		forms[plant.PctEncode(p)] = true
		forms[strings.NewReplacer("+", "&#43;").Replace(n)] = true
		forms[strings.NewReplacer("/", "&#x2F;", "=", "&#x3D;", "+", "&#x2B;").Replace(n)] = true
		forms[strings.NewReplacer("/", `\/`).Replace(n)] = true
		forms[strings.NewReplacer("+", `\u002B`).Replace(n)] = true
		forms[strings.NewReplacer("+", `\u002b`, "=", `\u003d`).Replace(n)] = true
	}
	if s.ValueEnc == "base64" {
		forms[base64.StdEncoding.EncodeToString([]byte(s.Value))] = true
	}
	for f := range forms {
		for off := 0; ; {
			i := strings.Index(text[off:], f)
			if i < 0 {
				break
			}
			out = append(out, [2]int{off + i, off + i + len(f)})
			off += i + 1
		}
	}
	return out
}

// found: a reported span overlaps an occurrence of s, or a reported secret
// (normalized, base64 decoded) holds one of its needles.
func found(s *plant.Secret, occ [][2]int, r *report) bool {
	if r == nil {
		return false
	}
	for _, sp := range r.spans {
		for _, o := range occ {
			if sp[1] > o[0] && sp[0] < o[1] {
				return true
			}
		}
	}
	if len(r.secrets) == 0 {
		return false
	}
	d := plant.Doc{Secrets: []*plant.Secret{s}}
	return len(d.Survivors(append(r.secrets, decodeAll(r.secrets)...)...)) > 0
}

func decodeAll(ss []string) []string {
	var out []string
	for _, s := range ss {
		if b, err := base64.StdEncoding.DecodeString(s); err == nil {
			out = append(out, string(b))
		}
	}
	return out
}

func add(m map[string]*report, file string) *report {
	base := filepath.Base(file)
	if m[base] == nil {
		m[base] = &report{}
	}
	return m[base]
}

// gitleaksReports reads a gitleaks JSON report: file, 1-based line and
// column, and the secret.
func gitleaksReports(path string, docs []plant.Doc) (map[string]*report, error) {
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
	out := map[string]*report{}
	for _, f := range fs {
		r := add(out, f.File)
		if f.Secret != "" {
			r.secrets = append(r.secrets, f.Secret)
		}
		var idx int
		if _, err := fmt.Sscanf(filepath.Base(f.File), "paste-%05d.txt", &idx); err == nil && idx >= 0 && idx < len(docs) {
			text := docs[idx].Text
			if a := offset(text, f.StartLine, f.StartColumn); a >= 0 {
				if e := offset(text, f.EndLine, f.EndColumn); e >= a {
					r.spans = append(r.spans, [2]int{a, e + 1})
				}
			}
		}
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

// secretlintReports reads secretlint's JSON output: ranges are offsets in
// the file (the corpus is ASCII, so bytes).
func secretlintReports(path string) (map[string]*report, error) {
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
	out := map[string]*report{}
	for _, r := range res {
		for _, m := range r.Messages {
			if len(m.Range) == 2 {
				add(out, r.FilePath).spans = append(add(out, r.FilePath).spans, [2]int{m.Range[0], m.Range[1]})
			}
		}
	}
	return out, nil
}

// trufflehogReports reads trufflehog's --json output (one JSON object a
// line): the file and the raw secrets (Raw, RawV2).
func trufflehogReports(path string) (map[string]*report, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]*report{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var r struct {
			SourceMetadata struct {
				Data struct {
					Filesystem struct {
						File string `json:"file"`
					}
				}
			}
			Raw, RawV2 string
		}
		if json.Unmarshal(sc.Bytes(), &r) != nil || r.SourceMetadata.Data.Filesystem.File == "" {
			continue
		}
		rep := add(out, r.SourceMetadata.Data.Filesystem.File)
		for _, s := range []string{r.Raw, r.RawV2} {
			if s != "" {
				rep.secrets = append(rep.secrets, s)
			}
		}
	}
	return out, sc.Err()
}

// throughput times our redactor and the scanners on one file (the 1 MB
// paste), median of 5 runs each, in one run so the ratios hold on a shared
// machine. Ours runs in process (as in the page, without its wasm cost:
// BENCHMARKS.md gives that as the 1 MB analysis); the scanners are whole
// processes, their start included. Writes a Markdown section to out that
// make bench adds to BENCHMARKS.md.
func throughput(file, gitleaks, secretlintDir, out, trufflehog string) error {
	b, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	text := string(b)
	abs, _ := filepath.Abs(file)
	// A report file of its own: gitleaks replaces the file at the report
	// path, and given /dev/null it replaced the device with a plain file.
	rep := filepath.Join(filepath.Dir(abs), "gitleaks-throughput.json")
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
		return exec.Command(gitleaks, "dir", abs, "--no-banner", "--report-format", "json", "--report-path", rep, "--exit-code", "0", "-l", "error").Run()
	})
	if err != nil {
		return fmt.Errorf("gitleaks: %v", err)
	}
	sl, _ := median(func() error {
		c := exec.Command("npx", "secretlint", "--secretlintrc", ".secretlintrc.json", "--format", "json", abs)
		c.Dir = secretlintDir
		_ = c.Run() // exits 1 when it finds something
		return nil
	})
	rows := []struct {
		name string
		d    time.Duration
	}{{"Presign Doctor redact", ours}, {"gitleaks dir", gl}, {"secretlint (AWS rule)", sl}}
	if trufflehog != "" {
		th, err := median(func() error {
			c := exec.Command(trufflehog, "filesystem", abs, "--json", "--no-verification", "--no-update")
			c.Stdout = nil
			return c.Run()
		})
		if err != nil {
			return fmt.Errorf("trufflehog: %v", err)
		}
		rows = append(rows, struct {
			name string
			d    time.Duration
		}{"trufflehog filesystem (no verification)", th})
	}
	ms := func(d time.Duration) string { return fmt.Sprintf("%.0f ms", float64(d)/1e6) }
	var w strings.Builder
	names := "gitleaks v8.30.1 and secretlint 12"
	if trufflehog != "" {
		names = "gitleaks v8.30.1, secretlint 12 and trufflehog v3"
	}
	fmt.Fprintf(&w, "## Redaction throughput against %s (`make compare-scanners`)\n\n", names)
	fmt.Fprintf(&w, "One %d-byte file of the generated corpus (internal/plant); median of 5 runs each, measured in one run. Ours is redact.Redact in process (native Go); the scanners are whole processes, start-up included.\n\n", len(b))
	fmt.Fprintf(&w, "| tool | time | MB/s | ratio to ours |\n| --- | ---: | ---: | ---: |\n")
	for _, r := range rows {
		fmt.Fprintf(&w, "| %s | %s | %.1f | %.1f× |\n", r.name, ms(r.d), float64(len(b))/1e6/r.d.Seconds(), float64(r.d)/float64(ours))
	}
	fmt.Print(w.String())
	return os.WriteFile(out, []byte(w.String()), 0o644)
}
