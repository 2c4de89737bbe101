//go:build js

package main

import (
	"syscall/js"
	"time"
)

// cpu is Node's process CPU time (user and system, all of its threads).
func cpu() time.Duration {
	u := js.Global().Get("process").Call("cpuUsage")
	return time.Duration(u.Get("user").Float()+u.Get("system").Float()) * time.Microsecond
}
