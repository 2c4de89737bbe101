package table

import (
	"maps"
	"testing"
)

func TestSet(t *testing.T) {
	got := Set("GET", "PUT", "")
	want := map[string]bool{"GET": true, "PUT": true, "": true}
	if !maps.Equal(got, want) {
		t.Fatalf("Set = %v, want %v", got, want)
	}
	if Set()["GET"] {
		t.Fatal("an empty set holds GET")
	}
}

func TestPairs(t *testing.T) {
	got := Pairs("GET", "GetObject", "PUT", "PutObject")
	want := map[string]string{"GET": "GetObject", "PUT": "PutObject"}
	if !maps.Equal(got, want) {
		t.Fatalf("Pairs = %v, want %v", got, want)
	}
}

// A repeated key panics (a map literal would not compile), and so does a
// key without its value.
func TestPanics(t *testing.T) {
	for name, f := range map[string]func(){
		"set twice":  func() { Set("a", "b", "a") },
		"pair twice": func() { Pairs("a", "1", "a", "2") },
		"odd pairs":  func() { Pairs("a", "1", "b") },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: no panic", name)
				}
			}()
			f()
		}()
	}
}
