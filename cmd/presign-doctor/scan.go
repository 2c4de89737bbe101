//go:build !js

package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/presign-doctor/presign-doctor/internal/engine"
	"github.com/presign-doctor/presign-doctor/internal/redact"
	"github.com/presign-doctor/presign-doctor/internal/timefmt"
)

// scanExts are the file kinds scan reads: the languages and formats the
// engine's readers know (Python, JavaScript and TypeScript, Go, Java, C#,
// PHP, Ruby, shell, Terraform, JSON and YAML for policies and
// CloudFormation, .env files). Files named on the command line are read
// whatever their extension (a pre-commit hook passes the ones it chose).
var scanExts = map[string]bool{
	".py": true, ".pyw": true,
	".js": true, ".mjs": true, ".cjs": true, ".jsx": true,
	".ts": true, ".tsx": true, ".mts": true, ".cts": true,
	".go": true, ".java": true, ".cs": true, ".php": true, ".rb": true,
	".sh": true, ".bash": true, ".zsh": true, ".ps1": true,
	".tf": true, ".tfvars": true, ".hcl": true,
	".json": true, ".yaml": true, ".yml": true, ".template": true,
	".env": true,
}

// skipNames are generated files of the kinds above that hold no code.
var skipNames = map[string]bool{"package-lock.json": true, "npm-shrinkwrap.json": true, "composer.lock": true}

func wantFile(name string) bool {
	if skipNames[name] {
		return false
	}
	if name == ".env" || strings.HasPrefix(name, ".env.") {
		return true
	}
	return scanExts[strings.ToLower(filepath.Ext(name))]
}

// result is one finding of scan at its place in a file.
type result struct {
	Path        string       `json:"path"`
	Line        int          `json:"line"`
	Column      int          `json:"column"`
	EndLine     int          `json:"endLine"`
	EndColumn   int          `json:"endColumn"`
	Rule        string       `json:"rule"`
	Severity    string       `json:"severity"`
	Title       string       `json:"title"`
	Message     string       `json:"message"`
	Snippet     string       `json:"snippet"` // the redacted text of the finding
	Context     string       `json:"-"`       // the redacted lines around it
	Fingerprint string       `json:"fingerprint"`
	Suppressed  *suppression `json:"suppressed,omitempty"`
}

// suppression says why a finding is not reported: an inline comment
// (kind "inline", with its reason) or the baseline ("baseline").
type suppression struct {
	Kind   string `json:"kind"`
	Reason string `json:"reason"`
}

// fileNote is a file scan could not read, or chose not to.
type fileNote struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

type scanReport struct {
	Files    int
	Results  []result
	Errors   []fileNote // unreadable or not analysed: exit 3
	Skipped  []fileNote // over the size limit, or not text
	Warnings []string   // suppressions without a reason
	// Partial lists the files the engine did not read whole (a part over
	// its limits: too many parts, too long a line); --verbose prints them.
	Partial []string
}

