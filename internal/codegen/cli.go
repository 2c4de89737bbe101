package codegen

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
)

// AWSCLI writes the AWS CLI commands: aws s3 presign with --region and
// --expires-in (after an assume-role step when the paste assumes a role),
// or a note where the CLI cannot express the operation.
func AWSCLI(p *Plan) string {
	var b strings.Builder
	w := func(s ...string) {
		for _, x := range s {
			b.WriteString(x)
		}
		b.WriteByte('\n')
	}
	w("# Presign ", p.Label(), " with credentials from the default chain.")
	for _, n := range p.Notes {
		w("# Note: ", n, ".")
	}
	if !p.RegionKnown {
		w("# No region in the paste: set your bucket's region.")
	}
	if reason := p.cliCannot(); reason != "" {
		w("# The AWS CLI cannot express this: ", reason, ".")
		w("# Use the Python, JavaScript or Go code instead.")
		return b.String()
	}
	if p.STS != nil {
		arn := p.STS.RoleARN.Str
		if p.STS.RoleARN.Ident != "" {
			arn = ExampleRoleARN
		}
		w("# Assume the role for this use only, for at least as long as the URL lives.")
		w("read -r AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN < <(")
		if p.STS.Endpoint != "" {
			w("  aws sts assume-role --region ", shQuote(p.Region), " --endpoint-url ", shQuote(p.STS.Endpoint), " \\")
		} else {
			w("  aws sts assume-role --region ", shQuote(p.Region), " \\")
		}
		w("    --role-arn ", shQuote(arn), " \\")
		w("    --role-session-name presign \\")
		w("    --duration-seconds ", itoa(p.STS.Duration), " \\")
		w("    --query 'Credentials.[AccessKeyId,SecretAccessKey,SessionToken]' --output text)")
		w("export AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN")
	}
	line := "aws s3 presign " + shQuote("s3://"+p.Bucket.Str+"/"+p.Key.Str) +
		" " + cli(model.SetRegion).Code(shQuote(p.Region)) + " " + cli(model.SetExpiry).Code(itoa(p.ExpiresIn))
	if p.Endpoint != "" {
		line += " " + cli(model.SetEndpoint).Code(shQuote(p.Endpoint))
	}
	w(line)
	return b.String()
}

// cliCannot says why aws s3 presign cannot make this URL, or "".
func (p *Plan) cliCannot() string {
	switch {
	case p.Kind == "post":
		return "a presigned POST (form upload) cannot be made with aws s3 presign"
	case p.Operation != "get_object":
		return "aws s3 presign signs GET requests only, and this is " + p.Label()
	case len(p.Params) > 0:
		return "aws s3 presign cannot sign extra parameters such as " + safeParamName(p.Params[0].Name)
	case p.Bucket.Ident != "" || p.Key.Ident != "":
		return "the bucket or key comes from a variable of your code"
	}
	return ""
}

func safeParamName(n string) string {
	if paramNameRE.MatchString(n) {
		return n
	}
	return "parameters"
}
