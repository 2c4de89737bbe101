package model

// expirySettings names, for each SDK the brace reader tells apart
// (Operation.SDK), the setting that is the URL's lifetime (checked against
// each SDK's docs).
var expirySettings = map[string]string{
	"js-v3":   "getSignedUrl's expiresIn option",
	"js-v2":   "getSignedUrl's Expires parameter",
	"go-v2":   "s3.WithPresignExpires (PresignOptions.Expires)",
	"go-v1":   "req.Presign's duration",
	"java-v2": "signatureDuration",
	"java-v1": "the expiration of generatePresignedUrl",
	"dotnet":  "GetPreSignedUrlRequest.Expires",
	"php":     "createPresignedRequest's expires argument",
	"ruby":    "expires_in:",
}

// ExpirySetting is the setting that gives the URL's lifetime as the
// operation's SDK names it (ExpiresIn for boto3, --expires-in for aws s3
// presign, getSignedUrl's expiresIn option …), and where the paste sets it:
// the value when the code writes one, else the call. Every rule that names
// the expiry reads it here.
func (o *Operation) ExpirySetting() (name string, sp Span) {
	sp = o.Span
	if o.ExpiresIn != nil {
		sp = o.ExpiresIn.Span
	}
	if n := expirySettings[o.SDK]; n != "" {
		return n, sp
	}
	switch o.Source {
	case "python":
		return "ExpiresIn", sp
	case "cli":
		return "--expires-in", sp
	case "javascript", "typescript":
		return "expiresIn (Expires in JavaScript v2)", sp
	case "go":
		return "the WithPresignExpires duration", sp
	case "java":
		return "signatureDuration", sp
	case "csharp":
		return "Expires", sp
	case "php":
		return "the expiry of createPresignedRequest", sp
	case "ruby":
		return "expires_in", sp
	}
	return "the expiry", sp
}
