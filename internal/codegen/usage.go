package codegen

import "strings"

// CurlLine writes the curl command that uses the URL the code prints, with
// every header signed into it.
func CurlLine(p *Plan) string {
	var b strings.Builder
	if p.Kind == "post" {
		b.WriteString("# $URL and the fields are what generate_presigned_post returns; send every field, the file last.\n")
		b.WriteString("curl --fail-with-body")
		for _, f := range p.Fields {
			// --form-string: a value starting with @ or < is sent as is,
			// never read from a file.
			b.WriteString(" --form-string " + shQuote(f.Name+"="+exampleStr(f.Value)))
		}
		b.WriteString(" -F 'file=@./file' \"$URL\"\n")
		return b.String()
	}
	b.WriteString("# $URL is the presigned URL the code prints; send exactly these headers.\n")
	b.WriteString("curl --fail-with-body")
	if p.Method != "GET" {
		b.WriteString(" -X " + p.Method)
	}
	for _, h := range p.Headers() {
		b.WriteString(" -H " + shQuote(h.Name+": "+h.Value))
	}
	b.WriteString(methodFlags(p.Method) + " \"$URL\"\n")
	if len(p.PastedHeaders) > 0 {
		b.WriteString("# The URL you pasted signs more than host: send these headers with exactly the signed values.\n")
		m := p.pastedMethod()
		b.WriteString("curl --fail-with-body")
		if m != "GET" {
			b.WriteString(" -X " + m)
		}
		for _, h := range p.pastedHeaders() {
			b.WriteString(" -H " + shQuote(h.Name+": "+h.Value))
		}
		b.WriteString(methodFlags(m) + " \"$PASTED_URL\"\n")
	}
	return b.String()
}

// methodFlags are curl's flags for what the method sends or gets.
func methodFlags(method string) string {
	switch method {
	case "PUT":
		return " --upload-file ./file"
	case "GET":
		return " -o ./object"
	case "HEAD":
		return " --head"
	}
	return ""
}

// pastedHeaders gives the pasted URL's signed headers with the values the
// plan knows (from Params), else a placeholder.
func (p *Plan) pastedHeaders() []Header {
	known := map[string]Header{}
	for _, h := range p.Headers() {
		known[strings.ToLower(h.Name)] = h
	}
	var out []Header
	for _, name := range p.PastedHeaders {
		if h, ok := known[name]; ok {
			out = append(out, Header{Name: name, Value: h.Value, Known: h.Known})
			continue
		}
		out = append(out, Header{Name: name, Value: "THE-SIGNED-VALUE", Known: false})
	}
	return out
}

func exampleStr(v Value) string {
	switch {
	case v.IsNum:
		return itoa(v.Num)
	case v.Ident != "":
		return "VALUE-OF-" + v.Ident
	}
	return v.Str
}

// FetchLine writes the fetch call that uses the URL, with every header
// signed into it.
func FetchLine(p *Plan) string {
	var b strings.Builder
	if p.Kind == "post" {
		b.WriteString("// url and fields are what the presigned POST returns; the file goes last.\n")
		b.WriteString("const form = new FormData();\n")
		b.WriteString("for (const [name, value] of Object.entries(fields)) form.append(name, value);\n")
		b.WriteString("form.append(\"file\", file);\n")
		b.WriteString("const response = await fetch(url, { method: \"POST\", body: form });\n")
		return b.String()
	}
	b.WriteString("// url is the presigned URL; send exactly these headers.\n")
	b.WriteString("const response = await fetch(url, {\n")
	b.WriteString("  method: " + jsStr(p.Method) + ",\n")
	if hs := p.Headers(); len(hs) > 0 {
		b.WriteString("  headers: {\n")
		for _, h := range hs {
			b.WriteString("    " + jsStr(h.Name) + ": " + jsStr(h.Value) + ",\n")
		}
		b.WriteString("  },\n")
	}
	if p.Method == "PUT" {
		b.WriteString("  body: file,\n")
	}
	b.WriteString("});\n")
	if len(p.PastedHeaders) > 0 {
		b.WriteString("// The URL you pasted signs more than host: send these headers with exactly the signed values.\n")
		m := p.pastedMethod()
		b.WriteString("const pastedResponse = await fetch(pastedUrl, {\n")
		b.WriteString("  method: " + jsStr(m) + ",\n")
		b.WriteString("  headers: {\n")
		for _, h := range p.pastedHeaders() {
			b.WriteString("    " + jsStr(h.Name) + ": " + jsStr(h.Value) + ",\n")
		}
		b.WriteString("  },\n")
		if m == "PUT" {
			b.WriteString("  body: file,\n")
		}
		b.WriteString("});\n")
	}
	return b.String()
}

func (p *Plan) pastedMethod() string {
	if p.PastedMethod != "" {
		return p.PastedMethod
	}
	return p.Method
}
