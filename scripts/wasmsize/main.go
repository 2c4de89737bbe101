// Command wasmsize attributes the bytes of a Go wasm binary's code section
// to Go packages, from the binary's name section: what makes the wasm big.
// Usage: go run ./scripts/wasmsize [-n 30] [-f] file.wasm (build without
// -s -w); -f lists the largest functions instead of packages.
package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	n := flag.Int("n", 30, "rows to print")
	funcs := flag.Bool("f", false, "rows are functions, not packages")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: wasmsize [-n rows] file.wasm")
		os.Exit(2)
	}
	b, err := os.ReadFile(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	rows, total, err := attribute(b, *funcs)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	what := "package"
	if *funcs {
		what = "function"
	}
	fmt.Printf("%-60s %10s %6s\n", what, "code bytes", "share")
	for i, r := range rows {
		if i == *n {
			break
		}
		fmt.Printf("%-60s %10d %5.1f%%\n", r.pkg, r.size, 100*float64(r.size)/float64(total))
	}
	fmt.Printf("%-60s %10d\n", "total code", total)
}

type row struct {
	pkg  string
	size int
}

func uleb(b []byte, i int) (uint64, int) {
	v, n := binary.Uvarint(b[i:])
	return v, i + n
}

func attribute(b []byte, funcs bool) ([]row, int, error) {
	if len(b) < 8 || !bytes.Equal(b[:4], []byte("\x00asm")) {
		return nil, 0, errors.New("not a wasm binary")
	}
	var imports int
	var bodies []int
	names := map[int]string{}
	for i := 8; i < len(b); {
		id := b[i]
		size, j := uleb(b, i+1)
		end := j + int(size)
		switch id {
		case 2: // imports: count function imports
			cnt, k := uleb(b, j)
			for c := 0; c < int(cnt); c++ {
				l, k2 := uleb(b, k)
				k = k2 + int(l)
				l, k2 = uleb(b, k)
				k = k2 + int(l)
				kind := b[k]
				k++
				switch kind {
				case 0:
					_, k = uleb(b, k)
					imports++
				case 1:
					k++
					flags, k2 := uleb(b, k)
					_, k = uleb(b, k2)
					if flags&1 != 0 {
						_, k = uleb(b, k)
					}
				case 2:
					flags, k2 := uleb(b, k)
					_, k = uleb(b, k2)
					if flags&1 != 0 {
						_, k = uleb(b, k)
					}
				case 3:
					k += 2
				}
			}
		case 10: // code
			cnt, k := uleb(b, j)
			for c := 0; c < int(cnt); c++ {
				l, k2 := uleb(b, k)
				bodies = append(bodies, int(l)+(k2-k))
				k = k2 + int(l)
			}
		case 0: // custom: look for "name"
			l, k := uleb(b, j)
			if string(b[k:k+int(l)]) == "name" {
				k += int(l)
				for k < end {
					sub := b[k]
					sz, k2 := uleb(b, k+1)
					if sub == 1 {
						cnt, m := uleb(b, k2)
						for c := 0; c < int(cnt); c++ {
							idx, m2 := uleb(b, m)
							nl, m3 := uleb(b, m2)
							names[int(idx)] = string(b[m3 : m3+int(nl)])
							m = m3 + int(nl)
						}
					}
					k = k2 + int(sz)
				}
			}
		}
		i = end
	}
	if len(names) == 0 {
		return nil, 0, errors.New("no name section: build without -ldflags=-s")
	}
	byPkg := map[string]int{}
	total := 0
	for i, sz := range bodies {
		key := names[imports+i]
		if !funcs {
			key = pkgOf(key)
		}
		byPkg[key] += sz
		total += sz
	}
	var rows []row
	for p, s := range byPkg {
		rows = append(rows, row{p, s})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].size > rows[j].size })
	return rows, total, nil
}

// pkgOf returns the package of a symbol of the wasm name section, where Go
// writes "github.com/x/y.F" as "github.com_x_y.F" and "regexp/syntax.f" as
// "regexp_syntax.f".
func pkgOf(sym string) string {
	rest, prefix := sym, ""
	for _, host := range []string{"github.com_", "golang.org_"} {
		if strings.HasPrefix(sym, host) {
			prefix, rest = strings.TrimSuffix(host, "_")+"/", sym[len(host):]
		}
	}
	if dot := strings.Index(rest, "."); dot >= 0 {
		rest = rest[:dot]
	}
	return prefix + rest
}
