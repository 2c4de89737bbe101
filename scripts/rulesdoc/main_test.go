package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/rules/all"
)

// TestRulesMDUpToDate regenerates RULES.md in memory and compares it with
// the file at the repository root.
func TestRulesMDUpToDate(t *testing.T) {
	path := filepath.Join("..", "..", "RULES.md")
	have, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("RULES.md is missing at the repository root: run go run ./scripts/rulesdoc (%v)", err)
	}
	if want := render(all.Catalog()); !bytes.Equal(have, want) {
		t.Fatal("RULES.md is out of date with internal/rules/*/rule.go: run go run ./scripts/rulesdoc from the repository root")
	}
}
