package rules

// pasteChecks read the paste as a whole.
var pasteChecks = []Check{
	{Rule: "syntax", Source: "paste", Run: syntaxProblems},
}