func runScan(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("scan", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output: text, json, sarif (2.1.0, for code scanning) or github (workflow annotations)")
	failOn := fs.String("fail-on", "error", "exit 1 when a reported finding is at or above: error, warning, info or never")
	nowFlag := fs.String("now", "", "the analysis clock, RFC 3339 (default: now)")
	baseline := fs.String("baseline", "", "a baseline file: findings listed in it are not reported")
	writeBaseline := fs.String("write-baseline", "", "write every finding not suppressed inline into this baseline file, and exit 0")
	output := fs.String("output", "", "write the report to this file instead of standard output")
	jobs := fs.Int("jobs", runtime.GOMAXPROCS(0), "files analysed side by side")
	noIgnore := fs.Bool("no-ignore", false, "read files that .gitignore excludes too")
	verbose := fs.Bool("verbose", false, "list on standard error each file the engine did not read whole (over its limits of parts or line length)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: presign-doctor scan [flags] [PATH...]\n\nScans files and folders (default: .), respecting .gitignore, for the causes of presigned-URL failures that code alone shows.\nSuppress one finding with a comment on its line or the line above:  presign-doctor:ignore RULE -- reason\n\nflags:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return exitOK
		}
		return exitUsage
	}
	switch *format {
	case "text", "json", "sarif", "github":
	default:
		fmt.Fprintf(stderr, "presign-doctor scan: --format %q: want text, json, sarif or github\n", *format)
		return exitUsage
	}
	fail, ok := failLevel(*failOn)
	if !ok {
		fmt.Fprintf(stderr, "presign-doctor scan: --fail-on %q: want error, warning, info or never\n", *failOn)
		return exitUsage
	}
	now := time.Now().UTC()
	if *nowFlag != "" {
		t, ok := timefmt.RFC3339(*nowFlag)
		if !ok {
			fmt.Fprintf(stderr, "presign-doctor scan: --now %q is not an RFC 3339 time such as 2024-01-15T14:30:00Z\n", *nowFlag)
			return exitUsage
		}
		now = t.UTC()
	}
	if *jobs < 1 {
		*jobs = 1
	}
	var base map[string]bool
	if *baseline != "" {
		var err error
		if base, err = readBaseline(*baseline); err != nil {
			fmt.Fprintf(stderr, "presign-doctor scan: --baseline: %v\n", err)
			return exitUsage
		}
	}
	paths := fs.Args()
	if len(paths) == 0 {
		paths = []string{"."}
	}
	cwd, _ := os.Getwd()

	files, errs := collect(paths, cwd, !*noIgnore)
	rep := analyzeFiles(files, now, *jobs)
	rep.Errors = append(errs, rep.Errors...)
	sort.Slice(rep.Errors, func(i, j int) bool { return rep.Errors[i].Path < rep.Errors[j].Path })

	if *writeBaseline != "" {
		n, err := writeBaselineFile(*writeBaseline, rep.Results)
		if err != nil {
			fmt.Fprintf(stderr, "presign-doctor scan: --write-baseline: %v\n", err)
			return exitInput
		}
		fmt.Fprintf(stderr, "presign-doctor scan: wrote %d finding(s) to %s\n", n, *writeBaseline)
		printNotes(stderr, rep, *verbose)
		if len(rep.Errors) > 0 {
			return exitInput
		}
		return exitOK
	}
	for i := range rep.Results {
		r := &rep.Results[i]
		if r.Suppressed == nil && base[r.Fingerprint] {
			r.Suppressed = &suppression{Kind: "baseline", Reason: "listed in " + *baseline}
		}
	}

	var buf bytes.Buffer
	switch *format {
	case "text":
		writeScanText(&buf, rep)
	case "json":
		writeScanJSON(&buf, rep)
	case "sarif":
		writeSARIF(&buf, rep, cwd)
	case "github":
		writeGitHub(&buf, rep)
	}
	out := stdout
	if *output != "" {
		fh, err := os.Create(*output)
		if err != nil {
			fmt.Fprintf(stderr, "presign-doctor scan: --output: %v\n", err)
			return exitInput
		}
		defer fh.Close()
		out = fh
	}
	if _, err := out.Write(buf.Bytes()); err != nil {
		fmt.Fprintf(stderr, "presign-doctor scan: %v\n", err)
		return exitInput
	}
	printNotes(stderr, rep, *verbose)
	if *format != "text" {
		fmt.Fprintln(stderr, "presign-doctor scan: "+summary(rep))
	}
	if len(rep.Errors) > 0 {
		return exitInput
	}
	for _, r := range rep.Results {
		if r.Suppressed == nil && severityRank(r.Severity) >= fail {
			return exitFindings
		}
	}
	return exitOK
}

