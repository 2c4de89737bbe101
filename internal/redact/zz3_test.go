package redact

import (
	"fmt"
	"strings"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/plant"
)

func TestZZ3(t *testing.T) {
	want := map[string]string{"har": "host-id", "aws-cli-debug": "payload-hash"}
	for ci := range plant.Contexts {
		k, ok := want[plant.Contexts[ci].Name]
		if !ok {
			continue
		}
		done := false
		for s := 0; s < 12 && !done; s++ {
			for ei := 0; ei < 11 && !done; ei++ {
				d := plant.One(ci, ei, s, uint64(ci*100+s), "")
				if string(d.Blocks[0].Enc) != "wrap80" {
					continue
				}
				r := Redact(d.Text, Options{})
				for _, b := range d.Altered(r.Text) {
					if k == "" || string(b.Kind) == k {
						x := strings.Index(d.Text, b.Value)
						fmt.Printf("== %s %s %q\n", plant.Contexts[ci].Name, b.Kind, b.Value)
						for _, rr := range r.Redactions {
							fmt.Printf("   %s %s\n", rr.Kind, rr.Placeholder)
						}
						x = strings.Index(r.Text, "UNKNOWN_SECRET_")
						if x < 0 {
							x = 0
						}
						fmt.Printf("RED: %q\n", r.Text[max(0, x-300):min(len(r.Text), x+200)])
						done = true
						break
					}
				}
			}
		}
	}
}
