package engine

import (
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/lazyre"
)

// The packages' patterns compile on first use (lazyre); this compiles every
// one the engine links, so an invalid pattern fails here and not in a
// user's paste.
func TestEveryPatternCompiles(t *testing.T) {
	if n := lazyre.CompileAll(); n < 30 {
		t.Errorf("only %d patterns registered; the engine links about 34", n)
	}
}
