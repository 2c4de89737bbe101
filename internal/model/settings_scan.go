package model

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/lazyre"
)

// Region settings written anywhere in the paste, whatever carries them: a
// config file quoted in comments (# region = us-east-1), a compose file's
// environment list (- AWS_DEFAULT_REGION=ap-southeast-1), a Dockerfile's
// ENV, a YAML or .env line. The part readers read the ones in parts of
// their kind; this reads the rest, so the region is a resolved fact
// wherever the paste states it.
var reRegionSetting = lazyre.New(`(?m)^[ \t]*(?:(?:#|//|;|--)[ \t]*)?(?:-[ \t]+)?(?:export[ \t]+|ENV[ \t]+|set[ \t]+)?(AWS_REGION|AWS_DEFAULT_REGION|region)[ \t]*[=:][ \t]*["']?([a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d{1,2})["']?[ \t\r]*$`)

func (b *builder) regionSettings() {
	text := b.f.Text
	if !strings.Contains(text, "egion") && !strings.Contains(text, "EGION") {
		return
	}
	// Every match is one line naming AWS_REGION, AWS_DEFAULT_REGION or region.
	for _, m := range reRegionSetting.FindAllInLines(text, []string{"region", "REGION"}, maxScan) {
		sp := Span{Start: m[0], End: m[1]}
		dup := false
		for _, s := range b.f.Settings {
			if s.Name == "region" && s.Span.Overlaps(sp) {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		v := &Value{Span: Span{Start: m[4], End: m[5]}, Known: true, Str: text[m[4]:m[5]], Expr: text[m[4]:m[5]]}
		b.f.Settings = append(b.f.Settings, Setting{Span: sp, Source: "credentials", Name: "region", Value: v})
	}
}
