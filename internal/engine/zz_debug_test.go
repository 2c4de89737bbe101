package engine

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/redact"
)

func TestZZDebug(t *testing.T) {
	for _, name := range strings.Split(os.Getenv("ZZ"), ",") {
		if name == "" {
			continue
		}
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		p, err := parseCorpusPaste(name, b)
		if err != nil {
			t.Fatal(err)
		}
		now := p.now
		if now == "" {
			now = corpusDefaultNow
		}
		nt, _ := time.Parse(time.RFC3339, now)
		red := redact.Redact(p.paste, redact.Options{})
		parts := Split(red.Text)
		read, _ := limitParts(red.Text, parts)
		f := model.Build(red.Text, read, nt)
		fmt.Println("=====", name)
		for _, pt := range parts {
			fmt.Printf("part %s %q\n", pt.Kind, zzclip(red.Text[pt.Span.Start:pt.Span.End]))
		}
		dump := func(label string, v any) {
			b, _ := json.Marshal(v)
			s := string(b)
			if len(s) > 6000 {
				s = s[:6000]
			}
			fmt.Println(label, s)
		}
		for _, c := range f.Clients {
			dump("client", c)
		}
		for _, o := range f.Operations {
			dump("op", o)
		}
		for _, s := range f.STSCalls {
			dump("sts", s)
		}
		for _, h := range f.HTTPCalls {
			dump("http", h)
		}
		dump("runtime", f.Runtime)
		dump("settings", f.Settings)
		for _, c := range f.Curls {
			dump("curl", c)
		}
		for _, e := range f.Errors {
			dump("err", e)
		}
		dump("problems", f.Problems)
		if inc := f.Incident; inc != nil {
			for _, sr := range inc.SignedRequests {
				fmt.Printf("SIGNED src=%s method=%+v op=%+v key=%+v\n", sr.Source, sr.Method, sr.Operation, sr.Key)
				for _, s := range inc.SentWith(sr) {
					fmt.Printf("   SENTWITH src=%s method=%+v\n", s.Source, s.Method)
				}
				for _, a := range inc.AnswersTo(sr) {
					fmt.Printf("   ANSWER code=%s status=%d\n", a.Code.Str, a.Status)
				}
			}
			for _, s := range inc.SentRequests {
				fmt.Printf("SENT src=%s method=%+v\n", s.Source, s.Method)
			}
			for _, a := range inc.AllAnswers() {
				fmt.Printf("ANSWER src=%s code=%s status=%d\n", a.Source, a.Code.Str, a.Status)
			}
		}
		resp := Analyze(Request{Input: p.paste, Now: now, SecretAccessKey: p.secret})
		for _, fd := range resp.Findings {
			fmt.Printf("FINDING %s: %s\n", fd.Rule, fd.Message)
		}
	}
}

func zzclip(s string) string {
	if len(s) > 120 {
		return s[:120] + "…"
	}
	return s
}
