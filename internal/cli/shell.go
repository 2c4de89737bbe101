package cli

import (
	"github.com/presign-doctor/presign-doctor/internal/shell"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// Word is one shell word with its span (see package shell).
type Word = shell.Word

// Lines splits text[sp.Start:sp.End] into commands of shell words.
func Lines(text string, sp source.Span) [][]Word { return shell.Lines(text, sp) }
