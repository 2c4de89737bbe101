package engine

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"reflect"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/presign-doctor/presign-doctor/internal/plant"
)

// survivorsFile is the ratchet of TestRedactPlantedProperty: the
// (context kind encoding) triples whose planted secrets survive today.
// The test fails on a survivor whose triple is not listed AND on a listed
// triple that no longer survives; -update-survivors rewrites it. The goal
// (issue 18) is an empty file.
const survivorsFile = "testdata/redact-survivors.txt"

var updateSurvivors = flag.Bool("update-survivors", false, "rewrite "+survivorsFile+" with the (context kind encoding) triples whose planted secrets survive today")

// propertyDocs is the size of the property run: 8 contexts a paste, about
// 20,700 planted secrets natively (about 6 s). Under GOOS=js (wasm test runs, several
// times slower: 92 pastes took 21 s) and -short it runs 1/20 of them, and the ratchet only
// checks that no unlisted triple survives (a listed one may simply not be
// drawn).
func propertyDocs() (docs, perDoc int, full bool) {
	if runtime.GOOS == "js" || runtime.GOOS == "wasip1" || testing.Short() {
		return 46, 8, false
	}
	return 920, 8, true
}

// field is one string of a response and where it sits.
type field struct{ path, text string }

// responseStrings walks every string of v (the whole Response: redacted
// text, redactions, findings and their fixes, code, diff, SigV4 strings
// and diff lines, report Markdown and HTML, prompt, triage, limits).
func responseStrings(v reflect.Value, path string, out *[]field) {
	switch v.Kind() {
	case reflect.String:
		if v.Len() > 0 {
			*out = append(*out, field{path, v.String()})
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			responseStrings(v.Field(i), path+"."+v.Type().Field(i).Name, out)
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			responseStrings(v.Index(i), fmt.Sprintf("%s[%d]", path, i), out)
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			responseStrings(v.Elem(), path, out)
		}
	case reflect.Map:
		it := v.MapRange()
		for it.Next() {
			responseStrings(it.Value(), path+"["+fmt.Sprint(it.Key())+"]", out)
		}
	}
}

func texts(fs []field) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.text
	}
	return out
}

// where names the response fields a surviving secret is found in.
func where(d *plant.Doc, s *plant.Secret, fs []field) string {
	var in []string
	for _, f := range fs {
		if d.HayFor([]string{f.text}).Has(s) {
			in = append(in, f.path)
			if len(in) == 3 {
				in = append(in, "…")
				break
			}
		}
	}
	if len(in) == 0 {
		return "(across fields)"
	}
	return strings.Join(in, ", ")
}

func readSurvivors(t testing.TB) map[string]bool {
	out := map[string]bool{}
	f, err := os.Open(survivorsFile)
	if os.IsNotExist(err) {
		return out
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out[line] = true
	}
	return out
}

