package redact

import (
	"math/bits"
	"strings"
	"unsafe"

	"github.com/presign-doctor/presign-doctor/internal/rare"
)

// Anchors: the fixed words the whole-file readers (formatSlots,
// userinfoUsers) start from, found once a text instead of one search each.
//
// Each reader used to search the whole paste for its word (rare.Index,
// IndexByte): a dozen and more sweeps of a 1 MB paste a pass, each
// stopping at every byte that might start its word, the paste streamed
// through the cache each time (issue 18: as many instructions as the
// readers' own work, at twice the cache misses, and in the wasm build a
// byte loop per sweep). anchorsIn reads the text once, looks at each
// byte in one table (is it the key byte of some anchor?) and records
// every start of every anchor, overlapping ones too, in order: the
// reader ranging over them meets exactly the positions its search met.
type anchor uint8

const (
	anPasswdS3fs     anchor = iota // s3fsPasswd
	anTfAccessKey                  // tfAccessKeyID
	anPlistKey                     // plistPhrase
	anEquals                       // envWords
	anPromptEnd                    // promptLines
	anRegType                      // regValues
	anPortFlag                     // userPassFlags
	anVarDumpName                  // varDumpValues
	anParen                        // structDumps
	anBracket                      // structDumps, argvLists
	anPairArray                    // pairArrays
	anCliAccessKey                 // cliTextRows
	anCliCredentials               // cliTextRows
	anMapCall                      // parallelArrays
	anQuestion                     // questionPrompts
	anScheme                       // userinfoUsers
	numAnchors
)

var anchorWords = [numAnchors]string{
	anPasswdS3fs:     "passwd-s3fs",
	anTfAccessKey:    "aws_iam_access_key",
	anPlistKey:       "<key>",
	anEquals:         "=",
	anPromptEnd:      "]: ",
	anRegType:        "REG_",
	anPortFlag:       " -p ",
	anVarDumpName:    "\"]=>",
	anParen:          "(",
	anBracket:        "[",
	anPairArray:      "[[\"",
	anCliAccessKey:   "ACCESSKEY\t",
	anCliCredentials: "CREDENTIALS\t",
	anMapCall:        "ap(",
	anQuestion:       "? ",
	anScheme:         "://",
}

// anchorKey is each anchor's key byte (its rarest, rare.Rarest) and that
// byte's offset in the word; anchorsByKey the anchors keyed by each byte.
var anchorKey, anchorsByKey = func() (off [numAnchors]int, by [256]uint32) {
	for a, w := range anchorWords {
		off[a] = rare.Rarest(w)
		by[w[off[a]]] |= 1 << a
	}
	return
}()

// anchorIndex is where each anchor starts in one text, ascending.
type anchorIndex struct {
	text string
	at   [numAnchors][]int
}

// of is the starts of a, ascending.
func (ix *anchorIndex) of(a anchor) []int { return ix.at[a] }

// anchorsOf is the anchor index of s: the one find made for its text (or
// formatSlots for a text of its own), or a new one for a reader called on
// another text. (The same text: the same bytes in memory, not a compare.)
func (st *state) anchorsOf(s string) *anchorIndex {
	if st.anchorsFor(s) {
		return st.anchors
	}
	return anchorsIn(s)
}

// anchorsFor reports whether st.anchors indexes s.
func (st *state) anchorsFor(s string) bool {
	ix := st.anchors
	return ix != nil && len(ix.text) == len(s) && unsafe.StringData(ix.text) == unsafe.StringData(s)
}

// anchorKeys is the anchors' key bytes, each once.
var anchorKeys = func() (keys []byte) {
	for c := 0; c < 256; c++ {
		if anchorsByKey[c] != 0 {
			keys = append(keys, byte(c))
		}
	}
	return
}()

// anchorsBySweep indexes every anchor of s by one IndexByte sweep a key
// byte (anchors sharing a key byte share its sweep), each stop checking
// the anchors keyed by that byte: natively IndexByte compares 16 or 32
// bytes an instruction, and a stop costs less than a loop's test at every
// byte. (strings.Index an anchor stops at every occurrence of its first
// byte, an 'a' of "ap(" or "aws_iam_access_key": 2.5 % more
// instructions a Redact.)
func anchorsBySweep(s string) *anchorIndex {
	ix := &anchorIndex{text: s}
	for _, c := range anchorKeys {
		keyed := anchorsByKey[c]
		for i := 0; i < len(s); i++ {
			x := strings.IndexByte(s[i:], c)
			if x < 0 {
				break
			}
			i += x
			for m := keyed; m != 0; m &= m - 1 {
				a := bits.TrailingZeros32(m)
				w := anchorWords[a]
				if p := i - anchorKey[a]; p >= 0 && p+len(w) <= len(s) && s[p:p+len(w)] == w {
					ix.at[a] = append(ix.at[a], p)
				}
			}
		}
	}
	return ix
}

// anchorsByLoop indexes every anchor of s in one loop over its bytes,
// looking each byte up in one table (is it the key byte of an anchor?):
// where no search compares more than a byte an instruction (the wasm
// build: IndexByte is a loop there, strings.Index Rabin-Karp past a few
// stops), one loop costs less than a dozen.
func anchorsByLoop(s string) *anchorIndex {
	ix := &anchorIndex{text: s}
	for i := 0; i < len(s); i++ {
		m := anchorsByKey[s[i]]
		for m != 0 {
			a := bits.TrailingZeros32(m)
			m &= m - 1
			w := anchorWords[a]
			if p := i - anchorKey[a]; p >= 0 && p+len(w) <= len(s) && s[p:p+len(w)] == w {
				ix.at[a] = append(ix.at[a], p)
			}
		}
	}
	return ix
}
