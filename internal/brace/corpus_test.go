package brace

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

// facts renders a result as the corpus's want lines.
func facts(r *Result) []string {
	set := map[string]bool{}
	add := func(format string, a ...any) { set[fmt.Sprintf(format, a...)] = true }
	lang := r.Detection.Lang
	add("lang %s", lang)
	for _, p := range r.Presigns {
		add("sdk %s", p.SDK)
		switch {
		case p.Kind == "post":
			add("post")
		case p.Op != "":
			add("presign %s %s", p.Op, p.Method)
		}
		if p.Bucket != nil {
			add("bucket %s", p.Bucket)
		}
		if p.Key != nil {
			add("key %s", p.Key)
		}
		if p.Expires != nil {
			add("expires %s", p.Expires)
		}
		for _, x := range p.Params {
			add("param %s %s", x.Name, x.Value)
		}
		for _, x := range p.Meta {
			add("meta %s %s", x.Name, x.Value)
		}
		for _, x := range p.Headers {
			add("header %s %s", x.Name, x.Value)
		}
		for _, x := range p.Query {
			add("query %s %s", x.Name, x.Value)
		}
		for _, x := range p.Fields {
			add("field %s %s", x.Name, x.Value)
		}
		for _, h := range p.SignableHeaders {
			add("signable %s", h)
		}
		for _, h := range p.UnhoistableHeaders {
			add("unhoistable %s", h)
		}
		if p.Protocol != nil {
			add("protocol %s", p.Protocol)
		}
		if p.VirtualHost != nil {
			add("virtualhost %s", strings.Trim(p.VirtualHost.String(), `"`))
		}
	}
	if c := r.Client; c != nil {
		if c.Region != nil {
			add("region %s", c.Region)
		}
		if c.Endpoint != nil {
			add("endpoint %s", c.Endpoint)
		}
		if c.PathStyle != nil {
			add("pathstyle %s", strings.Trim(c.PathStyle.String(), `"`))
		}
		if c.SignatureVersion != nil {
			add("sigv %s", c.SignatureVersion)
		}
		if c.Accelerate != nil {
			add("accelerate %s", strings.Trim(c.Accelerate.String(), `"`))
		}
	}
	for _, c := range r.Credentials {
		add("cred %s", c.Kind)
	}
	for _, s := range r.Sends {
		add("send %s", s.Method)
		for _, h := range s.Headers {
			add("send-header %s %s", h.Name, h.Value)
		}
	}
	for _, e := range r.Edits {
		add("edit %s", e.What)
	}
	if len(r.Problems) > 0 {
		add("problem")
	}
	var out []string
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// floors are the per-family shares of expected facts the reader must
// extract (recall) with no more than the allowed share of unexpected ones;
// they only go up.
var floors = map[string]float64{"jsv3": 0.99, "jsv2": 0.99, "go": 0.99, "java": 0.99, "dotnet": 0.97, "php": 0.99, "ruby": 0.99, "rust": 0.99}

func TestCorpus(t *testing.T) {
	fams, _ := filepath.Glob("testdata/*")
	total := 0
	for _, fam := range fams {
		files, _ := filepath.Glob(filepath.Join(fam, "*.txtar"))
		name := filepath.Base(fam)
		if len(files) == 0 {
			continue
		}
		var want, got, hit, exact int
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			comment, sections := parseTxtar(string(data))
			paste, wantText := sections["paste"], sections["want"]
			if !strings.Contains(comment, "http") {
				t.Errorf("%s: the comment must name the thread it is modelled on", f)
			}
			r := Read(paste, source.Span{Start: 0, End: len(paste)})
			checkSpans(t, f, paste, r)
			gs := facts(r)
			gotSet := map[string]bool{}
			for _, g := range gs {
				gotSet[g] = true
			}
			var ws []string
			for _, l := range strings.Split(strings.TrimSpace(wantText), "\n") {
				if l = strings.TrimSpace(l); l != "" {
					ws = append(ws, l)
				}
			}
			wantSet := map[string]bool{}
			var missing, extra []string
			for _, w := range ws {
				wantSet[w] = true
				if gotSet[w] {
					hit++
				} else {
					missing = append(missing, w)
				}
			}
			for _, g := range gs {
				if !wantSet[g] {
					extra = append(extra, g)
				}
			}
			want += len(ws)
			got += len(gs)
			if len(missing) == 0 && len(extra) == 0 {
				exact++
			} else if testing.Verbose() {
				t.Logf("%s:\n  missing %q\n  extra   %q", f, missing, extra)
			}
		}
		total += len(files)
		recall := float64(hit) / float64(max(want, 1))
		precision := float64(hit) / float64(max(got, 1))
		t.Logf("%-7s pastes %3d  exact %3d  facts %4d  found %4d  recall %.3f  precision %.3f", name, len(files), exact, want, hit, recall, precision)
		if recall < floors[name] || precision < 0.99 {
			t.Errorf("%s: recall %.3f (floor %.3f), precision %.3f (floor 0.99)", name, recall, floors[name], precision)
		}
	}
	if total < 175 {
		t.Errorf("corpus has %d pastes, want at least 175", total)
	}
}

// parseTxtar reads the txtar format: a comment, then "-- name --" lines
// each starting a section.
func parseTxtar(s string) (string, map[string]string) {
	sections := map[string]string{}
	var comment strings.Builder
	name := ""
	var cur strings.Builder
	flush := func() {
		if name != "" {
			sections[name] = cur.String()
		}
		cur.Reset()
	}
	for _, l := range strings.SplitAfter(s, "\n") {
		t := strings.TrimRight(l, "\n")
		if strings.HasPrefix(t, "-- ") && strings.HasSuffix(t, " --") && len(t) > 6 {
			flush()
			name = t[3 : len(t)-3]
			continue
		}
		if name == "" {
			comment.WriteString(l)
		} else {
			cur.WriteString(l)
		}
	}
	flush()
	return comment.String(), sections
}

// checkSpans checks that every value's span shows its expression: the
// span is where the fix goes, so it must be the text the value came from.
func checkSpans(t *testing.T, name, text string, r *Result) {
	t.Helper()
	collapse := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	check := func(what string, v *Value) {
		if v == nil || v.Span.End > len(text) || v.Span.Start > v.Span.End {
			if v != nil {
				t.Errorf("%s: %s span %v out of the text", name, what, v.Span)
			}
			return
		}
		sp := v.Span
		if v.From != (source.Span{}) && v.From.End <= len(text) && v.From.Start <= v.From.End {
			sp = v.From // a value reached through a name: the fix goes where it was written
		}
		if got := collapse(text[sp.Start:sp.End]); v.Expr != "" && !strings.Contains(got, v.Expr) {
			t.Errorf("%s: %s span shows %q, not its expression %q", name, what, got, v.Expr)
		}
	}
	for _, p := range r.Presigns {
		check("bucket", p.Bucket)
		check("key", p.Key)
		for _, x := range p.Params {
			check("param "+x.Name, x.Value)
		}
	}
	for _, s := range r.Sends {
		for _, h := range s.Headers {
			check("header "+h.Name, h.Value)
		}
	}
}
