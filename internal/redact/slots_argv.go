package redact

import "strings"

// Slots of a command written as a list of its words (added for the seventh
// held-out wave, issue 18, h-rprobe7): the exec form of an argv, where a
// command's words are the items of a YAML flow sequence or a JSON array
// rather than blank-separated, so every reader of a command line ("aws
// configure set NAME VALUE", "mc alias set ALIAS URL ACCESS SECRET", a CLI
// flag and its argument) misses it:
//   - cloud-init's runcmd and bootcmd, "- [ aws, configure, set,
//     aws_secret_access_key, VALUE ]" (cloudinit.readthedocs.io/en/latest/
//     reference/examples.html: "runcmd: - [ ls, -l, / ]");
//   - a Dockerfile's exec form, RUN ["executable", "param1", "param2"]
//     (docs.docker.com/reference/dockerfile/#shell-and-exec-form);
//   - a Kubernetes container's command: and args: arrays
//     (kubernetes.io/docs/tasks/inject-data-application/define-command-
//     argument-container/), docker-compose's command: [ … ].
//
// argvLists reads such a list as the command line it stands for: the list
// is copied with its brackets and separating commas blanked (same length,
// so every offset holds) and that line goes through the word scan.

// argvLists adds the slots of the command lines written as lists in s.
func (st *state) argvLists(s string, hits []hit) []hit {
	from := 0
	for _, o := range st.anchorsOf(s).of(anBracket) {
		if o < from {
			continue
		}
		from = o + 1
		if !argvPlace(s, o) {
			continue
		}
		e, line, ok := argvList(s, o)
		if !ok {
			continue
		}
		from = e
		for _, h := range st.scan1(line) {
			a, b := o+h.start, o+h.end
			if s[a:b] != h.val {
				continue // a value the blanking touched is no value of the paste
			}
			h.start, h.end = a, b
			hits = st.add(hits, h)
		}
	}
	return hits
}

// argvPlace reports a list at s[o] written where an argv goes: a YAML
// sequence item ("- [ … ]"), a key's value ("command: […]", "args: […]"),
// a Dockerfile instruction's exec form (RUN, CMD, ENTRYPOINT, SHELL), or a
// line of its own; not an operand of code (array[…], f([…]), x = […]),
// whose lists are data, not a command's words.
func argvPlace(s string, o int) bool {
	k := o
	for k > 0 && (s[k-1] == ' ' || s[k-1] == '\t') {
		k--
	}
	if k == 0 || s[k-1] == '\n' || s[k-1] == '-' || s[k-1] == ':' {
		return true
	}
	a := k
	for a > 0 && s[a-1] >= 'A' && s[a-1] <= 'Z' {
		a--
	}
	switch s[a:k] {
	case "RUN", "CMD", "ENTRYPOINT", "SHELL":
		return a == 0 || s[a-1] == '\n' || s[a-1] == ' ' || s[a-1] == '\t'
	}
	return false
}

// argvList reads a list of command words opening at s[o] ('['): items that
// are bare or quoted words, separated by commas, closed by ']' on the same
// line, at least three of them, the first a command name (letters, digits,
// '.', '_', '-', '/'). It returns the list's end and the list with its
// brackets and separators blanked.
func argvList(s string, o int) (int, string, bool) {
	k := o + 1
	items := 0
	var quote byte
	word := true // the first item's text so far is a command name
	first := true
	for ; k < len(s) && k-o < 2048; k++ {
		c := s[k]
		if quote != 0 {
			if c == '\\' && k+1 < len(s) && s[k+1] != '\n' {
				k++
			} else if c == quote {
				quote = 0
			} else if c == '\n' {
				return 0, "", false
			} else if first && !(isAlnum(c) || c == '.' || c == '_' || c == '-' || c == '/') {
				word = false
			}
			continue
		}
		switch c {
		case '"', '\'':
			quote = c
		case ',':
			items++
			first = false
		case ']':
			items++
			if items < 3 || !word {
				return 0, "", false
			}
			b := []byte(s[o : k+1])
			b[0], b[len(b)-1] = ' ', ' '
			var q byte
			open := 0
			for p := 1; p < len(b)-1; p++ {
				switch {
				case q != 0:
					if b[p] == '\\' || b[p] == ' ' || b[p] == '\t' {
						open = -1 // an item a shell would quote: its quotes stay
					} else if b[p] == q {
						if open > 0 {
							b[open], b[p] = ' ', ' ' // "alias": a word as the shell reads it
						}
						q = 0
					}
				case b[p] == '"' || b[p] == '\'':
					q, open = b[p], p
				case b[p] == ',':
					b[p] = ' '
				}
			}
			return k + 1, string(b), true
		case '\n', '[', '{', '(', '}', ')':
			return 0, "", false // not one line of words: a data structure
		case ' ', '\t':
		default:
			if first && !(isAlnum(c) || c == '.' || c == '_' || c == '-' || c == '/') {
				word = false
			}
		}
	}
	return 0, "", false
}

