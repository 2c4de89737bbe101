package codegen

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/brace"
	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/table"
)

// Literal credentials often reach the client through names and holders:
// constants bound to the literals, an object ({ accessKeyId,
// secretAccessKey }) or a Credentials object built from them, stored in a
// variable or an options hash, and only then given to the client. The
// in-place fix follows that flow: it takes the holder out where the
// client reads it (its entry in the client's options, the statement
// storing it into an options hash, the statement binding it to a name
// when every use of the name goes too), then removes each statement that
// bound a name to a credential literal once every use of the name is
// gone. The client then reads the default chain, the user's other lines
// stay, and no dead binding keeps a key (nor breaks a Go build).

// credKeys are the normalised names of an entry holding a key ID, a
// secret or a token ("key" and "token" only in PHP's credentials arrays).
var credKeys = table.Set("accesskeyid", "secretaccesskey", "sessiontoken", "accesssecretkey", "awsaccesskeyid",
	"awssecretaccesskey", "awssessiontoken", "secret", "accesskey", "secretkey")

// norm lower-cases a name and drops '_', '-' and '$', as the readers
// compare option names.
func norm(s string) string {
	return strings.ToLower(strings.NewReplacer("_", "", "-", "", "$", "").Replace(s))
}

// flow removes the holders of credentials from one run of code.
type flow struct {
	text string
	toks []brace.Token
	lang brace.Lang
	cuts []diff.Edit
	// steps counts the expressions followed: each scans the run once.
	steps int
}

// maxFlowDepth bounds how far a holder is followed through names, and
// maxFlowSteps how many expressions one run's flow follows (a name used
// in many places, each binding another: a paste cannot make it
// quadratic).
const (
	maxFlowDepth = 4
	maxFlowSteps = 64
)

func braceLang(lang string) brace.Lang {
	for l := brace.JavaScript; l <= brace.Ruby; l++ {
		if l.String() == lang {
			return l
		}
	}
	return brace.Text
}

// tokAt returns the index of the token starting at off, or -1.
func (fl *flow) tokAt(off int) int {
	for i, t := range fl.toks {
		if t.Start == off {
			return i
		}
		if t.Start > off {
			break
		}
	}
	return -1
}

func (fl *flow) is(i int, s string) bool { return i >= 0 && i < len(fl.toks) && fl.toks[i].Text == s }

// keyName is the name a token gives an entry: an identifier, a string's or
// a symbol's value.
func (fl *flow) keyName(i int) string {
	if i < 0 || i >= len(fl.toks) {
		return ""
	}
	switch t := fl.toks[i]; t.Kind {
	case brace.Ident:
		return strings.TrimPrefix(t.Text, "$")
	case brace.String, brace.Symbol:
		return t.Val
	}
	return ""
}

// credKey reports whether a normalised entry name holds a credential.
func (fl *flow) credKey(n string) bool {
	return credKeys[n] || fl.lang == brace.PHP && (n == "key" || n == "token")
}

// opener returns the index of the innermost bracket open around token i,
// or -1.
func (fl *flow) opener(i int) int {
	depth := 0
	for k := i - 1; k >= 0; k-- {
		switch fl.toks[k].Text {
		case ")", "]", "}":
			depth++
		case "(", "[", "{":
			if depth == 0 {
				return k
			}
			depth--
		}
	}
	return -1
}

// entries splits the list opened at toks[o] at its top-level commas: the
// first and last token of each entry; closeAt is the closing bracket.
func (fl *flow) entries(o int) (es [][2]int, closeAt int) {
	closeAt = matching(fl.toks, o)
	if closeAt < 0 {
		return nil, -1
	}
	depth, a := 0, o+1
	for k := o + 1; k <= closeAt; k++ {
		switch t := fl.toks[k].Text; {
		case t == "(" || t == "[" || t == "{":
			depth++
		case (t == ")" || t == "]" || t == "}") && k < closeAt:
			depth--
		case depth == 0 && (t == "," || k == closeAt):
			if k > a {
				es = append(es, [2]int{a, k - 1})
			}
			a = k + 1
		}
	}
	return es, closeAt
}

// entryKey returns the normalised key of the entry from a to b (key: v,
// 'key' => v, a shorthand name alone), or "".
func (fl *flow) entryKey(e [2]int) string {
	if e[0] == e[1] && fl.toks[e[0]].Kind == brace.Ident {
		return norm(fl.keyName(e[0]))
	}
	if e[1] > e[0] && (fl.is(e[0]+1, ":") || fl.is(e[0]+1, "=>")) {
		return norm(fl.keyName(e[0]))
	}
	return ""
}

