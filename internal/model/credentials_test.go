package model

import (
	"testing"
	"time"
)

func buildOne(kind, text string) *Facts {
	return Build(text, []Part{{Kind: kind, Span: Span{Start: 0, End: len(text)}}}, time.Date(2024, 1, 15, 14, 30, 0, 0, time.UTC))
}

func covered(f *Facts, sp Span) string { return f.Text[sp.Start:sp.End] }

func TestCredentialsINI(t *testing.T) {
	text := "[default]\naws_access_key_id = AKIA_EXAMPLE_KEY_1\naws_secret_access_key=\"EXAMPLE_SECRET_ACCESS_KEY_1\"\n\n[profile dev]\nregion = eu-west-1\nrole_arn = arn:aws:iam::111122223333:role/r\n"
	f := buildOne(KindCredentials, text)
	if len(f.Credentials) != 2 {
		t.Fatalf("credentials %+v", f.Credentials)
	}
	c := f.Credentials[1]
	if c.Kind != "secret-access-key" || c.Source != "credentials" || covered(f, c.Value.Span) != "EXAMPLE_SECRET_ACCESS_KEY_1" || !c.Value.Placeholder {
		t.Errorf("secret %+v covers %q", c, covered(f, c.Value.Span))
	}
	if f.Setting("region") != "eu-west-1" {
		t.Errorf("settings %+v", f.Settings)
	}
	if len(f.STSCalls) != 1 || f.STSCalls[0].Name != "assume_role" || f.STSCalls[0].RoleARN.Str != "arn:aws:iam::111122223333:role/r" || f.STSCalls[0].Duration != nil {
		t.Errorf("role profile %+v", f.STSCalls)
	}
	for _, s := range f.Settings {
		if s.Name == "region" && s.Profile != "dev" {
			t.Errorf("region profile %q", s.Profile)
		}
	}
}

func TestCredentialsEnv(t *testing.T) {
	text := "export AWS_ACCESS_KEY_ID=AKIA_EXAMPLE_KEY_1\nset AWS_REGION=eu-west-1\n$env:AWS_SESSION_TOKEN = \"SESSION_TOKEN_1\"\nAWS_PROFILE=dev aws s3 presign s3://demo/a.txt\n"
	f := buildOne(KindCredentials, text)
	if len(f.Credentials) != 2 || f.Credentials[0].Name != "AWS_ACCESS_KEY_ID" || f.Credentials[1].Kind != "session-token" {
		t.Fatalf("credentials %+v", f.Credentials)
	}
	if got := covered(f, f.Credentials[1].Value.Span); got != "SESSION_TOKEN_1" {
		t.Errorf("token span %q", got)
	}
	if f.Setting("region") != "eu-west-1" || f.Setting("profile") != "dev" {
		t.Errorf("settings %+v", f.Settings)
	}
	if len(f.Operations) != 1 || f.Operations[0].Source != "cli" {
		t.Errorf("the command after the assignment was not read: %+v", f.Operations)
	}
}

func TestCredentialsSTSOutput(t *testing.T) {
	text := `{
    "Credentials": {
        "AccessKeyId": "ASIA_EXAMPLE_KEY_1",
        "SecretAccessKey": "EXAMPLE_SECRET_ACCESS_KEY_1",
        "SessionToken": "SESSION_TOKEN_1",
        "Expiration": "2024-01-15T15:30:00+00:00"
    },
    "AssumedRoleUser": {
        "AssumedRoleId": "AROA3XFRBF535PLBIFPI4:s",
        "Arn": "arn:aws:sts::111122223333:assumed-role/signer/s"
    }
}`
	f := buildOne(KindCredentials, text)
	if len(f.STSCalls) != 1 || f.STSCalls[0].Name != "assume_role" || f.STSCalls[0].Expiration == nil || f.STSCalls[0].Expiration.Str != "2024-01-15T15:30:00+00:00" {
		t.Fatalf("sts %+v", f.STSCalls)
	}
	if len(f.Credentials) != 3 || covered(f, f.Credentials[0].Value.Span) != `"ASIA_EXAMPLE_KEY_1"` {
		t.Errorf("credentials %+v", f.Credentials)
	}
	if len(f.Identities) != 1 || f.Identities[0].Arn.Str != "arn:aws:sts::111122223333:assumed-role/signer/s" {
		t.Errorf("identities %+v", f.Identities)
	}
}

func TestCallerIdentity(t *testing.T) {
	f := buildOne(KindCredentials, `{"UserId": "AIDAEXAMPLE", "Account": "ACCOUNT_1", "Arn": "arn:aws:iam::ACCOUNT_1:user/alice"}`)
	if len(f.Identities) != 1 || f.Identities[0].Arn.Str != "arn:aws:iam::ACCOUNT_1:user/alice" || f.Identities[0].Account.Str != "ACCOUNT_1" {
		t.Fatalf("identities %+v", f.Identities)
	}
}

// FuzzCredentials checks that the credentials reader never panics and keeps
// spans inside the text.
func FuzzCredentials(f *testing.F) {
	for _, s := range []string{
		"[default]\naws_access_key_id = A\nregion: x",
		"export AWS_SECRET_ACCESS_KEY='x y' aws s3 ls\n$env:AWS_REGION=",
		`{"Credentials": {"Expiration": 5}, "AssumedRoleUser": {"Arn": "a"}}`,
		`[{"Arn": "x", "Account": "1"}]`, "[", "{", "=\n:",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		fs := buildOne(KindCredentials, text)
		in := func(sp Span) bool { return sp.Start >= 0 && sp.End <= len(text) && sp.Start <= sp.End }
		for _, c := range fs.Credentials {
			if !in(c.Span) || (c.Value != nil && !in(c.Value.Span)) {
				t.Fatalf("credential span out of bounds: %+v", c)
			}
		}
		for _, s := range fs.Settings {
			if !in(s.Span) || (s.Value != nil && !in(s.Value.Span)) {
				t.Fatalf("setting span out of bounds: %+v", s)
			}
		}
		for _, s := range fs.STSCalls {
			if !in(s.Span) {
				t.Fatalf("sts span out of bounds: %+v", s)
			}
		}
	})
}

// A client whose key is read from an object (iot.AccessKeyID) and given
// without a token is a tokenless temporary key when every key id the
// paste shows is temporary; with a long-term key id shown too, it is not
// known to be.
func TestTokenlessKeyFromShownID(t *testing.T) {
	code := "sess := session.Must(session.NewSession(&aws.Config{\n\tRegion:      aws.String(\"eu-central-1\"),\n\tCredentials: credentials.NewStaticCredentials(iot.AccessKeyID, iot.SecretAccessKey, \"\"),\n}))\nreq, _ := s3.New(sess).GetObjectRequest(&s3.GetObjectInput{Bucket: aws.String(\"b\"), Key: aws.String(\"k\")})\nu, _ := req.Presign(10 * time.Minute)\n"
	for head, want := range map[string]int{
		"// the endpoint answered {\"accessKeyId\":\"ASIA_KEY_1\"}\n":                             1,
		"// the endpoint answered {\"accessKeyId\":\"ASIA_KEY_1\"}, the old one was AKIA_KEY_2\n": 0,
		"// credentials come from the IoT endpoint\n":                                             0,
	} {
		text := head + code
		f := Build(text, []Part{{Kind: KindText, Span: Span{Start: 0, End: len(text)}}}, time.Unix(0, 0))
		if got := len(f.TokenlessKeys); got != want {
			t.Errorf("%q: %d tokenless keys, want %d", head, got, want)
		}
	}
}
