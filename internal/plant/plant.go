// Package plant generates pastes with planted secrets and benign items, for
// property tests of redaction: contexts × slots × encodings × kinds.
//
// Every context is modelled on a real format (the comment beside each one
// names where the format was taken from: the tool's documentation or a real
// thread), never on the redactor's code. A context fills its slots with
// values of varied shapes (a slot's value is a secret whatever it looks
// like) and sprinkles benign items (hashes, IDs, keys, dates) that must stay
// readable. A block (one context) is then encoded as a whole: percent-encoded
// once or twice, HTML entities, JSON escapes, base64, wrapped at 80 columns,
// split into quoted pieces, put in a code fence or a markdown table.
//
// Values are generated (math/rand/v2 seeded), so the output is
// deterministic by seed and holds no real credential.
//
// The package imports nothing of this module: tests of redact, engine and
// scripts/compare-scanners use it alike.
package plant

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
)

// Kind is the kind of a planted secret.
type Kind string

// Secret kinds.
const (
	KeyIDAWS      Kind = "key-id-aws"
	KeyIDCompat   Kind = "key-id-s3compat"
	SecretKey     Kind = "secret-key"
	SessionToken  Kind = "session-token"
	SigV4         Kind = "signature-v4"
	SigV2         Kind = "signature-v2"
	SigCloudFront Kind = "signature-cloudfront"
	SigGCS        Kind = "signature-gcs"
	SigAzure      Kind = "signature-azure"
	Password      Kind = "password"
	Bearer        Kind = "bearer-token"
	Basic         Kind = "basic-auth"
	Cookie        Kind = "cookie"
	PEM           Kind = "pem-private-key"
	SaaS          Kind = "saas-token"
	JWT           Kind = "jwt"
	Unknown       Kind = "unknown-high-entropy"
)

// Kinds lists the secret kinds in report order.
var Kinds = []Kind{KeyIDAWS, KeyIDCompat, SecretKey, SessionToken, SigV4, SigV2, SigCloudFront, SigGCS, SigAzure,
	Password, Bearer, Basic, Cookie, PEM, SaaS, JWT, Unknown}

// BenignKind is the kind of an item that must stay readable.
type BenignKind string

// Benign kinds.
const (
	StringToSignHash BenignKind = "string-to-sign-hash"
	PayloadHash      BenignKind = "payload-hash"
	ETag             BenignKind = "etag"
	RequestID        BenignKind = "request-id"
	HostID           BenignKind = "host-id"
	GitSHA           BenignKind = "git-sha"
	UUID             BenignKind = "uuid"
	SRI              BenignKind = "sri-hash"
	Image            BenignKind = "base64-image"
	SSHPublicKey     BenignKind = "ssh-public-key"
	PEMPublic        BenignKind = "pem-public"
	Bucket           BenignKind = "bucket"
	ObjectKey        BenignKind = "object-key"
	Date             BenignKind = "date"
	Region           BenignKind = "region"
)

// BenignKinds lists the benign kinds in report order.
var BenignKinds = []BenignKind{StringToSignHash, PayloadHash, ETag, RequestID, HostID, GitSHA, UUID, SRI, Image,
	SSHPublicKey, PEMPublic, Bucket, ObjectKey, Date, Region}

// Enc is how a whole block is encoded in the paste.
type Enc string

// Encodings of a block.
const (
	Raw      Enc = "raw"
	Pct1     Enc = "percent"      // the block as a query value (a snippet shared by URL)
	Pct2     Enc = "percent2"     // the same, inside another URL
	HTML     Enc = "html"         // HTML entities, as a page or template shows it
	JSONEsc  Enc = "json"         // a JSON string: \/ and \u002b style escapes
	B64      Enc = "base64"       // base64, wrapped at 76 (base64(1)) or one line
	Wrap     Enc = "wrap80"       // hard-wrapped at 80 columns by a log viewer
	WrapCont Enc = "wrap80-cont"  // wrapped at 80 with a trailing \ (terminal, shell)
	Split    Enc = "split-quotes" // string literals split into concatenated pieces
	Fence    Enc = "code-fence"   // inside a markdown code fence
	Table    Enc = "md-table"     // every line in a markdown table cell
)

// Encodings lists every block encoding. Split only applies to contexts
// written in a programming language (Context.Lang set).
var Encodings = []Enc{Raw, Pct1, Pct2, HTML, JSONEsc, B64, Wrap, WrapCont, Split, Fence, Table}

