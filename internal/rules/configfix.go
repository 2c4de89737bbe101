package rules

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
)

// configNeed is what a fix asks of one client's Config: settings (name →
// python literal) and an addressing style, plus edits of its own outside
// the Config (such as a region_name). Fixes that carry one are made
// composable: every fix on one client's Config sets everything any of them
// needs, so that applying one makes the others' Config work done, and
// applying several never adds config= twice.
type configNeed struct {
	client *model.Client
	want   [][2]string
	style  string
	extra  []diff.Edit
}

// ClientConfigFix is a fix giving client c the Config settings in want
// (and style), with extra edits; its edits are widened to the union of
// every Config fix of the client once all checks ran.
func ClientConfigFix(f *model.Facts, c *model.Client, want [][2]string, style, msg string, extra ...diff.Edit) Fix {
	fix := Fix{Message: msg, cfg: &configNeed{client: c, want: want, style: style, extra: extra}}
	if es, ok := derive.ConfigFix(f, c, want, style); ok {
		fix.Edits = derive.SortEdits(append(es, extra...))
	}
	return fix
}

// unifyConfigFixes widens each Config fix to the union of what the Config
// fixes of its client need, and says so in its message.
func unifyConfigFixes(f *model.Facts, fs []Finding) {
	union := map[*model.Client]*configNeed{}
	var order []*model.Client
	for i := range fs {
		for j := range fs[i].Fixes {
			n := fs[i].Fixes[j].cfg
			if n == nil {
				continue
			}
			u := union[n.client]
			if u == nil {
				u = &configNeed{client: n.client}
				union[n.client] = u
				order = append(order, n.client)
			}
			for _, w := range n.want {
				if !hasSetting(u.want, w[0]) {
					u.want = append(u.want, w)
				}
			}
			if u.style == "" {
				u.style = n.style
			}
		}
	}
	for i := range fs {
		for j := range fs[i].Fixes {
			fx := &fs[i].Fixes[j]
			n := fx.cfg
			if n == nil {
				continue
			}
			u := union[n.client]
			var more []string
			for _, w := range u.want {
				if !hasSetting(n.want, w[0]) {
					more = append(more, w[0]+"="+w[1])
				}
			}
			if n.style == "" && u.style != "" {
				more = append(more, "s3={'addressing_style': '"+u.style+"'}")
			}
			if len(more) == 0 {
				continue
			}
			es, ok := derive.ConfigFix(f, n.client, u.want, u.style)
			if !ok {
				continue
			}
			fx.Edits = derive.SortEdits(append(es, n.extra...))
			fx.Message += ", together with " + strings.Join(more, " and ") + ", which other findings on this client need"
		}
	}
}

func hasSetting(want [][2]string, name string) bool {
	for _, w := range want {
		if w[0] == name {
			return true
		}
	}
	return false
}
