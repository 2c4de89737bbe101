package keyencoding

import (
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/lazyre"
	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/python"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
)

var rePercent = lazyre.New(`%[0-9A-Fa-f]{2}`)

// keyEncodingCode reports an object key encoded before signing (quote()
// around Key, or a key literal that is already percent-encoded): botocore
// encodes it again, so the URL names another key.
func keyEncodingCode(p *rules.Pass) {
	f := p.Facts
	for _, o := range derive.PyOps(f) {
		k := o.Key
		if k == nil {
			continue
		}
		call := derive.FindCall(f, k.Span)
		if call == nil && k.Bound != (model.Span{}) {
			call = derive.FindCall(f, k.Bound) // key = quote(name); Key=key
		}
		if call != nil && len(call.Args) > 0 {
			fn := call.X.Name
			if call.X.Kind == python.Name || call.X.Kind == python.Attr {
				switch fn {
				case "quote", "quote_plus", "urlencode", "encodeURIComponent", "url_quote":
					arg := call.Args[0]
					p.Report(rules.Finding{
						Message: fmt.Sprintf("the key is percent-encoded by %s() before signing, and botocore encodes it again (%%2F becomes %%252F): the URL names another key, and S3 answers NoSuchKey (404), AccessDenied (403) or SignatureDoesNotMatch (403)", fn),
						Span:    k.Span,
						Key:     "quote:" + strings.TrimSpace(f.Text[arg.Span.Start:arg.Span.End]),
						Fixes: []rules.Fix{{
							Message: "pass the raw key: Key=" + f.Text[arg.Span.Start:arg.Span.End],
							Edits:   derive.Edit(call.Span, f.Text[arg.Span.Start:arg.Span.End]),
						}},
					})
					continue
				}
			}
		}
		if s := derive.KnownStr(k); s != "" && rePercent.MatchString(s) {
			p.Report(rules.Finding{
				Severity: rules.Warning,
				Message:  fmt.Sprintf("the key %q looks percent-encoded already; botocore encodes it again (%% becomes %%25), so the URL names another key and S3 answers NoSuchKey (404) or AccessDenied (403)", s),
				Span:     k.Span,
				Key:      s,
				Fixes:    []rules.Fix{{Message: "pass the key exactly as it is stored in S3 (decoded), and never re-encode the returned URL"}},
			})
		}
	}
}

// A key that starts with '/' is a valid S3 key, but the SDKs then sign the
// path "//key" (virtual-hosted) or "/bucket//key" (path-style), and many
// HTTP clients and proxies collapse the double slash before sending
// (requests 2.32 does): S3 computes another canonical URI and answers
// SignatureDoesNotMatch (403), or, if the URL is rebuilt without the slash,
// NoSuchKey for the other key.
//
// Checked against: boto3#4181 (generate_presigned_url for "/key" gives a
// path starting with "//"), psf/requests#6711 (requests 2.32 strips it and
// presigned URLs fail), aws-sdk-php#1507 and cognitect aws-api#53
// (SignatureDoesNotMatch for a key with a leading slash), versitygw#2274
// (AWS keeps keys with a leading slash; the canonical URI is not
// normalized).

const leadingSlashMsg = "the object key starts with '/', so the URL's path starts with a double slash (//%s): the signature covers that path, and HTTP clients or proxies that collapse '//' (requests since 2.32, many proxies and URL helpers) send another path, so S3 answers SignatureDoesNotMatch (403), or NoSuchKey (404) for the key without the slash"

// keyLeadingSlashCode reads the Key of every presign call, in any
// language: a literal starting with '/', or an expression that does
// (f"/{x}", `/${x}`, "/" + x).
func keyLeadingSlashCode(p *rules.Pass) {
	for _, o := range derive.CodeOps(p.Facts) {
		k := o.Key
		if k == nil || !leadingSlash(k) && !boundLeadingSlash(p.Facts.Text, k) {
			continue
		}
		rest := strings.TrimPrefix(derive.KnownStr(k), "/")
		if rest == "" {
			rest = "…"
		}
		p.Report(rules.Finding{
			Message: strings.Replace(leadingSlashMsg, "%s", rest, 1),
			Span:    k.Span,
			Key:     "leading-slash",
			Fixes:   []rules.Fix{{Message: "drop the leading '/' from the key (S3 keys are not paths: \"reports/q1.pdf\", not \"/reports/q1.pdf\"); for objects already stored under a leading slash, keep the key and send the URL exactly as returned, with a client that does not normalize the path"}},
		})
	}
}

// leadingSlash reports a key value that starts with '/': a known string,
// or an expression whose first literal character is '/'.
func leadingSlash(v *model.Value) bool {
	if v.Known {
		return strings.HasPrefix(v.Str, "/")
	}
	e := strings.TrimSpace(v.Expr)
	for _, pre := range []string{"f\"", "f'", "\"", "'", "`", "$\"", "@\""} {
		if strings.HasPrefix(e, pre) {
			return strings.HasPrefix(e[len(pre):], "/")
		}
	}
	return false
}

