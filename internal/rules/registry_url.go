package rules

// urlChecks find evidence in presigned URLs.
var urlChecks = []Check{
	{Rule: "checksum_parameters", Source: "url", Run: checksumParametersURL},
	{Rule: "custom_endpoint", Source: "url", Run: customEndpointURL},
	{Rule: "expires_too_long", Source: "url", Run: expiresTooLongURL},
	{Rule: "expiry_exceeds_session", Source: "url", Run: expiryExceedsSessionURL},
	{Rule: "global_endpoint", Source: "url", Run: globalEndpointURL},
	{Rule: "key_encoding", Source: "url", Run: keyEncodingURL},
	{Rule: "missing_session_token", Source: "url", Run: missingSessionTokenURL},
	{Rule: "query_modified", Source: "url", Run: queryModifiedURL},
	{Rule: "region_mismatch", Source: "url", Run: regionMismatchURL},
	{Rule: "secret_mismatch", Source: "url", Run: secretMismatchURL},
	{Rule: "signed_headers", Source: "url", Run: signedHeadersURL},
	{Rule: "sigv2_signature", Source: "url", Run: sigv2SignatureURL},
	{Rule: "url_expired", Source: "url", Run: urlExpiredURL},
	{Rule: "url_not_yet_valid", Source: "url", Run: urlNotYetValidURL},
}
