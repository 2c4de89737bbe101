package rules

// curlChecks find evidence in curl parts.
var curlChecks = []Check{
	{Rule: "method_mismatch", Source: "curl", Run: methodMismatchCurl},
	{Rule: "signed_headers", Source: "curl", Run: signedHeadersCurl},
}