// printNotes says on standard error which files were not read and why,
// and the warnings (suppressions without a reason); the files not read
// whole, one by one with verbose, else as a count.
func printNotes(w io.Writer, rep *scanReport, verbose bool) {
	for _, e := range rep.Errors {
		fmt.Fprintf(w, "presign-doctor scan: %s: %s\n", e.Path, e.Reason)
	}
	for _, s := range rep.Skipped {
		fmt.Fprintf(w, "presign-doctor scan: %s: skipped: %s\n", s.Path, s.Reason)
	}
	for _, s := range rep.Warnings {
		fmt.Fprintf(w, "presign-doctor scan: %s\n", s)
	}
	if verbose {
		for _, s := range rep.Partial {
			fmt.Fprintf(w, "presign-doctor scan: %s\n", s)
		}
	} else if n := len(rep.Partial); n > 0 {
		fmt.Fprintf(w, "presign-doctor scan: %d file(s) not read whole (parts over the engine's limits); --verbose lists them\n", n)
	}
}

// scanFile is one file to read: its path to open and the path to show.
type scanFile struct{ open, show string }

// collect lists the files under paths, in order, respecting .gitignore
// (and .git/info/exclude) when ignore is set.
func collect(paths []string, cwd string, ignore bool) ([]scanFile, []fileNote) {
	var files []scanFile
	var errs []fileNote
	seen := map[string]bool{}
	add := func(open string) {
		abs, err := filepath.Abs(open)
		if err != nil {
			abs = open
		}
		if seen[abs] {
			return
		}
		seen[abs] = true
		files = append(files, scanFile{open: open, show: showPath(abs, cwd)})
	}
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			errs = append(errs, fileNote{Path: p, Reason: cleanErr(err)})
			continue
		}
		if !st.IsDir() {
			add(p) // named: read whatever its kind
			continue
		}
		var stack ignoreStack
		rel := ""
		if ignore {
			stack, rel = repoIgnores(p)
		}
		walk(p, rel, stack, ignore, add, &errs)
	}
	return files, errs
}

// repoIgnores finds the repository around dir (a folder holding .git) and
// returns the ignore files of the folders from its top down to dir's
// parent, with dir's path relative to the top ("" when dir is the top or
// in no repository).
func repoIgnores(dir string) (ignoreStack, string) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, ""
	}
	top := abs
	for {
		if _, err := os.Stat(filepath.Join(top, ".git")); err == nil {
			break
		}
		up := filepath.Dir(top)
		if up == top {
			return nil, "" // in no repository: dir's own .gitignore files still apply
		}
		top = up
	}
	var stack ignoreStack
	if f := gitInfoExclude(top); f != nil {
		stack = append(stack, f)
	}
	rel, err := filepath.Rel(top, abs)
	if err != nil || rel == "." {
		return stack, ""
	}
	rel = filepath.ToSlash(rel)
	parts := strings.Split(rel, "/")
	for i := 0; i < len(parts); i++ {
		d := strings.Join(parts[:i], "/")
		if f, _ := readIgnoreFile(filepath.Join(top, filepath.FromSlash(d), ".gitignore"), d); f != nil {
			stack = append(stack, f)
		}
	}
	return stack, rel
}

// walk lists the wanted files of dir (rel is its path relative to where
// the ignore rules are rooted), entering folders .gitignore does not
// exclude. Symbolic links are not followed.
func walk(dir, rel string, stack ignoreStack, ignore bool, add func(string), errs *[]fileNote) {
	if ignore {
		f, err := readIgnoreFile(filepath.Join(dir, ".gitignore"), rel)
		if err != nil {
			*errs = append(*errs, fileNote{Path: filepath.Join(dir, ".gitignore"), Reason: cleanErr(err)})
		} else if f != nil {
			stack = append(stack[:len(stack):len(stack)], f)
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		*errs = append(*errs, fileNote{Path: dir, Reason: cleanErr(err)})
		return
	}
	for _, e := range entries {
		name := e.Name()
		path := filepath.Join(dir, name)
		childRel := name
		if rel != "" {
			childRel = rel + "/" + name
		}
		switch {
		case e.IsDir():
			if name == ".git" {
				continue
			}
			if ignore && stack.ignored(childRel, true) {
				continue
			}
			walk(path, childRel, stack, ignore, add, errs)
		case e.Type().IsRegular():
			if !wantFile(name) || ignore && stack.ignored(childRel, false) {
				continue
			}
			add(path)
		}
	}
}

// showPath is a file's path as reports show it: relative to the working
// folder when inside it, slash-separated.
func showPath(abs, cwd string) string {
	if cwd != "" {
		if rel, err := filepath.Rel(cwd, abs); err == nil && !strings.HasPrefix(rel, "..") {
			return filepath.ToSlash(rel)
		}
	}
	return filepath.ToSlash(abs)
}

// cleanErr says an error without Go's operation prefix.
func cleanErr(err error) string {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err.Error()
	}
	return err.Error()
}

