package policy

import (
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

func cond(op string, vals ...string) Condition {
	set, base, ie := SplitOperator(op)
	c := Condition{Operator: op, Set: set, Base: base, IfExists: ie, Key: "k"}
	for _, v := range vals {
		c.Values = append(c.Values, Str{Value: v})
	}
	return c
}

func TestEval(t *testing.T) {
	tests := []struct {
		op      string
		vals    []string
		present bool
		ctx     []string
		want    Tri
	}{
		{"Bool", []string{"false"}, false, nil, False},        // absent key: no match
		{"BoolIfExists", []string{"false"}, false, nil, True}, // absent key: IfExists matches
		{"Bool", []string{"false"}, true, []string{"false"}, True},
		{"Bool", []string{"true"}, true, []string{"false"}, False},
		{"StringNotEquals", []string{"vpc-1"}, false, nil, True}, // negated with absent key matches
		{"StringEquals", []string{"vpc-1"}, false, nil, False},
		{"StringEquals", []string{"REST-QUERY-STRING"}, true, []string{"REST-QUERY-STRING"}, True},
		{"StringNotEquals", []string{"REST-HEADER"}, true, []string{"REST-QUERY-STRING"}, True},
		{"StringEqualsIgnoreCase", []string{"rest-query-string"}, true, []string{"REST-QUERY-STRING"}, True},
		{"StringLike", []string{"eu-*"}, true, []string{"eu-west-1"}, True},
		{"StringNotLike", []string{"eu-*"}, true, []string{"us-east-1"}, True},
		{"NumericGreaterThan", []string{"600000"}, true, []string{"700000"}, True},
		{"NumericLessThan", []string{"600000"}, true, []string{"700000"}, False},
		{"Null", []string{"true"}, false, nil, True},
		{"Null", []string{"false"}, false, nil, False},
		{"ForAnyValue:StringEquals", []string{"a"}, false, nil, False},
		{"ForAllValues:StringEquals", []string{"a"}, false, nil, True},
		{"ForAllValues:StringEquals", []string{"a"}, true, []string{"a", "b"}, False},
		{"ForAnyValue:StringEquals", []string{"a"}, true, []string{"a", "b"}, True},
		{"IpAddress", []string{"10.0.0.0/8"}, true, []string{"10.1.2.3"}, Unknown},
	}
	for _, tt := range tests {
		if got := cond(tt.op, tt.vals...).Eval(tt.present, tt.ctx); got != tt.want {
			t.Errorf("%s %v present=%v ctx=%v: got %v, want %v", tt.op, tt.vals, tt.present, tt.ctx, got, tt.want)
		}
	}
}

func TestOverlap(t *testing.T) {
	tests := []struct {
		p, q string
		fold bool
		want bool
	}{
		{"s3:Get*", "s3:GetObject", true, true},
		{"S3:getobject", "s3:GetObject", true, true},
		{"s3:Put*", "s3:GetObject", true, false},
		{"*", "s3:GetObject", true, true},
		{"arn:aws:s3:::b/*", "arn:aws:s3:::b/k.txt", false, true},
		{"arn:aws:s3:::b", "arn:aws:s3:::b/k.txt", false, false},
		{"arn:aws:s3:::b/uploads/*", "arn:aws:s3:::b/*", false, true},
		{"arn:aws:s3:::other/*", "arn:aws:s3:::b/*", false, false},
		{"${aws_s3_bucket.b.arn}/*", "arn:aws:s3:::b/k", false, true},
		{"arn:aws:s3:::b/?.txt", "arn:aws:s3:::b/a.txt", false, true},
	}
	for _, tt := range tests {
		if got := Overlap(tt.p, tt.q, tt.fold); got != tt.want {
			t.Errorf("Overlap(%q, %q) = %v, want %v", tt.p, tt.q, got, tt.want)
		}
	}
}

func TestCovers(t *testing.T) {
	text := `{"Statement": [
	{"Effect": "Allow", "NotAction": "s3:DeleteObject", "Resource": "arn:aws:s3:::b/*"},
	{"Effect": "Allow", "Action": "s3:GetObject", "NotResource": "arn:aws:s3:::b/secret/*"}]}`
	docs, _ := Parse(text, source.Span{End: len(text)})
	s0, s1 := docs[0].Statements[0], docs[0].Statements[1]
	if _, ok := s0.CoversAction("s3:GetObject"); !ok {
		t.Error("NotAction DeleteObject should cover GetObject")
	}
	if _, ok := s0.CoversAction("s3:DeleteObject"); ok {
		t.Error("NotAction DeleteObject should not cover DeleteObject")
	}
	if _, ok := s1.CoversResource("arn:aws:s3:::b/secret/x"); ok {
		t.Error("NotResource should exclude b/secret/x")
	}
	if _, ok := s1.CoversResource("arn:aws:s3:::b/public/x"); !ok {
		t.Error("NotResource should include b/public/x")
	}
}
