package model

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/lazyre"
)

// RequestKey is the object key handed to an S3 object request built in
// code, whether or not the paste shows the call that presigns or sends it
// (a broken paste often keeps only the request): Java v2's
// GetObjectRequest.builder().key(x), Java v1's GeneratePresignedUrlRequest,
// Swift's PutObjectInput(key:), JavaScript v3's new GetObjectCommand({Key}),
// Go's &s3.GetObjectInput{Key:}, .NET's GetPreSignedUrlRequest { Key = }.
// The SDK percent-encodes the key itself when it builds the request's
// path, so what the key expression does to the name matters whatever
// sends the request; Expr is the expression as written and Bound the
// values its identifiers were bound to before it (key = URLEncoder.encode(…);
// let safeName = name.addingPercentEncoding(…)!).
type RequestKey struct {
	Span  Span
	Expr  string
	Bound []Span
}

var (
	reObjectRequest = lazyre.New(`\b(?:Get|Put|Head|Delete|Copy)Object(?:Request|Input|Command)\b|\bGeneratePresignedUrlRequest\b|\bGetPreSignedUrlRequest\b`)
	reKeySetter     = lazyre.New(`\.(?:withK|k)ey\(|\b[Kk]ey\s*:\s*|\bKey\s*=\s*|["']Key["']\s*=>\s*`)
)

// requestKeys reads the RequestKeys of the paste's code.
func (b *builder) requestKeys() {
	text := b.f.Text
	if !strings.Contains(text, "Object") && !strings.Contains(text, "PreSigned") && !strings.Contains(text, "Presigned") {
		return
	}
	seen := map[int]bool{}
	for _, m := range reObjectRequest.FindAllStringSubmatchIndex(text, maxScan) {
		end := min(len(text), m[1]+400)
		if i := strings.Index(text[m[1]:end], "\n\n"); i >= 0 {
			end = m[1] + i
		}
		k := reKeySetter.FindStringSubmatchIndex(text[m[1]:end])
		if k == nil {
			continue
		}
		start := m[1] + k[1]
		if seen[start] {
			continue
		}
		seen[start] = true
		stop := exprEnd(text, start)
		expr := strings.TrimSpace(text[start:stop])
		if expr == "" {
			continue
		}
		rk := &RequestKey{Span: Span{Start: start, End: start + len(expr)}, Expr: expr}
		for _, id := range exprIdents(expr) {
			if sp, ok := lastBinding(text, id, m[0]); ok {
				rk.Bound = append(rk.Bound, sp)
			}
		}
		b.f.RequestKeys = append(b.f.RequestKeys, rk)
		if len(b.f.RequestKeys) >= 20 {
			return
		}
	}
}

// exprEnd is where the expression starting at i ends: the first ',' ')'
// '}' ']' ';' or newline outside brackets and quotes.
func exprEnd(text string, i int) int {
	depth := 0
	var q byte
	for j := i; j < len(text) && j < i+300; j++ {
		c := text[j]
		switch {
		case q != 0:
			if c == '\\' {
				j++
			} else if c == q {
				q = 0
			}
		case c == '"' || c == '\'' || c == '`':
			q = c
		case c == '(' || c == '[' || c == '{':
			depth++
		case c == ')' || c == ']' || c == '}':
			if depth == 0 {
				return j
			}
			depth--
		case c == '\n' || (depth == 0 && (c == ',' || c == ';')):
			return j
		}
	}
	return min(len(text), i+300)
}

var (
	reIdent       = lazyre.New(`[A-Za-z_$][\w$]*`)
	reInterpIdent = lazyre.New(`\\\(\s*([A-Za-z_]\w*)\s*\)|\$\{\s*([A-Za-z_$][\w$]*)\s*\}|#\{\s*([A-Za-z_@]\w*)\s*\}`)
)

// exprIdents are the identifiers an expression reads: outside string
// literals, and inside the interpolations of Swift ("\(x)"), JavaScript
// (`${x}`), Ruby ("#{x}").
func exprIdents(expr string) []string {
	var out []string
	add := func(s string) {
		s = strings.TrimLeft(s, "$@")
		if s == "" || len(out) >= 8 {
			return
		}
		for _, o := range out {
			if o == s {
				return
			}
		}
		out = append(out, s)
	}
	for _, m := range reInterpIdent.FindAllStringSubmatch(expr, 8) {
		for _, g := range m[1:] {
			if g != "" {
				add(g)
			}
		}
	}
	var q byte
	plain := []byte(expr)
	for i := 0; i < len(plain); i++ {
		c := plain[i]
		switch {
		case q != 0:
			if c == '\\' && i+1 < len(plain) {
				plain[i], plain[i+1] = ' ', ' '
				i++
				continue
			}
			if c == q {
				q = 0
			}
			plain[i] = ' '
		case c == '"' || c == '\'' || c == '`':
			q = c
			plain[i] = ' '
		}
	}
	for _, id := range reIdent.FindAllStringSubmatch(string(plain), 8) {
		add(id[0])
	}
	return out
}

// lastBinding is the value of the last assignment to name before off
// (String key = …; let safeName = …; $key = …; key := …).
func lastBinding(text, name string, off int) (Span, bool) {
	best := -1
	var sp Span
	for i := 0; i < off; {
		j := strings.Index(text[i:off], name)
		if j < 0 {
			break
		}
		at := i + j
		i = at + len(name)
		if at > 0 && (isWord(text[at-1]) || text[at-1] == '.') {
			continue
		}
		rest := text[at+len(name) : min(len(text), at+len(name)+60)]
		k := 0
		for k < len(rest) && (rest[k] == ' ' || rest[k] == '\t') {
			k++
		}
		if k < len(rest) && rest[k] == ':' && !strings.HasPrefix(rest[k:], ":=") {
			// a type annotation (let x: String = …)
			e := strings.IndexByte(rest[k:], '=')
			if e < 0 || strings.ContainsAny(rest[k:k+e], "\n,)") {
				continue
			}
			k += e
		} else if strings.HasPrefix(rest[k:], ":=") {
			k++
		}
		if k >= len(rest) || rest[k] != '=' || (k+1 < len(rest) && (rest[k+1] == '=' || rest[k+1] == '>')) {
			continue
		}
		vs := at + len(name) + k + 1
		for vs < len(text) && (text[vs] == ' ' || text[vs] == '\t') {
			vs++
		}
		ve := exprEnd(text, vs)
		if vs < ve && at > best {
			best, sp = at, Span{Start: vs, End: ve}
		}
	}
	return sp, best >= 0
}

func isWord(c byte) bool {
	return c == '_' || c == '$' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
