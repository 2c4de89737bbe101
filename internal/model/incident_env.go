package model

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/lazyre"
	"github.com/presign-doctor/presign-doctor/internal/policy"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// The outputs of aws commands about the bucket and the caller, read where
// they sit (JSON of the CLI, XML of the API) with small anchored patterns:
// their keys are fixed by AWS.
var (
	reLocation = lazyre.New(`(?:"LocationConstraint"\s*:\s*(?:"([a-z0-9-]*|EU)"|(null))|<LocationConstraint[^>]*>([a-z0-9-]*|EU)</LocationConstraint>|<LocationConstraint[^>]*/>)`)
	reSSEAlg   = lazyre.New(`(?:"SSEAlgorithm"\s*:\s*"([^"]+)"|<SSEAlgorithm>([^<]+)</SSEAlgorithm>)`)
	reKMSKey   = lazyre.New(`(?:"KMSMasterKeyID"\s*:\s*"([^"]+)"|<KMSMasterKeyID>([^<]+)</KMSMasterKeyID>)`)
	// reObjectSSE is an object's encryption as head-object / get-object
	// output or a response header shows it.
	reObjectSSE  = lazyre.New(`(?im)(?:"ServerSideEncryption"\s*:\s*"([^"]+)"|^\s*<?\s*x-amz-server-side-encryption:\s*([\w:]+))`)
	reObjectLock = lazyre.New(`(?:"ObjectLockEnabled"\s*:\s*"(\w+)"|<ObjectLockEnabled>(\w+)</ObjectLockEnabled>)`)
	reManagedArn = lazyre.New(`arn:aws[\w-]*:iam::aws:policy/[\w+=,.@/-]*[\w+=@-]`)
	rePolicyArn  = lazyre.New(`"PolicyArn"\s*:\s*"(arn:aws[\w-]*:iam::[^"]+)"`)
	reCORSRule   = lazyre.New(`(?s)(?:\{[^{}]*"Allowed(?:Methods|Origins)"[^{}]*\}|<CORSRule>.*?</CORSRule>|cors_rule\s*\{[^{}]*\})`)
	reCORSList   = lazyre.New(`(?s)"?(AllowedOrigins|AllowedMethods|AllowedHeaders|ExposeHeaders|allowed_origins|allowed_methods|allowed_headers|expose_headers)"?\s*[:=]\s*\[([^\]]*)\]`)
	reCORSXML    = lazyre.New(`<(AllowedOrigin|AllowedMethod|AllowedHeader|ExposeHeader)>([^<]*)</`)
	reQuoted     = lazyre.New(`"([^"]*)"`)
)

