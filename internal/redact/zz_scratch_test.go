package redact

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/plant"
)

func TestZZScratch(t *testing.T) {
	enc := os.Getenv("ZZENC")
	byCtx := map[string][]string{}
	for ci := range plant.Contexts {
		for s := 0; s < 30; s++ {
			for ei := 0; ei < 11; ei++ {
				d := plant.One(ci, ei, s, uint64(ci*100+s), "")
				if len(d.Blocks) == 0 || enc != "" && string(d.Blocks[0].Enc) != enc {
					continue
				}
				r := Redact(d.Text, Options{})
				if os.Getenv("ZZBENIGN") != "" {
					for _, b := range d.Altered(r.Text) {
						key := "BENIGN " + plant.Contexts[ci].Name + " " + string(b.Kind)
						if len(byCtx[key]) < 1 {
							n := r.Text
							ctx := ""
							for _, x := range r.Redactions {
								ctx += x.Placeholder + " "
							}
							_ = n
							byCtx[key] = append(byCtx[key], fmt.Sprintf("%q ||| %s", b.Value, ctx))
						}
					}
					continue
				}
				for _, sv := range d.Survivors(r.Text) {
					key := plant.Contexts[ci].Name + " " + string(sv.Kind) + " " + sv.Slot + " [" + string(d.Blocks[0].Enc) + "]"
					if len(byCtx[key]) < 1 {
						n := plant.Normalize(r.Text)
						x := strings.Index(n, plant.Needles(sv)[0])
						ctx := ""
						if x >= 0 {
							ctx = n[max(0, x-150):min(len(n), x+80)]
						}
						byCtx[key] = append(byCtx[key], fmt.Sprintf("%q  ||| %q", sv.Value, ctx))
					}
				}
			}
		}
	}
	keys := make([]string, 0, len(byCtx))
	for k := range byCtx {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, byCtx[k][0])
	}
}
