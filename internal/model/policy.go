package model

// policy reads a part of kind policy into facts.
func (b *builder) policy(p Part) {}
