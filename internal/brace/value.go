package brace

import (
	"github.com/presign-doctor/presign-doctor/internal/lazyre"
	"strconv"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/redact"
	"github.com/presign-doctor/presign-doctor/internal/source"
	"github.com/presign-doctor/presign-doctor/internal/table"
)

// Value is a value written in the code: a constant the reader could
// evaluate (Known, with Str and for numbers Num), or an expression it could
// not (Expr holds its source text, white space collapsed).
type Value struct {
	_     [0]func() // not comparable: no generated equality function in the wasm
	Span  source.Span
	Known bool
	Str   string
	Num   int64
	IsNum bool
	Expr  string
	// Placeholder is set when the value is a redaction placeholder (a
	// credential literal of the paste, such as AKIA_KEY_1).
	Placeholder bool
	// From is where a value reached through a name was written.
	From source.Span
	// Bound is the expression a name was bound to when the reader could
	// not evaluate it (key := url.PathEscape(name)): rules read what the
	// name stands for there, and fixes edit it where it is written.
	Bound source.Span
}

// String renders the value for tests and messages: quoted when known,
// "expr:<source>" otherwise.
func (v *Value) String() string {
	if v == nil {
		return ""
	}
	if v.IsNum {
		return strconv.FormatInt(v.Num, 10)
	}
	if v.Known {
		return strconv.Quote(v.Str)
	}
	return "expr:" + v.Expr
}

// unwrap are calls whose single argument is the value (pointer helpers,
// URI constructors, region factories).
var unwrap = table.Set(
	"aws.String", "aws.Bool", "aws.Int32", "aws.Int64", "aws.Int",
	"URI", "URI.create", "Region.of", "RegionEndpoint.GetBySystemName",
	"MediaTypeHeaderValue.Parse", "MediaTypeHeaderValue", "Url.parse", "URL",
	"ptr.String", "to.Ptr", "String.valueOf",
)

// val evaluates the tokens of r.
func (d *doc) val(r rng) *Value {
	return d.valDepth(r, 3)
}

func (d *doc) valDepth(r rng, depth int) *Value {
	if r.b > len(d.toks) {
		r.b = len(d.toks)
	}
	if r.a >= r.b {
		return nil
	}
	v := &Value{Span: d.span(r), Expr: d.src(r)}
	// Strip a trailing .toString() / .to_s / .ToString() / .value and a
	// leading cast such as (string).
	for r.b-r.a > 3 && d.punct(r.b-1, ")") && d.punct(r.b-2, "(") && d.punct(r.b-4, ".") &&
		(d.toks[r.b-3].Text == "toString" || d.toks[r.b-3].Text == "ToString") {
		r.b -= 4
	}
	n := r.b - r.a
	t := d.toks[r.a]
	switch {
	case n == 1 && t.Kind == String && !t.Interp:
		v.Known, v.Str = true, t.Val
		if _, ok := redact.PlaceholderKind(t.Val); ok {
			v.Placeholder = true
		}
		return v
	case n == 1 && t.Kind == Symbol:
		v.Known, v.Str = true, t.Val
		return v
	case n == 1 && t.Kind == Number:
		if x, err := strconv.ParseInt(intText(t.Text), 10, 64); err == nil {
			v.Known, v.IsNum, v.Num, v.Str = true, true, x, strconv.FormatInt(x, 10)
		}
		return v
	case n == 1 && t.Kind == Ident:
		switch t.Text {
		case "true", "false", "True", "False", "TRUE", "FALSE":
			v.Known, v.Str = true, strings.ToLower(t.Text)
			return v
		case "nil", "null", "None", "undefined", "NULL":
			return v
		}
		if depth > 0 {
			if b, ok := d.lastBind(t.Text); ok && !(b.a <= r.a && r.a < b.b) {
				bv := d.valDepth(b, depth-1)
				if bv != nil && bv.Known {
					bv.From = bv.Span
					bv.Span = v.Span
					return bv
				}
				if bv != nil {
					v.Bound = bv.Span
					if bv.Bound != (source.Span{}) {
						v.Bound = bv.Bound // a name bound to a name
					}
				}
			}
		}
		return v
	case n == 2 && t.Kind == Punct && t.Text == "&" && d.toks[r.a+1].Kind == Ident:
		return v // &bucket: a Go pointer to a variable
	}
	// A setting read with a literal fallback: config.get('S3_ENDPOINT') ??
	// 'http://seaweed:8333', process.env.EXPIRES || 3600: the paste's
	// only word on the value is the fallback.
	if k := d.fallbackOp(r); k > 0 && k+2 == r.b && depth > 0 {
		if fb := d.valDepth(rng{k + 1, r.b}, 0); fb != nil && fb.Known {
			fb.From = fb.Span
			fb.Span, fb.Expr = v.Span, v.Expr
			return fb
		}
	}
	// A wrapper call: aws.String("x"), new URI("x"), Region.of("x").
	if d.punct(r.b-1, ")") {
		o := int(d.match[r.b-1])
		if o > r.a {
			name := d.dotted(rng{r.a, o})
			name = strings.TrimPrefix(name, "new ")
			if unwrap[name] || rustRegion(name) {
				if inner := d.valDepth(rng{o + 1, r.b - 1}, depth); inner != nil {
					inner.Span = v.Span
					return inner
				}
			}
		}
	}
	// Enumerations: Region.US_EAST_1, HttpVerb.PUT, types.ObjectCannedACLPublicRead.
	if name := d.dotted(r); name != "" && strings.Count(name, ".") >= 1 && !strings.Contains(name, " ") {
		if s, ok := enumValue(name); ok {
			v.Known, v.Str = true, s
			return v
		}
	}
	return v
}

