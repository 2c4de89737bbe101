package rules

// codeChecks find evidence in code parts.
var codeChecks = []Check{
	{Rule: "cached_sts_credentials", Source: "code", Run: cachedSTSCredentialsCode},
	{Rule: "checksum_parameters", Source: "code", Run: checksumParametersCode},
	{Rule: "custom_endpoint", Source: "code", Run: customEndpointCode},
	{Rule: "expires_too_long", Source: "code", Run: expiresTooLongCode},
	{Rule: "expiry_exceeds_session", Source: "code", Run: expiryExceedsSessionCode},
	{Rule: "global_endpoint", Source: "code", Run: globalEndpointCode},
	{Rule: "hardcoded_credentials", Source: "code", Run: hardcodedCredentialsCode},
	{Rule: "host_rewritten", Source: "code", Run: hostRewrittenCode},
	{Rule: "key_encoding", Source: "code", Run: keyEncodingCode},
	{Rule: "method_mismatch", Source: "code", Run: methodMismatchCode},
	{Rule: "missing_region", Source: "code", Run: missingRegionCode},
	{Rule: "missing_session_token", Source: "code", Run: missingSessionTokenCode},
	{Rule: "params_expires", Source: "code", Run: paramsExpiresCode},
	{Rule: "post_policy", Source: "code", Run: postPolicyCode},
	{Rule: "region_mismatch", Source: "code", Run: regionMismatchCode},
	{Rule: "signed_headers", Source: "code", Run: signedHeadersCode},
	{Rule: "sigv2_signature", Source: "code", Run: sigv2SignatureCode},
}
