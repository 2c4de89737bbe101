package plant

import (
	"reflect"
	"strings"
	"testing"
)

func TestContextsHaveSources(t *testing.T) {
	if len(Contexts) < 40 {
		t.Errorf("%d contexts, want at least 40", len(Contexts))
	}
	seen := map[string]bool{}
	for _, c := range Contexts {
		if seen[c.Name] {
			t.Errorf("context %s twice", c.Name)
		}
		seen[c.Name] = true
		if !strings.Contains(c.Source, "http") && !strings.Contains(c.Source, "RFC") {
			t.Errorf("context %s names no source", c.Name)
		}
	}
}

func TestDeterministic(t *testing.T) {
	a, b := Generate(7, 4, 10), Generate(7, 4, 10)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("same seed, different pastes")
	}
	if c := Generate(8, 4, 10); c[0].Text == a[0].Text {
		t.Fatal("different seeds, same paste")
	}
}

// TestEveryPairAndKind: one run of len(Contexts)×11 blocks covers every
// (context, encoding) pair; every secret kind and benign kind is planted.
func TestEveryPairAndKind(t *testing.T) {
	docs := Generate(1, len(Contexts)*len(Encodings)/8+1, 8)
	pairs := map[string]bool{}
	kinds := map[Kind]int{}
	benign := map[BenignKind]int{}
	for _, d := range docs {
		for _, b := range d.Blocks {
			pairs[b.Context+" "+string(b.Enc)] = true
		}
		for _, s := range d.Secrets {
			kinds[s.Kind]++
		}
		for _, b := range d.Benign {
			benign[b.Kind]++
		}
	}
	for _, c := range Contexts {
		for _, e := range EncodingsFor(c) {
			if !pairs[c.Name+" "+string(e)] {
				t.Errorf("pair %s %s never generated", c.Name, e)
			}
		}
	}
	for _, k := range Kinds {
		if kinds[k] == 0 {
			t.Errorf("kind %s never planted", k)
		}
	}
	for _, k := range BenignKinds {
		if benign[k] == 0 {
			t.Errorf("benign kind %s never planted", k)
		}
	}
}

// TestCheckerFindsEveryPlant: the survivor check finds every planted secret
// in the paste itself, whatever the encoding (so zero survivors after
// redaction means something), and every benign item reads in it.
func TestCheckerFindsEveryPlant(t *testing.T) {
	n := 0
	for _, d := range Generate(3, 120, 8) {
		found := map[*Secret]bool{}
		for _, s := range d.Survivors(d.Text) {
			found[s] = true
		}
		for _, s := range d.Secrets {
			n++
			if !found[s] {
				t.Errorf("%s %s %s (%s): not found in its own paste: %.60q", s.Context, s.Kind, s.Enc, s.Slot, s.Value)
			}
		}
		for _, b := range d.Altered(d.Text) {
			t.Errorf("%s %s %s: benign item not found in its own paste: %.60q", b.Context, b.Kind, b.Enc, b.Value)
		}
		// and none in a text without them
		if s := d.Survivors("nothing planted here\n" + strings.Repeat("x", 100)); len(s) > 0 {
			t.Errorf("found %d secrets in an empty text", len(s))
		}
	}
	t.Logf("%d planted secrets found in their pastes", n)
}

func TestNormalizeForms(t *testing.T) {
	v := "wJalrXUtnFEMI/K7MDENG+bPxRfiCY=EXAMPLEKEY"
	for _, form := range []string{
		v, PctEncode(v), PctEncode(PctEncode(v)), pctEncode(v, true),
		strings.NewReplacer("/", `\/`, "+", `\u002b`).Replace(v),
		strings.NewReplacer("/", "&#x2F;", "+", "&#43;", "=", "&#x3D;").Replace(v),
		v[:20] + "\n" + v[20:], v[:20] + "\\\n" + v[20:],
	} {
		if !strings.Contains(Normalize(form), v) {
			t.Errorf("Normalize(%q) misses the value", form)
		}
	}
}

func TestOneOverride(t *testing.T) {
	for ci := range Contexts {
		d := One(ci, ci, 1, uint64(ci), "Zx9QvT4mKp2WnR7s")
		hit := false
		for _, s := range d.Secrets {
			hit = hit || s.Value == "Zx9QvT4mKp2WnR7s"
		}
		if len(d.Secrets) > 0 && !hit {
			t.Errorf("%s: override value not planted", Contexts[ci].Name)
		}
	}
}