func writeSurvivors(t *testing.T, triples map[string]int) {
	keys := make([]string, 0, len(triples))
	for k := range triples {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var sb strings.Builder
	sb.WriteString("# Ratchet of TestRedactPlantedProperty (internal/engine/redact_property_test.go):\n")
	sb.WriteString("# the \"context kind encoding\" triples of internal/plant whose planted secrets\n")
	sb.WriteString("# survive somewhere in the response today. The test fails on any survivor not\n")
	sb.WriteString("# listed here and on a listed triple that no longer survives. Rewrite with\n")
	sb.WriteString("#   go test ./internal/engine -run TestRedactPlantedProperty -update-survivors\n")
	sb.WriteString("# A line \"benign <kind>\" lets that benign kind be altered more than 0.5 %.\n")
	sb.WriteString("# Issue 18 is done when this file lists nothing.\n")
	for _, k := range keys {
		sb.WriteString(k + "\n")
	}
	if err := os.WriteFile(survivorsFile, []byte(sb.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

type tally struct{ n, bad int }

func (c *tally) rate() string {
	if c.n == 0 {
		return "-"
	}
	return fmt.Sprintf("%.2f%%", 100*float64(c.bad)/float64(c.n))
}

// TestRedactPlantedProperty plants about 20,700 secrets (internal/plant:
// every context × encoding × kind, values of varied shapes) in pastes of
// 8 contexts each, runs each paste through Analyze, and searches every
// string of the whole response for every planted secret in every form
// (raw, percent-encoded once or twice, HTML entities, JSON escapes, base64
// where it was planted so, wrapped lines, split literals; a long value also
// by 16-character windows, so a half left visible counts). It also checks
// that benign items (hashes, IDs, keys, dates…) stay readable in the
// redacted text: at most 0.5 % altered per kind.
//
// Survivors are held by the ratchet file testdata/redact-survivors.txt (see
// survivorsFile); benign alterations are held to the 0.5 % bound per kind.
func TestRedactPlantedProperty(t *testing.T) {
	nDocs, perDoc, full := propertyDocs()
	t0 := time.Now()
	docs := plant.Generate(18, nDocs, perDoc)
	gen := time.Since(t0)

	perKind := map[plant.Kind]*tally{}
	perCtx := map[string]*tally{}
	perEnc := map[plant.Enc]*tally{}
	benKind := map[plant.BenignKind]*tally{}
	benCtx := map[string]*tally{}
	triples := map[string]int{}
	example := map[string]string{}
	get := func(m map[string]*tally, k string) *tally {
		if m[k] == nil {
			m[k] = &tally{}
		}
		return m[k]
	}
	known := readSurvivors(t)
	var alteredEx []string
	var analyze, check time.Duration
	secrets, benign := 0, 0
	for i := range docs {
		d := &docs[i]
		t1 := time.Now()
		resp := Analyze(Request{Input: d.Text, Now: "2024-01-15T12:30:00Z"})
		analyze += time.Since(t1)
		if resp.Error != "" {
			t.Fatalf("paste %d: %s", i, resp.Error)
		}
		t2 := time.Now()
		var fs []field
		responseStrings(reflect.ValueOf(resp), "resp", &fs)
		left := map[*plant.Secret]bool{}
		for _, s := range d.Survivors(texts(fs)...) {
			left[s] = true
		}
		for _, s := range d.Secrets {
			secrets++
			k := perKind[s.Kind]
			if k == nil {
				k = &tally{}
				perKind[s.Kind] = k
			}
			e := perEnc[s.Enc]
			if e == nil {
				e = &tally{}
				perEnc[s.Enc] = e
			}
			c := get(perCtx, s.Context)
			k.n++
			e.n++
			c.n++
			if left[s] {
				k.bad++
				e.bad++
				c.bad++
				tr := s.Triple()
				triples[tr]++
				if example[tr] == "" && !known[tr] && !*updateSurvivors {
					example[tr] = fmt.Sprintf("slot %q, value %.24q…, in %s", s.Slot, s.Value, where(d, s, fs))
				}
			}
		}
		altered := map[*plant.Benign]bool{}
		for _, b := range d.Altered(resp.Redacted) {
			altered[b] = true
		}
		for _, b := range d.Benign {
			benign++
			k := benKind[b.Kind]
			if k == nil {
				k = &tally{}
				benKind[b.Kind] = k
			}
			c := get(benCtx, b.Context)
			k.n++
			c.n++
			if altered[b] {
				k.bad++
				c.bad++
				if len(alteredEx) < 40 {
					alteredEx = append(alteredEx, fmt.Sprintf("%s %s %s: %.50q", b.Context, b.Kind, b.Enc, b.Value))
				}
			}
		}
		check += time.Since(t2)
	}

	// the report
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d pastes, %d contexts, %d planted secrets, %d benign items; generate %v, Analyze %v, search %v\n",
		len(docs), len(plant.Contexts), secrets, benign, gen.Round(time.Millisecond), analyze.Round(time.Millisecond), check.Round(time.Millisecond))
	sb.WriteString("\nsurvivors per kind:\n")
	for _, k := range plant.Kinds {
		if c := perKind[k]; c != nil {
			fmt.Fprintf(&sb, "  %-22s %6d planted %5d survive (%s)\n", k, c.n, c.bad, c.rate())
		}
	}
	sb.WriteString("\nsurvivors per encoding:\n")
	for _, e := range plant.Encodings {
		if c := perEnc[e]; c != nil {
			fmt.Fprintf(&sb, "  %-22s %6d planted %5d survive (%s)\n", e, c.n, c.bad, c.rate())
		}
	}
	sb.WriteString("\nper context (secrets survive / benign altered):\n")
	for _, name := range plant.ContextNames() {
		c, b := perCtx[name], benCtx[name]
		if c == nil {
			c = &tally{}
		}
		if b == nil {
			b = &tally{}
		}
		fmt.Fprintf(&sb, "  %-26s %5d planted %5d survive (%s)   %5d benign %4d altered (%s)\n", name, c.n, c.bad, c.rate(), b.n, b.bad, b.rate())
	}
	sb.WriteString("\nbenign items altered per kind (bound 0.5 %):\n")
	for _, k := range plant.BenignKinds {
		if c := benKind[k]; c != nil {
			fmt.Fprintf(&sb, "  %-22s %6d planted %5d altered (%s)\n", k, c.n, c.bad, c.rate())
		}
	}
	if len(alteredEx) > 0 {
		sb.WriteString("\nbenign items altered (first 40):\n  " + strings.Join(alteredEx, "\n  ") + "\n")
	}
	t.Log(sb.String())

	if full && secrets < 20000 {
		t.Errorf("only %d planted secrets; the property wants at least 20,000", secrets)
	}
	over := map[string]bool{}
	for _, k := range plant.BenignKinds {
		if c := benKind[k]; c != nil && c.bad*200 > c.n {
			over["benign "+string(k)] = true
			// a subset is too small for a 0.5 % bound (1 of 124 is 0.8 %)
			if full && !known["benign "+string(k)] && !*updateSurvivors {
				t.Errorf("benign %s: %d of %d altered (%s), over the 0.5 %% bound (not listed in %s)", k, c.bad, c.n, c.rate(), survivorsFile)
			}
		}
	}

	// the ratchet
	if *updateSurvivors {
		if !full {
			t.Fatal("-update-survivors needs the full run (not -short, not wasm)")
		}
		for k := range over {
			triples[k] = 1
		}
		writeSurvivors(t, triples)
		t.Logf("wrote %d surviving triples to %s", len(triples), survivorsFile)
		return
	}
	var news, gone []string
	for tr := range known {
		if strings.HasPrefix(tr, "benign ") && full && !over[tr] {
			gone = append(gone, tr+" (now within the 0.5 % bound)")
		}
	}
	for tr := range triples {
		if !known[tr] {
			news = append(news, fmt.Sprintf("%s (%d): %s", tr, triples[tr], example[tr]))
		}
	}
	if full {
		for tr := range known {
			if triples[tr] == 0 && !strings.HasPrefix(tr, "benign ") {
				gone = append(gone, tr)
			}
		}
	}
	sort.Strings(news)
	sort.Strings(gone)
	for _, s := range news {
		t.Errorf("planted secret survives (context kind encoding not in %s): %s", survivorsFile, s)
	}
	if len(gone) > 0 {
		t.Errorf("%d triples of %s no longer survive: remove them (-update-survivors):\n  %s", len(gone), survivorsFile, strings.Join(gone, "\n  "))
	}
	if len(triples) > 0 {
		t.Logf("%d (context kind encoding) triples still survive, all listed in %s", len(triples), survivorsFile)
	}
}

// FuzzPlantedSlot plants a secret in a slot of a context, both chosen by
// the fuzzer, in one of the context's encodings; the value is the fuzzer's
// string when plant.Usable accepts it (printable, 8–400 characters, none of
// the characters that would change the context's syntax rather than fill
// its slot), else a generated one. It fails if the value survives anywhere
// in the response, unless its (context kind encoding) triple is listed in
// testdata/redact-survivors.txt (the ratchet of TestRedactPlantedProperty;
// empty once issue 18 is done). A value the response holds anyway (a word
// such as "Signature" or "us-east-1") is skipped.
func FuzzPlantedSlot(f *testing.F) {
	f.Add(uint8(0), uint8(0), uint8(0), uint64(1), "")
	f.Add(uint8(4), uint8(0), uint8(2), uint64(2), "Zr8mQ2xw9LkT4vBn7cYp")
	f.Add(uint8(34), uint8(1), uint8(0), uint64(3), "hunter2isnotasecret")
	f.Add(uint8(39), uint8(3), uint8(1), uint64(4), "GK4f1d2c3b4a5968778695a4b3")
	f.Add(uint8(44), uint8(7), uint8(2), uint64(5), "f7684f4eefa109878e32cc603cae9d054dda8bea621149cc0f770554c64c3aa7")
	known := readSurvivors(f)
	f.Fuzz(func(t *testing.T, ci, ei, slot uint8, seed uint64, value string) {
		if !plant.Usable(value) {
			value = ""
		}
		d := plant.One(int(ci), int(ei), int(slot), seed, value)
		var target *plant.Secret
		for _, s := range d.Secrets {
			if value == "" || s.Value == value {
				target = s
				break
			}
		}
		if target == nil {
			return // a context without secrets
		}
		resp := Analyze(Request{Input: d.Text, Now: "2024-01-15T12:30:00Z"})
		if strings.HasPrefix(resp.Error, "internal error") {
			t.Fatalf("panic: %s", resp.Error)
		}
		var fs []field
		responseStrings(reflect.ValueOf(resp), "resp", &fs)
		if !d.HayFor(texts(fs)).Has(target) {
			return
		}
		if value != "" {
			// a value the response holds whatever the slot carries
			base := plant.One(int(ci), int(ei), int(slot), seed, "")
			var bfs []field
			responseStrings(reflect.ValueOf(Analyze(Request{Input: base.Text, Now: "2024-01-15T12:30:00Z"})), "resp", &bfs)
			all := plant.Normalize(strings.Join(texts(bfs), "\x00") + "\x00" + base.Text)
			if strings.Contains(all, value) {
				return // the value is a word of the response or of the context itself
			}
		}
		if known[target.Triple()] {
			t.Logf("survives, known (listed in %s): %s", survivorsFile, target.Triple())
			return
		}
		t.Fatalf("%s (slot %q) survives in %s: %q", target.Triple(), target.Slot, where(&d, target, fs), target.Value)
	})
}
