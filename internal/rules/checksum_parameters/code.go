package checksumparameters

import (
	"fmt"
	"strings"
	"sync"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
	"github.com/presign-doctor/presign-doctor/internal/table"
)

// checksumParams are Params that put checksum headers into a presigned
// request.
var checksumParams = sync.OnceValue(func() map[string]bool {
	return table.Set("ChecksumAlgorithm", "ChecksumCRC32", "ChecksumCRC32C",
		"ChecksumCRC64NVME", "ChecksumSHA1", "ChecksumSHA256", "ChecksumMode")
})

// checksumParam reports a request parameter that puts a checksum header
// into the presigned request, as each SDK spells it: ChecksumAlgorithm
// (boto3, JavaScript, Go, .NET, PHP), .checksumAlgorithm(…) (Java v2),
// checksum_algorithm: (Ruby).
func checksumParam(name string) bool {
	n := strings.ReplaceAll(name, "_", "")
	for k := range checksumParams() {
		if strings.EqualFold(n, k) {
			return true
		}
	}
	return false
}

// checksumParametersCode reports checksum parameters signed into a URL,
// and clients for S3-compatible stores that keep boto3's default integrity
// checksums (boto3 1.36 and later), which such stores reject.
func checksumParametersCode(p *rules.Pass) {
	f := p.Facts
	for _, o := range derive.CodeOps(f) {
		for _, prm := range o.Params {
			if checksumParam(prm.Name) {
				what, from := "the request's "+prm.Name, "the presigned request"
				if o.Source == "python" {
					what, from = "Params "+prm.Name, "Params"
				}
				p.Report(rules.Finding{
					Message: fmt.Sprintf("%s signs checksum headers (x-amz-checksum-*, x-amz-sdk-checksum-algorithm) into the URL: the uploader must send a matching checksum, S3 answers InvalidRequest (400) \"Checksum Type mismatch\" and S3-compatible stores BadDigest or InvalidDigest", what),
					Span:    prm.Span,
					Key:     "param:" + prm.Name,
					Fixes:   []rules.Fix{{Message: "remove " + prm.Name + " from " + from + " unless the uploader computes and sends that checksum"}},
				})
			}
		}
	}
	if f.Incident == nil {
		return
	}
	for _, sg := range f.Incident.Signers {
		c := sg.Client
		s := endpointText(c.Endpoint)
		if s == "" || onlyReads(f, c) || (c.Source != "python" && !signsWith(f, c, "js-v3")) {
			continue
		}
		host, aws := derive.EndpointHost(s)
		if aws || whenRequired(c.ChecksumCalculation) {
			continue
		}
		if c.Source != "python" {
			// JavaScript v3 (3.729 and later) signs x-amz-checksum-crc32 of
			// the empty body into presigned PutObject URLs by default.
			if model.LocalStackGateway(host) {
				// LocalStack ignores a presigned URL's checksum since
				// localstack#12164 (January 2025, localstack#12169: "ignored
				// on real AWS. We will also ignore it").
				continue
			}
			p.Report(rules.Finding{
				Message: fmt.Sprintf("the JavaScript v3 client (3.729 and later) adds integrity checksums by default and signs the CRC32 of the body it saw at presign time (none: AAAAAA==) into PutObject URLs; S3-compatible stores such as the one at %s check it against the real upload and answer BadDigest or a checksum mismatch", host),
				Span:    c.Endpoint.Span,
				Key:     host,
				Fixes:   []rules.Fix{{Message: "turn off default checksums: new S3Client({ …, requestChecksumCalculation: \"WHEN_REQUIRED\", responseChecksumValidation: \"WHEN_REQUIRED\" })"}},
			})
			continue
		}
		fix := rules.ClientConfigFix(f, c, [][2]string{{"request_checksum_calculation", "'when_required'"}, {"response_checksum_validation", "'when_required'"}}, "",
			"turn off default checksums: Config(request_checksum_calculation='when_required', response_checksum_validation='when_required')")
		p.Report(rules.Finding{
			Message: fmt.Sprintf("boto3 1.36 and later add integrity checksums by default; S3-compatible stores such as the one at %s answer BadDigest, InvalidDigest or XAmzContentSHA256Mismatch unless request_checksum_calculation='when_required'", host),
			Span:    c.Endpoint.Span,
			Key:     host,
			Fixes:   []rules.Fix{fix},
		})
	}
}

// endpointText is an endpoint_url's text: its value, or for an f-string
// (f"https://{ACCOUNT_ID}.r2.cloudflarestorage.com") its literal text with
// each replacement field as one label, enough to tell the store's host.
func endpointText(v *model.Value) string {
	if s := derive.KnownStr(v); s != "" || v == nil {
		return s
	}
	e := strings.TrimSpace(v.Expr)
	if len(e) < 3 || (e[0] != 'f' && e[0] != 'F') || (e[1] != '"' && e[1] != '\'') || e[len(e)-1] != e[1] {
		return ""
	}
	e = e[2 : len(e)-1]
	var b strings.Builder
	for len(e) > 0 {
		i := strings.IndexByte(e, '{')
		if i < 0 {
			b.WriteString(e)
			break
		}
		b.WriteString(e[:i])
		j := strings.IndexByte(e[i:], '}')
		if j < 0 {
			return ""
		}
		b.WriteString("x")
		e = e[i+j+1:]
	}
	return b.String()
}

// onlyReads reports whether every operation the client presigns is
// known to send no body (GET, HEAD, DELETE): default request checksums
// are computed over a request's body, so a client that only presigns
// downloads adds none.
// signsWith reports whether a presign call of the SDK sdk uses client c.
func signsWith(f *model.Facts, c *model.Client, sdk string) bool {
	for _, o := range derive.CodeOps(f) {
		if o.Client == c && o.SDK == sdk {
			return true
		}
	}
	return false
}

// whenRequired reports whether a request checksum setting turns default
// checksums off, in any SDK's spelling (when_required, "WHEN_REQUIRED",
// aws.RequestChecksumCalculationWhenRequired).
func whenRequired(v *model.Value) bool {
	if v == nil {
		return false
	}
	s := strings.ToLower(strings.ReplaceAll(v.Str+" "+v.Expr, "_", ""))
	return strings.Contains(s, "whenrequired")
}

func onlyReads(f *model.Facts, c *model.Client) bool {
	n := 0
	for _, o := range derive.CodeOps(f) {
		if o.Client != c {
			continue
		}
		n++
		switch strings.ToUpper(o.Method) {
		case "GET", "HEAD", "DELETE":
		default:
			return false
		}
	}
	return n > 0
}
