package codegen

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/table"
)

// javaPresign maps the operations S3Presigner can sign to their request
// type (software.amazon.awssdk.services.s3.model.<Type>Request, presigned
// with presign<Type>): DefaultS3Presigner has no HeadObject.
var javaPresign = table.Pairs(
	"get_object", "GetObject", "put_object", "PutObject", "delete_object", "DeleteObject",
	"upload_part", "UploadPart", "create_multipart_upload", "CreateMultipartUpload",
	"complete_multipart_upload", "CompleteMultipartUpload", "abort_multipart_upload", "AbortMultipartUpload",
)

// javaSetter is the builder method of a parameter (S3 API name → the SDK's
// member name: acl, contentMD5, ssekmsKeyId, …) and how its value is
// written.
func javaSetter(prm Param) string {
	name := table.Pairs("ACL", "acl", "SSEKMSKeyId", "ssekmsKeyId")[prm.Name]
	if name == "" {
		name = lowerFirst(prm.Name)
	}
	v := prm.Value
	switch prm.Name {
	case "ContentLength":
		if v.IsNum {
			return "." + name + "(" + itoa(v.Num) + "L)"
		}
	case "PartNumber":
		if v.IsNum {
			return "." + name + "(" + itoa(v.Num) + ")"
		}
	}
	if v.IsNum && prm.Name != "ContentLength" && prm.Name != "PartNumber" {
		return "." + name + "(" + cStr(itoa(v.Num)) + ")"
	}
	if !v.IsNum && (prm.Name == "ContentLength" || prm.Name == "PartNumber") {
		return ""
	}
	return "." + name + "(" + cStr(v.Str) + ")"
}

// JavaV2 writes a Java program for the AWS SDK for Java 2.x: S3Presigner
// with the region (and endpoint and path-style access for an S3-compatible
// store), the operation's request, and signatureDuration.
func JavaV2(p *Plan) string {
	var b strings.Builder
	w := func(s ...string) {
		for _, x := range s {
			b.WriteString(x)
		}
		b.WriteByte('\n')
	}
	typ := javaPresign[p.Operation]
	op := p.Operation
	if typ == "" || p.Kind == "post" {
		typ, op = "GetObject", "get_object"
	}
	keep, dropped := p.carried()
	if op != p.Operation {
		keep, dropped = nil, nil
	}
	w("// Presign ", p.Label(), " with credentials from the default chain")
	w("// (environment, system properties, shared config, SSO, container or instance role).")
	sdkNotes(w, p, "// ")
	if p.Kind == "post" {
		w("// The AWS SDK for Java 2.x has no presigned POST: this presigns a GET. For a browser upload,\n// presign a PUT (PutObjectRequest) instead.")
	} else if op != p.Operation {
		w("// S3Presigner cannot presign ", p.Operation, ": this presigns a GET instead.")
	}
	w("import java.time.Duration;")
	if p.Endpoint != "" {
		w("import java.net.URI;")
	}
	w("import software.amazon.awssdk.regions.Region;")
	if p.Endpoint != "" {
		w("import software.amazon.awssdk.services.s3.S3Configuration;")
	}
	w("import software.amazon.awssdk.services.s3.model.", typ, "Request;")
	w("import software.amazon.awssdk.services.s3.presigner.S3Presigner;")
	w("import software.amazon.awssdk.services.s3.presigner.model.", typ, "PresignRequest;")
	w("import software.amazon.awssdk.services.s3.presigner.model.Presigned", typ, "Request;")
	w()
	w("public class Presign {\n    public static void main(String[] args) {")
	if !p.RegionKnown {
		w("        // No region in the paste: set your bucket's region.")
	}
	w("        try (S3Presigner presigner = S3Presigner.builder()")
	w("                ", java2(model.SetRegion).Code(cStr(p.Region)))
	if p.Endpoint != "" {
		w("                ", java2(model.SetEndpoint).Code(cStr(p.Endpoint)))
		w("                ", java2(model.SetPathStyle).Code(""))
	}
	w("                .build()) {")
	w("            ", typ, "Request request = ", typ, "Request.builder()")
	w("                    .bucket(", cStr(example(p.Bucket, ExampleBucket)), ")")
	w("                    .key(", cStr(example(p.Key, ExampleKey)), ")")
	for _, prm := range keep {
		if s := javaSetter(prm); s != "" {
			w("                    ", s)
		} else {
			dropped = append(dropped, prm.Name)
		}
	}
	w("                    .build();")
	dropNote(w, dropped, "            // ")
	w("            ", typ, "PresignRequest presignRequest = ", typ, "PresignRequest.builder()")
	w("                    ", java2(model.SetExpiry).Code("Duration.ofSeconds("+itoa(p.ExpiresIn)+")"))
	w("                    .", lowerFirst(typ), "Request(request)")
	w("                    .build();")
	w("            Presigned", typ, "Request presigned = presigner.presign", typ, "(presignRequest);")
	w("            // Send presigned.signedHeaders() with the request, as the curl line shows.\n            System.out.println(presigned.url().toExternalForm());\n        }\n    }\n}")
	return b.String()
}