// dotted returns the text of r when it is a plain dotted name (a.b.c, A::B,
// or "new A.B"), else "".
func (d *doc) dotted(r rng) string {
	var b strings.Builder
	for k := r.a; k < r.b; k++ {
		t := d.toks[k]
		switch {
		case t.Kind == Ident:
			if k > r.a && d.toks[k-1].Kind == Ident {
				if d.toks[k-1].Text != "new" {
					return ""
				}
				b.WriteByte(' ')
			}
			b.WriteString(t.Text)
		case t.Kind == Punct && (t.Text == "." || t.Text == "::"):
			b.WriteByte('.')
		default:
			return ""
		}
	}
	return b.String()
}

// enumValue maps SDK enumerations to the value S3 sees.
func enumValue(name string) (string, bool) {
	k := strings.LastIndexByte(name, '.')
	typ, c := name[:k], name[k+1:]
	if j := strings.LastIndexByte(typ, '.'); j >= 0 {
		typ = typ[j+1:]
	}
	switch typ {
	case "Region", "Regions":
		if c == "of" {
			return "", false
		}
		return strings.ToLower(strings.ReplaceAll(c, "_", "-")), true
	case "RegionEndpoint":
		return regionFromCamel(c)
	case "HttpVerb", "HttpMethod", "Method":
		return strings.ToUpper(c), true
	case "Protocol":
		return strings.ToLower(c), true
	case "ObjectCannedACL", "S3CannedACL", "CannedAccessControlList", "BucketCannedACL":
		return kebab(c), true
	case "ServerSideEncryption", "ServerSideEncryptionMethod":
		return sse(c), true
	case "ChecksumAlgorithm":
		return strings.ToUpper(c), true
	case "StorageClass":
		return strings.ToUpper(kebabUnder(c)), true
	case "types":
		switch {
		case strings.HasPrefix(c, "ObjectCannedACL"):
			return kebab(strings.TrimPrefix(c, "ObjectCannedACL")), true
		case strings.HasPrefix(c, "ServerSideEncryption"):
			return sse(strings.TrimPrefix(c, "ServerSideEncryption")), true
		case strings.HasPrefix(c, "ChecksumAlgorithm"):
			return strings.ToUpper(strings.TrimPrefix(c, "ChecksumAlgorithm")), true
		}
	case "http":
		if strings.HasPrefix(c, "Method") {
			return strings.ToUpper(strings.TrimPrefix(c, "Method")), true
		}
	}
	return "", false
}

