package rules

// cliChecks find evidence in cli parts.
var cliChecks = []Check{}
