package python

import "github.com/presign-doctor/presign-doctor/internal/source"

// Kind is the kind of a node.
type Kind uint8

// Node kinds. The comment says which fields each kind uses.
const (
	Module    Kind = iota // Body
	Bad                   // Text: what could not be read
	ExprStmt              // X
	Assign                // Targets = X; Op "=" or "+=" ...; Y annotation
	Import                // Names (Alias nodes); Name is the module of from-imports
	Alias                 // Name (dotted) as AsName
	FuncDef               // Name, Params, Body, Decorators; Async
	ClassDef              // Name, Args (bases), Body, Decorators
	If                    // X cond, Body, Else (one If for elif)
	For                   // Targets in X, Body, Else; Async
	While                 // X, Body, Else
	With                  // Items (WithItem), Body; Async
	WithItem              // X as Y
	Try                   // Body, Handlers (Except), Else, Finally
	Except                // X type, Name alias, Body
	Return                // X (may be nil)
	Raise                 // X, Y (from)
	Global                // Names as Name nodes
	Simple                // Name: pass, break, continue, del, assert ...; Args
	Param                 // Name, X default, Op "*" or "**" for star params
	Name                  // Name
	Num                   // Text, Int (when IsInt)
	Str                   // Value, Prefix, Parts (concatenated pieces), Fields (f-string expressions)
	Attr                  // X.Name
	Call                  // X(Args); ArgsSpan is the parenthesised list
	Keyword               // Name=X; Op "**" for **X, "*" for *X (as call args)
	Subscript             // X[Y]
	Slice                 // Args: lower, upper, step (nil when absent)
	Dict                  // Args (DictEntry)
	DictEntry             // X: Y; Op "**" for **Y
	List                  // Args
	Tuple                 // Args
	Set                   // Args
	BinOp                 // X Op Y (also and/or, comparisons)
	UnaryOp               // Op X
	IfExp                 // Y if X else Args[0]
	Lambda                // Params, X
	Comp                  // X element (Y value for dict), Args the for/if clauses; Op "[", "{", "("
	Starred               // *X
	Await                 // X (await, yield, yield from: Op)
	NamedExpr             // Name := X
)

var kindNames = [...]string{"Module", "Bad", "ExprStmt", "Assign", "Import", "Alias", "FuncDef", "ClassDef", "If", "For", "While", "With", "WithItem", "Try", "Except", "Return", "Raise", "Global", "Simple", "Param", "Name", "Num", "Str", "Attr", "Call", "Keyword", "Subscript", "Slice", "Dict", "DictEntry", "List", "Tuple", "Set", "BinOp", "UnaryOp", "IfExp", "Lambda", "Comp", "Starred", "Await", "NamedExpr"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "?"
}

// Node is a node of the tree. One struct serves every kind; the Kind
// constants say which fields a kind uses.
type Node struct {
	Kind Kind
	Span source.Span
	// Name is an identifier: a Name, an attribute, a keyword argument, a
	// def or class, an import; NameSpan is where it is written.
	Name     string
	NameSpan source.Span
	AsName   string
	Op       string
	// Text is the source text of a Num or Bad node.
	Text string
	// Value is a string's decoded value (f-string fields left as written).
	Value  string
	Prefix string
	Int    int64
	IsInt  bool
	// Fields are the parsed replacement expressions of f-strings; Parts
	// the pieces of an implicit concatenation.
	Fields []*Node
	Parts  []*Node

	X, Y       *Node
	Args       []*Node
	ArgsSpan   source.Span
	Targets    []*Node
	Params     []*Node
	Names      []*Node
	Items      []*Node
	Body       []*Node
	Else       []*Node
	Handlers   []*Node
	Finally    []*Node
	Decorators []*Node
	Async      bool
}

// File is a parsed part of a paste.
type File struct {
	Span     source.Span
	Tree     *Node
	Problems []Problem
	// REPL and Diff tell how the text was read.
	REPL, Diff bool
}

// Children returns the node's children in source order (roughly: fields in
// a fixed order). Walkers use it.
func (n *Node) Children() []*Node {
	var out []*Node
	add := func(ns ...*Node) {
		for _, c := range ns {
			if c != nil {
				out = append(out, c)
			}
		}
	}
	add(n.Decorators...)
	add(n.Targets...)
	add(n.Names...)
	add(n.Params...)
	add(n.Items...)
	add(n.X, n.Y)
	add(n.Args...)
	add(n.Fields...)
	add(n.Body...)
	add(n.Handlers...)
	add(n.Else...)
	add(n.Finally...)
	return out
}

// Walk calls fn for n and every node below it, depth first; fn returning
// false skips the node's children.
func Walk(n *Node, fn func(*Node) bool) {
	if n == nil || !fn(n) {
		return
	}
	for _, l := range [...][]*Node{n.Decorators, n.Targets, n.Names, n.Params, n.Items} {
		for _, c := range l {
			Walk(c, fn)
		}
	}
	Walk(n.X, fn)
	Walk(n.Y, fn)
	for _, l := range [...][]*Node{n.Args, n.Fields, n.Body, n.Handlers, n.Else, n.Finally} {
		for _, c := range l {
			Walk(c, fn)
		}
	}
}
