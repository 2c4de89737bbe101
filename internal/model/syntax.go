package model

import "github.com/presign-doctor/presign-doctor/internal/python"

// Syntax holds the trees of the readers, one slice per reader. Each reader's
// file in this package adds its field here.
type Syntax struct {
	// Python are the trees of the python parts, in order.
	Python []*python.File
}
