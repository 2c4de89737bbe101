package objectlockchecksum

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// objectLockChecksum is the rule as a predicate over the incident: S3
// answers that Content-MD5 or a checksum header is required for a PUT
// with Object Lock parameters, wherever the paste quotes it.
func objectLockChecksum(p *rules.Pass) {
	inc := p.Facts.Incident
	if inc == nil {
		return
	}
	for _, a := range inc.AllAnswers() {
		if !strings.Contains(a.Message.Str, "requests with Object Lock parameters") {
			continue
		}
		var related []source.Span
		msg := "S3 answers InvalidRequest (400) \"" + a.Message.Str + "\": the bucket applies Object Lock retention, so every upload must carry Content-MD5 or an x-amz-checksum-* header, and a presigned PUT must sign it too"
		if lock := inc.Env.ObjectLock; lock.Str == "Enabled" {
			related = append(related, lock.Span)
			msg += " (get-object-lock-configuration shows ObjectLockEnabled: Enabled)"
		}
		p.Report(rules.Finding{
			Message: msg, Span: a.Span, Related: related, Key: "object-lock",
			Fixes: []rules.Fix{{Message: "presign with the integrity header and send it: boto3 md5 = base64.b64encode(hashlib.md5(body).digest()).decode(); generate_presigned_url('put_object', Params={..., 'ContentMD5': md5}) then PUT with headers={'Content-MD5': md5}; JavaScript v3 new PutObjectCommand({..., ContentMD5: md5}) with the same header on fetch; or x-amz-checksum-sha256 (ChecksumSHA256) instead"}},
		})
	}
}