// Secret is one planted secret.
type Secret struct {
	Kind    Kind
	Value   string
	Context string
	Slot    string
	Enc     Enc
	// ValueEnc is how the context itself wrapped the value ("base64" in a
	// Kubernetes data: field, "percent" in a URL, "" when verbatim).
	ValueEnc string
	fixed    int
}

// Benign is one planted item that must stay readable.
type Benign struct {
	Kind    BenignKind
	Value   string
	Context string
	Enc     Enc
}

// Block is one context in a paste.
type Block struct {
	Context    string
	Enc        Enc
	Start, End int
}

// Doc is one paste.
type Doc struct {
	Text    string
	Secrets []*Secret
	Benign  []*Benign
	Blocks  []Block
}

// Context is one format a secret is pasted in.
type Context struct {
	Name string
	// Source is where the format was taken from.
	Source string
	// Lang is the string-literal style of a programming language ("py",
	// "js", "go", "java", "cs", "php", "rb", "rs", "cpp", "swift", "r"), ""
	// for other formats.
	Lang string
	gen  func(g *G) string
}

// EncodingsFor lists the encodings that apply to a context.
func EncodingsFor(c Context) []Enc {
	if c.Lang != "" {
		return Encodings
	}
	var out []Enc
	for _, e := range Encodings {
		if e != Split {
			out = append(out, e)
		}
	}
	return out
}

// G is the generator state while one block is written.
type G struct {
	r    *rand.Rand
	ctx  *Context
	enc  Enc
	doc  *Doc
	pool map[Kind][]string
	// override, when set, replaces the value of the overrideAt-th secret
	// the block plants (FuzzPlantedSlot).
	override   string
	overrideAt int
	n          int
	last       *Secret
}

func (g *G) pick(s ...string) string { return s[g.r.IntN(len(s))] }

// K plants a secret of kind k in slot and returns its value. Now and then
// it reuses a value already planted in the paste (the same key in a config
// and in a URL): every occurrence must go.
func (g *G) K(k Kind, slot string) string {
	var v string
	fixed := 0
	if g.override != "" && g.n == g.overrideAt {
		v = g.override
	} else if p := g.pool[k]; len(p) > 0 && g.r.IntN(8) == 0 && k != PEM {
		v = p[g.r.IntN(len(p))]
		for _, s := range g.doc.Secrets {
			if s.Value == v {
				fixed = s.fixed
				break
			}
		}
	} else {
		v, fixed = g.value(k)
		g.pool[k] = append(g.pool[k], v)
	}
	g.n++
	s := &Secret{Kind: k, Value: v, Context: g.ctx.Name, Slot: slot, Enc: g.enc, fixed: fixed}
	g.doc.Secrets = append(g.doc.Secrets, s)
	g.last = s
	return v
}

// AK plants an access key ID: AWS-shaped or of an S3-compatible store.
func (g *G) AK(slot string) string {
	if g.r.IntN(5) < 3 {
		return g.K(KeyIDAWS, slot)
	}
	return g.K(KeyIDCompat, slot)
}

// VE marks how the context wrapped the last planted value.
func (g *G) VE(e string) {
	if g.last != nil {
		g.last.ValueEnc = e
	}
}

// B plants a benign item and returns it.
func (g *G) B(k BenignKind) string {
	v := g.benign(k)
	g.doc.Benign = append(g.doc.Benign, &Benign{Kind: k, Value: v, Context: g.ctx.Name, Enc: g.enc})
	return v
}

// Q quotes v as a string literal of the context's language, split into
// concatenated pieces under the Split encoding.
func (g *G) Q(v string) string {
	q := `"`
	switch g.ctx.Lang {
	case "py", "rb", "php":
		if g.r.IntN(2) == 0 {
			q = `'`
		}
	}
	if g.enc != Split || len(v) < 8 || strings.Contains(v, "\n") {
		return q + v + q
	}
	cut := 3 + g.r.IntN(len(v)-5)
	a, b := v[:cut], v[cut:]
	switch g.ctx.Lang {
	case "py": // implicit concatenation, often across lines in parentheses
		if g.r.IntN(2) == 0 {
			return "(" + q + a + q + "\n    " + q + b + q + ")"
		}
		return q + a + q + " " + q + b + q
	case "php":
		return q + a + q + " . " + q + b + q
	case "rs":
		return `concat!("` + a + `", "` + b + `")`
	case "cpp": // adjacent literals are one
		return q + a + q + " " + q + b + q
	case "r":
		return "paste0(" + q + a + q + ", " + q + b + q + ")"
	default:
		return q + a + q + " + " + q + b + q
	}
}

