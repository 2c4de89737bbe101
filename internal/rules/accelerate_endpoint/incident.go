package accelerateendpoint

import (
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/presign"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// accelerateEndpoint is the rule as a predicate over the incident: S3
// says acceleration is not configured (or not possible) for the bucket;
// an accelerate-host URL names a bucket with dots; or code turns the
// accelerate endpoint on while the bucket's accelerate configuration, as
// shown, is not Enabled.
func accelerateEndpoint(p *rules.Pass) {
	inc := p.Facts.Incident
	if inc == nil || inc.Signals == nil {
		return
	}
	sg := inc.Signals
	var accel []source.Span
	for _, sr := range inc.SignedRequests {
		if sr.URL != nil && sr.URL.Endpoint.Kind == presign.EndpointAccelerate {
			accel = append(accel, sr.URL.HostSpan)
		}
	}
	for _, f := range sg.Accelerate {
		accel = append(accel, f.Span)
	}
	regional := []rules.Fix{
		{Message: "enable it on the bucket: aws s3api put-bucket-accelerate-configuration --bucket BUCKET --accelerate-configuration Status=Enabled"},
		{Message: "or presign for the regional endpoint: remove use_accelerate_endpoint from boto3's Config(s3=…), useAccelerateEndpoint from the JavaScript client, .accelerate(true) from Java, UseAccelerate from Go"},
	}
	dotted := []rules.Fix{{Message: "a bucket whose name has dots cannot use Transfer Acceleration: presign for the regional endpoint in path style (https://s3.REGION.amazonaws.com/BUCKET/KEY), or copy the objects to a bucket named without dots"}}
	for _, a := range inc.AllAnswers() {
		msg := a.Message.Str
		switch {
		case strings.Contains(msg, "Transfer Acceleration is not configured"):
			p.Report(rules.Finding{Message: "S3 answers InvalidRequest (400) \"S3 Transfer Acceleration is not configured on this bucket\": the request went to the accelerate endpoint (s3-accelerate.amazonaws.com) but the bucket's acceleration is not enabled", Span: a.Span, Related: accel, Key: "accelerate", Fixes: regional})
			return
		case strings.Contains(msg, "Transfer Acceleration is not supported for buckets with") || strings.Contains(msg, "Transfer Acceleration endpoint supports only virtual"):
			p.Report(rules.Finding{Message: "S3 answers InvalidRequest (400) \"" + msg + "\"", Span: a.Span, Related: accel, Key: "accelerate", Fixes: dotted})
			return
		}
	}
	for _, sr := range inc.SignedRequests {
		u := sr.URL
		if u != nil && u.Endpoint.Kind == presign.EndpointAccelerate && strings.Contains(u.Bucket, ".") {
			p.Report(rules.Finding{
				Message: fmt.Sprintf("the URL uses the Transfer Acceleration endpoint for the bucket %q, whose name has dots: S3 answers InvalidRequest (400) \"Amazon S3 Transfer Acceleration is not supported for buckets with periods (.) in their names\" (and the TLS certificate does not match either)", u.Bucket),
				Span:    u.HostSpan, Key: "accelerate", Fixes: dotted,
			})
			return
		}
	}
	st := sg.AccelerateStatus
	if len(accel) > 0 && st.Stated && st.Str != "Enabled" {
		p.Report(rules.Finding{
			Message: fmt.Sprintf("the request goes to the Transfer Acceleration endpoint but get-bucket-accelerate-configuration shows %s: S3 answers InvalidRequest (400) \"S3 Transfer Acceleration is not configured on this bucket\"", status(st)),
			Span:    accel[0], Related: []source.Span{st.Span}, Key: "accelerate", Fixes: regional,
		})
	}
}

func status(f model.Fact) string {
	if f.Str == "Off" {
		return "no Status (never enabled)"
	}
	return "Status " + f.Str
}
