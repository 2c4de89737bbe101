// Package redact replaces the secrets of a paste (access keys, secret keys,
// session tokens, signatures, account IDs, other credentials) with stable,
// typed, URL-safe placeholders before anything else reads it.
//
// It works in layers, each in its own file and tested on its own:
//
//  0. decode.go, wrap.go: one view of the paste with its encodings undone
//     (percent once to thrice, HTML entities, JSON escapes, line
//     continuations, hard wraps, split string literals), every byte mapped
//     back to the paste; the hex bytes of S3 errors and base64-wrapped text
//     are decoded where they stand.
//  1. slots.go: a value in a credential-bearing slot goes whatever its
//     shape; each slot names the documentation it was taken from.
//  2. shapes.go: known prefixes anywhere, each with examples.
//  3. residue.go: AWS's bare heuristics, then any long high-entropy run
//     that is not benign in its position, as an unknown secret.
//
// scan.go drives 1 and 2 in one linear pass over the view; propagate.go
// runs 3 and then takes every other occurrence of every value found, in
// every encoding. Placeholders are keyed by the decoded value, so a secret
// gets the same placeholder wherever and however it appears, and a
// placeholder is never itself taken for a secret (IsPlaceholder).
package redact

import (
	"sort"
	"strconv"
	"strings"
)

// Options tune redaction.
type Options struct {
	// RedactBucketNames also replaces bucket names and object keys.
	RedactBucketNames bool
	// Known are secrets the caller holds (the request's secretAccessKey):
	// every occurrence, raw or percent-encoded, is redacted as a secret
	// access key.
	Known []string
}

// Redaction is one replaced secret.
type Redaction struct {
	_           [0]func() // not comparable: no generated equality function in the wasm
	Kind        string    // access-key-id, secret-access-key, session-token, signature, account-id, ...
	Placeholder string
	// Start and End are byte offsets of the placeholder in the redacted text.
	Start, End int
	// Note says what the placeholder still tells (an example key, a linked
	// account, ...).
	Note string
	// Store names the S3-compatible store a key belongs to when its shape
	// tells (gcs-hmac, spaces, b2), and is empty otherwise.
	Store string
	// EncodedTwice is true when the value was percent-encoded twice where
	// it was pasted (%252F: decoded once it still holds escapes). The value
	// is gone from the redacted text; this is what diagnosis needs of it
	// (a token re-encoded after signing reaches S3 altered).
	EncodedTwice bool
	// RawPlus is true when a session token's value, as pasted in a URL's
	// query (X-Amz-Security-Token=…), holds a raw '+': the query decodes
	// it as a space, so S3 reads another token than was issued.
	RawPlus bool
	// Default names the local emulator whose documented dummy value this
	// was (LocalStack's test, MinIO's minioadmin, Moto's testing), or says
	// the value is too short to be a key any store issues; empty
	// otherwise. The value is redacted all the same (a secret in a
	// credential slot is redacted whatever its shape); whether it is a
	// leak depends on the endpoint it is used with, which the model
	// resolves.
	Default string
}

// Result is the redacted text and what was replaced in it.
type Result struct {
	Text       string
	Redactions []Redaction
	// originals maps each placeholder to the secret it replaced. It stays in
	// memory and is only reachable through Reveal.
	originals map[string]string
	// accountOf maps a key-ID placeholder to the placeholder of the account
	// embedded in the key.
	accountOf map[string]string
}

