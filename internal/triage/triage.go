// Package triage builds the checklist of aws commands to run next for a
// paste: who signs, whether the key still exists, whether the signer may
// perform the operation on the object, what the bucket policy says and
// where the bucket lives. Commands carry the paste's bucket, key, principal
// and profile, and a <placeholder> for what the paste does not tell or
// redaction replaced.
package triage

import (
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/lazyre"
	"github.com/presign-doctor/presign-doctor/internal/model"
)

// Step is one command to run and why.
type Step struct {
	_       [0]func() // not comparable: no generated equality function in the wasm
	Command string
	Why     string
}

// Steps returns the checklist for the facts of a paste, or nil when the
// paste shows nothing about S3 (no operation, URL, error, policy, command
// or credentials).
func Steps(f *model.Facts) []Step {
	if len(f.Operations) == 0 && len(f.URLs) == 0 && len(f.Errors) == 0 && len(f.Policies) == 0 &&
		len(f.STSCalls) == 0 && len(f.Curls) == 0 && len(f.Identities) == 0 && len(f.Commands) == 0 {
		return nil
	}
	c := gather(f)
	prof := ""
	if c.profile != "" {
		prof = " --profile " + quote(c.profile)
	}
	bucket, key := orPlaceholder(c.bucket, "<bucket>"), orPlaceholder(c.key, "<key>")
	var out []Step
	out = append(out, Step{
		Command: "aws sts get-caller-identity" + prof,
		Why:     "shows which principal the signing credentials belong to: a presigned URL has exactly its signer's permissions, checked when the URL is used",
	})
	if c.user != "" || c.principal == "" {
		out = append(out, Step{
			Command: "aws iam list-access-keys --user-name " + quote(orPlaceholder(c.user, "<user-name>")) + prof,
			Why:     "shows whether the signing access key still exists and is Active: a deleted key gives InvalidAccessKeyId (403), an expired session ExpiredToken (400)",
		})
	}
	action := "s3:GetObject"
	if c.action != "" {
		action = c.action
	}
	actions := action
	if c.kms != "" {
		actions += " " + c.kms
	}
	out = append(out, Step{
		Command: fmt.Sprintf("aws iam simulate-principal-policy --policy-source-arn %s --action-names %s --resource-arns %s%s",
			quote(orPlaceholder(c.principal, "<principal-arn>")), actions, quote("arn:aws:s3:::"+bucket+"/"+key), prof),
		Why: fmt.Sprintf("tells whether the signer's IAM policies allow %s on the object (an implicit or explicit deny gives AccessDenied, not SignatureDoesNotMatch)", action),
	})
	out = append(out, Step{
		Command: "aws s3api get-bucket-policy --bucket " + quote(bucket) + " --query Policy --output text" + prof,
		Why:     "shows bucket policy statements that can deny the URL: explicit Deny, aws:SourceIp / aws:SourceVpce, MFA, s3:authType and s3:signatureAge conditions",
	})
	out = append(out, Step{
		Command: "aws s3api get-bucket-location --bucket " + quote(bucket) + prof,
		Why:     "gives the bucket's region (null means us-east-1): the URL must be signed for it",
	})
	if c.key != "" || c.bucket != "" {
		out = append(out, Step{
			Command: "aws s3api head-object --bucket " + quote(bucket) + " --key " + quote(key) + prof,
			Why:     "tells whether the object exists (a missing key answers 403 instead of 404 when the signer lacks s3:ListBucket) and whether it is SSE-KMS encrypted",
		})
	}
	return out
}

type context struct {
	bucket, key, profile, principal, user, action, kms string
}

// gather reads what the commands need: bucket, key, IAM action and KMS
// from the incident's resolved target (the one the corrected code and the
// rules read), profile and principal from the paste.
func gather(f *model.Facts) context {
	var c context
	if f.Incident != nil {
		t := f.Incident.Target()
		c.bucket, c.key, c.action = t.Bucket.Str, t.Key.Str, t.Action()
		if t.KMS.Str != "" {
			c.kms = t.KMSAction()
		}
	}
	for _, o := range f.Operations {
		if o.Client != nil && o.Client.Profile != nil && o.Client.Profile.Known && c.profile == "" {
			c.profile = o.Client.Profile.Str
		}
	}
	if c.profile == "" {
		c.profile = f.Setting("profile")
	}
	for _, id := range f.Identities {
		if id.Arn != nil && id.Arn.Str != "" {
			c.principal = id.Arn.Str
			break
		}
	}
	if c.principal == "" {
		for _, s := range f.STSCalls {
			if s.RoleARN != nil && s.RoleARN.Known {
				c.principal = s.RoleARN.Str
				break
			}
		}
	}
	c.principal = roleARN(c.principal)
	if m := reUser.FindStringSubmatch(c.principal); m != nil {
		c.user = m[1]
	}
	return c
}

var (
	reUser        = lazyre.New(`^arn:aws[\w-]*:iam::[^:]*:user/(?:.*/)?([^/]+)$`)
	reAssumedRole = lazyre.New(`^arn:(aws[\w-]*):sts::([^:]*):assumed-role/([^/]+)/.*$`)
)

// roleARN turns an assumed-role session ARN into the role's ARN, which is
// what simulate-principal-policy takes.
func roleARN(arn string) string {
	if m := reAssumedRole.FindStringSubmatch(arn); m != nil {
		return fmt.Sprintf("arn:%s:iam::%s:role/%s", m[1], m[2], m[3])
	}
	return arn
}

func orPlaceholder(s, ph string) string {
	if strings.TrimSpace(s) == "" {
		return ph
	}
	return s
}

// quote quotes s for a POSIX shell when it needs it.
func quote(s string) string {
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:/@+=,") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
