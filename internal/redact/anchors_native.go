//go:build !wasm

package redact

// anchorsIn indexes every anchor of s (anchors.go).
func anchorsIn(s string) *anchorIndex { return anchorsBySweep(s) }
