package rules

// curlChecks find evidence in curl parts.
var curlChecks = []Check{}
