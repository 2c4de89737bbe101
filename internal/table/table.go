// Package table builds the lookup maps of the readers and rules from
// lists. A map literal of up to 25 entries compiles to one map assignment a
// entry (about 230 bytes of wasm each), a list of constant strings is static
// data: the same maps for a fraction of the code.
package table

// Set is the set of the words. A word given twice panics, as a repeated
// key of a map literal fails to compile.
func Set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	if len(m) != len(words) {
		panic("table.Set: a word is given twice")
	}
	return m
}

// Pairs is the map of keys to values given one after the other (key,
// value, key, value…). An odd count or a key given twice panics.
func Pairs(kv ...string) map[string]string {
	if len(kv)%2 != 0 {
		panic("table.Pairs: a key without a value")
	}
	m := make(map[string]string, len(kv)/2)
	for i := 0; i < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
	if len(m) != len(kv)/2 {
		panic("table.Pairs: a key is given twice")
	}
	return m
}
