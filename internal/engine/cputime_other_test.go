//go:build !(js && wasm)

package engine

import "syscall"

// cpuMillis is the process's CPU time (user and system), in milliseconds:
// on a shared machine a benchmark's wall time also counts the time it
// waited for a core.
func cpuMillis() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e6
}
