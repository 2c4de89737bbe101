package presign

import (
	"net/url"
	"strings"
)

// parse reads a repaired URL; offs maps its bytes to the text.
func parse(raw string, offs []int) *URL {
	i := strings.Index(raw, "://")
	if i <= 0 {
		return nil
	}
	u := &URL{Raw: raw, Scheme: strings.ToLower(raw[:i]), offs: offs}
	rest := i + 3
	hostEnd := rest
	for hostEnd < len(raw) && raw[hostEnd] != '/' && raw[hostEnd] != '?' && raw[hostEnd] != '#' {
		hostEnd++
	}
	hostStart := rest
	if at := strings.LastIndexByte(raw[rest:hostEnd], '@'); at >= 0 {
		hostStart = rest + at + 1
	}
	u.Host = strings.ToLower(raw[hostStart:hostEnd])
	if u.Host == "" || strings.ContainsAny(u.Host, " %\\") {
		return nil
	}
	u.HostSpan = u.TextSpan(hostStart, hostEnd)
	pathEnd := hostEnd
	for pathEnd < len(raw) && raw[pathEnd] != '?' && raw[pathEnd] != '#' {
		pathEnd++
	}
	u.RawPath, u.pathOff = raw[hostEnd:pathEnd], hostEnd
	u.PathSpan = u.TextSpan(hostEnd, pathEnd)
	if p, err := url.PathUnescape(u.RawPath); err == nil {
		u.Path = p
	} else {
		u.Path = u.RawPath
	}
	if pathEnd < len(raw) && raw[pathEnd] == '?' {
		qEnd := len(raw)
		if h := strings.IndexByte(raw[pathEnd:], '#'); h >= 0 {
			qEnd = pathEnd + h
		}
		off := pathEnd + 1
		for _, kv := range strings.Split(raw[pathEnd+1:qEnd], "&") {
			if kv != "" {
				name, val, eq := strings.Cut(kv, "=")
				vs := off + len(name)
				if eq {
					vs++
				}
				u.Params = append(u.Params, Param{Name: unescapeQuery(name), Value: unescapeQuery(val), RawName: name, RawValue: val,
					Span: u.TextSpan(off, off+len(kv)), ValSpan: u.TextSpan(vs, off+len(kv)), valOff: vs})
			}
			off += len(kv) + 1
		}
	}
	switch {
	case u.Param("X-Amz-Algorithm") != nil || u.Param("X-Amz-Credential") != nil || u.Param("X-Amz-Signature") != nil:
		u.Version = "v4"
	case u.Param("AWSAccessKeyId") != nil && u.Param("Signature") != nil:
		u.Version = "v2"
	}
	u.decodeHost()
	return u
}

// unescapeQuery decodes a query name or value as S3 does ('+' is a space);
// a broken escape is kept as written.
func unescapeQuery(s string) string {
	if d, err := url.QueryUnescape(s); err == nil {
		return d
	}
	return s
}
