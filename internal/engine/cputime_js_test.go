//go:build js && wasm

package engine

// cpuMillis is unknown under js/wasm (only wasm/ touches JavaScript, so
// Node's process.cpuUsage is out of reach): -1, and no cpu-ms/op.
func cpuMillis() float64 { return -1 }
