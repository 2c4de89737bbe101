package codegen

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/table"
)

// csVerb is the HttpVerb a GetPreSignedUrlRequest is signed for: the .NET
// presigner signs GET, PUT, HEAD and DELETE on objects (UploadId and
// PartNumber make a PUT an UploadPart).
var csVerb = table.Pairs(
	"get_object", "GET", "put_object", "PUT", "head_object", "HEAD", "delete_object", "DELETE", "upload_part", "PUT",
)

// csResponse maps the response-* overrides to ResponseHeaderOverrides.
var csResponse = table.Pairs(
	"ResponseCacheControl", "CacheControl", "ResponseContentDisposition", "ContentDisposition",
	"ResponseContentEncoding", "ContentEncoding", "ResponseContentLanguage", "ContentLanguage",
	"ResponseContentType", "ContentType",
)

// csAssign writes the statement that sets a parameter on request, or ""
// when .NET has no place for it.
func csAssign(prm Param) string {
	v := prm.Value
	s := paramStr(v)
	switch prm.Name {
	case "ContentType", "VersionId", "UploadId":
		return "request." + prm.Name + " = " + cStr(s) + ";"
	case "SSEKMSKeyId":
		return "request.ServerSideEncryptionKeyManagementServiceKeyId = " + cStr(s) + ";"
	case "ServerSideEncryption":
		return "request.ServerSideEncryptionMethod = ServerSideEncryptionMethod.FindValue(" + cStr(s) + ");"
	case "PartNumber":
		if v.IsNum {
			return "request.PartNumber = " + itoa(v.Num) + ";"
		}
		return ""
	case "ContentLength":
		return ""
	}
	if o := csResponse[prm.Name]; o != "" {
		return "request.ResponseHeaderOverrides." + o + " = " + cStr(s) + ";"
	}
	if spec, ok := paramSpecs()[prm.Name]; ok && spec.Header != "" {
		return "request.Headers[" + cStr(strings.ToLower(spec.Header)) + "] = " + cStr(s) + ";"
	}
	return ""
}

// DotNet writes a C# program for the AWS SDK for .NET (AWSSDK.S3):
// AmazonS3Client with the region (ServiceURL and ForcePathStyle for an
// S3-compatible store), a GetPreSignedUrlRequest with Verb and Expires,
// and GetPreSignedURL. SigV4 is forced: the .NET SDK presigns SigV2 URLs
// for us-east-1 unless told otherwise.
func DotNet(p *Plan) string {
	var b strings.Builder
	w := func(s ...string) {
		for _, x := range s {
			b.WriteString(x)
		}
		b.WriteByte('\n')
	}
	verb := csVerb[p.Operation]
	keep, dropped := p.carried()
	w("// Presign ", p.Label(), " with credentials from the default chain")
	w("// (environment, shared config, SSO, container or instance role).")
	sdkNotes(w, p, "// ")
	if verb == "" || p.Kind == "post" {
		verb, keep, dropped = "GET", nil, nil
		if p.Kind == "post" {
			w("// GetPreSignedURL has no presigned POST: this presigns a GET. For a browser upload,\n// presign a PUT (Verb = HttpVerb.PUT) instead.")
		} else {
			w("// GetPreSignedURL cannot presign ", p.Operation, ": this presigns a GET instead.")
		}
	}
	w("using System;\nusing Amazon;\nusing Amazon.S3;\nusing Amazon.S3.Model;")
	w()
	w("public static class Presign\n{\n    public static void Main()\n    {\n        // Without this the SDK presigns SigV2 URLs for us-east-1.\n        AWSConfigsS3.UseSignatureVersion4 = true;")
	if !p.RegionKnown {
		w("        // No region in the paste: set your bucket's region.")
	}
	w("        var config = new AmazonS3Config\n        {")
	if p.Endpoint != "" {
		w("            ", dotnet(model.SetEndpoint).Code(cStr(p.Endpoint)), ",")
		w("            ", dotnet(model.SetPathStyle).Code(""), ",")
		w("            AuthenticationRegion = ", cStr(p.Region), ",")
	} else {
		w("            ", dotnet(model.SetRegion).Name, " = ", dotnet(model.SetRegion).Code(cStr(p.Region)), ",")
	}
	w("        };\n        var client = new AmazonS3Client(config);\n        var request = new GetPreSignedUrlRequest\n        {")
	w("            BucketName = ", cStr(example(p.Bucket, ExampleBucket)), ",")
	w("            Key = ", cStr(example(p.Key, ExampleKey)), ",")
	w("            Verb = HttpVerb.", verb, ",")
	w("            ", dotnet(model.SetExpiry).Code("DateTime.UtcNow.AddSeconds("+itoa(p.ExpiresIn)+")"), ",")
	w("        };")
	for _, prm := range keep {
		if s := csAssign(prm); s != "" {
			w("        ", s)
		} else {
			dropped = append(dropped, prm.Name)
		}
	}
	dropNote(w, dropped, "        // ")
	w("        string url = client.GetPreSignedURL(request);\n        // Send the request's headers with the URL, as the curl line shows.\n        Console.WriteLine(url);\n    }\n}")
	return b.String()
}
