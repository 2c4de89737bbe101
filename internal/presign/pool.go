package presign

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

// FindPoolErrors returns the URLs urllib3's (and so requests', botocore's)
// connection errors name in text: "HTTPSConnectionPool(host='H',
// port=P): Max retries exceeded with url: /path?query (Caused by …)" is a
// request sent to scheme://H[:P]/path?query. The host and the path sit
// apart in the text: each byte of the joined URL maps to where the text
// writes it (the scheme to the pool's name), so spans of the path, the
// query and the host stay edits of the text. Span runs from the pool's
// name to the end of the path.
func FindPoolErrors(text string) []*URL {
	var out []*URL
	for i := 0; i < len(text) && len(out) < 50; {
		k := strings.Index(text[i:], "ConnectionPool(host=")
		if k < 0 {
			break
		}
		at := i + k
		i = at + len("ConnectionPool(host=")
		scheme, start := "", at
		switch {
		case at >= 5 && text[at-5:at] == "HTTPS":
			scheme, start = "https", at-5
		case at >= 4 && text[at-4:at] == "HTTP":
			scheme, start = "http", at-4
		default:
			continue
		}
		host, hs, ok := quoted(text, i)
		if !ok || host == "" || strings.ContainsAny(host, " /?#") {
			continue
		}
		j := hs.End + 1
		port, ps := "", source.Span{}
		if rest := text[j:]; strings.HasPrefix(rest, ", port=") {
			p := j + len(", port=")
			e := p
			for e < len(text) && e-p < 6 && text[e] >= '0' && text[e] <= '9' {
				e++
			}
			port, ps = text[p:e], source.Span{Start: p, End: e}
			j = e
		}
		const mark = "): Max retries exceeded with url: "
		if !strings.HasPrefix(text[j:], mark) {
			continue
		}
		p := j + len(mark)
		e := p
		for e < len(text) && !isSpaceByte(text[e]) && text[e] != '\'' && text[e] != '"' && text[e] != '<' && text[e] != '>' && text[e] != '`' {
			e++
		}
		for e > p && strings.IndexByte(".,;:!?)", text[e-1]) >= 0 {
			e--
		}
		if e == p || text[p] != '/' {
			continue
		}
		raw := make([]byte, 0, len(scheme)+3+len(host)+len(port)+1+e-p)
		offs := make([]int, 0, cap(raw))
		add := func(s string, off func(int) int) {
			for x := 0; x < len(s); x++ {
				raw = append(raw, s[x])
				offs = append(offs, off(x))
			}
		}
		add(scheme+"://", func(x int) int { return start + min(x, len(scheme)-1) })
		add(host, func(x int) int { return hs.Start + x })
		if port != "" && !(scheme == "https" && port == "443" || scheme == "http" && port == "80") {
			add(":"+port, func(x int) int { return ps.Start + max(0, x-1) })
		}
		add(text[p:e], func(x int) int { return p + x })
		if u := parse(string(raw), offs); u != nil {
			u.Span = source.Span{Start: start, End: e}
			out = append(out, u)
		}
		i = e
	}
	return out
}

// quoted reads a Python string literal ('…' or "…") at text[i:], with
// the span of its content.
func quoted(text string, i int) (string, source.Span, bool) {
	if i >= len(text) || text[i] != '\'' && text[i] != '"' {
		return "", source.Span{}, false
	}
	q := text[i]
	e := strings.IndexByte(text[i+1:], q)
	if e < 0 || e > 300 {
		return "", source.Span{}, false
	}
	return text[i+1 : i+1+e], source.Span{Start: i + 1, End: i + 1 + e}, true
}
