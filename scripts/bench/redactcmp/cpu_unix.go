//go:build linux || darwin

package main

import (
	"syscall"
	"time"
)

// cpu is the process's CPU time (user and system).
func cpu() time.Duration {
	var r syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &r)
	return time.Duration(r.Utime.Nano() + r.Stime.Nano())
}
