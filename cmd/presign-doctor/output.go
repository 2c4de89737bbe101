//go:build !js

package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/engine"
	"github.com/presign-doctor/presign-doctor/internal/rules"
)

const (
	repoURL  = "https://github.com/presign-doctor/presign-doctor"
	rulesURL = repoURL + "/blob/main/RULES.md"
)

// writeScanText prints each reported finding as file:line:col, its
// message, the redacted line and the rule's fix, then a summary.
func writeScanText(w io.Writer, rep *scanReport) {
	cat := engine.ScanCatalog()
	for _, r := range rep.Results {
		if r.Suppressed != nil {
			continue
		}
		fmt.Fprintf(w, "%s:%d:%d: %s %s: %s\n", r.Path, r.Line, r.Column, r.Severity, r.Rule, r.Title)
		fmt.Fprintf(w, "  %s\n", r.Message)
		if first, _, _ := strings.Cut(r.Context, "\n"); strings.TrimSpace(first) != "" {
			fmt.Fprintf(w, "  | %s\n", strings.TrimSpace(first))
		}
		if rule := cat.Lookup(r.Rule); rule != nil && rule.Fix != "" {
			fmt.Fprintf(w, "  fix: %s\n", rule.Fix)
		}
	}
	fmt.Fprintln(w, summary(rep))
}

