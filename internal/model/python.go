package model

// python reads a part of kind python into facts.
func (b *builder) python(p Part) {}
