package engine

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/presign-doctor/presign-doctor/internal/model"
)

func TestZZURLEnds(t *testing.T) {
	b, _ := os.ReadFile("/tmp/hrules/urlends.txt")
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		parts := Split(line)
		f := model.Build(line, parts, time.Date(2024, 1, 15, 14, 30, 0, 0, time.UTC))
		for _, u := range f.URLs {
			r := u.Raw
			fmt.Printf("%-40q tail=%q params=%d last=%q\n", line[:12]+"…"+line[len(line)-12:], r[len(r)-8:], len(u.Params), u.Params[len(u.Params)-1].Name+"="+u.Params[len(u.Params)-1].Value)
		}
		if len(f.URLs) == 0 {
			fmt.Printf("%q NO URL\n", line[:20])
		}
	}
}
