package policy

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/source"
	"github.com/presign-doctor/presign-doctor/internal/table"
)

// CDK policy statements: new iam.PolicyStatement({ effect, actions,
// resources, conditions, principals }) in TypeScript and
// iam.PolicyStatement(effect=…, actions=[…], resources=[…],
// conditions={…}) in Python. The keys become IAM's (actions → Action …),
// iam.Effect.DENY the effect Deny (Allow when none is given), and
// references stay expressions (bucket.bucketArn, bucket.bucket_arn);
// bucket.arnForObjects('*') and arn_for_objects("*") name the objects.

var cdkKeys = table.Pairs(
	"effect", "Effect", "actions", "Action", "notactions", "NotAction", "not_actions", "NotAction",
	"resources", "Resource", "notresources", "NotResource", "not_resources", "NotResource",
	"conditions", "Condition", "principals", "Principal", "sid", "Sid",
)

// CDKDocuments reads every PolicyStatement call in text[sp] as a document
// of one statement.
func CDKDocuments(text string, sp source.Span) []*Document {
	sp = clamp(sp, len(text))
	var docs []*Document
	for i := sp.Start; i < sp.End && len(docs) < 50; {
		k := strings.Index(text[i:sp.End], "PolicyStatement(")
		if k < 0 {
			break
		}
		open := i + k + len("PolicyStatement")
		i = open + 1
		r := &reader{s: text, pos: open + 1, end: sp.End}
		r.skip()
		var n *Node
		if r.pos < r.end && r.s[r.pos] == '{' {
			n = r.object()
		} else {
			r.pos = open
			n = r.objectUntil('(', ')')
		}
		if n == nil || n.Kind != Object {
			continue
		}
		cdkNormalize(n)
		if !isStatement(n) {
			continue
		}
		docs = append(docs, &Document{Span: n.Span, Node: n, Statements: []*Statement{statement(text, n)}})
		i = max(i, n.Span.End)
	}
	return docs
}

func cdkNormalize(n *Node) {
	hasEffect := false
	for i := range n.Fields {
		f := &n.Fields[i]
		if k, ok := cdkKeys[strings.ToLower(f.Key)]; ok {
			f.Key = k
		}
		switch f.Key {
		case "Effect":
			hasEffect = true
			if strings.Contains(strings.ToUpper(f.Value.Str), "DENY") {
				f.Value = &Node{Kind: String, Span: f.Value.Span, Str: "Deny"}
			} else {
				f.Value = &Node{Kind: String, Span: f.Value.Span, Str: "Allow"}
			}
		case "Resource", "NotResource":
			cdkResources(f.Value)
		}
	}
	if !hasEffect {
		n.Fields = append(n.Fields, Field{Key: "Effect", KeySpan: source.Span{Start: n.Span.Start, End: n.Span.Start}, Value: &Node{Kind: String, Span: n.Span, Str: "Allow"}})
	}
}

// cdkResources turns arnForObjects('*') / arn_for_objects("*") into the
// objects' ARN pattern, and `${bucket.bucketArn}/*` templates into theirs.
func cdkResources(n *Node) {
	var items []*Node
	if n.Kind == Array {
		items = n.Items
	} else {
		items = []*Node{n}
	}
	for _, it := range items {
		l := strings.ToLower(it.Str)
		switch {
		case it.Kind == Expr && (strings.Contains(l, "arnforobjects(") || strings.Contains(l, "arn_for_objects(")):
			recv, _, _ := strings.Cut(it.Str, ".arn")
			recv, _, _ = strings.Cut(recv, ".Arn")
			it.Kind, it.Str = String, "arn:aws:s3:::${"+recv+"}/*"
		case it.Kind == String && strings.HasPrefix(it.Str, "${") && strings.Contains(l, "arn}/"):
			// `${bucket.bucketArn}/*` read as a template: already a pattern.
		}
	}
}

// The actions CDK's L2 grants of an s3.Bucket give (aws-cdk-lib
// aws-s3/lib/perms.ts and bucket.ts): grantRead gives BUCKET_READ_ACTIONS
// on the bucket and its objects; grantPut the put actions on the objects
// (BUCKET_PUT_ACTIONS, the default since @aws-cdk/aws-s3:grantWriteWithoutAcl;
// the legacy list is s3:PutObject* and s3:Abort*, which holds the same
// s3:PutObject); grantWrite the delete and put actions on both;
// grantReadWrite read and write; grantDelete s3:DeleteObject* and
// grantPutAcl the ACL actions on the objects. Python's grant_read … are
// the same methods.
var (
	cdkBucketRead  = []string{"s3:GetObject*", "s3:GetBucket*", "s3:List*"}
	cdkBucketPut   = []string{"s3:PutObject", "s3:PutObjectLegalHold", "s3:PutObjectRetention", "s3:PutObjectTagging", "s3:PutObjectVersionTagging", "s3:Abort*"}
	cdkBucketDel   = []string{"s3:DeleteObject*"}
	cdkBucketAcl   = []string{"s3:PutObjectAcl", "s3:PutObjectVersionAcl"}
	cdkBucketWrite = append(append([]string{}, cdkBucketDel...), cdkBucketPut...)
)

type cdkGrant struct {
	actions []string
	bucket  bool // the bucket's ARN is a resource besides its objects
}