func sse(c string) string {
	switch strings.ToLower(strings.ReplaceAll(c, "_", "")) {
	case "awskms", "kms":
		return "aws:kms"
	case "awskmsdsse":
		return "aws:kms:dsse"
	case "aes256":
		return "AES256"
	}
	return c
}

// kebab turns PublicRead or PUBLIC_READ into public-read.
func kebab(c string) string {
	if strings.ContainsRune(c, '_') || strings.ToUpper(c) == c {
		return strings.ToLower(strings.ReplaceAll(c, "_", "-"))
	}
	var b strings.Builder
	for i := 0; i < len(c); i++ {
		ch := c[i]
		if ch >= 'A' && ch <= 'Z' {
			if i > 0 {
				b.WriteByte('-')
			}
			ch += 32
		}
		b.WriteByte(ch)
	}
	return b.String()
}

// kebabUnder turns StandardIa into STANDARD_IA style (upper later).
func kebabUnder(c string) string { return strings.ReplaceAll(kebab(c), "-", "_") }

// regionFromCamel turns USEast1 or APSoutheast2 into us-east-1.
func regionFromCamel(c string) (string, bool) {
	i := 0
	for i < len(c) && c[i] >= 'A' && c[i] <= 'Z' {
		i++
	}
	if i < 3 || i >= len(c) {
		return "", false
	}
	geo := c[:i-1]
	rest := c[i-1:]
	j := len(rest)
	for j > 0 && isDigit(rest[j-1]) {
		j--
	}
	if j == len(rest) || j == 0 {
		return "", false
	}
	return strings.ToLower(geo + "-" + rest[:j] + "-" + rest[j:]), true
}

// Units of time in seconds, by the name a language gives them.
var units = map[string]int64{
	"time.Second": 1, "time.Minute": 60, "time.Hour": 3600, "time.Millisecond": 0,
	"ofSeconds": 1, "ofMinutes": 60, "ofHours": 3600, "ofDays": 86400,
	"FromSeconds": 1, "FromMinutes": 60, "FromHours": 3600, "FromDays": 86400,
	"AddSeconds": 1, "AddMinutes": 60, "AddHours": 3600, "AddDays": 86400, "AddYears": 365 * 86400,
	"from_secs": 1, "from_mins": 60, "from_hours": 3600, "from_days": 86400, // Rust's std::time::Duration
	"second": 1, "seconds": 1, "minute": 60, "minutes": 60, "hour": 3600, "hours": 3600,
	"day": 86400, "days": 86400, "week": 7 * 86400, "weeks": 7 * 86400,
}

// seconds evaluates an expiry written as a number, a product of numbers and
// units (15*time.Minute, 60 * 60 * 8), a duration factory
// (Duration.ofMinutes(10), TimeSpan.FromHours(1)), a point in time from now
// (DateTime.UtcNow.AddMinutes(5), Time.now + 600, time() + 3600), a Ruby
// duration (30.days.to_i) or a PHP relative time ('+20 minutes').
func (d *doc) seconds(r rng) (int64, bool) {
	if r.b > len(d.toks) {
		r.b = len(d.toks)
	}
	if r.a >= r.b {
		return 0, false
	}
	if r.b-r.a == 1 {
		t := d.toks[r.a]
		if t.Kind == String && !t.Interp {
			return relTime(t.Val)
		}
		if t.Kind == Ident {
			if v := d.val(r); v != nil && v.IsNum {
				return v.Num, true
			}
			if n, ok := d.javaDate(r); ok {
				return n, true // Date expiration = new Date(); expiration.setTime(…)
			}
			// $expiry = "+10 minutes"; createPresignedRequest($cmd, $expiry)
			if b, ok := d.lastBind(t.Text); ok && b.b-b.a <= 16 && !(b.a <= r.a && r.a < b.b) && d.secDepth < 3 {
				d.secDepth++
				n, ok := d.seconds(b)
				d.secDepth--
				return n, ok
			}
		}
	}
	if n, ok := carbon(d.text[d.toks[r.a].Start:d.toks[r.b-1].End]); ok {
		return n, true
	}
	if n, ok := d.javaDate(r); ok {
		return n, true
	}
	e := &evaluator{d: d, k: r.a, end: r.b}
	x, ok := e.sum()
	if !ok || e.k != e.end || x < 0 {
		return 0, false
	}
	return x, true
}

