package rules

// errorChecks find evidence in error parts.
var errorChecks = []Check{}
