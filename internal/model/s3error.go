package model

// s3error reads a part of kind s3error into facts.
func (b *builder) s3error(p Part) {}