// boundLeadingSlash reports a key reached through a name bound to an
// expression the reader could not evaluate (key = f"/{tenant}/{name}")
// whose first literal character is '/'.
func boundLeadingSlash(text string, v *model.Value) bool {
	if v.Known || v.Bound.Len() == 0 || v.Bound.End > len(text) {
		return false
	}
	return leadingSlash(&model.Value{Expr: text[v.Bound.Start:v.Bound.End]})
}

// keyEncoders are each language's URL encoders: a Key passed through one
// is encoded before signing, and the SDK encodes it again.
var keyEncoders = []string{
	"encodeURIComponent(", "encodeURI(", "querystring.escape(", // JavaScript
	"url.PathEscape(", "url.QueryEscape(", // Go
	"URLEncoder.encode(", "UriUtils.encode", // Java
	"Uri.EscapeDataString(", "Uri.EscapeUriString(", "HttpUtility.UrlEncode(", "WebUtility.UrlEncode(", // .NET
	"rawurlencode(", "urlencode(", // PHP
	"CGI.escape(", "ERB::Util.url_encode(", "URI.encode_www_form_component(", "URI.escape(", // Ruby
	".addingPercentEncoding(", // Swift
}

// keyEncodedRequest is keyEncodedAny over the keys handed to S3 object
// requests whatever presigns or sends them (model.RequestKeys): a Java
// GetObjectRequest.builder().key(k) whose k was URLEncoder.encode(…), a
// Swift PutObjectInput(key:) built from addingPercentEncoding, when the
// paste shows no presign call of its own for that key (broken pastes, or
// SDKs the readers do not follow). The SDK percent-encodes the key it is
// given when it builds the path, so an encoded key names another object
// however the request is made.
func keyEncodedRequest(p *rules.Pass) {
	f := p.Facts
	covered := func(sp model.Span) bool {
		for _, o := range derive.CodeOps(f) {
			if k := o.Key; k != nil && (k.Span.Overlaps(sp) || k.Bound != (model.Span{}) && k.Bound.Overlaps(sp)) {
				return true
			}
		}
		return false
	}
	for _, rk := range f.RequestKeys {
		if covered(rk.Span) {
			continue
		}
		spans := append([]model.Span{rk.Span}, rk.Bound...)
		for _, at := range spans {
			if at.Start < 0 || at.End > len(f.Text) || at.Start >= at.End {
				continue
			}
			expr := f.Text[at.Start:at.End]
			enc := ""
			for _, e := range keyEncoders {
				if strings.Contains(expr, e) {
					enc = e
					break
				}
			}
			if enc == "" {
				continue
			}
			fn := strings.Trim(enc, ".(")
			related := []model.Span(nil)
			if at != rk.Span {
				related = append(related, at)
			}
			p.Report(rules.Finding{
				Message: fmt.Sprintf("the object key is percent-encoded by %s() before it reaches the S3 request, and the SDK encodes the key again when it builds the URL ('/' becomes %%2F then %%252F, a space %%20 then %%2520): the request names another key, and S3 answers NoSuchKey (404), AccessDenied (403) or SignatureDoesNotMatch (403)", fn),
				Span:    rk.Span,
				Related: related,
				Key:     "encoded:" + strings.Join(strings.Fields(rk.Expr), " "),
				Fixes:   []rules.Fix{{Message: fmt.Sprintf("pass the raw key (remove %s()); the SDK encodes it once, and the URL it returns is used as is", fn)}},
			})
			break
		}
	}
}