// environment gathers policies, the caller, bucket facts, settings and
// the clock.
func (b *builder) environment(inc *Incident) {
	f := b.f
	e := &inc.Env
	e.Now, e.Policies, e.Callers, e.Settings, e.Runtime = f.Now, f.Policies, f.Identities, f.Settings, f.Runtime
	text := f.Text
	sub := func(m []int, i int) (string, Span, bool) {
		if m[2*i] < 0 {
			return "", Span{}, false
		}
		return text[m[2*i]:m[2*i+1]], Span{Start: m[2*i], End: m[2*i+1]}, true
	}
	first := func(m []int, n int) (string, Span, bool) {
		for i := 1; i <= n; i++ {
			if s, sp, ok := sub(m, i); ok {
				return s, sp, true
			}
		}
		return "", Span{}, false
	}
	if strings.Contains(text, "LocationConstraint") {
		if m := reLocation.FindStringSubmatchIndex(text); m != nil {
			v, sp, ok := first(m, 3)
			if !ok || v == "" || v == "null" {
				// null (or an empty constraint) is us-east-1.
				sp = Span{Start: m[0], End: m[1]}
				e.BucketRegion = stated("us-east-1", sp, FromAWS, "get-bucket-location answers null for us-east-1")
			} else {
				if v == "EU" {
					v = "eu-west-1"
				}
				e.BucketRegion = stated(v, sp, FromAWS, "get-bucket-location")
			}
		}
	}
	if e.BucketRegion.Str == "" {
		e.BucketRegion = b.bucketRegion
	}
	if strings.Contains(text, "SSEAlgorithm") {
		if m := reSSEAlg.FindStringSubmatchIndex(text); m != nil {
			v, sp, _ := first(m, 2)
			e.Encryption = stated(v, sp, FromAWS, "get-bucket-encryption")
		}
		if m := reKMSKey.FindStringSubmatchIndex(text); m != nil {
			v, sp, _ := first(m, 2)
			e.KMSKey = stated(v, sp, FromAWS, "get-bucket-encryption")
		}
	}
	if strings.Contains(text, "ServerSideEncryption\"") || source.ContainsLower(text, "x-amz-server-side-encryption:") {
		if m := reObjectSSE.FindStringSubmatchIndex(text); m != nil {
			v, sp, _ := first(m, 2)
			e.ObjectEncryption = stated(v, sp, FromAWS, "the object's encryption (head-object, a response header)")
		}
	}
	if strings.Contains(text, "ObjectLockEnabled") {
		if m := reObjectLock.FindStringSubmatchIndex(text); m != nil {
			v, sp, _ := first(m, 2)
			e.ObjectLock = stated(v, sp, FromAWS, "get-object-lock-configuration")
		}
	}
	if strings.Contains(text, "PolicyArn") {
		for _, m := range rePolicyArn.FindAllStringSubmatchIndex(text, maxScan) {
			e.ManagedPolicies = append(e.ManagedPolicies, Fact{Str: text[m[2]:m[3]], Span: Span{Start: m[2], End: m[3]}, Stated: true, From: FromAWS, Why: "list-attached-*-policies"})
		}
	}
	// AWS managed policies named elsewhere: list-attached-*-policies as
	// text, a table or a --query list, a SAM Policies: list, a template's
	// ManagedPolicyArns.
	if strings.Contains(text, ":iam::aws:policy/") {
		for _, m := range reManagedArn.FindAllStringSubmatchIndex(text, maxScan) {
			sp := Span{Start: m[0], End: m[1]}
			dup := false
			for _, p := range e.ManagedPolicies {
				if p.Span.Overlaps(sp) {
					dup = true
					break
				}
			}
			if !dup {
				e.ManagedPolicies = append(e.ManagedPolicies, Fact{Str: text[m[0]:m[1]], Span: sp, Stated: true, From: FromAWS, Why: "an AWS managed policy attached"})
			}
		}
	}
	// The JSON of get-bucket-cors and the console, the XML form, and
	// Terraform's cors_rule blocks.
	if strings.Contains(text, "AllowedOrigin") || strings.Contains(text, "AllowedMethod") || strings.Contains(text, "cors_rule") {
		for _, m := range reCORSRule.FindAllStringSubmatchIndex(text, maxScan) {
			r := CORSRule{Span: Span{Start: m[0], End: m[1]}}
			body := text[m[0]:m[1]]
			add := func(kind, v string) {
				switch kind {
				case "AllowedOrigins", "AllowedOrigin", "allowed_origins":
					r.AllowedOrigins = append(r.AllowedOrigins, v)
				case "AllowedMethods", "AllowedMethod", "allowed_methods":
					r.AllowedMethods = append(r.AllowedMethods, strings.ToUpper(v))
				case "AllowedHeaders", "AllowedHeader", "allowed_headers":
					r.AllowedHeaders = append(r.AllowedHeaders, v)
				default:
					r.Exposed = append(r.Exposed, v)
				}
			}
			for _, l := range reCORSList.FindAllStringSubmatch(body, -1) {
				for _, q := range reQuoted.FindAllStringSubmatch(l[2], -1) {
					add(l[1], q[1])
				}
			}
			for _, x := range reCORSXML.FindAllStringSubmatch(body, -1) {
				add(x[1], strings.TrimSpace(x[2]))
			}
			e.CORS = append(e.CORS, r)
		}
	}
}

// Policy kinds (PolicyKind).
const (
	PolicyIdentity = "identity" // attached to a user or role: no Principal
	PolicyBucket   = "bucket"   // a resource policy on S3 (Principal, s3 resources)
	PolicyKMSKey   = "kms-key"  // a key policy (Principal, kms actions only)
)

// PolicyKind tells an identity policy from a bucket policy and a KMS key
// policy: a resource policy names a Principal; a key policy's actions are
// all kms:*.
func PolicyKind(d *policy.Document) string {
	principal, kmsOnly, any := false, true, false
	for _, s := range d.Statements {
		if s.Principal != nil || s.NotPrincipal != nil {
			principal = true
		}
		for _, a := range append(append([]policy.Str{}, s.Action...), s.NotAction...) {
			any = true
			if !strings.HasPrefix(strings.ToLower(a.Value), "kms:") {
				kmsOnly = false
			}
		}
	}
	switch {
	case !principal:
		return PolicyIdentity
	case any && kmsOnly:
		return PolicyKMSKey
	}
	return PolicyBucket
}
