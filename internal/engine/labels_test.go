package engine

import (
	"bytes"
	"compress/gzip"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// labelCase is one paste of testdata/labels: its text and its wants.
type labelCase struct {
	name, paste string
	want        []string
}

func readLabelCases(t *testing.T) []labelCase {
	t.Helper()
	files, _ := filepath.Glob("testdata/labels/*.txt")
	if len(files) < 5 {
		t.Fatalf("only %d label pastes", len(files))
	}
	var out []labelCase
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		head, rest, ok := strings.Cut(s, "-- paste --\n")
		paste, want, ok2 := strings.Cut(rest, "-- want --\n")
		if !ok || !ok2 || !strings.Contains(head, "source: ") || !strings.Contains(head, "written: ") {
			t.Fatalf("%s: want comment lines with source: and written:, then -- paste -- and -- want --", f)
		}
		c := labelCase{name: filepath.Base(f), paste: paste}
		for _, l := range strings.Split(strings.TrimSpace(want), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				c.want = append(c.want, l)
			}
		}
		out = append(out, c)
	}
	return out
}

// TestPasteLabels checks the kinds Analyze gives the parts of pastes that
// are not Python although lines of them look like it (log lines, # comments
// of a shell history), and of Python near-misses.
func TestPasteLabels(t *testing.T) {
	for _, c := range readLabelCases(t) {
		resp := Analyze(Request{Input: c.paste, Now: corpusDefaultNow})
		if resp.Error != "" {
			t.Errorf("%s: %s", c.name, resp.Error)
			continue
		}
		kinds := map[string]bool{}
		for _, in := range resp.Inputs {
			kinds[in.Kind] = true
		}
		for _, w := range c.want {
			verb, kind, _ := strings.Cut(w, " ")
			switch verb {
			case "no":
				if kinds[kind] {
					for _, in := range resp.Inputs {
						if in.Kind == kind {
							t.Errorf("%s: labelled %s: %q", c.name, kind, resp.Redacted[in.Start:in.End])
						}
					}
				}
				for _, f := range resp.Findings {
					if kind == "python" && f.Rule == "syntax" {
						t.Errorf("%s: a syntax finding: %s", c.name, f.Message)
					}
				}
			case "has":
				if !kinds[kind] {
					t.Errorf("%s: no %s part (inputs %v)", c.name, kind, resp.Inputs)
				}
			case "unrecognised":
				if resp.NothingRecognised == "" || len(resp.Findings) > 0 {
					t.Errorf("%s: want nothing recognised, got %q and %d findings", c.name, resp.NothingRecognised, len(resp.Findings))
				}
			default:
				t.Fatalf("%s: unknown want %q", c.name, w)
			}
		}
	}
}

// junkPastes are inputs nothing can read: binary files pasted or dropped
// as text (the page decodes them as UTF-8, invalid bytes becoming U+FFFD),
// and text that is no format at all.
func junkPastes() map[string]string {
	rng := rand.New(rand.NewSource(23))
	random := make([]byte, 64<<10)
	rng.Read(random)
	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"), random[:8<<10]...)
	var gz bytes.Buffer
	w := gzip.NewWriter(&gz)
	w.Write([]byte(strings.Repeat("s3.generate_presigned_url('get_object', Params={'Bucket': b, 'Key': k})\n", 200)))
	w.Close()
	elf := append([]byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00"), random[8<<10:24<<10]...)
	// Random bytes with a newline every so often, so that some lines start
	// with '#' or a name and '(' as a Python line does.
	lines := make([]byte, 0, 32<<10)
	for i, b := range random[24<<10 : 56<<10] {
		if i%61 == 0 {
			lines = append(lines, '\n', "#abc(_"[i%6])
		}
		lines = append(lines, b)
	}
	return map[string]string{
		"random":    strings.ToValidUTF8(string(random), "\uFFFD"),
		"png":       strings.ToValidUTF8(string(png), "\uFFFD"),
		"gzip":      strings.ToValidUTF8(gz.String(), "\uFFFD"),
		"elf":       strings.ToValidUTF8(string(elf), "\uFFFD"),
		"lines":     strings.ToValidUTF8(string(lines), "\uFFFD"),
		"keyboard":  "asdfjkl;asdf jkl; qwerty\nzxcv zxcv zxcv\n;;;;;;;\n",
		"nul-run":   strings.Repeat("\x00", 4096),
		"mojibake":  strings.Repeat("Ã¤Ã¶Ã¼ ï»¿ â€œâ€\u009d ", 200),
		"base64ish": strings.Repeat("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=", 100),
	}
}

// TestJunkIsNothingRecognised checks that a paste nothing can read gets a
// clear "nothing recognised" answer: no part labelled as code, no finding.
func TestJunkIsNothingRecognised(t *testing.T) {
	for name, in := range junkPastes() {
		resp := Analyze(Request{Input: in, Now: corpusDefaultNow})
		if resp.Error != "" {
			t.Errorf("%s: %s", name, resp.Error)
			continue
		}
		for _, p := range resp.Inputs {
			if p.Kind != "text" {
				t.Errorf("%s: a part labelled %s", name, p.Kind)
			}
		}
		for _, f := range resp.Findings {
			t.Errorf("%s: finding %s: %s", name, f.Rule, f.Message)
		}
		if resp.NothingRecognised == "" {
			t.Errorf("%s: no nothing-recognised message", name)
		}
	}
	// A paste that is read never says so.
	resp := Analyze(Request{Input: "aws s3 presign s3://b/k --expires-in 60", Now: corpusDefaultNow})
	if resp.NothingRecognised != "" {
		t.Errorf("an aws command: nothing recognised: %q", resp.NothingRecognised)
	}
}
