package engine

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestEncodeResponseMatchesEncodingJSON checks the hand-written encoder
// against json.Marshal on the response of every golden request and on
// responses with every optional field set.
func TestEncodeResponseMatchesEncodingJSON(t *testing.T) {
	files, err := filepath.Glob("testdata/requests/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no requests: %v", err)
	}
	var resps []Response
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var req Request
		if err := json.Unmarshal(b, &req); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		resps = append(resps, Analyze(req))
	}
	full := empty()
	full.Error = "x<y>&z\u2028\u2029\x00\x1f\b\f\t\r\n\"\\ \xff\xfe é 😀"
	full.Redactions = []Redaction{{Kind: "k", Placeholder: "p", Start: 1, End: -2, Note: "n"}}
	full.Findings = []Finding{{Rule: "r", Related: []Range{{1, 2}}, Fixes: []Fix{{Message: "m"}, {Edits: []Edit{{Start: 1, End: 2, New: "n"}}}, {Edits: []Edit{}}}}, {Fixes: []Fix{}}, {}}
	full.Code = Code{PythonFull: "a", Curl: "b", Fetch: "c"}
	full.SigV4 = SigV4{Algorithm: "a", FirstDifference: "f", Verdict: "v", Notes: []string{"n", ""},
		Lines: []DiffLine{{Kind: "-", Part: "p", Text: "t", Marks: []Range{{0, 1}}}, {Kind: "+"}}, StringToSignLines: []DiffLine{{}}}
	full.Prompt = "p"
	full.Limits = []string{"l"}
	full.URLs = []DecodedURL{{Start: 1, End: 2, Scheme: "https", Host: "h", Store: "r2", Region: "r", HostRegion: "h", Scope: "s",
		SignedAt: "a", ExpiresAt: "b", ExpiresIn: -5, Remaining: "c", Expired: true, SignedHeaders: []string{"host"}, Token: true,
		Operation: "GetObject", Params: []URLParam{{Name: "n", Value: "<v>"}}, Repairs: []string{"r"},
		CredentialsEnd: "e", CredentialsEndWhy: "w<", ValidUntil: "u", EndsBy: "credentials", ValidRemaining: "v",
		Replay:      &Replay{Method: "PUT", Headers: []ReplayHeader{{Name: "content-type", Value: "<content-type you signed>"}, {Name: "x", Value: "y", Known: true, From: "f"}}, Curl: "c'", Fetch: "f\""},
		ClientDiffs: []string{"d"}}, {}}
	nilResp := Response{Limits: []string{}, SigV4: SigV4{Notes: []string{}, Lines: []DiffLine{}}}
	resps = append(resps, full, nilResp, empty())
	for i := range resps {
		want, err := json.Marshal(resps[i])
		if err != nil {
			t.Fatal(err)
		}
		if got := encodeResponse(&resps[i]); got != string(want) {
			t.Errorf("response %d:\n got %s\nwant %s", i, got, want)
		}
	}
}

// TestDecodeRequestMatchesEncodingJSON checks the hand-written decoder
// against json.Unmarshal: same request when both accept, an error when
// encoding/json reports one.
func TestDecodeRequestMatchesEncodingJSON(t *testing.T) {
	ins := []string{
		`{"input":"a","now":"2024-01-15T14:30:00Z","secretAccessKey":"s","options":{"redactBucketNames":true}}`,
		` { "INPUT" : "a\nb\u00e9\ud83d\ude00\ud800x\udc00\\\/\"\b\f\r\t" , "Now":null, "x":[1,-2.5e+3,{"a":[true,false,null]},"s"], "options":null } `,
		`{"input":"a","input":"b","options":{"redactbucketnames":false,"other":{}}}`,
		`{"input":"\xff\xfe ok \ud800\ud800"}`,
		`{"input":"<>&\u2028"}`,
		`null`, `{}`, `[]`, `"x"`, `5`, ``, `{`, `{"input":5}`, `{"input":"a"} x`, `{"input":"a",}`,
		`{"input":"a\x01"}`, `{"input":"\q"}`, `{"input":"\u12"}`, `{"options":5}`, `{"options":{"redactBucketNames":"yes"}}`,
		`{"x":01}`, `{"x":1.}`, `{"x":-}`, `{"x":tru}`, `{"x":[1 2]}`, `{"x" 1}`, `{1:2}`,
	}
	for _, in := range ins {
		var want Request
		werr := json.Unmarshal([]byte(in), &want)
		got, _, gerr := decodeRequest(in)
		if (werr != nil) != (gerr != nil) {
			t.Errorf("%q: encoding/json err %v, ours %v", in, werr, gerr)
			continue
		}
		if werr == nil && !reflect.DeepEqual(got, want) {
			t.Errorf("%q:\n got %+v\nwant %+v", in, got, want)
		}
	}
}

// FuzzJSONIO compares the hand-written JSON with encoding/json on
// arbitrary strings and requests.
func FuzzJSONIO(f *testing.F) {
	f.Add(`{"input":"a\u00e9\ud83d\ude00"}`)
	f.Add("<\xff\u2028\x00")
	f.Fuzz(func(t *testing.T, s string) {
		want, _ := json.Marshal(s)
		if got := appendJSONString(nil, s); string(got) != string(want) {
			t.Fatalf("%q: got %s want %s", s, got, want)
		}
		var wr Request
		werr := json.Unmarshal([]byte(s), &wr)
		gr, _, gerr := decodeRequest(s)
		if (werr != nil) != (gerr != nil) {
			t.Fatalf("%q: encoding/json err %v, ours %v", s, werr, gerr)
		}
		if werr == nil && !reflect.DeepEqual(gr, wr) {
			t.Fatalf("%q: got %+v want %+v", s, gr, wr)
		}
	})
}