// reCarbon is Laravel's now()->addMinutes(10) (Carbon::now(), now()
// chained ->addX(n) calls): a time that far from now.
var reCarbon = lazyre.New(`^(?:\\?(?:Illuminate\\Support\\)?(?:Carbon\\)?Carbon::now\(\)|now\(\))((?:\s*->\s*add(?:Seconds?|Minutes?|Hours?|Days?|Weeks?)\(\s*\d+\s*\))+)$`)

var reCarbonAdd = lazyre.New(`add(Second|Minute|Hour|Day|Week)s?\(\s*(\d+)\s*\)`)

// carbon reads a Carbon expression as seconds from now.
func carbon(s string) (int64, bool) {
	m := reCarbon.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return 0, false
	}
	unit := map[string]int64{"Second": 1, "Minute": 60, "Hour": 3600, "Day": 86400, "Week": 604800}
	var n int64
	for _, a := range reCarbonAdd.FindAllStringSubmatch(m[1], 8) {
		k, err := strconv.ParseInt(a[2], 10, 64)
		if err != nil || k > 1<<30 {
			return 0, false
		}
		n += k * unit[a[1]]
	}
	return n, true
}

// relTime reads PHP's relative times: "+20 minutes", "5 seconds", "+1 hour".
func relTime(s string) (int64, bool) {
	f := strings.Fields(strings.TrimPrefix(strings.TrimSpace(s), "+"))
	if len(f) != 2 {
		return 0, false
	}
	n, err := strconv.ParseInt(f[0], 10, 64)
	u, ok := units[strings.ToLower(f[1])]
	if err != nil || !ok || n < 0 || n > 1<<40 {
		return 0, false
	}
	return n * u, true
}

type evaluator struct {
	d   *doc
	k   int
	end int
	n   int // steps, to bound work on hostile input
}

func (e *evaluator) peek(s string) bool { return e.k < e.end && e.d.punct(e.k, s) }

func (e *evaluator) sum() (int64, bool) {
	x, ok := e.product()
	for ok && (e.peek("+") || e.peek("-")) {
		neg := e.peek("-")
		e.k++
		y, ok2 := e.product()
		if !ok2 {
			return 0, false
		}
		if neg {
			x -= y
		} else {
			x += y
		}
	}
	return x, ok
}

func (e *evaluator) product() (int64, bool) {
	x, ok := e.factor()
	for ok && (e.peek("*") || e.peek("/")) {
		div := e.peek("/")
		e.k++
		y, ok2 := e.factor()
		if !ok2 || div && y == 0 {
			return 0, false
		}
		if div {
			x /= y
		} else {
			if x != 0 && (y > 1<<40 || x > 1<<40) {
				return 0, false
			}
			x *= y
		}
	}
	return x, ok
}

