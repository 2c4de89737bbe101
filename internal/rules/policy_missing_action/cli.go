package policymissingaction

import (
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/rules"
)

// simulatedDenial reports the IAM policy simulator's denial of an S3
// action the paste presigns (or any S3 object action when the paste shows
// no presign): the simulator evaluated the signer's policies for that
// action and found no Allow (implicitDeny) or a Deny (explicitDeny), and
// S3 authorizes a presigned URL as its signer when it is used.
func simulatedDenial(p *rules.Pass) {
	f := p.Facts
	targets, _ := targetsOf(f)
	for _, s := range f.Simulations {
		if !s.Denied() || !strings.HasPrefix(strings.ToLower(s.Action), "s3:") {
			continue
		}
		if len(targets) > 0 {
			match := false
			for _, t := range targets {
				if strings.EqualFold(t.Action, s.Action) {
					match = true
				}
			}
			if !match {
				continue
			}
		}
		why := "no statement of the signer's policies allows it"
		if s.Decision == "explicitDeny" {
			why = "a Deny statement applies to it"
		}
		p.Report(rules.Finding{
			Message: fmt.Sprintf("the IAM policy simulator answers %s for %s on %s: %s, so S3 answers AccessDenied (403) to the presigned request, which it authorizes as its signer when the URL is used", s.Decision, s.Action, s.Resource, why),
			Span:    s.Span,
			Key:     s.Action + " " + s.Resource,
			Fixes:   []rules.Fix{{Message: fmt.Sprintf("grant the signer %s on %s (or the bucket's prefix/*) in its identity policy, and remove the Deny that matches if the simulator names one", s.Action, s.Resource)}},
		})
	}
}
