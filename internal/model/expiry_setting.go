package model

// ExpirySetting is the setting that gives the URL's lifetime as the
// operation's SDK names it (ExpiresIn for boto3, --expires-in for aws s3
// presign, getSignedUrl's expiresIn option …; the table of SDK settings),
// and where the paste sets it: the value when the code writes one, else
// the call. Every rule that names the expiry reads it here.
func (o *Operation) ExpirySetting() (name string, sp Span) {
	sp = o.Span
	if o.ExpiresIn != nil {
		sp = o.ExpiresIn.Span
	}
	if s, ok := SettingOf(o.Source, o.SDK, SetExpiry); ok {
		return s.Phrase(), sp
	}
	return "the expiry", sp
}
