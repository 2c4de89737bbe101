package codegen

import "testing"

// TestDropUnusedGoImports: a fix that removes the last use of a package
// removes its import (block or single line); imports the original did not
// use, blank and dot imports, and packages whose name the path does not
// tell stay.
func TestDropUnusedGoImports(t *testing.T) {
	for _, c := range []struct{ orig, out, want string }{
		{
			"import (\n\t\"fmt\"\n\t\"net/url\"\n)\n\nfunc f() { fmt.Println(url.PathEscape(k)) }\n",
			"import (\n\t\"fmt\"\n\t\"net/url\"\n)\n\nfunc f() { fmt.Println(k) }\n",
			"import (\n\t\"fmt\"\n)\n\nfunc f() { fmt.Println(k) }\n",
		},
		{ // still used elsewhere: stays
			"import (\n\t\"net/url\"\n)\n\nvar a = url.PathEscape(k)\nvar b = url.QueryEscape(k)\n",
			"import (\n\t\"net/url\"\n)\n\nvar a = k\nvar b = url.QueryEscape(k)\n",
			"import (\n\t\"net/url\"\n)\n\nvar a = k\nvar b = url.QueryEscape(k)\n",
		},
		{ // a single import line, with an alias
			"import u \"net/url\"\n\nvar a = u.PathEscape(k)\n",
			"import u \"net/url\"\n\nvar a = k\n",
			"\nvar a = k\n",
		},
		{ // unused already in the original: not the fix's doing, stays
			"import (\n\t\"net/url\"\n)\n\nvar a = k\n",
			"import (\n\t\"net/url\"\n)\n\nvar a = k\n",
			"import (\n\t\"net/url\"\n)\n\nvar a = k\n",
		},
		{ // a major-version path element is not the package name: stays
			"import (\n\t\"example.com/mod/v2\"\n)\n\nvar a = mod.X(k)\n",
			"import (\n\t\"example.com/mod/v2\"\n)\n\nvar a = k\n",
			"import (\n\t\"example.com/mod/v2\"\n)\n\nvar a = k\n",
		},
		{ // a field named like the package (o.url.X) is no use of it
			"import (\n\t\"net/url\"\n)\n\nvar a = url.PathEscape(o.url.Path)\n",
			"import (\n\t\"net/url\"\n)\n\nvar a = o.url.Path\n",
			"import (\n)\n\nvar a = o.url.Path\n",
		},
	} {
		if got := dropUnusedGoImports(c.orig, c.out); got != c.want {
			t.Errorf("dropUnusedGoImports(%q)\n got %q\nwant %q", c.out, got, c.want)
		}
	}
}
