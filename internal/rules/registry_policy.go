package rules

// policyChecks find evidence in policy parts.
var policyChecks = []Check{}
