package redact

import (
	"fmt"
	"testing"
)

func TestZZ2(t *testing.T) {
	for _, s := range []string{
		"curl --oauth2-bearer c4b889929db1fbfc498aba4e0632345cd4201c04 https://x/",
		"| key | value |\n|---|---|\n| endpoint | https://minio.internal.example:9000 |\n| access key | `QFDSP5UDTHJ1A6XA5XP2` |\n| secret key | `abcdefgh12345678` |\n| smtp password | H7dR058mVu06 |\n",
	} {
		fmt.Printf("%q\n", Redact(s, Options{}).Text)
	}
}