// blankBefore and blankAfter report whether only blanks lie between the
// token and its line's start or end.
func (fl *flow) blankBefore(i int) bool {
	s, _ := lineOf(fl.text, fl.toks[i].Start)
	return strings.TrimSpace(fl.text[s:fl.toks[i].Start]) == ""
}

func (fl *flow) blankAfter(i int) bool {
	_, e := lineOf(fl.text, max(fl.toks[i].End-1, fl.toks[i].Start))
	return strings.TrimSpace(fl.text[fl.toks[i].End:e]) == ""
}

// removed reports whether the span lies in a cut already made.
func (fl *flow) removed(s, e int) bool {
	for _, c := range fl.cuts {
		if c.Start <= s && e <= c.End {
			return true
		}
	}
	return false
}

// cut removes the text from s to e; a removal overlapping others joins
// them (two entries' removals sharing a comma), and one overlapping
// another fix's replacement is not made (false).
func (fl *flow) cut(s, e int) bool {
	if fl.removed(s, e) {
		return true
	}
	out := fl.cuts[:0:0]
	for _, c := range fl.cuts {
		if c.Start < e && s < c.End || c.Start == c.End && s < c.Start && c.Start < e {
			if c.New != "" {
				return false
			}
			s, e = min(s, c.Start), max(e, c.End)
			continue
		}
		out = append(out, c)
	}
	fl.cuts = append(out, diff.Edit{Start: s, End: e})
	return true
}

// removeEntries takes the entries of list o whose indexes drop says out,
// keeping the list's layout: a run of entries before another goes with
// its comma up to the next entry (whole lines when it fills them); a run
// at the end goes from the end of the entry before it, taking that
// entry's comma when the last entry had none.
func (fl *flow) removeEntries(o int, es [][2]int, closeAt int, drop func(int) bool) {
	for i := 0; i < len(es); {
		if !drop(i) {
			i++
			continue
		}
		j := i
		for j+1 < len(es) && drop(j+1) {
			j++
		}
		first, last := es[i][0], es[j][1]
		switch {
		case j+1 < len(es):
			s, e := fl.toks[first].Start, fl.toks[es[j+1][0]].Start
			if fl.blankBefore(first) && fl.blankBefore(es[j+1][0]) {
				s, _ = lineOf(fl.text, s)
				e, _ = lineOf(fl.text, e)
			}
			fl.cut(s, e)
		case i > 0:
			end := fl.toks[last].End
			if fl.is(last+1, ",") && fl.blankBefore(first) && fl.blankAfter(last+1) {
				// A trailing comma: the entries' lines go whole.
				s, _ := lineOf(fl.text, fl.toks[first].Start)
				_, e := lineOf(fl.text, fl.toks[last+1].Start)
				fl.cut(s, e)
			} else {
				fl.cut(fl.toks[es[i-1][1]].End, end)
			}
		default: // every entry
			fl.cut(fl.toks[o].End, fl.toks[closeAt].Start)
		}
		i = j + 1
	}
}

// removeEntryAt removes the entry of list o that starts at token a.
func (fl *flow) removeEntryAt(o, a int) bool {
	es, closeAt := fl.entries(o)
	at := -1
	for i, e := range es {
		if e[0] == a {
			at = i
		}
	}
	if at < 0 {
		return false
	}
	fl.removeEntries(o, es, closeAt, func(i int) bool { return i == at })
	return true
}

// stmtStart returns the first token of the line holding token i.
func (fl *flow) stmtStart(i int) int {
	for i > 0 && !fl.toks[i].NL {
		i--
	}
	return i
}

// removeLines removes the statement from token a to token b (and a ';'
// after it) when it fills its lines.
func (fl *flow) removeLines(a, b int) bool {
	if fl.is(b+1, ";") {
		b++
	}
	if !fl.blankBefore(a) || !fl.blankAfter(b) {
		return false
	}
	s, _ := lineOf(fl.text, fl.toks[a].Start)
	_, e := lineOf(fl.text, max(fl.toks[b].End-1, fl.toks[b].Start))
	return fl.cut(s, e)
}

