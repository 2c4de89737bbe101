package codegen

import (
	"strconv"
	"strings"
	"sync"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/table"
)

// goPresign lists the operations the Go SDK's PresignClient can sign.
var goPresign = sync.OnceValue(func() map[string]bool {
	return table.Set(
		"get_object", "put_object", "head_object", "delete_object",
		"upload_part", "head_bucket", "delete_bucket",
	)
})

// goParam writes one input field assignment, or a comment when the field
// cannot be carried over. It reports whether the types package is used.
func goParam(prm Param) (line string, usesTypes bool) {
	spec, ok := paramSpecs()[prm.Name]
	v := prm.Value
	if !ok {
		return "// Not carried over: set " + prm.Name + " on the input as in your code.", false
	}
	str := v.Str
	if v.Ident != "" {
		str = "VALUE-OF-" + v.Ident
	}
	set := "input." + prm.Name + " = "
	switch spec.GoKind {
	case "string":
		if v.IsNum {
			str = itoa(v.Num)
		}
		return set + "aws.String(" + goStr(str) + ")", false
	case "int64", "int32":
		n, err := v.Num, error(nil)
		if !v.IsNum {
			n, err = strconv.ParseInt(strings.TrimSpace(v.Str), 10, 64)
		}
		if err != nil {
			return "// Not carried over: set " + prm.Name + " on the input as in your code.", false
		}
		if spec.GoKind == "int32" {
			return set + "aws.Int32(" + itoa(n) + ")", false
		}
		return set + "aws.Int64(" + itoa(n) + ")", false
	}
	return set + "types." + spec.GoKind + "(" + goStr(str) + ")", true
}