// Reveal returns s with every placeholder of this result replaced by the
// original secret. It exists for one caller: the signature check, which
// must hash the real canonical request. Its output must never be shown.
func (r Result) Reveal(s string) string {
	if len(r.originals) == 0 {
		return s
	}
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); {
		if !isWord(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && (isAlnum(s[j]) || s[j] == '_' || s[j] == '-') {
			j++
		}
		if j == i {
			i++
			continue
		}
		if orig, ok := r.originals[s[i:j]]; ok {
			b.WriteString(s[last:i])
			b.WriteString(orig)
			last = j
		}
		i = j
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// AccountOf returns the ACCOUNT_n placeholder of the account embedded in a
// new-style access key ID, given the key's placeholder, or "" when the key
// carries no decodable account.
func (r Result) AccountOf(keyPlaceholder string) string { return r.accountOf[keyPlaceholder] }

// maxPasses bounds the passes of Redact (see there).
const maxPasses = 4

// Redact returns text with every secret it recognises replaced.
//
// It is idempotent by construction: it scans its own output again until a
// pass finds nothing more (at most maxPasses). A placeholder can change
// what a later scan sees (a bucket name replaced inside a short word makes
// that word long enough to read as a token, an account replaced inside an
// ARN ends the ARN early), so one pass is not always its own fixed point.
// The passes after the first only ever replace more; the common paste
// costs one extra scan over a text that now holds placeholders.
func Redact(text string, opts Options) Result {
	names := &naming{count: map[string]int{}} // ph: made at the first render
	res, edits := redactOnce(text, opts, names)
	for pass := 1; pass < maxPasses && len(edits) > 0; pass++ {
		next, e := redactOnce(res.Text, opts, names)
		if len(e) == 0 {
			break
		}
		res = merge(res, next, e)
		edits = e
	}
	return res
}

// naming is what passes share: the placeholders given so far, so a later
// pass never reuses a number.
type naming struct {
	ph    map[string]string // normalised value -> placeholder (nil before the first render)
	count map[string]int
}

// edit is one replacement a pass made: text[src0:src1] became
// out[out0:out1].
type edit struct{ src0, src1, out0, out1 int }

// redactOnce is one pass: detection starts afresh (a later pass sees only
// the text, as a second Redact call would), the naming carries on.
func redactOnce(text string, opts Options, names *naming) (Result, []edit) {
	st := passState(opts, names)
	// layer 0: one decoded view; every layer reads it, every hit maps back
	joins := wrapJoins(text)
	v := decodeViewJoins(text, joins)
	hits := st.find(v.text)
	v.origHits(hits)
	if fewer, ok := commandJoins(text, joins); ok {
		// a join after a command line is a guess (wrap.go): the lines
		// read unjoined too, afresh (what the joined reading learnt, a
		// run across the break, is not this reading's), and what this
		// reading finds elsewhere goes
		st2 := passState(opts, names)
		v2 := decodeViewJoins(text, fewer)
		h2 := st2.find(v2.text)
		v2.origHits(h2)
		hits = addDisjoint(hits, h2)
		st.hasKey = st.hasKey || st2.hasKey
		for a := range st2.accounts {
			st.accounts[a] = true
		}
	}
	if names.ph == nil {
		// sized by the first pass's hits (only render writes it; a nil
		// map reads as empty before)
		names.ph = make(map[string]string, len(hits))
		st.ph = names.ph
	}
	return st.render(text, hits)
}

// passState is the state a pass starts with: detection afresh, the
// naming carried on.
func passState(opts Options, names *naming) *state {
	// (a later pass notes every value placeholders stand for first)
	st := &state{opts: opts, known: make(map[string]string, len(names.ph)), ph: names.ph,
		count: names.count, accounts: map[string]bool{}}
	// a later pass knows the values the earlier ones replaced: every
	// further occurrence of one goes too (propagate.go), also where only
	// the earlier pass's text around it let a layer find it
	if len(names.ph) > 0 {
		vals := make([]string, 0, len(names.ph))
		for v := range names.ph {
			vals = append(vals, v)
		}
		sort.Strings(vals) // (everywhere reads them in order)
		for _, v := range vals {
			if k, ok := PlaceholderKind(names.ph[v]); ok {
				st.note(v, k)
			}
		}
	}
	return st
}

// find runs the layers over the decoded view s and returns sorted,
// non-overlapping hits in s.
func (st *state) find(text string) []hit {
	st.anchors = anchorsIn(text) // anchors.go
	hits := st.scan2(text, st.scan1(text))
	hits = st.identities(text, hits) // slots_records.go
	for k := range hits {
		if hx := hits[k].hex; hx != nil {
			hx.hits = st.scan2(hx.decoded, hx.hits)
		}
	}
	return st.everywhere(text, hits)
}

// merge folds a later pass into the result of the earlier ones: the
// earlier redactions move by what the later pass replaced before them, and
// drop out where it replaced them (inside a longer secret); the later
// pass's originals are revealed through the earlier ones, so Reveal still
// gives the paste's own text.
func merge(prev, next Result, edits []edit) Result {
	out := Result{Text: next.Text, originals: prev.originals, accountOf: prev.accountOf}
	out.Redactions = make([]Redaction, 0, len(prev.Redactions)+len(next.Redactions))
	k, shift := 0, 0
	for _, r := range prev.Redactions {
		for k < len(edits) && edits[k].src1 <= r.Start {
			shift += (edits[k].out1 - edits[k].out0) - (edits[k].src1 - edits[k].src0)
			k++
		}
		if k < len(edits) && edits[k].src0 < r.End {
			continue // replaced by the later pass
		}
		r.Start += shift
		r.End += shift
		out.Redactions = append(out.Redactions, r)
	}
	out.Redactions = append(out.Redactions, next.Redactions...)
	for k := 1; k < len(out.Redactions); k++ {
		if out.Redactions[k].Start < out.Redactions[k-1].Start {
			sort.SliceStable(out.Redactions, func(a, b int) bool { return out.Redactions[a].Start < out.Redactions[b].Start })
			break
		}
	}
	for ph, v := range next.originals {
		out.originals[ph] = prev.Reveal(v)
	}
	for ph, a := range next.accountOf {
		out.accountOf[ph] = a
	}
	return out
}

// placeholder returns (assigning on first use) the placeholder of a value.
func (st *state) placeholder(kind, val string) string {
	if p, ok := st.ph[val]; ok {
		return p
	}
	prefix := ""
	if kind == KindUniqueID && len(val) < 4 {
		kind = KindAccessKeyID
	}
	if kind == KindAccessKeyID || kind == KindUniqueID {
		prefix = val[:min(4, len(val))]
		if kind == KindAccessKeyID && !isCredentialPrefix(prefix) {
			prefix = ""
			kind = KindAccessKeyID
		}
	}
	st.count[kind]++
	stem := placeholderStem(kind, prefix, isExampleValue(val))
	if prefix == "" && kind == KindAccessKeyID {
		stem = "ACCESS_KEY_ID"
	}
	sep := "_"
	if kind == KindBucket || kind == KindObjectKey {
		sep = "-"
	}
	p := stem + sep + strconv.Itoa(st.count[kind])
	st.ph[val] = p
	return p
}

// render writes the redacted text and the list of redactions.
func (st *state) render(text string, hits []hit) (Result, []edit) {
	res := Result{originals: make(map[string]string, len(hits)), accountOf: map[string]string{}}
	if len(hits) == 0 {
		res.Text = text
		return res, nil
	}
	var edits []edit
	res.Redactions = make([]Redaction, 0, len(hits))
	// a Builder grown once: its buffer is not zeroed before it is written
	var out strings.Builder
	out.Grow(len(text))
	last := 0
	keyNote := map[string]string{} // account value -> first key placeholder embedding it
	for _, h := range hits {
		out.WriteString(text[last:h.start])
		last = h.end
		if h.hex != nil {
			if len(h.hex.hits) == 0 {
				out.WriteString(text[h.start:h.end])
				continue
			}
			sub, _ := st.render(h.hex.decoded, h.hex.hits)
			for ph, v := range sub.originals {
				res.originals[ph] = v
			}
			o := out.Len()
			out.WriteString(encodeHex(sub.Text))
			edits = append(edits, edit{h.start, h.end, o, out.Len()})
			continue
		}
		ph := st.placeholder(h.kind, h.val)
		res.originals[ph] = h.val
		r := Redaction{Kind: h.kind, Placeholder: ph, Start: out.Len(), End: out.Len() + len(ph)}
		edits = append(edits, edit{h.start, h.end, r.Start, r.End})
		out.WriteString(ph)
		switch h.kind {
		case KindAccessKeyID, KindUniqueID:
			r.Note = st.keyNote(h, ph, &res, keyNote)
		case KindSecretAccessKey:
			if isExampleValue(h.val) {
				r.Note = "AWS documentation example secret key: it never works"
			} else if len(h.val) >= 30 && len(h.val) < 40 {
				r.Note = "not 40 characters: a secret access key is 40, so this one may be truncated"
			} else if len(h.val) != 40 {
				r.Note = "not the shape of an AWS secret access key (40 characters): the secret of an S3-compatible store, or a password"
			}
		default:
			r.Note = h.note
		}
		r.Store = h.store
		if h.kind == KindAccessKeyID || h.kind == KindSecretAccessKey || h.kind == KindPassword {
			if r.Default = EmulatorDefault(h.val); r.Default != "" {
				if r.Note != "" {
					r.Note += "; "
				}
				r.Note += r.Default + ": no leak when used against that emulator on a local or private host"
			}
		}
		r.RawPlus = h.kind == KindSessionToken && strings.Contains(text[h.start:h.end], "+") && afterTokenParam(text, h.start)
		if r.EncodedTwice = encodedTwice(text[h.start:h.end]); r.EncodedTwice && r.Note == "" {
			r.Note = "percent-encoded twice where it was pasted (%25…): decoded once it still holds escapes, so S3 reads another value than was signed or issued"
		}
		res.Redactions = append(res.Redactions, r)
	}
	out.WriteString(text[last:])
	res.Text = out.String()
	// account notes: accounts that a key ID embeds
	for k := range res.Redactions {
		r := &res.Redactions[k]
		if r.Kind != KindAccountID {
			continue
		}
		if key, ok := keyNote[res.originals[r.Placeholder]]; ok {
			r.Note = "same account as the one embedded in access key " + key
		}
	}
	return res, edits
}

// keyNote describes a key ID placeholder: example key, prefix meaning and
// the account it embeds (by placeholder only).
func (st *state) keyNote(h hit, ph string, res *Result, keyNote map[string]string) string {
	notes := make([]string, 0, 4)
	p := h.val[:min(4, len(h.val))]
	if h.note != "" {
		notes = append(notes, h.note)
	} else if h.kind == KindAccessKeyID && !isCredentialPrefix(p) {
		notes = append(notes, "access key ID of an S3-compatible store (not an AWS key ID)")
	}
	example := isExampleValue(h.val)
	if example {
		notes = append(notes, "AWS documentation example key: it never works")
	}
	if d, ok := credentialPrefixes()[p]; ok {
		notes = append(notes, d)
	} else if d, ok := uniquePrefixes()[p]; ok {
		notes = append(notes, d+" unique ID: an identifier, not a credential")
	}
	if h.kind == KindAccessKeyID && !example {
		if acct, ok := accountFromKeyID(h.val); ok {
			aph := st.placeholder(KindAccountID, acct)
			res.originals[aph] = acct
			res.accountOf[ph] = aph
			if _, seen := keyNote[acct]; !seen {
				keyNote[acct] = ph
			}
			if st.accounts[acct] {
				notes = append(notes, "the key's embedded account is "+aph+", the same account as "+aph+" elsewhere in this paste")
			} else {
				notes = append(notes, "the key's embedded account ("+aph+") appears nowhere else in this paste")
			}
		}
	}
	return strings.Join(notes, "; ")
}

// isExampleValue is exampleValues()[v]: every example value is 20 or 40
// bytes long, so other lengths need no lookup.
func isExampleValue(v string) bool {
	return (len(v) == 20 || len(v) == 40) && exampleValues()[v]
}

// encodedTwice reports whether raw holds "%25" followed by two hex digits:
// a percent escape encoded again.
// afterTokenParam reports whether the value at start is a URL query's
// X-Amz-Security-Token parameter (any case).
func afterTokenParam(text string, start int) bool {
	const name = "x-amz-security-token="
	return start >= len(name) && strings.EqualFold(text[start-len(name):start], name)
}

func encodedTwice(raw string) bool {
	for i := 0; i+4 < len(raw); i++ {
		x := strings.Index(raw[i:], "%25")
		if x < 0 {
			return false
		}
		i += x
		if i+4 < len(raw) && isHex(raw[i+3]) && isHex(raw[i+4]) {
			return true
		}
	}
	return false
}
