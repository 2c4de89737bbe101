package checksumparameters

import (
	"fmt"
	"strings"
	"sync"

	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
)

// checksumParams are Params that put checksum headers into a presigned
// request.
var checksumParams = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"ChecksumAlgorithm": true, "ChecksumCRC32": true, "ChecksumCRC32C": true,
		"ChecksumCRC64NVME": true, "ChecksumSHA1": true, "ChecksumSHA256": true, "ChecksumMode": true}
})

// checksumParametersCode reports checksum parameters signed into a URL,
// and clients for S3-compatible stores that keep boto3's default integrity
// checksums (boto3 1.36 and later), which such stores reject.
func checksumParametersCode(p *rules.Pass) {
	f := p.Facts
	for _, o := range derive.PyOps(f) {
		for _, prm := range o.Params {
			if checksumParams()[prm.Name] {
				p.Report(rules.Finding{
					Message: fmt.Sprintf("Params %s signs checksum headers (x-amz-checksum-*, x-amz-sdk-checksum-algorithm) into the URL: the uploader must send a matching checksum, S3 answers InvalidRequest (400) \"Checksum Type mismatch\" and S3-compatible stores BadDigest or InvalidDigest", prm.Name),
					Span:    prm.Span,
					Key:     "param:" + prm.Name,
					Fixes:   []rules.Fix{{Message: "remove " + prm.Name + " from Params unless the uploader computes and sends that checksum"}},
				})
			}
		}
	}
	if f.Incident == nil {
		return
	}
	for _, sg := range f.Incident.Signers {
		c := sg.Client
		s := derive.KnownStr(c.Endpoint)
		if c.Source != "python" || s == "" {
			continue
		}
		host, aws := derive.EndpointHost(s)
		if aws || strings.EqualFold(derive.KnownStr(c.ChecksumCalculation), "when_required") {
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
