package rules

// errorChecks find evidence in error parts.
var errorChecks = []Check{
	{Rule: "host_rewritten", Source: "error", Run: hostRewrittenError},
	{Rule: "method_mismatch", Source: "error", Run: methodMismatchError},
	{Rule: "query_modified", Source: "error", Run: queryModifiedError},
	{Rule: "signature_mismatch", Source: "error", Run: signatureMismatchError},
}
