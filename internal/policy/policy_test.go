package policy

import (
	"strings"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

func parseAll(t *testing.T, text string) []*Document {
	t.Helper()
	docs, _ := Parse(text, source.Span{Start: 0, End: len(text)})
	return docs
}

func slice(text string, sp source.Span) string { return text[sp.Start:sp.End] }

// summary renders the statements as Effect|actions|resources|conditions,
// each value as the text its span covers.
func summary(text string, d *Document) string {
	var out []string
	for _, s := range d.Statements {
		var parts []string
		parts = append(parts, slice(text, s.EffectSpan))
		var as []string
		for _, a := range s.Action {
			as = append(as, slice(text, a.Span))
		}
		for _, a := range s.NotAction {
			as = append(as, "!"+slice(text, a.Span))
		}
		parts = append(parts, strings.Join(as, ","))
		var rs []string
		for _, r := range s.Resource {
			rs = append(rs, slice(text, r.Span))
		}
		for _, r := range s.NotResource {
			rs = append(rs, "!"+slice(text, r.Span))
		}
		parts = append(parts, strings.Join(rs, ","))
		var cs []string
		for _, c := range s.Conditions {
			cs = append(cs, c.Set+"/"+c.Base+"/"+map[bool]string{true: "ifexists", false: ""}[c.IfExists]+" "+slice(text, c.KeySpan)+"="+strings.Join(c.ValueStrings(), ","))
		}
		parts = append(parts, strings.Join(cs, ";"))
		out = append(out, strings.Join(parts, "|"))
	}
	return strings.Join(out, "\n")
}

func TestParseForms(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"plain", `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"], "Resource": "arn:aws:s3:::b/*"}]}`,
			`"Allow"|"s3:GetObject","s3:PutObject"|"arn:aws:s3:::b/*"|`},
		{"trailing commas and comments", "{\n // policy\n \"Statement\": [\n  {\"Effect\": \"Deny\", /* all */ \"Action\": \"s3:*\", \"Resource\": \"*\",},\n ],\n}",
			`"Deny"|"s3:*"|"*"|`},
		{"single statement in Statement", `{"Statement": {"Effect": "Allow", "NotAction": "iam:*", "NotResource": "arn:aws:s3:::x"}}`,
			`"Allow"|!"iam:*"|!"arn:aws:s3:::x"|`},
		{"bare statement", `{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/k"}`,
			`"Allow"|"s3:GetObject"|"arn:aws:s3:::b/k"|`},
		{"list of statements", `[{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}, {"Effect": "Deny", "Action": "s3:DeleteObject", "Resource": "*"}]`,
			"\"Allow\"|\"s3:GetObject\"|\"*\"|\n\"Deny\"|\"s3:DeleteObject\"|\"*\"|"},
		{"conditions", `{"Statement": [{"Effect": "Deny", "Action": "s3:*", "Resource": "*", "Condition": {"ForAnyValue:StringNotLikeIfExists": {"aws:SourceVpce": ["vpce-1", "vpce-2"]}, "Bool": {"aws:SecureTransport": false}, "NumericGreaterThan": {"s3:signatureAge": 600000}}}]}`,
			`"Deny"|"s3:*"|"*"|ForAnyValue/StringNotLike/ifexists "aws:SourceVpce"=vpce-1,vpce-2;/Bool/ "aws:SecureTransport"=false;/NumericGreaterThan/ "s3:signatureAge"=600000`},
		{"get-bucket-policy output", `{
    "Policy": "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\",\"Condition\":{\"StringEquals\":{\"s3:authType\":\"REST-QUERY-STRING\"}}}]}"
}`,
			`\"Deny\"|\"s3:GetObject\"|\"arn:aws:s3:::b/*\"|/StringEquals/ \"s3:authType\"=REST-QUERY-STRING`},
		{"terraform jsonencode", `resource "aws_iam_policy" "signer" {
  name = "signer"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["s3:GetObject"]
        Resource = "${aws_s3_bucket.b.arn}/*"
        Condition = {
          Bool = { "aws:MultiFactorAuthPresent" = "true" }
        }
      },
    ]
  })
}`,
			`"Allow"|"s3:GetObject"|"${aws_s3_bucket.b.arn}/*"|/Bool/ "aws:MultiFactorAuthPresent"=true`},
		{"terraform reference", `policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "s3:PutObject", Resource = aws_s3_bucket.b.arn }] })`,
			`"Allow"|"s3:PutObject"|aws_s3_bucket.b.arn|`},
		{"terraform policy document", `data "aws_iam_policy_document" "signer" {
  statement {
    sid     = "Read"
    actions = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.b.arn}/*"]
  }
  statement {
    effect        = "Deny"
    not_actions   = ["s3:PutObject"]
    not_resources = ["arn:aws:s3:::x/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "ForAnyValue:StringNotEqualsIfExists"
      variable = "aws:SourceVpce"
      values   = ["vpce-1", "vpce-2"]
    }
  }
}`,
			"statement|\"s3:GetObject\"|\"${aws_s3_bucket.b.arn}/*\"|\n\"Deny\"|!\"s3:PutObject\"|!\"arn:aws:s3:::x/*\"|ForAnyValue/StringNotEquals/ifexists \"aws:SourceVpce\"=vpce-1,vpce-2"},
		{"terraform heredoc", "policy = <<EOF\n{\n  \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::b/*\"}]\n}\nEOF\n",
			`"Allow"|"s3:GetObject"|"arn:aws:s3:::b/*"|`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := parseAll(t, tt.text)
			if len(docs) != 1 {
				t.Fatalf("got %d documents, want 1", len(docs))
			}
			if got := summary(tt.text, docs[0]); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestParseExprFlag(t *testing.T) {
	text := `policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "s3:PutObject", Resource = [aws_s3_bucket.b.arn, "${var.arn}/*", "arn:aws:s3:::x/*"] }] })`
	docs := parseAll(t, text)
	rs := docs[0].Statements[0].Resource
	if len(rs) != 3 || !rs[0].Expr || !rs[1].Expr || rs[2].Expr {
		t.Fatalf("resources %+v", rs)
	}
}

func TestParsePrincipal(t *testing.T) {
	text := `{"Statement": [{"Effect": "Allow", "Principal": {"AWS": ["arn:aws:iam::111122223333:role/r"]}, "Action": "s3:GetObject", "Resource": "*"},
	{"Effect": "Deny", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"},
	{"Effect": "Deny", "Principal": {"AWS": "*"}, "Action": "s3:GetObject", "Resource": "*"}]}`
	st := parseAll(t, text)[0].Statements
	if st[0].Principal == nil || st[0].Principal.Any || len(st[0].Principal.Values["AWS"]) != 1 {
		t.Errorf("specific principal: %+v", st[0].Principal)
	}
	if !st[1].Principal.Any || !st[2].Principal.Any {
		t.Errorf("* principals not Any")
	}
}

func TestParseProblemsKeepGoing(t *testing.T) {
	text := "{\"Statement\": [{\"Effect\": \"Allow\" \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}"
	docs, probs := Parse(text, source.Span{Start: 0, End: len(text)})
	if len(docs) != 1 || len(docs[0].Statements) != 1 || docs[0].Statements[0].Action == nil {
		t.Fatalf("truncated policy not read: %+v", docs)
	}
	if len(probs) == 0 {
		t.Fatal("no problem reported for an unclosed policy")
	}
	for _, p := range probs {
		if p.Span.Start < 0 || p.Span.End > len(text) || p.Span.Start > p.Span.End {
			t.Errorf("problem span %v out of bounds", p.Span)
		}
	}
}

func TestSplitOperator(t *testing.T) {
	for _, tt := range []struct {
		op, set, base string
		ifExists      bool
	}{
		{"StringEquals", "", "StringEquals", false},
		{"StringNotEqualsIfExists", "", "StringNotEquals", true},
		{"ForAnyValue:StringLike", "ForAnyValue", "StringLike", false},
		{"ForAllValues:StringEqualsIgnoreCaseIfExists", "ForAllValues", "StringEqualsIgnoreCase", true},
		{"Null", "", "Null", false},
	} {
		set, base, ie := SplitOperator(tt.op)
		if set != tt.set || base != tt.base || ie != tt.ifExists {
			t.Errorf("%s: got %q %q %v", tt.op, set, base, ie)
		}
	}
}
