package rules

// errorChecks find evidence in error parts.
var errorChecks = []Check{
	{Rule: "expires_too_long", Source: "error", Run: expiresTooLongError},
	{Rule: "region_mismatch", Source: "error", Run: regionMismatchError},
	{Rule: "s3_error", Source: "error", Run: s3ErrorError},
	{Rule: "sts_global_token", Source: "error", Run: stsGlobalTokenError},
	{Rule: "url_expired", Source: "error", Run: urlExpiredError},
	{Rule: "url_not_yet_valid", Source: "error", Run: urlNotYetValidError},
	{Rule: "host_rewritten", Source: "error", Run: hostRewrittenError},
	{Rule: "method_mismatch", Source: "error", Run: methodMismatchError},
	{Rule: "query_modified", Source: "error", Run: queryModifiedError},
	{Rule: "signature_mismatch", Source: "error", Run: signatureMismatchError},
}
