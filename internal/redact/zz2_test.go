package redact

import (
	"fmt"
	"testing"
)

func TestZZ2(t *testing.T) {
	for _, s := range []string{
		"[Credentials]\naws_access_key_id = ABIAKLMNOPQRSTUVWX2Z\naws_secret_access_key = abc\ngs_access_key_id = GOOGTS7C7FUP3AIRVJTE2BCD\ngs_secret_access_key = sozkwwegm\n\n[Boto]\nhttps_validate_certificates = True\n",
	} {
		r := Redact(s, Options{})
		fmt.Printf("%q\n", r.Text)
	}
}
