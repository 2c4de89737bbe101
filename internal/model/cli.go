package model

// cli reads a part of kind cli into facts.
func (b *builder) cli(p Part) {}