// removeExpr takes out the expression from token a to token b, which
// holds credentials only, from where it is used; false when the place is
// none the fix knows (then nothing is removed).
func (fl *flow) removeExpr(a, b, depth int) bool {
	if fl.steps++; depth > maxFlowDepth || fl.steps > maxFlowSteps || a < 0 || b >= len(fl.toks) {
		return false
	}
	saved := append([]diff.Edit(nil), fl.cuts...)
	fail := func() bool { fl.cuts = saved; return false }
	p := a - 1
	// The value of a credentials entry (credentials: x, 'credentials' => x),
	// or a shorthand entry { credentials }.
	if o := fl.opener(a); o >= 0 {
		key := -1
		switch {
		case p >= 1 && (fl.is(p, ":") || fl.is(p, "=>")) && norm(fl.keyName(p-1)) == "credentials":
			key = p - 1
		case a == b && fl.lang.String() != "ruby" && fl.keyName(a) == "credentials" && (fl.is(p, ",") || p == o) && (fl.is(b+1, ",") || fl.is(b+1, "}")):
			key = a
		}
		if key >= 0 && (fl.is(b+1, ",") || fl.is(b+1, fl.closer(o))) && fl.removeEntryAt(o, key) {
			return true
		}
	}
	// Credentials given first to a .NET or Java client's constructor (new
	// AmazonS3Client(creds, RegionEndpoint.USEast1)): the overload without
	// them reads the default chain.
	if (fl.lang == brace.CSharp || fl.lang == brace.Java) && fl.is(p, "(") && fl.is(p-2, "new") && strings.HasSuffix(fl.toks[p-1].Text, "Client") {
		switch {
		case fl.is(b+1, ",") && b+2 < len(fl.toks):
			fl.cut(fl.toks[a].Start, fl.toks[b+2].Start)
			return true
		case fl.is(b+1, ")"):
			fl.cut(fl.toks[a].Start, fl.toks[b].End)
			return true
		}
	}
	if !fl.is(p, "=") && !fl.is(p, ":=") || p < 1 {
		return fail()
	}
	s := fl.stmtStart(p - 1)
	lhs := fl.toks[s:p]
	name := lhs[len(lhs)-1]
	switch {
	case len(lhs) >= 4 && lhs[len(lhs)-1].Text == "]" && lhs[len(lhs)-3].Text == "[" && norm(fl.keyName(p-2)) == "credentials",
		len(lhs) >= 3 && lhs[len(lhs)-2].Text == "." && name.Text == "credentials":
		// opts[:credentials] = …, opts.credentials = …
		if !fl.removeLines(s, b) {
			return fail()
		}
		return true
	}
	n := fl.declName(s, p)
	if n < 0 || !fl.removeLines(s, b) {
		return fail()
	}
	name = fl.toks[n]
	// Every use of the name goes too.
	for k, t := range fl.toks {
		if k == n || t.Kind != brace.Ident || t.Text != name.Text || fl.is(k-1, ".") || fl.is(k-1, "->") || fl.removed(t.Start, t.End) {
			continue
		}
		if fl.is(k+1, ":") && !fl.is(k-1, "?") {
			continue // a key (credentials: creds), not a use
		}
		if !fl.removeExpr(k, k, depth+1) {
			return fail()
		}
	}
	return true
}

// closer is the bracket closing the one at toks[o].
func (fl *flow) closer(o int) string {
	switch fl.toks[o].Text {
	case "(":
		return ")"
	case "[":
		return "]"
	}
	return "}"
}

// holder returns the tokens of the innermost expression holding the
// credential at token i and nothing else: a Credentials object built
// from it (Aws::Credentials.new(a, b), new Credentials(a, b)) or a list
// whose entries are all credentials ({ accessKeyId, secretAccessKey },
// ['key' => …, 'secret' => …]); else, when i is a keyed credential entry
// of a list holding other things, that entry alone (entry is set).
func (fl *flow) holder(i int) (a, b int, entry bool) {
	o := fl.opener(i)
	if o < 0 {
		return -1, -1, false
	}
	es, closeAt := fl.entries(o)
	if closeAt < 0 {
		return -1, -1, false
	}
	if fl.is(o, "(") && o >= 1 && fl.toks[o-1].Kind == brace.Ident && fl.toks[o-1].Text != "array" {
		// A call building credentials from positional arguments.
		s := o - 1
		for s >= 2 && (fl.is(s-1, ".") || fl.is(s-1, "::")) && fl.toks[s-2].Kind == brace.Ident {
			s -= 2
		}
		if fl.is(s-1, "::") {
			s--
		}
		if fl.is(s-1, "new") {
			s--
		}
		chain := fl.text[fl.toks[s].Start:fl.toks[o].Start]
		if strings.Contains(chain, "Credentials") && !strings.Contains(chain, "Provider") {
			return s, closeAt, false
		}
		return -1, -1, false
	}
	all := len(es) > 0
	at := -1
	for k, e := range es {
		if e[0] <= i && i <= e[1] {
			at = k
		}
		all = all && fl.credKey(fl.entryKey(e))
	}
	switch {
	case at < 0 || !fl.credKey(fl.entryKey(es[at])):
		return -1, -1, false
	case all:
		s := o
		if fl.is(o, "(") && o >= 1 && fl.toks[o-1].Text == "array" {
			s--
		}
		return s, closeAt, false
	}
	return es[at][0], es[at][1], true
}

