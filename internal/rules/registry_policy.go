package rules

// policyChecks find evidence in policy parts.
var policyChecks = []Check{
	{Rule: "policy_missing_action", Source: "policy", Run: policyMissingAction},
	{Rule: "policy_mfa_condition", Source: "policy", Run: policyMFACondition},
	{Rule: "policy_network_condition", Source: "policy", Run: policyNetworkCondition},
	{Rule: "policy_overbroad", Source: "policy", Run: policyOverbroad},
	{Rule: "policy_signature_condition", Source: "policy", Run: policySignatureCondition},
}
