package rules

// cliChecks find evidence in cli parts.
var cliChecks = []Check{
	{Rule: "expires_too_long", Source: "cli", Run: expiresTooLongCLI},
	{Rule: "expiry_exceeds_session", Source: "cli", Run: expiryExceedsSessionCLI},
	{Rule: "hardcoded_credentials", Source: "cli", Run: hardcodedCredentialsCLI},
	{Rule: "missing_region", Source: "cli", Run: missingRegionCLI},
}
