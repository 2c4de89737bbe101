package engine

import (
	"encoding/json"
	"strings"
	"testing"
)

const replaySig = "3f1c0a9b8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a"

// replayURL is a SigV4 URL signed at 09:55 for expires seconds, signing the
// headers hs (";"-joined), with a session token when token is set.
func replayURL(expires, hs string, token bool) string {
	u := "https://media-uploads-euw1.s3.eu-west-1.amazonaws.com/avatars/42.jpg?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIAIOSFODNN7EXAMPLE%2F20250304%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20250304T095500Z&X-Amz-Expires=" + expires
	if token {
		u += "&X-Amz-Security-Token=IQoJb3JpZ2luX2VjEXAMPLETOKENEXAMPLETOKENEXAMPLETOKEN%2F%2F%2F%2Fwo"
	}
	return u + "&X-Amz-SignedHeaders=" + strings.ReplaceAll(hs, ";", "%3B") + "&X-Amz-Signature=" + replaySig
}

func replayAnalyze(t *testing.T, text string) Response {
	t.Helper()
	resp := Analyze(Request{Input: text, Now: "2025-03-04T10:00:00Z"})
	if resp.Error != "" {
		t.Fatalf("error: %s", resp.Error)
	}
	if len(resp.URLs) == 0 {
		t.Fatalf("no urls in the response")
	}
	return resp
}

func TestValidUntilCredentialsEnd(t *testing.T) {
	cases := []struct {
		name, text            string
		until, endsBy, credAt string
		whyHas                string
	}{
		{"sts output ends before the url",
			"{\"Credentials\": {\"AccessKeyId\": \"ASIAIOSFODNN7EXAMPLE\", \"SecretAccessKey\": \"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\", \"SessionToken\": \"IQoJb3JpZ2luX2VjEXAMPLE\", \"Expiration\": \"2025-03-04T10:30:00+00:00\"}, \"AssumedRoleUser\": {\"AssumedRoleId\": \"AROAEXAMPLE:ci\", \"Arn\": \"arn:aws:sts::111122223333:assumed-role/uploader/ci\"}}\n\n" + replayURL("7200", "host", true),
			"2025-03-04T10:30:00Z", "credentials", "2025-03-04T10:30:00Z", "Expiration"},
		{"assume_role DurationSeconds shorter than the url",
			"sts = boto3.client('sts')\ncreds = sts.assume_role(RoleArn='arn:aws:iam::111122223333:role/up', RoleSessionName='s', DurationSeconds=900)['Credentials']\n\n" + replayURL("3600", "host", true),
			"2025-03-04T10:10:00Z", "credentials", "2025-03-04T10:10:00Z", "900"},
		{"role chaining caps the session at 1 h",
			"~/.aws/config:\n[profile hop]\nrole_arn = arn:aws:iam::111122223333:role/hop\nsource_profile = base\n\n[profile up]\nrole_arn = arn:aws:iam::111122223333:role/up\nsource_profile = hop\nduration_seconds = 7200\n\n" + replayURL("43200", "host", true),
			"2025-03-04T10:55:00Z", "credentials", "2025-03-04T10:55:00Z", "chaining"},
		{"long-term key: the url's own expiry",
			strings.Replace(replayURL("600", "host", false), "ASIA", "AKIA", 1),
			"2025-03-04T10:05:00Z", "url", "", ""},
		{"SigV2 Expires",
			"https://media-uploads-euw1.s3.amazonaws.com/avatars/42.jpg?AWSAccessKeyId=AKIAIOSFODNN7EXAMPLE&Expires=1741084200&Signature=vjbyPxybdZaNmGa%2ByT272YEAiv4%3D",
			"2025-03-04T10:30:00Z", "url", "", ""},
		{"session token, lifetime unknown",
			replayURL("600", "host", true),
			"2025-03-04T10:05:00Z", "url", "", "does not show"},
	}
	for _, c := range cases {
		resp := replayAnalyze(t, c.text)
		d := resp.URLs[len(resp.URLs)-1]
		if d.ValidUntil != c.until || d.EndsBy != c.endsBy || d.CredentialsEnd != c.credAt || !strings.Contains(d.CredentialsEndWhy, c.whyHas) {
			t.Errorf("%s: validUntil %q endsBy %q credentialsEnd %q why %q; want %q %q %q containing %q",
				c.name, d.ValidUntil, d.EndsBy, d.CredentialsEnd, d.CredentialsEndWhy, c.until, c.endsBy, c.credAt, c.whyHas)
		}
		if d.ValidRemaining == "" {
			t.Errorf("%s: no validRemaining", c.name)
		}
	}
}