// GoV2 writes a Go program for the AWS SDK for Go v2: the default config
// with the region, s3.NewPresignClient, and the operation with its expiry.
func GoV2(p *Plan) string {
	var body strings.Builder
	w := func(s ...string) {
		for _, x := range s {
			body.WriteString(x)
		}
		body.WriteByte('\n')
	}
	imports := []string{"context", "fmt", "log", "time", "", "github.com/aws/aws-sdk-go-v2/aws",
		"github.com/aws/aws-sdk-go-v2/config"}
	if p.STS != nil {
		imports = append(imports, "github.com/aws/aws-sdk-go-v2/credentials/stscreds")
	}
	imports = append(imports, "github.com/aws/aws-sdk-go-v2/service/s3")
	op := p.Operation
	if !goPresign()[op] || p.Kind == "post" {
		op = ""
	}
	w("func main() {")
	w("\tctx := context.Background()")
	w("\t// The default credential chain: environment, shared config, SSO, container or instance role.")
	if !p.RegionKnown {
		w("\t// No region in the paste: set your bucket's region.")
	}
	w("\tcfg, err := config.LoadDefaultConfig(ctx, ", go2(model.SetRegion).Code(goStr(p.Region)), ")")
	w("\tif err != nil {")
	w("\t\tlog.Fatal(err)")
	w("\t}")
	if p.STS != nil {
		arn := p.STS.RoleARN.Str
		if p.STS.RoleARN.Ident != "" {
			arn = ExampleRoleARN
		}
		imports = append(imports, "github.com/aws/aws-sdk-go-v2/service/sts")
		w("\t// Assume the role for at least as long as the URL lives.")
		stsClient := "sts.NewFromConfig(cfg)"
		if p.STS.Endpoint != "" {
			stsClient = "sts.NewFromConfig(cfg, func(o *sts.Options) { o.BaseEndpoint = aws.String(" + goStr(p.STS.Endpoint) + ") })"
		}
		w("\tprovider := stscreds.NewAssumeRoleProvider(", stsClient, ", ", goStr(arn), ", func(o *stscreds.AssumeRoleOptions) {")
		w("\t\to.RoleSessionName = \"presign\"")
		w("\t\to.Duration = ", itoa(p.STS.Duration), " * time.Second")
		w("\t})")
		w("\tcfg.Credentials = aws.NewCredentialsCache(provider)")
	}
	if p.Endpoint != "" {
		w("\tclient := s3.NewFromConfig(cfg, func(o *s3.Options) {")
		w("\t\t", go2(model.SetEndpoint).Code(goStr(p.Endpoint)))
		w("\t\t", go2(model.SetPathStyle).Code(""))
		w("\t\t// S3-compatible stores reject the SDK's default integrity checksums.")
		w("\t\to.RequestChecksumCalculation = aws.RequestChecksumCalculationWhenRequired")
		w("\t\to.ResponseChecksumValidation = aws.ResponseChecksumValidationWhenRequired")
		w("\t})")
	} else {
		w("\tclient := s3.NewFromConfig(cfg)")
	}
	w("\tpresigner := s3.NewPresignClient(client)")
	usesTypes := false
	if op == "" {
		if p.Kind == "post" {
			w("\t// A presigned POST: carry over your form fields and conditions.")
			w("\tinput := &s3.PutObjectInput{}")
		} else {
			w("\t// The Go SDK cannot presign ", p.Operation, ": this presigns GetObject instead.")
			w("\tinput := &s3.GetObjectInput{}")
		}
	} else {
		w("\tinput := &s3.", Pascal(op), "Input{}")
	}
	w("\tinput.Bucket = aws.String(", goStr(goExample(p.Bucket, ExampleBucket)), ")")
	if op != "head_bucket" && op != "delete_bucket" {
		w("\tinput.Key = aws.String(", goStr(goExample(p.Key, ExampleKey)), ")")
		if op != "" {
			for _, prm := range p.Params {
				line, t := goParam(prm)
				usesTypes = usesTypes || t
				w("\t", line)
			}
		}
	}
	switch {
	case p.Kind == "post":
		w("\treq, err := presigner.PresignPostObject(ctx, input, func(o *s3.PresignPostOptions) {")
		w("\t\to.Expires = ", itoa(p.ExpiresIn), " * time.Second")
		w("\t})")
	case op == "":
		w("\treq, err := presigner.PresignGetObject(ctx, input, ", go2(model.SetExpiry).Code(itoa(p.ExpiresIn)+"*time.Second"), ")")
	default:
		w("\treq, err := presigner.Presign", Pascal(op), "(ctx, input, ", go2(model.SetExpiry).Code(itoa(p.ExpiresIn)+"*time.Second"), ")")
	}
	w("\tif err != nil {")
	w("\t\tlog.Fatal(err)")
	w("\t}")
	if p.Kind == "post" {
		w("\tfmt.Println(req.URL, req.Values)")
	} else {
		w("\t// Send req.SignedHeader with the request, as the curl line shows.")
		w("\tfmt.Println(req.URL)")
	}
	w("}")
	if usesTypes {
		imports = append(imports, "github.com/aws/aws-sdk-go-v2/service/s3/types")
	}
	var b strings.Builder
	b.WriteString("// Command presign presigns " + p.Label() + " with credentials from the default chain.\n")
	for _, n := range p.Notes {
		b.WriteString("//\n// Note: " + n + ".\n")
	}
	b.WriteString("package main\n\nimport (\n")
	sortImports(imports)
	for _, imp := range imports {
		if imp == "" {
			b.WriteString("\n")
			continue
		}
		b.WriteString("\t" + strconv.Quote(imp) + "\n")
	}
	b.WriteString(")\n\n")
	b.WriteString(body.String())
	return b.String()
}

func goExample(v Value, example string) string {
	if v.Ident != "" || (v.IsNum && v.Str == "") {
		return example
	}
	return v.Str
}

// sortImports sorts each blank-line-separated group, as gofmt does.
func sortImports(imps []string) {
	start := 0
	for i := 0; i <= len(imps); i++ {
		if i == len(imps) || imps[i] == "" {
			g := imps[start:i]
			for a := 1; a < len(g); a++ {
				for c := a; c > 0 && g[c] < g[c-1]; c-- {
					g[c], g[c-1] = g[c-1], g[c]
				}
			}
			start = i + 1
		}
	}
}
