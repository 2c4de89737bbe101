package model

// curl reads a part of kind curl into facts.
func (b *builder) curl(p Part) {}
