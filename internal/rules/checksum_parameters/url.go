package checksumparameters

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// checksumParametersURL reports checksum parameters signed into a URL (the
// default of SDKs released from January 2025).
func checksumParametersURL(p *rules.Pass) {
	for _, u := range p.Facts.URLs {
		if !u.Presigned() {
			continue
		}
		var spans []source.Span
		var names []string
		empty := false
		for _, q := range u.Params {
			n := strings.ToLower(q.Name)
			if strings.HasPrefix(n, "x-amz-checksum-") || n == "x-amz-sdk-checksum-algorithm" {
				spans = append(spans, q.Span)
				names = append(names, q.Name)
				if q.Value == "AAAAAA==" {
					empty = true
				}
			}
		}
		if len(spans) == 0 || u.Endpoint.AWS && onlyChecksumMode(names) {
			// x-amz-checksum-mode asks S3 to return the object's stored
			// checksum: AWS S3 serves it; it signs no body checksum.
			continue
		}
		msg := "the URL signs " + strings.Join(names, ", ") + ", added by recent SDKs' default integrity checksums"
		if u.Endpoint.AWS {
			msg += "; reports conflict on whether AWS S3 itself rejects them, while S3-compatible stores answer BadDigest, InvalidDigest or XAmzContentSHA256Mismatch"
		} else {
			msg += "; S3-compatible stores such as this one answer BadDigest, InvalidDigest, XAmzContentSHA256Mismatch or 403"
		}
		if empty {
			msg += "; AAAAAA== is the CRC32 of an empty body, so any real upload body disagrees with it"
		}
		p.Report(rules.Finding{
			Message: msg,
			Span:    spans[0],
			Related: spans[1:],
			Key:     u.Host,
			Fixes:   []rules.Fix{{Message: "sign without default checksums: Config(request_checksum_calculation='when_required', response_checksum_validation='when_required') in boto3, or new S3Client({ requestChecksumCalculation: \"WHEN_REQUIRED\", responseChecksumValidation: \"WHEN_REQUIRED\" }) in JavaScript v3"}},
		})
	}
}

// onlyChecksumMode reports whether the checksum parameters are only
// x-amz-checksum-mode (a download's request for the stored checksum).
func onlyChecksumMode(names []string) bool {
	for _, n := range names {
		if !strings.EqualFold(n, "x-amz-checksum-mode") {
			return false
		}
	}
	return true
}