func writeScanJSON(w io.Writer, rep *scanReport) {
	out := struct {
		Version  string     `json:"version"`
		Files    int        `json:"files"`
		Findings []result   `json:"findings"`
		Errors   []fileNote `json:"errors"`
		Skipped  []fileNote `json:"skipped"`
	}{engine.Version, rep.Files, rep.Results, rep.Errors, rep.Skipped}
	if out.Findings == nil {
		out.Findings = []result{}
	}
	if out.Errors == nil {
		out.Errors = []fileNote{}
	}
	if out.Skipped == nil {
		out.Skipped = []fileNote{}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	_ = enc.Encode(out)
}

// writeGitHub prints workflow commands: one annotation per reported
// finding (::error, ::warning or ::notice), then one per file not read.
func writeGitHub(w io.Writer, rep *scanReport) {
	for _, r := range rep.Results {
		if r.Suppressed != nil {
			continue
		}
		cmd := map[string]string{"error": "error", "warning": "warning"}[r.Severity]
		if cmd == "" {
			cmd = "notice"
		}
		fmt.Fprintf(w, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n", cmd,
			ghProp(r.Path), r.Line, r.Column, r.EndLine, r.EndColumn, ghProp(r.Rule+": "+r.Title), ghData(r.Message))
	}
	for _, e := range rep.Errors {
		fmt.Fprintf(w, "::error file=%s,title=%s::%s\n", ghProp(e.Path), ghProp("presign-doctor: file not read"), ghData(e.Reason))
	}
}

// ghData escapes a workflow command's message; ghProp a property value.
func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func ghProp(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

// SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/).
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool               sarifTool                   `json:"tool"`
		Invocations        []sarifInvocation           `json:"invocations"`
		OriginalURIBaseIDs map[string]sarifArtifactLoc `json:"originalUriBaseIds,omitempty"`
		Results            []sarifResult               `json:"results"`
		ColumnKind         string                      `json:"columnKind"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name            string      `json:"name"`
		Version         string      `json:"version"`
		SemanticVersion string      `json:"semanticVersion"`
		InformationURI  string      `json:"informationUri"`
		Rules           []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID                   string         `json:"id"`
		Name                 string         `json:"name"`
		ShortDescription     sarifText      `json:"shortDescription"`
		FullDescription      sarifText      `json:"fullDescription"`
		Help                 sarifHelp      `json:"help"`
		HelpURI              string         `json:"helpUri"`
		DefaultConfiguration sarifConfig    `json:"defaultConfiguration"`
		Properties           map[string]any `json:"properties"`
	}
	sarifText struct {
		Text string `json:"text"`
	}
	sarifHelp struct {
		Text     string `json:"text"`
		Markdown string `json:"markdown"`
	}
	sarifConfig struct {
		Level string `json:"level"`
	}
	sarifInvocation struct {
		ExecutionSuccessful        bool                `json:"executionSuccessful"`
		ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
	}
	sarifNotification struct {
		Level     string          `json:"level"`
		Message   sarifText       `json:"message"`
		Locations []sarifLocation `json:"locations,omitempty"`
	}
	sarifResult struct {
		RuleID              string             `json:"ruleId"`
		RuleIndex           int                `json:"ruleIndex"`
		Level               string             `json:"level"`
		Message             sarifText          `json:"message"`
		Locations           []sarifLocation    `json:"locations"`
		PartialFingerprints map[string]string  `json:"partialFingerprints"`
		Suppressions        []sarifSuppression `json:"suppressions,omitempty"`
	}
	sarifLocation struct {
		PhysicalLocation sarifPhysical `json:"physicalLocation"`
	}
	sarifPhysical struct {
		ArtifactLocation sarifArtifactLoc `json:"artifactLocation"`
		Region           *sarifRegion     `json:"region,omitempty"`
		ContextRegion    *sarifRegion     `json:"contextRegion,omitempty"`
	}
	sarifArtifactLoc struct {
		URI       string `json:"uri"`
		URIBaseID string `json:"uriBaseId,omitempty"`
	}
	sarifRegion struct {
		StartLine   int        `json:"startLine"`
		StartColumn int        `json:"startColumn,omitempty"`
		EndLine     int        `json:"endLine,omitempty"`
		EndColumn   int        `json:"endColumn,omitempty"`
		Snippet     *sarifText `json:"snippet,omitempty"`
	}
	sarifSuppression struct {
		Kind          string `json:"kind"`
		Justification string `json:"justification,omitempty"`
	}
)

// fingerprintKey names our partial fingerprint in SARIF.
const fingerprintKey = "presignDoctorFinding/v1"

// writeSARIF writes one run: the scan's rules with their documentation
// from the rules' data, every finding (those suppressed inline or by the
// baseline carry a suppression, as code scanning expects) with its
// redacted snippet and fingerprint, and the files not read as
// notifications.
func writeSARIF(w io.Writer, rep *scanReport, cwd string) {
	cat := engine.ScanCatalog()
	index := map[string]int{}
	var rs []sarifRule
	for i, r := range cat {
		index[r.Name] = i
		rs = append(rs, sarifRuleOf(r))
	}
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{Name: "presign-doctor", Version: engine.Version, SemanticVersion: engine.Version,
			InformationURI: repoURL, Rules: rs}},
		ColumnKind: "utf16CodeUnits",
		Results:    []sarifResult{},
	}
	if cwd != "" {
		run.OriginalURIBaseIDs = map[string]sarifArtifactLoc{"%SRCROOT%": {URI: fileURI(cwd, true)}}
	}
	inv := sarifInvocation{ExecutionSuccessful: len(rep.Errors) == 0}
	for _, e := range rep.Errors {
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sarifNotification{Level: "error",
			Message: sarifText{"not read: " + e.Reason}, Locations: []sarifLocation{{PhysicalLocation: sarifPhysical{ArtifactLocation: artifact(e.Path)}}}})
	}
	for _, s := range rep.Skipped {
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sarifNotification{Level: "note",
			Message: sarifText{"skipped: " + s.Reason}, Locations: []sarifLocation{{PhysicalLocation: sarifPhysical{ArtifactLocation: artifact(s.Path)}}}})
	}
	run.Invocations = []sarifInvocation{inv}
	for _, r := range rep.Results {
		res := sarifResult{RuleID: r.Rule, RuleIndex: index[r.Rule], Level: sarifLevel(r.Severity), Message: sarifText{r.Message},
			PartialFingerprints: map[string]string{fingerprintKey: r.Fingerprint}}
		res.Locations = []sarifLocation{{PhysicalLocation: sarifPhysical{
			ArtifactLocation: artifact(r.Path),
			Region: &sarifRegion{StartLine: r.Line, StartColumn: r.Column, EndLine: r.EndLine, EndColumn: r.EndColumn,
				Snippet: &sarifText{r.Snippet}},
			ContextRegion: &sarifRegion{StartLine: r.Line, EndLine: r.Line + strings.Count(r.Context, "\n"), Snippet: &sarifText{r.Context}},
		}}}
		if s := r.Suppressed; s != nil {
			kind := "inSource"
			if s.Kind == "baseline" {
				kind = "external"
			}
			res.Suppressions = []sarifSuppression{{Kind: kind, Justification: s.Reason}}
		}
		run.Results = append(run.Results, res)
	}
	log := sarifLog{Schema: "https://json.schemastore.org/sarif-2.1.0.json", Version: "2.1.0", Runs: []sarifRun{run}}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	_ = enc.Encode(log)
}

func sarifLevel(sev string) string {
	switch sev {
	case "error":
		return "error"
	case "warning":
		return "warning"
	}
	return "note"
}

// artifact is a SARIF location for a path as reports show it: relative to
// %SRCROOT% (the working folder), or a file: URI when outside it.
func artifact(show string) sarifArtifactLoc {
	if filepath.IsAbs(filepath.FromSlash(show)) {
		return sarifArtifactLoc{URI: fileURI(show, false)}
	}
	segs := strings.Split(show, "/")
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
	}
	return sarifArtifactLoc{URI: strings.Join(segs, "/"), URIBaseID: "%SRCROOT%"}
}

func fileURI(path string, dir bool) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	if dir && !strings.HasSuffix(p, "/") {
		p += "/"
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// sarifRuleOf is a rule's documentation (rule.go's data, as RULES.md
// shows it) in SARIF's terms.
func sarifRuleOf(r *rules.Rule) sarifRule {
	var text, md strings.Builder
	fmt.Fprintf(&text, "%s\n\nFix: %s\n", r.Title, r.Fix)
	fmt.Fprintf(&md, "**%s**\n\n**Fix:** %s\n", r.Title, r.Fix)
	if len(r.Answers) > 0 {
		text.WriteString("\nWhat S3 answers:\n")
		md.WriteString("\n| S3 answers | status | message | when |\n| --- | --- | --- | --- |\n")
		for _, a := range r.Answers {
			fmt.Fprintf(&text, "- %s (%d)", a.Code, a.Status)
			if a.Message != "" {
				fmt.Fprintf(&text, " %q", a.Message)
			}
			if a.When != "" {
				fmt.Fprintf(&text, ": %s", a.When)
			}
			text.WriteString("\n")
			fmt.Fprintf(&md, "| `%s` | %d | %s | %s |\n", a.Code, a.Status, mdCell(a.Message), mdCell(a.When))
		}
	}
	if r.Note != "" {
		fmt.Fprintf(&text, "\n%s\n", r.Note)
		fmt.Fprintf(&md, "\n%s\n", r.Note)
	}
	if len(r.CheckedAgainst) > 0 {
		text.WriteString("\nChecked against:\n")
		md.WriteString("\nChecked against:\n\n")
		for _, c := range r.CheckedAgainst {
			fmt.Fprintf(&text, "- %s\n", c)
			fmt.Fprintf(&md, "- <%s>\n", c)
		}
	}
	full := r.Note
	if full == "" {
		full = r.Title
	}
	tags := []string{"presigned-url", "s3"}
	if r.Name == "hardcoded_credentials" || strings.HasPrefix(r.Name, "policy_") {
		tags = append(tags, "security")
	} else {
		tags = append(tags, "correctness")
	}
	return sarifRule{
		ID: r.Name, Name: camel(r.Name),
		ShortDescription:     sarifText{r.Title},
		FullDescription:      sarifText{full},
		Help:                 sarifHelp{Text: text.String(), Markdown: md.String()},
		HelpURI:              rulesURL + "#" + r.Name,
		DefaultConfiguration: sarifConfig{Level: sarifLevel(r.Severity)},
		Properties:           map[string]any{"tags": tags, "evidence": r.Evidence},
	}
}

func mdCell(s string) string { return strings.ReplaceAll(s, "|", `\|`) }

// camel turns a rule name into SARIF's PascalCase name: hardcoded_credentials → HardcodedCredentials.
func camel(s string) string {
	var b strings.Builder
	for _, p := range strings.Split(s, "_") {
		if p != "" {
			b.WriteString(strings.ToUpper(p[:1]) + p[1:])
		}
	}
	return b.String()
}

// The baseline file: the findings a team has accepted, by fingerprint. The
// rule, path and line are there for people reading it; only the
// fingerprint counts.
type baselineFile struct {
	Tool     string          `json:"tool"`
	Version  int             `json:"version"`
	Findings []baselineEntry `json:"findings"`
}

type baselineEntry struct {
	Fingerprint string `json:"fingerprint"`
	Rule        string `json:"rule"`
	Path        string `json:"path"`
	Line        int    `json:"line"`
}

func readBaseline(path string) (map[string]bool, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f baselineFile
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("%s is not a baseline file: %v", path, err)
	}
	if f.Tool != "presign-doctor" || f.Version != 1 {
		return nil, fmt.Errorf("%s is not a presign-doctor baseline (version 1)", path)
	}
	m := map[string]bool{}
	for _, e := range f.Findings {
		m[e.Fingerprint] = true
	}
	return m, nil
}

func writeBaselineFile(path string, rs []result) (int, error) {
	f := baselineFile{Tool: "presign-doctor", Version: 1, Findings: []baselineEntry{}}
	for _, r := range rs {
		if r.Suppressed != nil {
			continue
		}
		f.Findings = append(f.Findings, baselineEntry{Fingerprint: r.Fingerprint, Rule: r.Rule, Path: r.Path, Line: r.Line})
	}
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return 0, err
	}
	return len(f.Findings), os.WriteFile(path, append(b, '\n'), 0o644)
}
