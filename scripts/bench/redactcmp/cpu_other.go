//go:build !linux && !darwin && !js

package main

import "time"

var start = time.Now()

// cpu falls back to wall time where the process's CPU time is not read.
func cpu() time.Duration { return time.Since(start) }