func TestReplayHeaders(t *testing.T) {
	url := replayURL("900", "content-type;host;x-amz-acl", false)
	code := "url = s3.generate_presigned_url('put_object', Params={'Bucket': 'media-uploads-euw1', 'Key': 'avatars/42.jpg', 'ContentType': 'image/png'}, ExpiresIn=900)\nprint(url)\n# " + url + "\n"
	resp := replayAnalyze(t, code)
	var r *Replay
	for _, d := range resp.URLs {
		if d.Replay != nil {
			r = d.Replay
		}
	}
	if r == nil {
		t.Fatalf("no replay for a URL signing content-type and x-amz-acl")
	}
	if len(r.Headers) != 2 || r.Headers[0].Name != "content-type" || r.Headers[1].Name != "x-amz-acl" {
		t.Fatalf("headers %+v", r.Headers)
	}
	if r.Headers[1].Known || r.Headers[1].Value != "<x-amz-acl you signed>" {
		t.Errorf("x-amz-acl: %+v, want the placeholder", r.Headers[1])
	}
	for _, want := range []string{"-H 'x-amz-acl: <x-amz-acl you signed>'", "--upload-file"} {
		if !strings.Contains(r.Curl, want) {
			t.Errorf("curl %q lacks %q", r.Curl, want)
		}
	}
	if !strings.Contains(r.Fetch, `"x-amz-acl": "<x-amz-acl you signed>"`) || !strings.Contains(r.Fetch, `method: "PUT"`) {
		t.Errorf("fetch %q", r.Fetch)
	}
	out, _ := json.Marshal(resp)
	if strings.Contains(string(out), replaySig) {
		t.Errorf("the response carries the URL's signature")
	}

	// Values from the presign call's Params, and from a sent request.
	for _, c := range []struct{ name, text, value string }{
		{"params", "url = s3.generate_presigned_url('put_object', Params={'Bucket': 'media-uploads-euw1', 'Key': 'avatars/42.jpg', 'ContentType': 'image/png'}, ExpiresIn=900)\n", ""},
		{"curl", "curl -X PUT -H 'Content-Type: image/webp' --data-binary @a.webp '" + replayURL("900", "content-type;host", false) + "'", "image/webp"},
	} {
		resp := Analyze(Request{Input: c.text, Now: "2025-03-04T10:00:00Z"})
		if c.value == "" {
			continue // code alone has no URL to replay
		}
		if len(resp.URLs) == 0 || resp.URLs[0].Replay == nil {
			t.Fatalf("%s: no replay", c.name)
		}
		h := resp.URLs[0].Replay.Headers[0]
		if h.Value != c.value || !h.Known {
			t.Errorf("%s: %+v, want %q", c.name, h, c.value)
		}
		if !strings.Contains(resp.URLs[0].Replay.Curl, "-H 'content-type: "+c.value+"'") {
			t.Errorf("%s: curl %q", c.name, resp.URLs[0].Replay.Curl)
		}
	}

	// host only: nothing to replay beyond the URL.
	if d := replayAnalyze(t, replayURL("900", "host", false)).URLs[0]; d.Replay != nil {
		t.Errorf("host-only URL has a replay: %+v", d.Replay)
	}
}

func TestClientDiffs(t *testing.T) {
	url := replayURL("900", "content-type;host", false)
	two := "curl -X PUT -H 'Content-Type: image/jpeg' --upload-file 42.jpg '" + url + "'\n\nPUT " + url + " 403\n"
	d := replayAnalyze(t, two).URLs[0]
	if len(d.ClientDiffs) != 1 || !strings.Contains(d.ClientDiffs[0], "content-type") || !strings.Contains(d.ClientDiffs[0], `"image/jpeg"`) {
		t.Errorf("diffs %q, want one on content-type", d.ClientDiffs)
	}
	// Two clients disagree and neither is known to work: no value is
	// picked for the replay.
	if d.Replay == nil || d.Replay.Headers[0].Known && d.Replay.Headers[0].Value != "image/jpeg" {
		t.Errorf("replay %+v", d.Replay)
	}
	// A variable URL (axios.put(url, …)) compares by its headers.
	axios := "curl -X PUT -H 'Content-Type: text/csv' --data-binary @p.csv '" + url + "'\n\nconst url = '" + url + "';\nawait axios.put(url, file, { headers: { 'Content-Type': 'multipart/form-data' } });\n"
	found := false
	for _, d := range replayAnalyze(t, axios).URLs {
		j := strings.Join(d.ClientDiffs, "\n")
		found = found || strings.Contains(j, `"text/csv"`) && strings.Contains(j, `"multipart/form-data"`) && strings.Contains(j, "axios")
	}
	if !found {
		t.Errorf("curl and axios with another content-type: no diff")
	}
	same := "curl -X PUT -H 'Content-Type: image/jpeg' --upload-file 42.jpg '" + url + "'\n\ncurl -X PUT -H 'Content-Type: image/jpeg' --data-binary @42.jpg '" + url + "'\n"
	if d := replayAnalyze(t, same).URLs[0]; len(d.ClientDiffs) != 0 {
		t.Errorf("same requests: diffs %q", d.ClientDiffs)
	}
	dec := strings.Replace(url, "%2F", "/", -1)
	enc := "curl -o x '" + url + "'\n\nGET " + dec + " 403\n"
	for _, d := range replayAnalyze(t, enc).URLs {
		if len(d.ClientDiffs) == 0 || !strings.Contains(strings.Join(d.ClientDiffs, "\n"), "query encoding") {
			t.Errorf("re-encoded query: diffs %q", d.ClientDiffs)
		}
	}
}