// emptyArg empties the list from token a to token b, all credentials,
// when it is a call's argument (S3Client::factory(array('key' => …,
// 'secret' => …)), new AWS.S3({ accessKeyId: …, secretAccessKey: … })):
// the client then reads the default chain.
func (fl *flow) emptyArg(a, b int) bool {
	o := a
	if fl.is(a, "array") {
		o++
	}
	if !fl.is(fl.opener(a), "(") || matching(fl.toks, o) != b {
		return false
	}
	fl.cut(fl.toks[o].End, fl.toks[b].Start)
	return true
}

// bindingName returns, for a literal at token i bound to a name (name =
// 'lit', const NAME = "lit";, $name = 'lit';, name := "lit"), the index of
// the name and the first token of its statement, or -1.
func (fl *flow) bindingName(i int) (name, start int) {
	p := i - 1
	if !fl.is(p, "=") && !fl.is(p, ":=") || p < 1 {
		return -1, -1
	}
	if e := i + 1; e < len(fl.toks) && !fl.is(e, ";") && !fl.toks[e].NL {
		return -1, -1 // more than the literal is bound
	}
	s := fl.stmtStart(p - 1)
	return fl.declName(s, p), s
}

// declName returns the index of the name a declaration from token s to
// the '=' at p declares: keywords, a type and the name (final String
// KEY, const creds, $key), or in TypeScript the name before its type
// (const creds: AwsCredentialIdentity); -1 for anything else.
func (fl *flow) declName(s, p int) int {
	n := p - 1
	if fl.lang == brace.TypeScript || fl.lang == brace.JavaScript {
		for k := s + 1; k < p-1; k++ {
			if fl.is(k, ":") {
				n = k - 1
				break
			}
		}
	}
	for k := s; k <= n; k++ {
		if fl.toks[k].Kind != brace.Ident {
			return -1
		}
	}
	return n
}

// dropDeadBindings removes the statements binding the given literals to
// a name once every use of the name lies in the cuts, and reports whether
// it removed any.
func (fl *flow) dropDeadBindings(froms []model.Span) (any bool) {
	for _, from := range froms {
		i := fl.tokAt(from.Start)
		if i < 0 {
			continue
		}
		n, s := fl.bindingName(i)
		if n < 0 {
			continue
		}
		used := false
		for k, t := range fl.toks {
			if k != n && t.Kind == brace.Ident && t.Text == fl.toks[n].Text && !fl.is(k-1, ".") && !fl.is(k-1, "->") && !fl.removed(t.Start, t.End) {
				used = true
				break
			}
		}
		if !used && fl.removeLines(s, i) {
			any = true
		}
	}
	return any
}

