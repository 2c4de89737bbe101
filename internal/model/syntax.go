package model

import "github.com/presign-doctor/presign-doctor/internal/python"

// Syntax holds the trees of the readers, one slice per reader. Each reader's
// file in this package adds its field here.
type Syntax struct {
	// Python are the trees of the python parts, in order.
	Python []*python.File
	// Code are the runs of code in a brace language (JavaScript, Go, Java,
	// C#, PHP, Ruby), in order: the spans corrected code is patched in.
	Code []CodeRun
}

// CodeRun is a run of code in one brace language: Lang is the brace
// reader's name for it (javascript, typescript, go, java, csharp, php,
// ruby), as in the Source of the facts read from it.
type CodeRun struct {
	_    [0]func() // not comparable: no generated equality function in the wasm
	Lang string
	Span Span
}