// QB quotes a benign value (never split: it must read as it is).
func (g *G) QB(v string) string { return `"` + v + `"` }

// Generate writes n pastes of about perDoc blocks each. Block i of the run
// uses context i mod len(Contexts) and that context's encodings in turn, so
// a run of len(Contexts)×11 blocks covers every (context, encoding) pair.
func Generate(seed uint64, n, perDoc int) []Doc { return generate(Contexts, seed, n, perDoc) }

// GenerateFrom is Generate over the named contexts only (a held-out wave
// measured on its own); an unknown name panics.
func GenerateFrom(names []string, seed uint64, n, perDoc int) []Doc {
	var cs []Context
	for _, name := range names {
		c, ok := Lookup(name)
		if !ok {
			panic("plant: no context " + name)
		}
		cs = append(cs, c)
	}
	return generate(cs, seed, n, perDoc)
}

func generate(Contexts []Context, seed uint64, n, perDoc int) []Doc {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	docs := make([]Doc, 0, n)
	i := 0
	for d := 0; d < n; d++ {
		doc := Doc{}
		pool := map[Kind][]string{}
		var sb strings.Builder
		for b := 0; b < perDoc; b++ {
			c := &Contexts[i%len(Contexts)]
			encs := EncodingsFor(*c)
			e := encs[(i/len(Contexts)+int(seed))%len(encs)]
			i++
			if sb.Len() > 0 {
				sb.WriteString("\n\n")
			}
			start := sb.Len()
			sb.WriteString(block(r, c, e, &doc, pool, "", 0))
			doc.Blocks = append(doc.Blocks, Block{Context: c.Name, Enc: e, Start: start, End: sb.Len()})
		}
		doc.Text = sb.String()
		docs = append(docs, doc)
	}
	return docs
}

// One writes one block of context ci (mod the number of contexts) in
// encoding ei (mod the encodings that apply to it), from seed; when value is
// not empty it replaces the value of the slot-th secret the block plants
// (mod their number). For fuzzing.
func One(ci, ei int, slot int, seed uint64, value string) Doc {
	c := &Contexts[((ci%len(Contexts))+len(Contexts))%len(Contexts)]
	encs := EncodingsFor(*c)
	e := encs[((ei%len(encs))+len(encs))%len(encs)]
	// count the slots first, with the same seed, to aim the override
	var probe Doc
	block(rand.New(rand.NewPCG(seed, 1)), c, e, &probe, map[Kind][]string{}, "", 0)
	at := 0
	if len(probe.Secrets) > 0 {
		at = ((slot % len(probe.Secrets)) + len(probe.Secrets)) % len(probe.Secrets)
	}
	doc := Doc{}
	text := block(rand.New(rand.NewPCG(seed, 1)), c, e, &doc, map[Kind][]string{}, value, at)
	doc.Text = text
	doc.Blocks = []Block{{Context: c.Name, Enc: e, Start: 0, End: len(text)}}
	return doc
}

func block(r *rand.Rand, c *Context, e Enc, doc *Doc, pool map[Kind][]string, override string, at int) string {
	g := &G{r: r, ctx: c, enc: e, doc: doc, pool: pool, override: override, overrideAt: at}
	firstB := len(doc.Benign)
	text := strings.TrimRight(c.gen(g), "\n")
	if e == B64 { // benign items inside base64 are not readable anyway
		doc.Benign = doc.Benign[:firstB]
	}
	// a benign item the context made but did not print (a bucket in a
	// host name the context cut off) is not planted
	kept := doc.Benign[:firstB]
	for _, b := range doc.Benign[firstB:] {
		if strings.Contains(text, b.Value) {
			kept = append(kept, b)
		}
	}
	doc.Benign = kept
	return encodeBlock(r, e, c, text)
}

// Count sums planted secrets and benign items of docs.
func Count(docs []Doc) (secrets, benign int) {
	for _, d := range docs {
		secrets += len(d.Secrets)
		benign += len(d.Benign)
	}
	return
}

// Triple names where a secret was planted: "context kind encoding".
func (s *Secret) Triple() string {
	return fmt.Sprintf("%s %s %s", s.Context, s.Kind, s.Enc)
}

// ContextNames lists the contexts' names, sorted.
func ContextNames() []string {
	var out []string
	for _, c := range Contexts {
		out = append(out, c.Name)
	}
	sort.Strings(out)
	return out
}
