package policy

import (
	"strconv"
	"strings"
)

// Tri is a three-valued answer: a condition holds, does not, or cannot be
// told from the paste.
type Tri int

// Answers of Eval.
const (
	Unknown Tri = iota
	True
	False
)

func tri(b bool) Tri {
	if b {
		return True
	}
	return False
}

// Not negates a known answer.
func (t Tri) Not() Tri {
	switch t {
	case True:
		return False
	case False:
		return True
	}
	return Unknown
}

// Overlap reports whether two IAM patterns (with * and ? wildcards) can
// match one common string. With a plain string as q it is IAM's own
// matching. Terraform interpolations ${...} count as *.
func Overlap(p, q string, fold bool) bool {
	p, q = wild(p), wild(q)
	if fold {
		p, q = strings.ToLower(p), strings.ToLower(q)
	}
	if len(p) > 1024 || len(q) > 1024 {
		return p == q || p == "*" || q == "*"
	}
	memo := make([]int8, (len(p)+1)*(len(q)+1))
	var rec func(i, j int) bool
	rec = func(i, j int) bool {
		m := &memo[i*(len(q)+1)+j]
		if *m != 0 {
			return *m > 0
		}
		var ok bool
		switch {
		case i == len(p) && j == len(q):
			ok = true
		case i < len(p) && p[i] == '*':
			ok = rec(i+1, j) || (j < len(q) && rec(i, j+1))
		case j < len(q) && q[j] == '*':
			ok = rec(i, j+1) || (i < len(p) && rec(i+1, j))
		case i < len(p) && p[i] == bucketWild:
			ok = rec(i+1, j) || (j < len(q) && q[j] != '/' && rec(i, j+1))
		case j < len(q) && q[j] == bucketWild:
			ok = rec(i, j+1) || (i < len(p) && p[i] != '/' && rec(i+1, j))
		case i < len(p) && j < len(q) && (p[i] == q[j] || p[i] == '?' || q[j] == '?'):
			ok = rec(i+1, j+1)
		}
		if ok {
			*m = 1
		} else {
			*m = -1
		}
		return ok
	}
	return rec(0, 0)
}

// bucketWild stands for an interpolation in the bucket place of an S3 ARN
// (arn:aws:s3:::${bucket}/…): any run of characters but '/', since a
// bucket name holds none.
const bucketWild = '\x01'

// wild turns Terraform interpolations into * wildcards; one that is the
// whole bucket of an S3 ARN (arn:aws:s3:::${Bucket}, CloudFormation's
// !Sub, CDK's arnForObjects) into bucketWild.
func wild(s string) string {
	for {
		i := strings.Index(s, "${")
		if i < 0 {
			return s
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			return s[:i] + "*"
		}
		w := "*"
		if strings.HasSuffix(s[:i], ":s3:::") && (i+j+1 == len(s) || s[i+j+1] == '/') {
			w = string(rune(bucketWild))
		}
		s = s[:i] + w + s[i+j+1:]
	}
}

func anyOverlap(list []Str, v string, fold bool) (Str, bool) {
	for _, s := range list {
		if s.Expr && !strings.Contains(s.Value, "${") {
			// A bare reference (aws_s3_bucket.b.arn): unknown, may match.
			return s, true
		}
		if Overlap(s.Value, v, fold) {
			return s, true
		}
	}
	return Str{}, false
}

// anyOverlapARN is anyOverlap for resources: the bucket of an S3 ARN is
// compared without case (S3 bucket names are lower case; a URL's host is
// read lower case while the same name elsewhere may not be, as a
// redaction placeholder in it), the key with case.
func anyOverlapARN(list []Str, arn string) (Str, bool) {
	if m, ok := anyOverlap(list, arn, false); ok {
		return m, true
	}
	b := foldBucket(arn)
	for _, r := range list {
		if r.Expr {
			continue
		}
		if Overlap(foldBucket(r.Value), b, false) {
			return r, true
		}
	}
	return Str{}, false
}

// foldBucket lower-cases the bucket of an S3 ARN (arn:PARTITION:s3:::bucket/key).
func foldBucket(arn string) string {
	const mark = ":s3:::"
	i := strings.Index(arn, mark)
	if i < 0 || !strings.HasPrefix(arn, "arn:") {
		return arn
	}
	rest := arn[i+len(mark):]
	j := strings.IndexByte(rest, '/')
	if j < 0 {
		j = len(rest)
	}
	return arn[:i+len(mark)] + strings.ToLower(rest[:j]) + rest[j:]
}