func (e *evaluator) factor() (int64, bool) {
	e.n++
	if e.k >= e.end || e.n > 200 {
		return 0, false
	}
	d := e.d
	t := d.toks[e.k]
	switch {
	case t.Kind == Number:
		x, err := strconv.ParseInt(intText(t.Text), 10, 64)
		if err != nil {
			return 0, false
		}
		e.k++
		// Ruby: 30.days.to_i, 15.minutes
		if e.peek(".") && e.k+1 < e.end && d.toks[e.k+1].Kind == Ident {
			if u, ok := units[d.toks[e.k+1].Text]; ok {
				e.k += 2
				if e.peek(".") && e.k+1 < e.end && (d.toks[e.k+1].Text == "to_i" || d.toks[e.k+1].Text == "seconds") {
					e.k += 2
				}
				return x * u, true
			}
		}
		return x, true
	case t.Kind == Punct && t.Text == "(":
		m := int(d.match[e.k])
		if m < 0 || m >= e.end {
			return 0, false
		}
		inner := &evaluator{d: d, k: e.k + 1, end: m, n: e.n}
		x, ok := inner.sum()
		if !ok || inner.k != m {
			return 0, false
		}
		e.n = inner.n
		e.k = m + 1
		return x, true
	case t.Kind == Ident:
		// Longest dotted name.
		j := e.k + 1
		for j+1 < e.end && (d.punct(j, ".") || d.punct(j, "::")) && d.ident(j+1) {
			j += 2
		}
		name := d.dotted(rng{e.k, j})
		last := d.toks[j-1].Text
		switch {
		case units[name] > 0 && strings.HasPrefix(name, "time."):
			e.k = j
			return units[name], true
		case name == "time.Duration" || name == "int64" || name == "Number" || name == "parseInt":
			if d.punct(j, "(") {
				e.k = j
				return e.factor()
			}
		case name == "Time.now" || name == "DateTime.now" || name == "Time.current" || name == "Date.now":
			e.k = j
			return 0, true
		case name == "time" && d.punct(j, "(") && d.punct(j+1, ")"):
			e.k = j + 2 // PHP time()
			return 0, true
		}
		if u, ok := units[last]; ok && d.punct(j, "(") {
			// Duration.ofMinutes(10), DateTime.UtcNow.AddMinutes(5)
			m := int(d.match[j])
			if m < 0 || m >= e.end {
				return 0, false
			}
			inner := &evaluator{d: d, k: j + 1, end: m, n: e.n}
			x, ok := inner.sum()
			if !ok || inner.k != m {
				return 0, false
			}
			e.n = inner.n
			e.k = m + 1
			return x * u, true
		}
		if j == e.k+1 {
			if v := d.val(rng{e.k, j}); v != nil && v.IsNum {
				e.k = j
				return v.Num, true
			}
		}
	}
	return 0, false
}

// fallbackOp returns the last top-level ?? or || of r (JavaScript,
// TypeScript, PHP), or -1.
func (d *doc) fallbackOp(r rng) int {
	if !d.lang.isJS() && d.lang != PHP {
		return -1
	}
	at := -1
	for k := r.a; k < r.b; k++ {
		t := d.toks[k]
		if t.Kind != Punct {
			continue
		}
		switch t.Text {
		case "(", "[", "{":
			if m := int(d.match[k]); m > k {
				k = m
			}
		case "??", "||":
			at = k
		}
	}
	return at
}

// rustRegion reports the Rust SDK's region constructors, written with their
// path or not: Region::new("…"), aws_sdk_s3::config::Region::from_static("…").
func rustRegion(name string) bool {
	return name == "Region.new" || name == "Region.from_static" ||
		strings.HasSuffix(name, ".Region.new") || strings.HasSuffix(name, ".Region.from_static")
}

// intText is an integer literal's digits: without '_' separators, a
// Java/C# L or U suffix, or a Rust type suffix (3600u64, 60_i32, 10usize).
func intText(s string) string {
	for _, suf := range [...]string{"usize", "isize", "u128", "i128", "u64", "i64", "u32", "i32", "u16", "i16", "u8", "i8"} {
		if len(s) > len(suf) && strings.HasSuffix(s, suf) && (isDigit(s[len(s)-len(suf)-1]) || s[len(s)-len(suf)-1] == '_') {
			s = s[:len(s)-len(suf)]
			break
		}
	}
	return strings.ReplaceAll(strings.TrimRight(s, "LlUu"), "_", "")
}
