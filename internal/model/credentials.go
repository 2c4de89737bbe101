package model

// credentials reads a part of kind credentials into facts.
func (b *builder) credentials(p Part) {}
