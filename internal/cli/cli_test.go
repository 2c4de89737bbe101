package cli

import (
	"strings"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

func parse(text string) []*Command { return Parse(text, source.Span{Start: 0, End: len(text)}) }

func opt(t *testing.T, text string, c *Command, name string) string {
	t.Helper()
	o := c.Option(name)
	if o == nil || o.Value == nil {
		return "<none>"
	}
	if got := text[o.Value.Span.Start:o.Value.Span.End]; strings.Trim(got, `"'`) != o.Value.Text {
		t.Errorf("--%s value span covers %q, text %q", name, got, o.Value.Text)
	}
	return o.Value.Text
}

func TestPresign(t *testing.T) {
	text := "$ aws s3 presign s3://demo/dir/a.txt \\\n    --expires-in 700000 \\\n    --region eu-west-1 --endpoint-url=https://s3.eu-west-1.amazonaws.com \\\n    --profile 'dev'\n"
	cs := parse(text)
	if len(cs) != 1 {
		t.Fatalf("got %d commands", len(cs))
	}
	c := cs[0]
	if !c.Is("s3", "presign") || len(c.Args) != 1 || c.Args[0].Text != "s3://demo/dir/a.txt" {
		t.Fatalf("command %+v", c)
	}
	for name, want := range map[string]string{"expires-in": "700000", "region": "eu-west-1", "endpoint-url": "https://s3.eu-west-1.amazonaws.com", "profile": "dev"} {
		if got := opt(t, text, c, name); got != want {
			t.Errorf("--%s = %q, want %q", name, got, want)
		}
	}
	if got := text[c.Span.Start:c.Span.End]; !strings.HasPrefix(got, "aws s3 presign") || !strings.HasSuffix(got, "'dev'") {
		t.Errorf("command span %q", got)
	}
}

func TestContinuationsAndPrompts(t *testing.T) {
	for _, text := range []string{
		"aws sts assume-role --role-arn arn:aws:iam::111122223333:role/r \\\n  --role-session-name s --duration-seconds 900",
		"PS C:\\> aws sts assume-role --role-arn arn:aws:iam::111122223333:role/r `\n  --role-session-name s --duration-seconds 900",
		"C:\\> aws sts assume-role --role-arn arn:aws:iam::111122223333:role/r ^\n  --role-session-name s --duration-seconds 900",
		"[ec2-user@ip-10-0-0-1 ~]$ aws sts assume-role --role-arn arn:aws:iam::111122223333:role/r --duration-seconds 900",
		"user@host:~$ aws sts assume-role --role-arn \"arn:aws:iam::111122223333:role/r\" --role-session-name s --duration-seconds=900",
	} {
		cs := parse(text)
		var c *Command
		for _, x := range cs {
			if x.Program == "aws" {
				c = x
			}
		}
		if c == nil || !c.Is("sts", "assume-role") {
			t.Errorf("%q: no assume-role in %+v", text, cs)
			continue
		}
		if got := opt(t, text, c, "duration-seconds"); got != "900" {
			t.Errorf("%q: duration %q", text, got)
		}
		if got := opt(t, text, c, "role-arn"); got != "arn:aws:iam::111122223333:role/r" {
			t.Errorf("%q: role %q", text, got)
		}
	}
}

func TestEnvAndExports(t *testing.T) {
	text := "export AWS_REGION=eu-west-1\nAWS_PROFILE=dev aws s3 ls; aws configure set aws_secret_access_key SECRET_1 --profile dev && echo ok"
	cs := parse(text)
	if len(cs) != 4 {
		t.Fatalf("got %d commands: %+v", len(cs), cs)
	}
	if cs[0].Program != "export" || len(cs[0].Env) != 1 || cs[0].Env[0].Name != "AWS_REGION" || cs[0].Env[0].Value.Text != "eu-west-1" {
		t.Errorf("export: %+v", cs[0])
	}
	if v := cs[0].Env[0].Value; text[v.Span.Start:v.Span.End] != "eu-west-1" {
		t.Errorf("export value span %q", text[v.Span.Start:v.Span.End])
	}
	if cs[1].Program != "aws" || len(cs[1].Env) != 1 || cs[1].Env[0].Name != "AWS_PROFILE" {
		t.Errorf("env prefix: %+v", cs[1])
	}
	if !cs[2].Is("configure", "set") || len(cs[2].Args) != 2 || cs[2].Args[1].Text != "SECRET_1" || opt(t, text, cs[2], "profile") != "dev" {
		t.Errorf("configure set: %+v", cs[2])
	}
	if cs[3].Program != "echo" {
		t.Errorf("after &&: %+v", cs[3])
	}
}

func TestQuotes(t *testing.T) {
	text := `aws s3api put-bucket-policy --bucket b --policy '{"Statement": []}' --query "a b" --x "q\"uote"`
	c := parse(text)[0]
	if got := c.Option("policy").Value.Text; got != `{"Statement": []}` {
		t.Errorf("policy %q", got)
	}
	if got := c.Option("query").Value.Text; got != "a b" {
		t.Errorf("query %q", got)
	}
	if got := c.Option("x").Value.Text; got != `q"uote` {
		t.Errorf("x %q", got)
	}
	if c.Option("debug") != nil {
		t.Error("phantom option")
	}
	f := parse("aws s3 presign s3://b/k --debug --expires-in 60")[0]
	if f.Option("debug").Value != nil || f.Option("expires-in").Value.Text != "60" {
		t.Errorf("flag handling: %+v", f.Options)
	}
}
