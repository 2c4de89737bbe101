package rules

import (
	"sort"
	"sync"
)

// Rule is a catalog entry: the stable name and what it means.
type Rule struct {
	Name     string
	Severity string // default severity
	Title    string
	// Answer is what S3 really answers in this case.
	Answer string
}

// Catalog lists every rule of rules.md, sorted by name. Names never change.
// Like the package's other tables it is built on first use, which keeps the
// wasm's start (package initialisation) short.
var Catalog = sync.OnceValue(func() []Rule {
	return sortedCatalog([]Rule{
		{"cached_sts_credentials", Error, "temporary credentials cached and reused", "ExpiredToken (400) once the session ends"},
		{"checksum_parameters", Warning, "checksum parameters signed into the URL", "S3-compatible stores answer BadDigest, InvalidDigest or XAmzContentSHA256Mismatch"},
		{"custom_endpoint", Warning, "signed for a custom or S3-compatible endpoint", "SignatureDoesNotMatch (403) once the public host differs from the signed one"},
		{"expires_too_long", Error, "expiry outside 1 to 604800 seconds", "AuthorizationQueryParametersError (400): X-Amz-Expires must be less than a week (in seconds); that is, the given X-Amz-Expires must be less than 604800 seconds"},
		{"expiry_exceeds_session", Error, "URL outlives the temporary credentials that signed it", "ExpiredToken (400) \"The provided token has expired.\" before the URL's own expiry"},
		{"global_endpoint", Error, "global endpoint for a bucket outside us-east-1", "TemporaryRedirect (307), then SignatureDoesNotMatch (403) or a CORS failure"},
		{"hardcoded_credentials", Error, "credentials written into code", "(security) anyone who sees the code or the paste has the key"},
		{"host_rewritten", Error, "host changed after signing", "SignatureDoesNotMatch (403)"},
		{"key_encoding", Warning, "object key encoded before signing", "SignatureDoesNotMatch (403) or NoSuchKey (404)"},
		{"method_mismatch", Error, "URL used with another HTTP method than it was signed for", "SignatureDoesNotMatch (403)"},
		{"missing_region", Warning, "client without an explicit region", "signs for whatever the environment says (us-east-1 when nothing), then AuthorizationQueryParametersError (400) or a redirect"},
		{"missing_session_token", Error, "temporary key without its session token", "InvalidAccessKeyId (403) \"The AWS Access Key Id you provided does not exist in our records.\""},
		{"params_expires", Error, "Params['Expires'] used as the URL lifetime", "the object's Expires header gets signed; uploads without it fail with SignatureDoesNotMatch (403)"},
		{"policy_mfa_condition", Error, "policy requires MFA", "AccessDenied (403) for URLs signed with long-term keys"},
		{"policy_missing_action", Error, "signer's policy does not allow the operation", "AccessDenied (403) (and 403 instead of 404 without s3:ListBucket)"},
		{"policy_network_condition", Warning, "policy condition on the network of the caller", "AccessDenied (403): conditions are checked against whoever uses the URL"},
		{"policy_overbroad", Warning, "policy grants more than presigning needs", "(security) least privilege: one action on one prefix"},
		{"policy_signature_condition", Error, "policy restricts signature age, type or version", "AccessDenied (403)"},
		{"post_policy", Error, "presigned POST fields and conditions disagree", "AccessDenied (403) \"Invalid according to Policy\""},
		{"query_modified", Error, "query string changed after signing", "SignatureDoesNotMatch (403)"},
		{"region_mismatch", Error, "signed for another region than the bucket's", "AuthorizationQueryParametersError (400), PermanentRedirect (301), IllegalLocationConstraintException (400), or SignatureDoesNotMatch (403) after a redirect"},
		{"s3_error", Info, "what S3 answered", "see the message"},
		{"secret_mismatch", Error, "signed with another secret key", "SignatureDoesNotMatch (403)"},
		{"signature_mismatch", Error, "S3 computed another signature", "SignatureDoesNotMatch (403)"},
		{"signed_headers", Warning, "headers signed into the URL must be sent exactly", "SignatureDoesNotMatch (403), or AccessDenied (403) \"There were headers present in the request which were not signed\""},
		{"sigv2_signature", Error, "legacy Signature Version 2", "InvalidRequest (400) \"Please use AWS4-HMAC-SHA256\", InvalidArgument (400) for KMS objects"},
		{"sts_global_token", Error, "global STS token used in an opt-in region", "InvalidToken (400) \"The provided token is malformed or otherwise invalid.\""},
		{"url_expired", Error, "URL expired", "AccessDenied (403) \"Request has expired\""},
		{"url_not_yet_valid", Error, "URL signed in the future", "AccessDenied (403) \"Request is not yet valid\""},
		{"syntax", Info, "part of the paste could not be read", "(the rest of the paste is still analysed)"},
	})
})

func sortedCatalog(rs []Rule) []Rule {
	sort.Slice(rs, func(i, j int) bool { return rs[i].Name < rs[j].Name })
	return rs
}

// Lookup returns the catalog entry for name, or nil.
func Lookup(name string) *Rule {
	i := sort.Search(len(Catalog()), func(i int) bool { return Catalog()[i].Name >= name })
	if i < len(Catalog()) && Catalog()[i].Name == name {
		return &Catalog()[i]
	}
	return nil
}
