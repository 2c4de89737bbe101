//go:build js && wasm

// Command coldstages times the first analyses in a fresh wasm instance,
// step by step, under Node (not part of make bench). Build it with the
// site's flags and run it with Go's wasm_exec_node.js from the repository's
// root, one fresh process a run:
//
//	GOOS=js GOARCH=wasm go build -trimpath -gcflags=all=-l -gcflags=net/http= -o /tmp/cs.wasm ./scripts/bench/coldstages
//	node [V8 flags] $(go env GOROOT)/lib/wasm/wasm_exec_node.js /tmp/cs.wasm STEPS
//
// STEPS is a comma list run in order, each timed in wall time and in the
// process's CPU time: "re" (every lazily compiled pattern), "warm" (the
// page's warm-up, internal/warm), "gc" (runtime.GC), or the name of a request
// under internal/engine/testdata/requests (one analysis of it). With
// --single-threaded --no-wasm-dynamic-tiering the CPU time is this thread's
// alone with Liftoff code only (no optimising compiler in the background):
// a figure that the machine's load does not move. --no-wasm-lazy-compilation
// compiles every function before main runs: the first analysis then shows
// what is left besides V8's lazy compilation (patterns, tables, caches).
package main

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"syscall/js"
	"time"

	"github.com/presign-doctor/presign-doctor/internal/engine"
	"github.com/presign-doctor/presign-doctor/internal/lazyre"
	"github.com/presign-doctor/presign-doctor/internal/warm"
)

func main() {
	var ms runtime.MemStats
	for _, step := range strings.Split(os.Args[1], ",") {
		runtime.ReadMemStats(&ms)
		gc0, pause0 := ms.NumGC, ms.PauseTotalNs
		var req []byte
		if step != "re" && step != "gc" && step != "warm" {
			b, err := os.ReadFile("internal/engine/testdata/requests/" + step + ".json")
			if err != nil {
				panic(err)
			}
			req = b
		}
		c0 := cpu()
		t0 := time.Now()
		switch step {
		case "re":
			lazyre.CompileAll()
		case "warm":
			for _, f := range warm.Steps() {
				f()
			}
		case "gc":
			runtime.GC()
		default:
			engine.AnalyzeJSON(string(req))
		}
		d := time.Since(t0)
		dc := cpu() - c0
		runtime.ReadMemStats(&ms)
		fmt.Printf("%s\t%.1f ms\tcpu %.1f ms\tgc %d (%.1f ms pause)\theap %d KB\n", step, float64(d.Microseconds())/1000, dc, ms.NumGC-gc0, float64(ms.PauseTotalNs-pause0)/1e6, ms.HeapAlloc>>10)
	}
}

// cpu is the process's CPU time in ms (Node's process.cpuUsage: every
// thread; run Node with --single-threaded for this thread's alone).
func cpu() float64 {
	u := js.Global().Get("process").Call("cpuUsage")
	return (u.Get("user").Float() + u.Get("system").Float()) / 1000
}
