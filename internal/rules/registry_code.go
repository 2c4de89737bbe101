package rules

// codeChecks find evidence in code parts.
var codeChecks = []Check{}
