//go:build js && wasm

package engine

import "syscall/js"

// cpuMillis is the process's CPU time (user and system) under Node, in
// milliseconds: on a shared machine a benchmark's wall time also counts
// the time it waited for a core.
func cpuMillis() float64 {
	u := js.Global().Get("process").Call("cpuUsage")
	return (u.Get("user").Float() + u.Get("system").Float()) / 1000
}