// CoversAction reports whether the statement applies to action (such as
// s3:GetObject), with the Action or NotAction entry that decides.
func (s *Statement) CoversAction(action string) (Str, bool) {
	if s.Action != nil {
		return anyOverlap(s.Action, action, true)
	}
	if s.NotAction != nil {
		if m, ok := anyOverlap(s.NotAction, action, true); ok {
			return m, false
		}
		return Str{}, true
	}
	return Str{}, false
}

// CoversResource reports whether the statement applies to the ARN (which
// may hold * where the paste does not tell, as in arn:aws:s3:::bucket/*).
func (s *Statement) CoversResource(arn string) (Str, bool) {
	if s.Resource != nil {
		return anyOverlapARN(s.Resource, arn)
	}
	if s.NotResource != nil {
		if m, ok := anyOverlapARN(s.NotResource, arn); ok && !strings.ContainsAny(arn, "*?") {
			return m, false
		}
		return Str{}, true
	}
	// No Resource: a bucket policy statement always has one; treat as all.
	return Str{}, true
}

// negated reports whether a base operator matches on the absence of a match
// (StringNotEquals, NotIpAddress, ArnNotLike, ...).
func negated(base string) bool {
	b := strings.ToLower(base)
	return strings.Contains(b, "not") && b != "null"
}

// Eval evaluates the condition for a request whose context has the key
// with the given values (present false when the request has no such key).
func (c Condition) Eval(present bool, ctx []string) Tri {
	base := strings.ToLower(c.Base)
	if base == "null" {
		want := len(c.Values) > 0 && strings.EqualFold(c.Values[0].Value, "true")
		return tri(want == !present)
	}
	if !present || len(ctx) == 0 {
		switch {
		case c.IfExists:
			return True
		case strings.EqualFold(c.Set, "ForAllValues"):
			return True
		case strings.EqualFold(c.Set, "ForAnyValue"):
			return False
		}
		return tri(negated(base))
	}
	all := strings.EqualFold(c.Set, "ForAllValues")
	res := Unknown
	for i, v := range ctx {
		r := c.one(base, v)
		if r == Unknown {
			return Unknown
		}
		if i == 0 {
			res = r
			continue
		}
		if all && r == False {
			res = False
		}
		if !all && r == True {
			res = True
		}
	}
	return res
}

// one evaluates the operator for one context value.
func (c Condition) one(base, v string) Tri {
	neg := negated(base)
	pos := strings.Replace(base, "not", "", 1)
	var hit Tri = False
	for _, pv := range c.Values {
		if pv.Expr {
			return Unknown
		}
		var ok bool
		switch pos {
		case "stringequals":
			ok = pv.Value == v
		case "stringequalsignorecase":
			ok = strings.EqualFold(pv.Value, v)
		case "stringlike":
			ok = Overlap(pv.Value, v, false)
		case "arnlike", "arnequals":
			// ARN operators match with * and ? in every part, case-sensitively.
			ok = Overlap(pv.Value, v, false)
		case "bool":
			ok = strings.EqualFold(pv.Value, v)
		case "numericequals", "numericlessthan", "numericlessthanequals", "numericgreaterthan", "numericgreaterthanequals":
			a, e1 := strconv.ParseFloat(v, 64)
			b, e2 := strconv.ParseFloat(pv.Value, 64)
			if e1 != nil || e2 != nil {
				return Unknown
			}
			switch pos {
			case "numericequals":
				ok = a == b
			case "numericlessthan":
				ok = a < b
			case "numericlessthanequals":
				ok = a <= b
			case "numericgreaterthan":
				ok = a > b
			case "numericgreaterthanequals":
				ok = a >= b
			}
		default:
			return Unknown
		}
		if ok {
			hit = True
			break
		}
	}
	if neg {
		return hit.Not()
	}
	return hit
}

// ValueStrings returns the condition's values as plain strings.
func (c Condition) ValueStrings() []string {
	out := make([]string, len(c.Values))
	for i, v := range c.Values {
		out[i] = v.Value
	}
	return out
}
