//go:build js && wasm

// Command presign-doctor is the WebAssembly entry point. It is the only code
// that touches JavaScript, and only through safejs: it sets
// globalThis.presignDoctor = {version, analyze}, calls
// globalThis.onPresignDoctorReady when that is a function, and then blocks
// forever so the exported function stays callable.
package main

import (
	"fmt"

	"github.com/hack-pad/safejs"

	"github.com/presign-doctor/presign-doctor/internal/engine"
)

func main() {
	if err := export(); err != nil {
		// Nothing to export into: say why on the console and stay alive so
		// the page's own error handling sees the missing global.
		println("presign-doctor: " + err.Error())
	}
	scheduleWarm()
	select {}
}

func export() error {
	analyze, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		return analyzeJS(args)
	})
	if err != nil {
		return err
	}
	api, err := safejs.ValueOf(map[string]any{"version": engine.Version})
	if err != nil {
		return err
	}
	if err := api.Set("analyze", analyze); err != nil {
		return err
	}
	global := safejs.Global()
	if err := global.Set("presignDoctor", api); err != nil {
		return err
	}
	ready, err := global.Get("onPresignDoctorReady")
	if err == nil && ready.Type() == safejs.TypeFunction {
		if _, err := ready.Invoke(); err != nil {
			println("presign-doctor: onPresignDoctorReady threw: " + err.Error())
		}
	}
	return nil
}

// analyzeJS answers every call with a JSON string, whatever the arguments,
// and turns any panic into the response's error.
func analyzeJS(args []safejs.Value) (out any) {
	defer func() {
		if r := recover(); r != nil {
			out = engine.ErrorJSON(fmt.Sprintf("internal error: %v", r))
		}
	}()
	return analyzeArgs(args)
}

func analyzeArgs(args []safejs.Value) string {
	if len(args) == 0 {
		return engine.ErrorJSON("analyze expects one argument: the request as a JSON string")
	}
	if t := args[0].Type(); t != safejs.TypeString {
		return engine.ErrorJSON(fmt.Sprintf("analyze expects the request as a JSON string, got a %s", t))
	}
	req, err := args[0].String()
	if err != nil {
		return engine.ErrorJSON("cannot read the request string: " + err.Error())
	}
	return engine.AnalyzeJSON(req)
}