// analyzeFiles runs the engine on each file, jobs at a time.
func analyzeFiles(files []scanFile, now time.Time, jobs int) *scanReport {
	type out struct {
		results  []result
		err      string
		skip     string
		warnings []string
		partial  []string
	}
	outs := make([]out, len(files))
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				o := &outs[i]
				o.results, o.warnings, o.partial, o.skip, o.err = scanOne(files[i], now)
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	rep := &scanReport{}
	for i, o := range outs {
		switch {
		case o.err != "":
			rep.Errors = append(rep.Errors, fileNote{Path: files[i].show, Reason: o.err})
		case o.skip != "":
			rep.Skipped = append(rep.Skipped, fileNote{Path: files[i].show, Reason: o.skip})
		default:
			rep.Files++
		}
		rep.Results = append(rep.Results, o.results...)
		rep.Warnings = append(rep.Warnings, o.warnings...)
		rep.Partial = append(rep.Partial, o.partial...)
	}
	sort.SliceStable(rep.Results, func(i, j int) bool {
		a, b := rep.Results[i], rep.Results[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Column != b.Column {
			return a.Column < b.Column
		}
		return a.Rule < b.Rule
	})
	return rep
}

// scanOne reads one file and places the engine's findings in it.
func scanOne(f scanFile, now time.Time) (results []result, warnings, partial []string, skip, errMsg string) {
	st, err := os.Stat(f.open)
	if err != nil {
		return nil, nil, nil, "", cleanErr(err)
	}
	if st.Size() > engine.MaxInputBytes {
		return nil, nil, nil, fmt.Sprintf("%d bytes, over the engine's limit of %d", st.Size(), engine.MaxInputBytes), ""
	}
	b, err := os.ReadFile(f.open)
	if err != nil {
		return nil, nil, nil, "", cleanErr(err)
	}
	head := b
	if len(head) > 8000 {
		head = head[:8000]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return nil, nil, nil, "binary (a NUL byte in its first 8000 bytes)", ""
	}
	text := string(b)
	res := engine.Scan(text, now)
	if res.Error != "" {
		return nil, nil, nil, "", "not analysed: " + res.Error
	}
	for _, l := range res.Limits {
		partial = append(partial, f.show+": part not read: "+l)
	}
	orig := newOrigin(text, res.Redacted, res.Redactions)
	fileLines := newLineIndex(text)
	redLines := newLineIndex(res.Redacted)
	seen := map[string]int{}
	for _, fd := range res.Findings {
		r := result{Path: f.show, Rule: fd.Rule, Severity: fd.Severity, Title: fd.Title, Message: fd.Message}
		start, end := orig.at(fd.Start, false), orig.at(fd.End, true)
		if end < start {
			end = start
		}
		r.Line, r.Column = fileLines.pos(start)
		r.EndLine, r.EndColumn = fileLines.pos(end)
		r.Snippet = res.Redacted[fd.Start:fd.End]
		l0, _ := redLines.pos(fd.Start)
		l1, _ := redLines.pos(fd.End)
		var ctx []string
		for l := l0; l <= l1 && l < l0+20; l++ {
			ctx = append(ctx, redLines.text(l))
		}
		r.Context = strings.Join(ctx, "\n")
		norm := normalize(res.Redacted, fd.Start, fd.End, res.Redactions)
		k := fd.Rule + "\x00" + norm
		r.Fingerprint = fingerprint(fd.Rule, f.show, norm, seen[k])
		seen[k]++
		sup, warn := inlineSuppression(redLines, l0, l1, fd.Rule)
		if warn != "" {
			warnings = append(warnings, fmt.Sprintf("%s:%d: %s", f.show, r.Line, warn))
		}
		r.Suppressed = sup
		results = append(results, r)
	}
	return results, warnings, partial, "", ""
}

// normalize is the redacted text of a finding with each placeholder
// replaced by its kind (placeholders are numbered in order of appearance,
// which another secret added above would change) and white space runs
// made one space.
func normalize(redacted string, start, end int, rs []redact.Redaction) string {
	var b strings.Builder
	i := start
	for _, rd := range rs {
		if rd.End <= start || rd.Start >= end || rd.Start < i {
			continue
		}
		b.WriteString(redacted[i:rd.Start])
		b.WriteString("<" + rd.Kind + ">")
		i = rd.End
	}
	if i < end {
		b.WriteString(redacted[i:end])
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// fingerprint identifies a finding across runs and edits elsewhere in the
// file: the rule, the file, the finding's normalized text and which of
// the findings with that same text it is. It is a hash of redacted text,
// so it carries no secret.
func fingerprint(rule, path, norm string, nth int) string {
	h := sha256.Sum256([]byte("presign-doctor/v1\x00" + rule + "\x00" + path + "\x00" + norm + "\x00" + strconv.Itoa(nth)))
	return hex.EncodeToString(h[:16])
}

// reIgnore is an inline suppression: presign-doctor:ignore RULE[,RULE...]
// then the reason (after an optional "--" or ":").
var reIgnore = regexp.MustCompile(`presign-doctor:\s*ignore\s+([a-z0-9_]+(?:\s*,\s*[a-z0-9_]+)*)(.*)`)

// inlineSuppression looks for a suppression of rule on the finding's
// lines (l0..l1 of the redacted text) or the line just above them. One
// without a reason does not suppress: it is reported instead.
func inlineSuppression(lines *lineIndex, l0, l1 int, rule string) (*suppression, string) {
	for l := l0 - 1; l <= l1; l++ {
		m := reIgnore.FindStringSubmatch(lines.text(l))
		if m == nil {
			continue
		}
		named := false
		for _, r := range strings.Split(m[1], ",") {
			if strings.TrimSpace(r) == rule {
				named = true
			}
		}
		if !named {
			continue
		}
		reason := strings.TrimSpace(m[2])
		reason = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(reason, "--"), ":"))
		for _, closer := range []string{"*/", "-->", "#}", "%>"} {
			reason = strings.TrimSpace(strings.TrimSuffix(reason, closer))
		}
		if reason == "" {
			return nil, "presign-doctor:ignore " + rule + " has no reason, so it does not suppress: write why after it (presign-doctor:ignore " + rule + " -- why)"
		}
		return &suppression{Kind: "inline", Reason: reason}, ""
	}
	return nil, ""
}

func summary(rep *scanReport) string {
	n := map[string]int{}
	reported, inline, baseline := 0, 0, 0
	for _, r := range rep.Results {
		switch {
		case r.Suppressed == nil:
			reported++
			n[r.Severity]++
		case r.Suppressed.Kind == "inline":
			inline++
		default:
			baseline++
		}
	}
	s := fmt.Sprintf("%d file(s) scanned: %d finding(s) (%d error(s), %d warning(s), %d info)", rep.Files, reported, n["error"], n["warning"], n["info"])
	if inline+baseline > 0 {
		s += fmt.Sprintf("; %d suppressed inline, %d in the baseline", inline, baseline)
	}
	if len(rep.Skipped) > 0 {
		s += fmt.Sprintf("; %d file(s) skipped", len(rep.Skipped))
	}
	if len(rep.Errors) > 0 {
		s += fmt.Sprintf("; %d file(s) NOT read", len(rep.Errors))
	}
	return s
}
