package rules

// urlChecks find evidence in presigned URLs.
var urlChecks = []Check{
	{Rule: "expires_too_long", Source: "url", Run: expiresTooLongURL},
	{Rule: "query_modified", Source: "url", Run: queryModifiedURL},
	{Rule: "secret_mismatch", Source: "url", Run: secretMismatchURL},
}
