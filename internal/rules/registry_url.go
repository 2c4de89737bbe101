package rules

// urlChecks find evidence in presigned URLs.
var urlChecks = []Check{
	{Rule: "expires_too_long", Source: "url", Run: expiresTooLongURL},
}
