package brace

import (
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

// TestRustClientMakers checks which Rust calls make an S3 client: the
// aws-config loaders and the S3 config builders do, an HTTP client does
// not (a presign whose client the paste does not show has an unknown
// region, not an unset one).
func TestRustClientMakers(t *testing.T) {
	for _, c := range []struct {
		code string
		made bool
	}{
		{"let config = aws_config::load_from_env().await;\nlet client = aws_sdk_s3::Client::new(&config);", true},
		{"let conf = aws_sdk_s3::config::Builder::new().build();\nlet client = Client::from_conf(conf);", true},
		{"let conf = aws_sdk_s3::Config::builder().build();", true},
		{"let cfg = aws_config::defaults(BehaviorVersion::latest()).load().await;", true},
		{"let http = reqwest::Client::new();\nlet resp = http.put(url).body(b).send().await?;", false},
		{"let b = reqwest::ClientBuilder::new().build()?;", false},
	} {
		r := ReadLang(c.code, source.Span{Start: 0, End: len(c.code)}, Rust)
		if got := r.Client != nil && r.Client.Made != (source.Span{}); got != c.made {
			t.Errorf("%q: client made %v, want %v", c.code, got, c.made)
		}
	}
}

// TestRustLifetimes checks that a lifetime is not read as an unclosed
// char literal that swallows the rest of its line.
func TestRustLifetimes(t *testing.T) {
	code := "fn f<'a>(b: &'a str) -> &'static str { let c = 'x'; g(\"k\") }"
	toks, probs := Lex(code, source.Span{Start: 0, End: len(code)}, Rust)
	if len(probs) > 0 {
		t.Fatalf("problems %v", probs)
	}
	var strs, chars int
	for _, tk := range toks {
		if tk.Kind == String {
			if tk.Val == "k" {
				strs++
			}
			if tk.Val == "x" {
				chars++
			}
		}
	}
	if strs != 1 || chars != 1 {
		t.Errorf("want the string \"k\" and the char 'x' once each, got %d and %d in %v", strs, chars, toks)
	}
}

// TestRustPresigningConfigNotClient checks that PresigningConfig::builder()
// (the presign's lifetime) is not taken for aws_sdk_s3::Config::builder().
func TestRustPresigningConfigNotClient(t *testing.T) {
	code := "let p = PresigningConfig::builder().expires_in(Duration::from_secs(60)).build()?;\nlet r = self.client.get_object().bucket(b).key(k).presigned(p).await?;"
	r := ReadLang(code, source.Span{Start: 0, End: len(code)}, Rust)
	if r.Client != nil && r.Client.Made != (source.Span{}) {
		t.Errorf("PresigningConfig::builder() read as a client maker: %v", r.Client.Made)
	}
	if len(r.Presigns) != 1 || r.Presigns[0].Expires == nil || r.Presigns[0].Expires.Num != 60 {
		t.Errorf("want one presign expiring in 60 s, got %+v", r.Presigns)
	}
}

// TestRustIntegerSuffix checks that Rust's typed integer literals are read
// as their numbers (Duration::from_secs(3_600u64)).
func TestRustIntegerSuffix(t *testing.T) {
	for code, want := range map[string]int64{
		"let r = c.get_object().presigned(PresigningConfig::expires_in(Duration::from_secs(3_600u64))?).await?;":     3600,
		"let r = c.get_object().presigned(PresigningConfig::expires_in(Duration::from_secs(10usize * 60))?).await?;": 600,
		"let r = c.put_object().presigned(PresigningConfig::expires_in(Duration::from_mins(15_u32))?).await?;":       900,
	} {
		r := ReadLang(code, source.Span{Start: 0, End: len(code)}, Rust)
		if len(r.Presigns) != 1 || r.Presigns[0].Expires == nil || !r.Presigns[0].Expires.IsNum || r.Presigns[0].Expires.Num != want {
			t.Errorf("%q: want one presign expiring in %d s, got %+v", code, want, r.Presigns)
		}
	}
}
