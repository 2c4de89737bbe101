package codegen

import (
	"strings"
	"time"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/presign"
	"github.com/presign-doctor/presign-doctor/internal/s3xml"
)

// testCase is a paste's facts, built by hand as the readers would build
// them.
type testCase struct {
	name  string
	facts func() *model.Facts
}

func str(s string) *model.Value { return &model.Value{Known: true, Str: s} }
func num(n int64) *model.Value {
	return &model.Value{Known: true, IsNum: true, Num: n, Str: itoa(n)}
}
func expr(e string) *model.Value { return &model.Value{Expr: e} }

func urlFacts(raw string) *model.Facts {
	return &model.Facts{Text: raw, Now: time.Date(2024, 1, 15, 14, 30, 0, 0, time.UTC), URLs: presign.Find(raw)}
}

const hostile = `<script>alert(1)</script>"'` + "`$(rm -rf ~)`\n\\x00 <img src=x onerror=alert(2)> [x](javascript:alert(3)) \u2028 */ --> ]]>"

var cases = []testCase{
	{"get-url-only", func() *model.Facts {
		return urlFacts("https://demo-bucket.s3.us-west-2.amazonaws.com/reports/2024/q1%20summary.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ACCESS_KEY_ID_1%2F20240115%2Fus-west-2%2Fs3%2Faws4_request&X-Amz-Date=20240115T143000Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=SIGNATURE_1")
	}},
	{"put-url-token", func() *model.Facts {
		return urlFacts("https://s3.eu-central-1.amazonaws.com/uploads/in/photo.png?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ACCESS_KEY_ID_1%2F20240115%2Feu-central-1%2Fs3%2Faws4_request&X-Amz-Date=20240115T143000Z&X-Amz-Expires=86400&X-Amz-Security-Token=SESSION_TOKEN_1&X-Amz-SignedHeaders=content-type%3Bhost%3Bx-amz-acl&x-id=PutObject&X-Amz-Signature=SIGNATURE_1")
	}},
	{"minio-url", func() *model.Facts {
		return urlFacts("http://localhost:9000/media/videos/intro.mp4?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ACCESS_KEY_ID_1%2F20240115%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20240115T143000Z&X-Amz-Expires=700000&X-Amz-SignedHeaders=host&X-Amz-Signature=SIGNATURE_1")
	}},
	{"put-python", func() *model.Facts {
		c := &model.Client{Source: "python", Service: "s3", Var: "s3_client", Region: str("eu-west-1")}
		op := &model.Operation{Source: "python", Client: c, Kind: "url", Name: "put_object", Method: "PUT",
			Bucket: str("user-uploads"), Key: expr("key"), ExpiresIn: num(900), ResultVar: "upload_url", Func: "make_upload_url",
			Params: []model.Param{{Name: "Bucket", Value: str("user-uploads")}, {Name: "Key", Value: expr("key")},
				{Name: "ContentType", Value: str("image/png")}, {Name: "Expires", Value: num(300)}}}
		return &model.Facts{Clients: []*model.Client{c}, Operations: []*model.Operation{op}}
	}},
	{"sts-python", func() *model.Facts {
		sts := &model.STSCall{Source: "python", Name: "assume_role", RoleARN: str("arn:aws:iam::ACCOUNT_ID_1:role/uploader"), Duration: num(3600), ModuleLevel: true}
		c := &model.Client{Source: "python", Service: "s3", Var: "s3", CredentialsFrom: sts}
		op := &model.Operation{Source: "python", Client: c, Kind: "url", Name: "get_object",
			Bucket: str("archive"), Key: str("2024/backup.tar.gz"), ExpiresIn: num(86400), ResultVar: "url",
			Params: []model.Param{{Name: "Bucket", Value: str("archive")}, {Name: "Key", Value: str("2024/backup.tar.gz")},
				{Name: "ResponseContentDisposition", Value: str(`attachment; filename="backup.tar.gz"`)}}}
		put := &model.HTTPCall{Source: "python", Library: "requests", Method: "PUT"}
		return &model.Facts{Clients: []*model.Client{c}, Operations: []*model.Operation{op}, STSCalls: []*model.STSCall{sts},
			HTTPCalls: []*model.HTTPCall{put}}
	}},
	{"sts-minio", func() *model.Facts {
		// The role is assumed at the S3-compatible store's own STS (MinIO):
		// the generated programs call STS at that endpoint, not AWS's.
		stsc := &model.Client{Source: "python", Service: "sts", Var: "sts", Region: str("eu-west-1"), Endpoint: str("http://127.0.0.1:9000")}
		sts := &model.STSCall{Source: "python", Name: "assume_role", RoleARN: str("arn:aws:iam::ACCOUNT_ID_1:role/uploader"), Duration: num(900), ResultVar: "creds", Client: stsc}
		c := &model.Client{Source: "python", Service: "s3", Var: "s3", Region: str("eu-west-1"), Endpoint: str("http://127.0.0.1:9000"), CredentialsFrom: sts}
		op := &model.Operation{Source: "python", Client: c, Kind: "url", Name: "get_object",
			Bucket: str("e2e-bucket"), Key: str("report.csv"), ExpiresIn: num(600), ResultVar: "url"}
		return &model.Facts{Clients: []*model.Client{stsc, c}, Operations: []*model.Operation{op}, STSCalls: []*model.STSCall{sts}}
	}},
	{"get-python-download", func() *model.Facts {
		c := &model.Client{Source: "python", Service: "s3", Var: "s3", Region: str("eu-north-1")}
		op := &model.Operation{Source: "python", Client: c, Kind: "url", Name: "get_object", Method: "GET",
			Bucket: str("exports"), Key: str("2024/report.csv"), ExpiresIn: num(300), ResultVar: "download_url", Func: "download_link",
			Params: []model.Param{{Name: "ResponseContentDisposition", Value: str(`attachment; filename="report.csv"`)},
				{Name: "VersionId", Value: str("3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY")}, {Name: "PartNumber", Value: num(1)}}}
		return &model.Facts{Clients: []*model.Client{c}, Operations: []*model.Operation{op}}
	}},
	{"post-python", func() *model.Facts {
		c := &model.Client{Source: "python", Service: "s3", Var: "client", Region: str("ap-southeast-2")}
		op := &model.Operation{Source: "python", Client: c, Kind: "post", Name: "", Method: "POST",
			Bucket: str("forms"), Key: str("uploads/${filename}"), ExpiresIn: num(600), ResultVar: "post", Func: "presign_form",
			Fields:     []model.Param{{Name: "acl", Value: str("private")}, {Name: "Content-Type", Value: str("text/plain")}, {Name: "x-amz-meta-note", Value: str("@/etc/passwd")}},
			Conditions: []*model.Value{expr(`{"acl": "private"}`), expr(`["starts-with", "$Content-Type", "text/"]`), expr(`["content-length-range", 0, 1048576]`)}}
		return &model.Facts{Clients: []*model.Client{c}, Operations: []*model.Operation{op}}
	}},
	{"hostile", func() *model.Facts {
		c := &model.Client{Source: "python", Service: "s3", Var: "s3", Region: str("us-east-2"), Endpoint: str("https://minio.example.com/" + hostile)}
		op := &model.Operation{Source: "python", Client: c, Kind: "url", Name: "put_object", Method: "PUT",
			Bucket: str("b<script>" + hostile), Key: str(hostile), ExpiresIn: num(0), ResultVar: "__import__('os')", Func: "x y",
			Params: []model.Param{{Name: "ContentType", Value: str(hostile)}, {Name: "ACL", Value: str("public-read'")},
				{Name: "Metadata<script>", Value: str("x")}, {Name: "Tagging", Value: str("a=b&c=" + hostile)}}}
		return &model.Facts{Clients: []*model.Client{c}, Operations: []*model.Operation{op}}
	}},
	{"cli-get-region-from-error", func() *model.Facts {
		c := &model.Client{Source: "cli", Service: "s3", Region: str("us-east-1")}
		op := &model.Operation{Source: "cli", Client: c, Kind: "url", Name: "get_object", Method: "GET",
			Bucket: str("logs-eu"), Key: str("app/2024-01-15.log"), ExpiresIn: num(3600)}
		f := &model.Facts{Clients: []*model.Client{c}, Operations: []*model.Operation{op}}
		f.Errors = []*s3xml.Error{{Code: "AuthorizationQueryParametersError", Fields: []s3xml.Field{{Name: "Region", Value: "eu-west-1"}}}}
		return f
	}},
}

// caseNames lists the case names, for error messages.
func caseNames() string {
	var ns []string
	for _, c := range cases {
		ns = append(ns, c.name)
	}
	return strings.Join(ns, ", ")
}
