package sigv4

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// suiteDir is the AWS signing test suite, copied into the repository with
// its licence (testdata/sigv4-suite/README.md says from where).
var suiteDir = filepath.Join("testdata", "sigv4-suite", "v4")

type suiteContext struct {
	Credentials struct {
		AccessKeyID     string `json:"access_key_id"`
		SecretAccessKey string `json:"secret_access_key"`
		Token           string `json:"token"`
	} `json:"credentials"`
	Region           string `json:"region"`
	Service          string `json:"service"`
	Normalize        bool   `json:"normalize"`
	SignBody         bool   `json:"sign_body"`
	OmitSessionToken bool   `json:"omit_session_token"`
}

// httpText is a request of the suite read from its HTTP/1.1 text.
type httpText struct {
	method, path, query string
	headers             []Header
	body                string
}

func parseHTTP(t *testing.T, text string) httpText {
	t.Helper()
	head, body, _ := strings.Cut(text, "\n\n")
	lines := strings.Split(head, "\n")
	first := lines[0]
	sp := strings.IndexByte(first, ' ')
	end := strings.LastIndex(first, " HTTP/")
	if sp < 0 || end <= sp {
		t.Fatalf("bad request line %q", first)
	}
	var h httpText
	h.method = first[:sp]
	target := first[sp+1 : end]
	h.path, h.query, _ = strings.Cut(target, "?")
	for _, l := range lines[1:] {
		if l == "" {
			continue
		}
		if l[0] == ' ' || l[0] == '\t' {
			// obs-fold: the continuation joins the previous value.
			h.headers[len(h.headers)-1].Value += " " + strings.TrimSpace(l)
			continue
		}
		n, v, _ := strings.Cut(l, ":")
		h.headers = append(h.headers, Header{Name: n, Value: v})
	}
	h.body = body
	return h
}

func readFile(t *testing.T, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestSuite runs every v4 query-signing case of the AWS signing test suite
// through the rebuilding of this package and through the SDK signer: the
// canonical request, string to sign and signature must all be the
// expected ones.
func TestSuite(t *testing.T) {
	cases, err := os.ReadDir(suiteDir)
	if err != nil {
		t.Fatalf("the SigV4 test suite is not at %s: %v", suiteDir, err)
	}
	if len(cases) < 38 {
		t.Fatalf("expected 38 v4 cases in %s, found %d", suiteDir, len(cases))
	}
	for _, c := range cases {
		dir := filepath.Join(suiteDir, c.Name())
		t.Run(c.Name(), func(t *testing.T) {
			var ctx suiteContext
			if err := json.Unmarshal([]byte(readFile(t, dir, "context.json")), &ctx); err != nil {
				t.Fatal(err)
			}
			wantCR := readFile(t, dir, "query-canonical-request.txt")
			wantSTS := readFile(t, dir, "query-string-to-sign.txt")
			wantSig := strings.TrimSpace(readFile(t, dir, "query-signature.txt"))
			h := parseHTTP(t, readFile(t, dir, "query-signed-request.txt"))

			r := Request{Method: h.method, Path: h.path, Query: ParseQuery(h.query), Normalize: ctx.Normalize}
			for _, hd := range h.headers {
				if strings.EqualFold(hd.Name, "host") {
					r.Host = strings.TrimSpace(hd.Value)
				} else {
					r.Headers = append(r.Headers, hd)
				}
			}
			if ctx.OmitSessionToken {
				// The token was appended after signing: it is not signed.
				var q []Param
				for _, p := range r.Query {
					if p.Name != "X-Amz-Security-Token" {
						q = append(q, p)
					}
				}
				r.Query = q
			}
			r.Payload = EmptySHA256
			if ctx.SignBody {
				sum := sha256.Sum256([]byte(h.body))
				r.Payload = hex.EncodeToString(sum[:])
			}
			urlSig, _ := r.Get("X-Amz-Signature")
			if urlSig != wantSig {
				t.Fatalf("signed request carries %s, query-signature.txt %s", urlSig, wantSig)
			}

			rb, err := Rebuild(r)
			if err != nil {
				t.Fatal(err)
			}
			if rb.CanonicalRequest != wantCR {
				t.Errorf("canonical request:\n%s\nwant:\n%s", rb.CanonicalRequest, wantCR)
			}
			if rb.StringToSign != wantSTS {
				t.Errorf("string to sign:\n%s\nwant:\n%s", rb.StringToSign, wantSTS)
			}
			own, err := SignStringToSign(ctx.Credentials.SecretAccessKey, rb.StringToSign)
			if err != nil || own != wantSig {
				t.Errorf("own signature %s (%v), want %s", own, err, wantSig)
			}

			sdk, err := SDKSign(r, ctx.Credentials.SecretAccessKey)
			if err != nil {
				t.Fatal(err)
			}
			if sdk.CanonicalRequest != wantCR {
				t.Errorf("SDK canonical request:\n%s\nwant:\n%s", sdk.CanonicalRequest, wantCR)
			}
			if sdk.StringToSign != wantSTS {
				t.Errorf("SDK string to sign:\n%s\nwant:\n%s", sdk.StringToSign, wantSTS)
			}
			if sdk.Signature != wantSig {
				t.Errorf("SDK signature %s, want %s", sdk.Signature, wantSig)
			}
			v, err := VerifyURL(r, ctx.Credentials.SecretAccessKey, urlSig)
			if err != nil || !v.URLSigns {
				t.Errorf("VerifyURL = %+v, %v; want the URL to verify", v, err)
			}
			if v, _ := VerifyURL(r, ctx.Credentials.SecretAccessKey+"x", urlSig); v.URLSigns {
				t.Error("VerifyURL accepts another secret")
			}
		})
	}
}