var cdkGrants = map[string]cdkGrant{
	"grantread":      {cdkBucketRead, true},
	"grantwrite":     {cdkBucketWrite, true},
	"grantreadwrite": {append(append([]string{}, cdkBucketRead...), cdkBucketWrite...), true},
	"grantput":       {cdkBucketPut, false},
	"grantdelete":    {cdkBucketDel, false},
	"grantputacl":    {cdkBucketAcl, false},
}

// CDKGrantDocuments reads every L2 grant of a bucket in text[sp]
// (bucket.grantRead(role), bucket.grant_put(fn, "uploads/*")) as an
// identity document of one Allow statement with the grant's actions, its
// resources the bucket's ARN (arn:aws:s3:::${bucket}) and its
// objects (arn:aws:s3:::${bucket}/<pattern>, '*' unless the call names
// one).
func CDKGrantDocuments(text string, sp source.Span) []*Document {
	sp = clamp(sp, len(text))
	var docs []*Document
	for i := sp.Start; i < sp.End && len(docs) < 50; {
		k := strings.Index(text[i:sp.End], ".grant")
		if k < 0 {
			break
		}
		dot := i + k
		i = dot + 1
		j := dot + 1
		for j < sp.End && (isIdentByte(text[j])) {
			j++
		}
		name := strings.ToLower(strings.ReplaceAll(text[dot+1:j], "_", ""))
		g, ok := cdkGrants[name]
		if !ok {
			continue
		}
		open := j
		for open < sp.End && (text[open] == ' ' || text[open] == '\t') {
			open++
		}
		if open >= sp.End || text[open] != '(' {
			continue
		}
		r0 := dot
		for r0 > sp.Start && (isIdentByte(text[r0-1]) || text[r0-1] == '.' || text[r0-1] == '$') {
			r0--
		}
		recv := strings.TrimLeft(text[r0:dot], ".")
		if recv == "" || !cdkBucket(text, recv) {
			continue // a secret's, a stream's, a log group's grantRead / grantWrite
		}
		end := strings.IndexByte(text[open:sp.End], ')')
		if end < 0 {
			continue
		}
		call := source.Span{Start: r0, End: open + end + 1}
		pattern := "*"
		if args := strings.SplitN(text[open+1:open+end], ",", 3); len(args) >= 2 {
			if a := strings.TrimSpace(args[1]); len(a) >= 2 && (a[0] == '\'' || a[0] == '"' || a[0] == '`') && a[len(a)-1] == a[0] {
				pattern = a[1 : len(a)-1]
			}
		}
		docs = append(docs, cdkGrantDocument(call, recv, pattern, g))
		i = call.End
	}
	return docs
}

// cdkBucket reports whether the receiver of a grant is an S3 bucket: its
// name says bucket, or the paste assigns it an s3.Bucket (new s3.Bucket(…),
// s3.Bucket(self, …), Bucket.fromBucketName(…), from_bucket_name(…)).
func cdkBucket(text, recv string) bool {
	name := recv[strings.LastIndexByte(recv, '.')+1:]
	if strings.Contains(strings.ToLower(name), "bucket") {
		return true
	}
	for off := 0; off < len(text); {
		k := strings.Index(text[off:], name)
		if k < 0 {
			return false
		}
		at := off + k
		off = at + len(name)
		if at > 0 && isIdentByte(text[at-1]) || off < len(text) && isIdentByte(text[off]) {
			continue
		}
		rest := strings.TrimLeft(text[off:], " \t")
		if strings.HasPrefix(rest, ":") { // a TypeScript type: name: s3.IBucket = …
			if e := strings.IndexAny(rest, "=\n"); e > 0 {
				if strings.Contains(rest[:e], "Bucket") {
					return true
				}
				rest = rest[e:]
			}
		}
		if !strings.HasPrefix(rest, "=") || strings.HasPrefix(rest, "==") {
			continue
		}
		line := rest[1:]
		if e := strings.IndexByte(line, '\n'); e >= 0 {
			line = line[:e]
		}
		if strings.Contains(line, "Bucket(") || strings.Contains(line, "Bucket.from") || strings.Contains(line, "from_bucket_") {
			return true
		}
	}
	return false
}

func isIdentByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

func cdkGrantDocument(sp source.Span, recv, pattern string, g cdkGrant) *Document {
	str := func(kind Kind, s string) *Node { return &Node{Kind: kind, Span: sp, Str: s} }
	acts := &Node{Kind: Array, Span: sp}
	for _, a := range g.actions {
		acts.Items = append(acts.Items, str(String, a))
	}
	res := &Node{Kind: Array, Span: sp}
	if g.bucket {
		res.Items = append(res.Items, str(String, "arn:aws:s3:::${"+recv+"}"))
	}
	res.Items = append(res.Items, str(String, "arn:aws:s3:::${"+recv+"}/"+pattern))
	at := source.Span{Start: sp.Start, End: sp.Start}
	n := &Node{Kind: Object, Span: sp, Fields: []Field{
		{Key: "Effect", KeySpan: at, Value: str(String, "Allow")},
		{Key: "Action", KeySpan: at, Value: acts},
		{Key: "Resource", KeySpan: at, Value: res},
	}}
	return &Document{Span: sp, Node: n, Statements: []*Statement{statement("", n)}}
}
