// Command analyze runs the engine natively on request files and prints one
// JSON response per line, in the order given: the reference that the wasm
// build is compared against (tier 3 of make test).
package main

import (
	"fmt"
	"os"

	"github.com/presign-doctor/presign-doctor/internal/engine"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: analyze request.json...")
		os.Exit(2)
	}
	for _, name := range os.Args[1:] {
		b, err := os.ReadFile(name)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Println(engine.AnalyzeJSON(string(b)))
	}
}