// keyEncodedAny is keyEncodingCode for the SDKs other than boto3 (whose
// Key the python check reads through its syntax tree): the Key of a
// presign call is an expression that calls a URL encoder.
func keyEncodedAny(p *rules.Pass) {
	for _, o := range derive.CodeOps(p.Facts) {
		k := o.Key
		if o.Source == "python" || k == nil || k.Known {
			continue
		}
		// The key's own expression, else the one its name was bound to
		// (key := url.PathEscape(name); Key: aws.String(key)).
		expr, at := k.Expr, k.Span
		if b := k.Bound; !encodes(expr) && b != (model.Span{}) && b.Start >= 0 && b.End <= len(p.Facts.Text) && b.Start < b.End {
			expr, at = p.Facts.Text[b.Start:b.End], b
		}
		if lit, ok := handEscaped(expr); ok && !encodes(expr) {
			related := []model.Span(nil)
			if at != k.Span {
				related = append(related, at)
			}
			p.Report(rules.Finding{
				Message: fmt.Sprintf("the key is percent-encoded by hand (%s) before signing, and the %s SDK encodes it again when it builds the URL (%%2F becomes %%252F, %%20 becomes %%2520): the URL names another key, and S3 answers NoSuchKey (404), AccessDenied (403) or SignatureDoesNotMatch (403)", lit, derive.Language(o.Source)),
				Span:    k.Span,
				Related: related,
				Key:     "encoded:" + strings.Join(strings.Fields(expr), " "),
				Fixes:   []rules.Fix{{Message: "pass the raw key (drop the hand-written escape); the SDK encodes it once, and the URL it returns is used as is"}},
			})
			continue
		}
		for _, enc := range keyEncoders {
			if !strings.Contains(expr, enc) {
				continue
			}
			fn := strings.TrimSuffix(enc, "(")
			fix := rules.Fix{Message: fmt.Sprintf("pass the raw key (remove %s()); the SDK encodes it once, and the URL it returns is used as is", fn)}
			if at.Start >= 0 && at.End <= len(p.Facts.Text) {
				if e, ok := unwrapCall(p.Facts.Text[at.Start:at.End], enc); ok {
					e.Start += at.Start
					e.End += at.Start
					fix.Edits = []diff.Edit{e}
				}
			}
			related := []model.Span(nil)
			if at != k.Span {
				related = append(related, at)
			}
			p.Report(rules.Finding{
				Message: fmt.Sprintf("the key is percent-encoded by %s() before signing, and the %s SDK encodes it again when it builds the URL ('/' becomes %%2F then %%252F, a space %%20 then %%2520): the URL names another key, and S3 answers NoSuchKey (404), AccessDenied (403) or SignatureDoesNotMatch (403)", fn, derive.Language(o.Source)),
				Span:    k.Span,
				Related: related,
				Key:     "encoded:" + strings.Join(strings.Fields(expr), " "),
				Fixes:   []rules.Fix{fix},
			})
			break
		}
	}
}

// reQuotedEscape is a string literal of code holding a percent-escape:
// "%2F", '%20', `${a}%2F${b}`.
// Only the escapes of characters keys hold and people escape by hand count
// (space, / + : % ( ) & = # ? @ [ ] ~), so a format verb ("%02d") is not
// one.
var reQuotedEscape = lazyre.New(`"[^"\n]*` + escapes + `[^"\n]*"|'[^'\n]*` + escapes + `[^'\n]*'|` + "`[^`\n]*" + escapes + "[^`\n]*`")

const escapes = `%(?:20|2[Ff]|2[Bb]|3[Aa]|25|28|29|26|3[Dd]|23|3[Ff]|40|5[BbDd]|7[Ee])`

// handEscaped reports a key expression that writes a percent-escape
// itself, in any language: Key.Replace("/", "%2F") (.NET), key.replace(/ /g,
// '%20') (JavaScript), str_replace(' ', '%20', $key) (PHP), key.gsub(' ',
// '%20') (Ruby), "folder%2F" + name: the key reaches the SDK encoded.
// lit is the literal that holds the escape.
func handEscaped(expr string) (lit string, ok bool) {
	if strings.Contains(expr, "printf") || strings.Contains(expr, "format(") || strings.Contains(expr, "Format(") {
		return "", false // a format string's verbs (%20s) are not escapes
	}
	lit = reQuotedEscape.FindString(expr)
	return lit, lit != ""
}

// encodes reports whether an expression calls one of the URL encoders.
func encodes(expr string) bool {
	for _, enc := range keyEncoders {
		if strings.Contains(expr, enc) {
			return true
		}
	}
	return false
}

// unwrapCall is the edit of src that replaces the first call of enc (a
// callee written with or without its '(') by its first argument, the raw
// key: url.PathEscape(name) → name, URLEncoder.encode(key, "UTF-8") → key.
// ok is false when the call's parentheses do not close in src.
func unwrapCall(src, enc string) (diff.Edit, bool) {
	i := strings.Index(src, enc)
	if i < 0 {
		return diff.Edit{}, false
	}
	open := i + len(enc) - 1
	if !strings.HasSuffix(enc, "(") {
		j := strings.IndexByte(src[i+len(enc):], '(')
		if j < 0 || strings.TrimSpace(src[i+len(enc):i+len(enc)+j]) != "" {
			return diff.Edit{}, false
		}
		open = i + len(enc) + j
	}
	depth, argEnd := 0, -1
	var quote byte
	for k := open; k < len(src); k++ {
		c := src[k]
		switch {
		case quote != 0:
			if c == '\\' {
				k++
			} else if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'' || c == '`':
			quote = c
		case c == '(' || c == '[' || c == '{':
			depth++
		case c == ')' || c == ']' || c == '}':
			depth--
			if depth == 0 {
				if argEnd < 0 {
					argEnd = k
				}
				arg := strings.TrimSpace(src[open+1 : argEnd])
				if arg == "" {
					return diff.Edit{}, false
				}
				return diff.Edit{Start: i, End: k + 1, New: arg}, true
			}
		case c == ',' && depth == 1 && argEnd < 0:
			argEnd = k
		}
	}
	return diff.Edit{}, false
}
