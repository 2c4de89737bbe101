package codegen

import (
	"github.com/presign-doctor/presign-doctor/internal/lazyre"
	"sync"
)

// paramSpec says how an operation parameter travels and how Go spells its
// type.
type paramSpec struct {
	_ [0]func() // not comparable: no generated equality function in the wasm
	// Header is the signed header the parameter becomes ("" for a query
	// parameter or a body field).
	Header string
	// Query is the query parameter it becomes.
	Query string
	// GoKind is "string", "int64", "int32" or the name of a types enum.
	GoKind string
}

// paramSpecs lists the parameters of presignable object operations that
// the emitters carry across languages. Others are kept for boto3 and
// JavaScript (same names) and named in a comment for Go.
var paramSpecs = sync.OnceValue(func() map[string]paramSpec {
	m := make(map[string]paramSpec, len(paramSpecList))
	for _, e := range paramSpecList {
		m[e.name] = e.spec
	}
	return m
})

// paramSpecList is paramSpecs as static data (a map literal compiles to
// code, one assignment an entry).
var paramSpecList = [...]struct {
	name string
	spec paramSpec
}{
	{"ACL", paramSpec{Header: "x-amz-acl", GoKind: "ObjectCannedACL"}},
	{"CacheControl", paramSpec{Header: "Cache-Control", GoKind: "string"}},
	{"ContentDisposition", paramSpec{Header: "Content-Disposition", GoKind: "string"}},
	{"ContentEncoding", paramSpec{Header: "Content-Encoding", GoKind: "string"}},
	{"ContentLanguage", paramSpec{Header: "Content-Language", GoKind: "string"}},
	{"ContentLength", paramSpec{Header: "Content-Length", GoKind: "int64"}},
	{"ContentMD5", paramSpec{Header: "Content-MD5", GoKind: "string"}},
	{"ContentType", paramSpec{Header: "Content-Type", GoKind: "string"}},
	{"IfMatch", paramSpec{Header: "If-Match", GoKind: "string"}},
	{"IfNoneMatch", paramSpec{Header: "If-None-Match", GoKind: "string"}},
	{"Range", paramSpec{Header: "Range", GoKind: "string"}},
	{"SSEKMSKeyId", paramSpec{Header: "x-amz-server-side-encryption-aws-kms-key-id", GoKind: "string"}},
	{"ServerSideEncryption", paramSpec{Header: "x-amz-server-side-encryption", GoKind: "ServerSideEncryption"}},
	{"StorageClass", paramSpec{Header: "x-amz-storage-class", GoKind: "StorageClass"}},
	{"Tagging", paramSpec{Header: "x-amz-tagging", GoKind: "string"}},
	{"PartNumber", paramSpec{Query: "partNumber", GoKind: "int32"}},
	{"ResponseCacheControl", paramSpec{Query: "response-cache-control", GoKind: "string"}},
	{"ResponseContentDisposition", paramSpec{Query: "response-content-disposition", GoKind: "string"}},
	{"ResponseContentEncoding", paramSpec{Query: "response-content-encoding", GoKind: "string"}},
	{"ResponseContentLanguage", paramSpec{Query: "response-content-language", GoKind: "string"}},
	{"ResponseContentType", paramSpec{Query: "response-content-type", GoKind: "string"}},
	{"UploadId", paramSpec{Query: "uploadId", GoKind: "string"}},
	{"VersionId", paramSpec{Query: "versionId", GoKind: "string"}},
}

// queryParams maps URL query parameters back to operation parameters.
var queryParams = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for name, s := range paramSpecs() {
		if s.Query != "" {
			m[s.Query] = name
		}
	}
	return m
})

// paramNameRE accepts the parameter names the emitters may write as
// identifiers or keys.
var paramNameRE = lazyre.New(`^[A-Z][A-Za-z0-9]{0,63}$`)

// Header is a header the user of the URL must send, with its value.
type Header struct {
	_     [0]func() // not comparable: no generated equality function in the wasm
	Name  string
	Value string
	// Known is false when the value comes from code the tool could not
	// evaluate; Value is then a placeholder.
	Known bool
}

// Headers returns the headers signed into the URL by the plan's
// parameters, in parameter order.
func (p *Plan) Headers() []Header {
	var hs []Header
	for _, prm := range p.Params {
		s, ok := paramSpecs()[prm.Name]
		if !ok || s.Header == "" {
			continue
		}
		v := prm.Value
		switch {
		case v.IsNum:
			hs = append(hs, Header{Name: s.Header, Value: itoa(v.Num), Known: true})
		case v.Ident == "":
			hs = append(hs, Header{Name: s.Header, Value: v.Str, Known: true})
		default:
			hs = append(hs, Header{Name: s.Header, Value: "VALUE-OF-" + v.Ident, Known: false})
		}
	}
	return hs
}
