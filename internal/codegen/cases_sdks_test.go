package codegen

import "github.com/presign-doctor/presign-doctor/internal/model"

// Cases read from the other SDKs' code (the facts the brace reader gives),
// with every parameter the emitters carry, so that each checker sees each
// member the emitters can write.
func init() {
	cases = append(cases,
		testCase{"put-java-sse", func() *model.Facts {
			c := &model.Client{Source: "java", Service: "s3", Region: str("eu-west-3")}
			op := &model.Operation{Source: "java", SDK: "java-v2", Client: c, Kind: "url", Name: "put_object", Method: "PUT",
				Bucket: str("invoices"), Key: str("2024/01/inv-0001.pdf"), ExpiresIn: num(600), ResultVar: "presigned",
				Params: []model.Param{{Name: "ContentType", Value: str("application/pdf")}, {Name: "ACL", Value: str("bucket-owner-full-control")},
					{Name: "ServerSideEncryption", Value: str("aws:kms")}, {Name: "SSEKMSKeyId", Value: str("arn:aws:kms:eu-west-3:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab")},
					{Name: "ContentLength", Value: num(1048576)}, {Name: "StorageClass", Value: str("STANDARD_IA")}, {Name: "Tagging", Value: str("team=billing")},
					{Name: "CacheControl", Value: str("no-cache")}, {Name: "ContentDisposition", Value: str("inline")}, {Name: "ContentEncoding", Value: str("gzip")},
					{Name: "ContentLanguage", Value: str("fr")}, {Name: "ContentMD5", Value: str("1B2M2Y8AsgTpgAmY7PhCfg==")},
					{Name: "ChecksumSHA256", Value: str("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=")}}}
			return &model.Facts{Clients: []*model.Client{c}, Operations: []*model.Operation{op}}
		}},
		testCase{"get-ruby-overrides", func() *model.Facts {
			c := &model.Client{Source: "ruby", Service: "s3", Region: str("ap-northeast-1")}
			op := &model.Operation{Source: "ruby", SDK: "ruby", Client: c, Kind: "url", Name: "get_object", Method: "GET",
				Bucket: str("media-tokyo"), Key: str("videos/intro 1.mp4"), ExpiresIn: num(1200),
				Params: []model.Param{{Name: "ResponseContentDisposition", Value: str(`attachment; filename="intro 1.mp4"`)},
					{Name: "ResponseContentType", Value: str("video/mp4")}, {Name: "ResponseCacheControl", Value: str("max-age=60")},
					{Name: "ResponseContentEncoding", Value: str("identity")}, {Name: "ResponseContentLanguage", Value: str("ja")},
					{Name: "VersionId", Value: str("3sL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY+MTRCxf3vjVBH40Nr8X8gdRQBpUMLUo")},
					{Name: "Range", Value: str("bytes=0-1023")}, {Name: "PartNumber", Value: num(1)}, {Name: "IfMatch", Value: str(`"9b2cf535f27731c974343645a3985328"`)}}}
			return &model.Facts{Clients: []*model.Client{c}, Operations: []*model.Operation{op}}
		}},
		testCase{"upload-part-dotnet", func() *model.Facts {
			c := &model.Client{Source: "csharp", Service: "s3", Region: str("us-east-1"), Endpoint: str("http://127.0.0.1:9000")}
			op := &model.Operation{Source: "csharp", SDK: "dotnet", Client: c, Kind: "url", Name: "upload_part", Method: "PUT",
				Bucket: str("big-files"), Key: str("backups/db.tar"), ExpiresIn: num(3600),
				Params: []model.Param{{Name: "UploadId", Value: str("VXBsb2FkIElEIGZvciA2aWWpbmcncyBteS1tb3ZpZS5tMnRzIHVwbG9hZA")},
					{Name: "PartNumber", Value: num(3)}, {Name: "ContentMD5", Value: str("1B2M2Y8AsgTpgAmY7PhCfg==")}}}
			return &model.Facts{Clients: []*model.Client{c}, Operations: []*model.Operation{op}}
		}},
		testCase{"delete-php-version", func() *model.Facts {
			c := &model.Client{Source: "php", Service: "s3", Region: str("sa-east-1")}
			op := &model.Operation{Source: "php", SDK: "php", Client: c, Kind: "url", Name: "delete_object", Method: "DELETE",
				Bucket: str("o'brien-bucket"), Key: str(`it's\a "quoted" key.txt`), ExpiresIn: num(300),
				Params: []model.Param{{Name: "VersionId", Value: str("null")}}}
			return &model.Facts{Clients: []*model.Client{c}, Operations: []*model.Operation{op}}
		}},
		testCase{"post-js-v2", func() *model.Facts {
			c := &model.Client{Source: "javascript", Service: "s3", Region: str("eu-west-1")}
			op := &model.Operation{Source: "javascript", SDK: "js-v2", Client: c, Kind: "post", Name: "put_object", Method: "POST",
				Bucket: str("avatars"), Key: str("users/42/${filename}"), ExpiresIn: num(300),
				Fields: []model.Param{{Name: "acl", Value: str("public-read")}, {Name: "Content-Type", Value: str("image/jpeg")}}}
			return &model.Facts{Clients: []*model.Client{c}, Operations: []*model.Operation{op}}
		}},
		testCase{"head-java-fallback", func() *model.Facts {
			c := &model.Client{Source: "java", Service: "s3", Region: str("ca-central-1")}
			op := &model.Operation{Source: "java", SDK: "java-v2", Client: c, Kind: "url", Name: "head_object", Method: "HEAD",
				Bucket: str("reports"), Key: str("q1.csv"), ExpiresIn: num(60),
				Params: []model.Param{{Name: "VersionId", Value: str("v1")}}}
			return &model.Facts{Clients: []*model.Client{c}, Operations: []*model.Operation{op}}
		}},
	)
}