// flowCredentialEdits adds to the edits of have (the per-SDK fixes) the
// removal of the literal bindings they leave unused, and returns the
// edits removing the credentials no edit of have removes yet, in every
// language but Go.
func flowCredentialEdits(text string, f *model.Facts, have []PlanEdit) []PlanEdit {
	var out []PlanEdit
	for _, run := range f.Syntax.Code {
		lang := braceLang(run.Lang)
		if lang == brace.Text {
			continue
		}
		var vals []*model.Value
		for _, c := range f.Credentials {
			if c.Value != nil && (c.Value.Known || c.Value.Placeholder) && validSpan(text, c.Value.Span) &&
				c.Value.Span.Start >= run.Span.Start && c.Value.Span.End <= run.Span.End {
				vals = append(vals, c.Value)
			}
		}
		if len(vals) == 0 {
			continue
		}
		toks, _ := brace.Lex(text, run.Span, lang)
		// The bindings the edits of other fixes leave unused.
		for k := range have {
			pe := &have[k]
			if len(pe.Edits) == 0 || pe.Edits[0].Start < run.Span.Start || pe.Edits[len(pe.Edits)-1].End > run.Span.End {
				continue
			}
			fl := &flow{text: text, toks: toks, lang: lang, cuts: append([]diff.Edit(nil), pe.Edits...)}
			if fl.dropDeadBindings(fromsIn(vals, fl.cuts)) {
				fl.tidy()
				pe.Edits = fl.cuts
			}
		}
		if lang == brace.Go {
			continue // a Go client without its provider is anonymous, not the default chain's
		}
		fl := &flow{text: text, toks: toks, lang: lang}
		call := model.Span{Start: -1}
		for _, v := range vals {
			if covered(have, v.Span) || fl.removed(v.Span.Start, v.Span.End) {
				continue
			}
			i := fl.tokAt(v.Span.Start)
			if i < 0 {
				continue
			}
			a, b, entry := fl.holder(i)
			switch {
			case a < 0:
				continue
			case entry:
				if !fl.removeEntryAt(fl.opener(a), a) {
					continue
				}
			case !fl.removeExpr(a, b, 0) && !fl.emptyArg(a, b):
				continue
			}
			if call.Start < 0 || v.Span.Start < call.Start {
				call.Start = v.Span.Start
			}
			call.End = max(call.End, v.Span.End)
		}
		if len(fl.cuts) == 0 {
			continue
		}
		fl.dropDeadBindings(fromsIn(vals, fl.cuts))
		fl.tidy()
		for _, c := range fl.cuts {
			call.Start, call.End = min(call.Start, c.Start), max(call.End, c.End)
		}
		out = append(out, PlanEdit{Rules: []string{"hardcoded_credentials"}, Call: call, Edits: fl.cuts})
	}
	return out
}

// tidy sorts the cuts and joins the removals of whole lines that only
// blank lines part, and takes the blank lines after a removal that a
// blank line, a block's opening line or the text's start comes before,
// so no gap of two blank lines (nor a block opening on one) is left where
// statements went.
func (fl *flow) tidy() {
	sortEdits(fl.cuts)
	whole := func(e diff.Edit) bool {
		return e.New == "" && e.End > e.Start && (e.Start == 0 || fl.text[e.Start-1] == '\n') && fl.text[e.End-1] == '\n'
	}
	blanks := func(at int) int { // the end of the blank lines from at
		for at < len(fl.text) {
			_, e := lineOf(fl.text, at)
			if strings.TrimSpace(fl.text[at:e]) != "" || fl.text[e-1] != '\n' {
				break
			}
			at = e
		}
		return at
	}
	var out []diff.Edit
	for _, c := range fl.cuts {
		if n := len(out); n > 0 && whole(out[n-1]) && whole(c) && blanks(out[n-1].End) >= c.Start {
			out[n-1].End = max(out[n-1].End, c.End)
			continue
		}
		out = append(out, c)
	}
	for k, c := range out {
		if !whole(c) {
			continue
		}
		prev := ""
		if ps, _ := prevLine(fl.text, c.Start); ps >= 0 {
			prev = strings.TrimSpace(fl.text[ps:c.Start])
		}
		if prev == "" || strings.HasSuffix(prev, "{") {
			e := blanks(c.End)
			if k+1 < len(out) {
				e = min(e, out[k+1].Start)
			}
			out[k].End = e
		}
	}
	fl.cuts = out
}

// fromsIn returns where the values reached through a name whose use lies
// in the cuts are written.
func fromsIn(vals []*model.Value, cuts []diff.Edit) []model.Span {
	var out []model.Span
	for _, v := range vals {
		if v.From.End <= v.From.Start {
			continue
		}
		for _, c := range cuts {
			if c.Start <= v.Span.Start && v.Span.End <= c.End {
				out = append(out, v.From)
				break
			}
		}
	}
	return out
}

// covered reports whether an edit of the plan edits removes the span.
func covered(pes []PlanEdit, sp model.Span) bool {
	for _, pe := range pes {
		for _, e := range pe.Edits {
			if e.Start <= sp.Start && sp.End <= e.End {
				return true
			}
		}
	}
	return false
}
