package hardcodedcredentials

import (
	"fmt"
	"sync"

	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/python"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
	"github.com/presign-doctor/presign-doctor/internal/source"
	"github.com/presign-doctor/presign-doctor/internal/table"
)

var credArgNames = sync.OnceValue(func() map[string]bool {
	return table.Set("aws_access_key_id", "aws_secret_access_key", "aws_session_token")
})

// hardcodedCredentialsCode reports key, secret and token literals in code
// (the paste shows them redacted) and offers to drop them for the default
// credential chain.
func hardcodedCredentialsCode(p *rules.Pass) {
	f := p.Facts
	for _, c := range f.Credentials {
		if !model.CodeSource(c.Source) || c.Dummy != "" {
			continue // an emulator's documented dummy value against a local endpoint is no leak
		}
		what := credWhat()[c.Kind]
		sdk := "boto3"
		if c.Source != "python" {
			sdk = "the SDK"
		}
		msg := fmt.Sprintf("%s is written into the code (%s): anyone who sees the code, its history or this paste has the key; rotate it, and let %s find credentials itself", what, c.Name, sdk)
		if isExample(f, c.Value) {
			msg = fmt.Sprintf("%s is written into the code (%s); this one is AWS's documentation example, which never works: %s", what, c.Name, exampleAnswer(c.Kind))
		}
		key := ""
		if c.Value != nil {
			// One finding per leaked value and kind: the same value used as
			// key ID and secret (MinIO's minioadmin) is two leaks.
			key = c.Kind + ":" + c.Value.Str
		}
		fix := rules.Fix{Message: "remove the literal credentials and use the default credential chain (environment, ~/.aws, an IAM role): boto3.client('s3', region_name=...)"}
		if c.Source == "python" {
			fix.Edits = dropCredentials(f, c.Span)
		} else {
			fix.Message = "remove the literal credentials and build the client without them: the SDK's default credential chain (environment, shared config, SSO, an IAM role) finds them"
		}
		p.Report(rules.Finding{Message: msg, Span: c.Span, Key: key, Fixes: []rules.Fix{fix}})
	}
}

// isExample reports whether a credential value is one of AWS's
// documentation example keys. Facts hold only the redacted text: the
// redactor's record of the placeholder the value is tells it.
func isExample(f *model.Facts, v *model.Value) bool {
	sec, ok := f.SecretOf(v)
	return ok && sec.Example
}

// exampleAnswer is what S3 answers a request signed with an example key
// of that kind.
func exampleAnswer(kind string) string {
	if kind == "access-key-id" {
		return "S3 answers InvalidAccessKeyId (403) \"The AWS Access Key Id you provided does not exist in our records.\""
	}
	return "with a real access key ID, S3 answers SignatureDoesNotMatch (403)"
}

// dropCredentials returns the edits that remove the credential arguments
// of the call using the literal at sp (directly or through a name bound to
// it), and the assignment of that name.
func dropCredentials(f *model.Facts, sp source.Span) []diff.Edit {
	pf := derive.PyFileOf(f, sp.Start)
	if pf == nil {
		return nil
	}
	var edits []diff.Edit
	boundTo := ""
	python.Walk(pf.Tree, func(n *python.Node) bool {
		if n.Kind == python.Assign && n.X != nil && n.X.Span == sp && len(n.Targets) == 1 && n.Targets[0].Kind == python.Name {
			boundTo = n.Targets[0].Name
			start := lineStartOf(f.Text, n.Span.Start)
			if start >= pf.Span.Start && onlyOnLine(f.Text, start, n.Span.End) {
				edits = append(edits, diff.Edit{Start: start, End: derive.LineEnd(f.Text, n.Span.End)})
			}
		}
		return true
	})
	python.Walk(pf.Tree, func(n *python.Node) bool {
		if n.Kind != python.Call {
			return true
		}
		drop := map[int]bool{}
		uses := false
		for i, a := range n.Args {
			if a.Kind == python.Keyword && credArgNames()[a.Name] && a.X != nil {
				drop[i] = true
				if a.X.Span == sp || boundTo != "" && a.X.Kind == python.Name && a.X.Name == boundTo {
					uses = true
				}
			}
		}
		if uses {
			edits = append(edits, derive.RemoveArgs(n, drop)...)
		}
		return true
	})
	return derive.SortEdits(edits)
}

func lineStartOf(text string, off int) int {
	for off > 0 && text[off-1] != '\n' {
		off--
	}
	return off
}

// onlyOnLine reports whether text[start:end] is the whole content of its
// lines (nothing else follows on the last line).
func onlyOnLine(text string, start, end int) bool {
	le := derive.LineEnd(text, end)
	for i := end; i < le; i++ {
		if c := text[i]; c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return false
		}
	}
	return true
}
