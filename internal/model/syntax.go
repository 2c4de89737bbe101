package model

// Syntax holds the trees of the readers, one slice per reader. Each reader's
// file in this package adds its field here.
type Syntax struct{}
