// Package codegen writes corrected presigning code from the facts of a
// paste: one emitter per target (boto3, AWS CLI, JavaScript SDK v3, Go SDK
// v2), plus the curl and fetch lines that use the URL. Every program reads
// credentials from the default chain; user values only ever appear inside
// quoted string literals of the target language.
package codegen

import (
	"sort"
	"sync"
)

// Target names, as used in the response's code object.
const (
	Python     = "python"
	CLI        = "cli"
	JavaScript = "javascript"
	Go         = "go"
	Curl       = "curl"
	Fetch      = "fetch"
)

// Emitter writes one target's program for a plan.
type Emitter struct {
	Target string
	Emit   func(*Plan) string
}

// Emitters lists every emitter, sorted by target (a plain slice, no init
// registration, like the rules' registry).
var Emitters = sync.OnceValue(func() []Emitter {
	return sortedEmitters([]Emitter{
		{Python, Boto3},
		{CLI, AWSCLI},
		{JavaScript, JSv3},
		{Go, GoV2},
		{JavaScriptV2, JSv2},
		{Java, JavaV2},
		{CSharp, DotNet},
		{PHP, PHPv3},
		{Ruby, RubyV3},
		{Curl, CurlLine},
		{Fetch, FetchLine},
	})
})

func sortedEmitters(es []Emitter) []Emitter {
	sort.Slice(es, func(i, j int) bool { return es[i].Target < es[j].Target })
	return es
}

// Generate runs every emitter on the plan and returns the programs by
// target.
func Generate(p *Plan) map[string]string {
	out := make(map[string]string, len(Emitters()))
	for _, e := range Emitters() {
		out[e.Target] = e.Emit(p)
	}
	return out
}