// changedValue reads the new value of a slot whose old value ended at
// h.end in a diff that writes a change as "old -> new": terraform plan's
// update in place, ~ "NAME" = "old" -> "new" (developer.hashicorp.com/
// terraform/cli/commands/plan; Terraform 0.11 and Pulumi preview wrote
// "=>"): the new value sits in the same slot. The hit is added to
// st.extra; null and (sensitive value) are no value.
func (st *state) changedValue(s string, h hit) {
	if h.end <= h.start || h.kind == "" {
		return
	}
	k := h.end
	if k < len(s) && (s[k] == '"' || s[k] == '\'') {
		k++
	}
	if k+4 > len(s) || s[k] != ' ' || (s[k+1] != '-' && s[k+1] != '=') || s[k+2] != '>' || s[k+3] != ' ' {
		return
	}
	k += 4
	if k >= len(s) {
		return
	}
	var a, b int
	if q := s[k]; q == '"' || q == '\'' {
		b = valueEnd(s, k+1, synQuoted, s[k:k+1]) // syntax: string literal
		a = k + 1
	} else {
		ws := shellWords(s, k, 1)
		if len(ws) != 1 {
			return
		}
		a, b = ws[0][0], ws[0][1]
	}
	if b <= a {
		return
	}
	v := s[a:b]
	if len(v) < 3 || v == "null" || v[0] == '(' || templateLike(v) || IsPlaceholder(v) || hasPlaceholder(v) {
		return
	}
	st.extra = append(st.extra, hit{start: a, end: b, kind: h.kind, val: v})
}

// questionPrompts reads the answered prompts of Inquirer.js and the CLIs
// built on it (Vercel, Netlify, Amplify: "? What's the value of
// S3_UPLOAD_SECRET? …", vercel.com/docs/cli/env; github.com/SBoudrias/
// Inquirer.js prints "? message answer"): a line starting with "? ", the
// question ending at its last "? ", whose last word (a variable's name) or
// last words (a phrase) name a credential; the answer is the word after.
func (st *state) questionPrompts(s string, hits []hit) []hit {
	from := 0
	for _, x := range st.anchorsOf(s).of(anQuestion) {
		if x < from {
			continue
		}
		from = x + 2
		ls := strings.LastIndexByte(s[:x], '\n') + 1
		for ls < x && (s[ls] == ' ' || s[ls] == '\t') {
			ls++
		}
		if ls != x && !rowStart(s, x) {
			continue // not a prompt's own "? " opening the line (or a numbered-lines table's cell)
		}
		le := strings.IndexByte(s[x:], '\n')
		if le < 0 {
			le = len(s)
		} else {
			le += x
		}
		if ls != x { // the cell's border closes the row
			t := strings.TrimRight(s[x:le], " \r")
			if len(t) < 2 || t[len(t)-1] != '|' {
				continue
			}
			le = x + len(strings.TrimRight(t[:len(t)-1], " "))
		}
		q := strings.LastIndex(s[x+2:le], "? ")
		if q < 0 || le-x > 1024 {
			continue
		}
		q += x + 2
		w := q
		for w > x+2 && s[w-1] != ' ' {
			w--
		}
		cl, _ := labelClass(s, w, q)
		if cl == 0 {
			cl = phraseLabels()[normPhrase(s[x+2:q])]
		}
		switch cl {
		case lSecret, lSession, lToken, lPassword, lCred, lKeyID:
		default:
			continue
		}
		ws := shellWords(s[:le], q+2, 2)
		if len(ws) != 1 {
			continue // no answer, or prose after the question
		}
		v := s[ws[0][0]:ws[0][1]]
		if len(v) < 3 || templateLike(v) || IsPlaceholder(v) || hasPlaceholder(v) {
			continue
		}
		hits = st.add(hits, hit{start: ws[0][0], end: ws[0][1], kind: classKind(cl, v), val: v})
	}
	return hits
}
