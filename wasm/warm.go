//go:build js && wasm

package main

import (
	"github.com/hack-pad/safejs"

	"github.com/presign-doctor/presign-doctor/internal/warm"
)

// scheduleWarm has JavaScript run the warm-up's steps, each in a task of
// its own: the first after the current one (the host posts "ready" from a
// promise continuation of the onPresignDoctorReady call, which must run
// first), each next one after whatever the host was asked meanwhile. A
// paste made during the warm-up is analysed after the step running, not
// after the whole warm-up (about 400 ms on a cold engine, Chromium on 2
// cores). (A goroutine that sleeps first is no good: the runtime does not
// hand control back to JavaScript for a short sleep, and "ready" came 300
// ms late.) When the last step is done, globalThis.onPresignDoctorWarm is
// called if it is a function.
//
// The steps are made in the first task, not before ready: making them
// (the requests' JSON, warm's tables) is work and code to compile that
// "ready" need not wait for.
func scheduleWarm() {
	var steps []func()
	made := false
	var f safejs.Func
	next := func() bool {
		_, err := safejs.Global().Call("setTimeout", f.Value(), 0)
		return err == nil
	}
	f, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		if !made {
			steps, made = warm.Steps(), true
		}
		if len(steps) > 0 {
			steps[0]()
			steps = steps[1:]
		}
		if len(steps) > 0 && next() {
			return nil
		}
		f.Release()
		if done, err := safejs.Global().Get("onPresignDoctorWarm"); err == nil && done.Type() == safejs.TypeFunction {
			_, _ = done.Invoke()
		}
		return nil
	})
	if err != nil {
		return
	}
	if !next() {
		f.Release()
	}
}
