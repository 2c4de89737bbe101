package engine

import (
	"fmt"
	"os"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/plant"
)

func TestZZDump(t *testing.T) {
	docs := plant.GenerateFrom(plant.HeldOut7(), 3, 3*200/8+1, 8)
	for i, d := range docs {
		os.WriteFile(fmt.Sprintf("/tmp/zzd/%03d.txt", i), []byte(d.Text), 0o644)
	}
}
