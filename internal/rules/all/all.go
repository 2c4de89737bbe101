// Package all lists every rule. Adding a rule is copying a rule's folder
// and adding one line here.
package all

import (
	"sync"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/accelerate_endpoint"
	"github.com/presign-doctor/presign-doctor/internal/rules/cached_sts_credentials"
	"github.com/presign-doctor/presign-doctor/internal/rules/checksum_parameters"
	"github.com/presign-doctor/presign-doctor/internal/rules/chunked_body"
	"github.com/presign-doctor/presign-doctor/internal/rules/cloudfront_vs_s3"
	"github.com/presign-doctor/presign-doctor/internal/rules/content_md5_format"
	"github.com/presign-doctor/presign-doctor/internal/rules/cors_preflight"
	"github.com/presign-doctor/presign-doctor/internal/rules/custom_endpoint"
	"github.com/presign-doctor/presign-doctor/internal/rules/dotted_bucket_tls"
	"github.com/presign-doctor/presign-doctor/internal/rules/expires_too_long"
	"github.com/presign-doctor/presign-doctor/internal/rules/expiry_exceeds_session"
	"github.com/presign-doctor/presign-doctor/internal/rules/global_endpoint"
	"github.com/presign-doctor/presign-doctor/internal/rules/hardcoded_credentials"
	"github.com/presign-doctor/presign-doctor/internal/rules/host_rewritten"
	"github.com/presign-doctor/presign-doctor/internal/rules/key_encoding"
	"github.com/presign-doctor/presign-doctor/internal/rules/method_mismatch"
	"github.com/presign-doctor/presign-doctor/internal/rules/missing_region"
	"github.com/presign-doctor/presign-doctor/internal/rules/missing_session_token"
	"github.com/presign-doctor/presign-doctor/internal/rules/mrap_sigv4a"
	"github.com/presign-doctor/presign-doctor/internal/rules/object_lock_checksum"
	"github.com/presign-doctor/presign-doctor/internal/rules/params_expires"
	"github.com/presign-doctor/presign-doctor/internal/rules/policy_mfa_condition"
	"github.com/presign-doctor/presign-doctor/internal/rules/policy_missing_action"
	"github.com/presign-doctor/presign-doctor/internal/rules/policy_network_condition"
	"github.com/presign-doctor/presign-doctor/internal/rules/policy_overbroad"
	"github.com/presign-doctor/presign-doctor/internal/rules/policy_signature_condition"
	"github.com/presign-doctor/presign-doctor/internal/rules/post_policy"
	"github.com/presign-doctor/presign-doctor/internal/rules/query_modified"
	"github.com/presign-doctor/presign-doctor/internal/rules/region_mismatch"
	"github.com/presign-doctor/presign-doctor/internal/rules/s3_error"
	"github.com/presign-doctor/presign-doctor/internal/rules/scheme_mismatch"
	"github.com/presign-doctor/presign-doctor/internal/rules/secret_mismatch"
	"github.com/presign-doctor/presign-doctor/internal/rules/signature_mismatch"
	"github.com/presign-doctor/presign-doctor/internal/rules/signed_headers"
	"github.com/presign-doctor/presign-doctor/internal/rules/sigv2_signature"
	"github.com/presign-doctor/presign-doctor/internal/rules/sts_global_token"
	"github.com/presign-doctor/presign-doctor/internal/rules/syntax"
	"github.com/presign-doctor/presign-doctor/internal/rules/token_encoding"
	"github.com/presign-doctor/presign-doctor/internal/rules/url_expired"
	"github.com/presign-doctor/presign-doctor/internal/rules/url_not_yet_valid"
)

// Catalog is every rule, sorted by name. It is built on first use, which
// keeps the wasm's start (package initialisation) short.
var Catalog = sync.OnceValue(func() rules.Catalog {
	return rules.NewCatalog(
		cachedstscredentials.Rule,
		checksumparameters.Rule,
		customendpoint.Rule,
		expirestoolong.Rule,
		expiryexceedssession.Rule,
		globalendpoint.Rule,
		hardcodedcredentials.Rule,
		hostrewritten.Rule,
		keyencoding.Rule,
		methodmismatch.Rule,
		missingregion.Rule,
		missingsessiontoken.Rule,
		paramsexpires.Rule,
		policymfacondition.Rule,
		policymissingaction.Rule,
		policynetworkcondition.Rule,
		policyoverbroad.Rule,
		policysignaturecondition.Rule,
		postpolicy.Rule,
		querymodified.Rule,
		regionmismatch.Rule,
		s3error.Rule,
		secretmismatch.Rule,
		signaturemismatch.Rule,
		signedheaders.Rule,
		sigv2signature.Rule,
		stsglobaltoken.Rule,
		syntax.Rule,
		urlexpired.Rule,
		urlnotyetvalid.Rule,
		accelerateendpoint.Rule,
		chunkedbody.Rule,
		cloudfrontvss3.Rule,
		contentmd5format.Rule,
		corspreflight.Rule,
		dottedbuckettls.Rule,
		mrapsigv4a.Rule,
		objectlockchecksum.Rule,
		schememismatch.Rule,
		tokenencoding.Rule,
	)
})

// Lookup returns the rule named name, or nil.
func Lookup(name string) *rules.Rule { return Catalog().Lookup(name) }

// Run runs every rule on the facts: see rules.Run.
func Run(f *model.Facts, secret string, reveal func(string) string) []rules.Finding {
	return rules.Run(Catalog(), f, secret, reveal)
}
