package brace

import (
	"strings"
	"sync"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

// Lang is a programming language (or other kind of text) a block is in.
type Lang uint8

// Languages Detect can name.
const (
	Text Lang = iota
	JavaScript
	TypeScript
	Go
	Java
	CSharp
	PHP
	Ruby
	Python
	Shell
	Rust
	numLangs
)

var langNames = [...]string{"text", "javascript", "typescript", "go", "java", "csharp", "php", "ruby", "python", "shell", "rust"}

func (l Lang) String() string {
	if int(l) < len(langNames) {
		return langNames[l]
	}
	return "text"
}

func (l Lang) isJS() bool { return l == JavaScript || l == TypeScript }

// Brace reports whether the reader of this package reads the language.
func (l Lang) Brace() bool {
	switch l {
	case JavaScript, TypeScript, Go, Java, CSharp, PHP, Ruby, Rust:
		return true
	}
	return false
}

// cue is a piece of evidence for a language: a substring that, found on a
// line (at its start when start is set), adds weight.
type cue struct {
	lang   Lang
	s      string
	start  bool
	weight int
}

// cues are strong, cheap signals. Each line adds each matching cue once;
// a line's score for a language is capped so that one long line cannot
// outvote the block.
var cues = []cue{
	// JavaScript / TypeScript
	{JavaScript, "const ", true, 3}, {JavaScript, "let ", true, 3}, {JavaScript, "var ", true, 1},
	{JavaScript, "import {", true, 4}, {JavaScript, "require(", false, 3}, {JavaScript, "=> {", false, 2},
	{JavaScript, "=> ", false, 1}, {JavaScript, "await ", false, 1}, {JavaScript, "function", false, 2},
	{JavaScript, "console.", false, 3}, {JavaScript, "process.env", false, 4}, {JavaScript, "});", false, 2},
	{JavaScript, "export ", true, 3}, {JavaScript, "getSignedUrl", false, 3}, {JavaScript, "Command(", false, 2},
	{JavaScript, "axios", false, 3}, {JavaScript, "fetch(", false, 2}, {JavaScript, "new AWS.", false, 4},
	{JavaScript, "$.ajax", false, 4}, {JavaScript, "XMLHttpRequest", false, 4}, {JavaScript, "xhr.", false, 3},
	{JavaScript, "===", false, 2}, {JavaScript, "exports.", false, 3}, {JavaScript, "${", false, 1},
	{JavaScript, "<script", false, 3}, {JavaScript, "$http.", false, 3}, {JavaScript, "@aws-sdk/", false, 5},
	{JavaScript, "aws-sdk'", false, 4}, {JavaScript, "createPresignedPost", false, 2}, {JavaScript, "app.", true, 2},
	{JavaScript, "document.", false, 3}, {JavaScript, "JSON.", false, 2}, {JavaScript, "getSignedUrlPromise", false, 3},
	{TypeScript, ": string", false, 3}, {TypeScript, ": Promise<", false, 4}, {TypeScript, "interface ", true, 2},
	{TypeScript, "!;", false, 1}, {TypeScript, "!,", false, 1}, {TypeScript, "!)", false, 1}, {TypeScript, " as ", false, 1},
	{TypeScript, "): Promise", false, 3}, {TypeScript, "private readonly", false, 2}, {TypeScript, "<string>", false, 2},
	{TypeScript, ".tsx", false, 3}, {TypeScript, ".ts", false, 1},
	// Go
	{Go, "package ", true, 5}, {Go, "func ", true, 5}, {Go, ":= ", false, 3}, {Go, "err != nil", false, 5},
	{Go, "aws.String(", false, 5}, {Go, "fmt.", false, 3}, {Go, "&s3.", false, 5}, {Go, "context.", false, 2},
	{Go, "time.Minute", false, 4}, {Go, "time.Hour", false, 4}, {Go, "time.Second", false, 4}, {Go, "s3.Options", false, 5},
	{Go, "log.Fatal", false, 3}, {Go, "github.com/aws/aws-sdk-go", false, 5}, {Go, "http.NewRequest", false, 4},
	{Go, "Presign", false, 1}, {Go, "\t", true, 0}, {Go, "os.Getenv", false, 4}, {Go, "for i := ", false, 5},
	// Java
	{Java, "import java", true, 5}, {Java, "import software.amazon", true, 6}, {Java, "import com.amazonaws", true, 6},
	{Java, ".builder()", false, 4}, {Java, ".build();", false, 4}, {Java, "Duration.of", false, 4},
	{Java, "String ", false, 1}, {Java, "public class", false, 4}, {Java, "System.out", false, 4},
	{Java, "HttpURLConnection", false, 4}, {Java, "S3Presigner", false, 5}, {Java, "PresignRequest", false, 4},
	{Java, "GeneratePresignedUrlRequest", false, 5}, {Java, "generatePresignedUrl", false, 3}, {Java, "@Service", false, 3},
	{Java, "HttpMethod.PUT", false, 2}, {Java, "HttpMethod.GET", false, 2}, {Java, "Exception in thread", false, 3},
	{Java, "\tat ", true, 2}, {Java, "AmazonS3", false, 2}, {Java, "Region.", false, 1}, {Java, "presign", false, 1},
	{Java, "Map<", false, 2}, {Java, "final ", false, 1}, {Java, "-> ", false, 1}, {Java, "new Request.Builder", false, 3},
	{Java, "HttpRequest.", false, 3}, {Java, "java.", false, 2}, {Java, "RequestBody", false, 2},
	// C#
	{CSharp, "using System", true, 5}, {CSharp, "using Amazon", true, 6}, {CSharp, "namespace ", true, 3},
	{CSharp, "var ", true, 2}, {CSharp, "GetPreSignedUrlRequest", false, 6}, {CSharp, "GetPreSignedURL", false, 5},
	{CSharp, "HttpVerb.", false, 5}, {CSharp, "RegionEndpoint.", false, 5}, {CSharp, "DateTime.", false, 4},
	{CSharp, "AmazonS3Config", false, 5}, {CSharp, "AmazonS3Client", false, 3}, {CSharp, "Async(", false, 2},
	{CSharp, "public async Task", false, 4}, {CSharp, "string ", false, 1}, {CSharp, "{ get; set; }", false, 4},
	{CSharp, "HttpClient", false, 2}, {CSharp, "HttpWebRequest", false, 4}, {CSharp, "Amazon.", false, 2},
	{CSharp, "   at ", true, 2}, {CSharp, "Environment.", false, 3}, {CSharp, "BasicAWSCredentials", false, 2},
	{CSharp, "private const string", false, 3}, {CSharp, "MediaTypeHeaderValue", false, 4},
	// PHP
	{PHP, "<?php", false, 10}, {PHP, "->", false, 2}, {PHP, "' => ", false, 3},
	{PHP, "array(", false, 3}, {PHP, "::factory", false, 3}, {PHP, "getCommand(", false, 5},
	{PHP, "createPresignedRequest", false, 6}, {PHP, "PostObjectV4", false, 6}, {PHP, "use Aws", true, 6},
	{PHP, "public static function", false, 4}, {PHP, "self::$", false, 4}, {PHP, "curl_setopt", false, 5},
	{PHP, "Fatal error:", true, 3}, {PHP, "$this->", false, 3}, {PHP, "echo ", true, 2}, {PHP, "foreach (", false, 2},
	// Ruby
	{Ruby, "Aws::", false, 5}, {Ruby, "def ", true, 4}, {Ruby, "end", true, 2}, {Ruby, " do |", false, 4},
	{Ruby, "require '", true, 3}, {Ruby, "presigned_url", false, 3}, {Ruby, "presigned_post", false, 3},
	{Ruby, "puts ", true, 3}, {Ruby, "#{", false, 2}, {Ruby, "Net::HTTP", false, 5}, {Ruby, "module ", true, 2},
	{Ruby, ".new(", false, 1}, {Ruby, "irb(", true, 4}, {Ruby, "=> #<", true, 3}, {Ruby, "ENV[", false, 3},
	{Ruby, "ENV.fetch", false, 3}, {Ruby, "HTTParty", false, 4}, {Ruby, "Faraday", false, 4}, {Ruby, "||=", false, 2},
	{Ruby, ".to_i", false, 2}, {Ruby, "class ", true, 1}, {Ruby, " < ", false, 0}, {Ruby, "@", true, 2},
	// Python
	{Python, "import boto3", true, 6}, {Python, "from ", true, 2}, {Python, "def ", true, 2}, {Python, "boto3", false, 5},
	{Python, "self.", false, 1}, {Python, "None", false, 2}, {Python, "True", false, 1}, {Python, "False", false, 1},
	{Python, "print(", true, 2}, {Python, "generate_presigned", false, 5}, {Python, "elif ", true, 4},
	{Python, "Traceback (most recent", true, 4}, {Python, "except ", true, 3}, {Python, ">>> ", true, 4},
	{Python, "    return ", true, 0}, {Python, "'Bucket':", false, 3}, {Python, "Params=", false, 4},
	// Shell
	{Shell, "$ ", true, 3}, {Shell, "curl ", true, 4}, {Shell, "aws ", true, 4}, {Shell, "export ", true, 2},
	{Shell, "#!/", true, 3}, {Shell, "echo ", true, 1}, {Shell, "sudo ", true, 3},
	// Rust (the AWS SDK for Rust: aws-config, aws-sdk-s3)
	{Rust, "use aws_", true, 8}, {Rust, "use std::", true, 6}, {Rust, "aws_config::", false, 6}, {Rust, "aws_sdk_s3::", false, 6},
	{Rust, "fn ", true, 3}, {Rust, "pub fn ", true, 5}, {Rust, "async fn ", false, 5}, {Rust, "let mut ", true, 5},
	{Rust, "let ", true, 3}, {Rust, ".await", false, 4}, {Rust, "println!(", false, 5}, {Rust, "format!(", false, 5},
	{Rust, "#[tokio::main]", true, 8}, {Rust, "PresigningConfig", false, 6}, {Rust, ".presigned(", false, 4},
	{Rust, "Duration::from_", false, 5}, {Rust, "&str", false, 3}, {Rust, "::new(", false, 2}, {Rust, "unwrap()", false, 3},
	{Rust, "Result<", false, 2}, {Rust, "impl ", true, 4}, {Rust, "BehaviorVersion::", false, 6}, {Rust, "Region::new(", false, 5},
	{Rust, "?;", false, 2}, {Rust, "Some(", false, 2}, {Rust, "&self", false, 4}, {Rust, "-> Result<", false, 3},
}

// fenceLangs are the language names of Markdown code fences.
var fenceLangs = map[string]Lang{
	"js": JavaScript, "javascript": JavaScript, "jsx": JavaScript, "node": JavaScript, "mjs": JavaScript,
	"ts": TypeScript, "typescript": TypeScript, "tsx": TypeScript, "go": Go, "golang": Go, "java": Java,
	"cs": CSharp, "csharp": CSharp, "c#": CSharp, "php": PHP, "rb": Ruby, "ruby": Ruby, "py": Python,
	"python": Python, "sh": Shell, "bash": Shell, "shell": Shell, "console": Shell, "rust": Rust, "rs": Rust,
}

// endsColon reports a Python block opener (`def f():`, `if x:`).
func endsColon(t string) bool {
	return strings.HasSuffix(t, ":") && !strings.HasSuffix(t, "::") && (strings.HasPrefix(t, "def ") ||
		strings.HasPrefix(t, "if ") || strings.HasPrefix(t, "for ") || strings.HasPrefix(t, "with ") ||
		strings.HasPrefix(t, "try") || strings.HasPrefix(t, "class ") || strings.HasPrefix(t, "else"))
}

// Detection is the language of a block with a confidence between 0 and 1.
type Detection struct {
	_          [0]func() // not comparable: no generated equality function in the wasm
	Lang       Lang
	Confidence float64
	// Scores gives every language's score, for callers that weigh
	// alternatives (index by Lang).
	Scores [numLangs]int
}

// maxLineScore caps one line's contribution to one language.
const maxLineScore = 8

// Detect says which language text[sp.Start:sp.End] is written in, from
// line cues (keywords, idioms, SDK names). Log lines, stack traces, shell
// comments and prose weigh little or count for the language they come from
// (a Java stack trace for Java). It reads each line once.
func Detect(text string, sp source.Span) Detection {
	sp = clampSpan(text, sp)
	var d Detection
	s := text[sp.Start:sp.End]
	lines := 0
	idx := cueIndex()
	for len(s) > 0 && lines < 5000 {
		var line string
		if k := strings.IndexByte(s, '\n'); k >= 0 {
			line, s = s[:k], s[k+1:]
		} else {
			line, s = s, ""
		}
		if len(line) > 4096 {
			line = line[:4096]
		}
		lines++
		raw := line
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		var ls [numLangs]int
		idx.lineCues(&ls, raw, t)
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			// A Markdown fence names its language.
			if l, ok := fenceLangs[strings.ToLower(strings.TrimSpace(t[3:]))]; ok {
				d.Scores[l] += 12
			}
			continue
		}
		if len(t) > 1 && t[0] == '$' && (isLetter(t[1]) || t[1] == '_') {
			ls[PHP] += 3 // $var at the start of a line (not a shell prompt "$ ")
		}
		if endsColon(t) {
			ls[Python] += 4
		}
		if strings.HasSuffix(t, ";") {
			ls[Java]++
			ls[CSharp]++
			ls[JavaScript]++
			ls[PHP]++
		}
		for l := range ls {
			d.Scores[l] += min(ls[l], maxLineScore)
		}
	}
	// TypeScript is JavaScript with annotations.
	ts := d.Scores[TypeScript]
	d.Scores[JavaScript] += ts
	best, total := Text, 0
	for l := Lang(1); int(l) < len(d.Scores); l++ {
		if l == TypeScript {
			continue
		}
		total += d.Scores[l]
		if d.Scores[l] > d.Scores[best] {
			best = l
		}
	}
	if best == Text || d.Scores[best] < 3 {
		return Detection{Lang: Text, Scores: d.Scores}
	}
	if best == JavaScript && ts >= 3 {
		best = TypeScript
	}
	d.Lang = best
	score := d.Scores[best]
	if best == TypeScript {
		score = d.Scores[JavaScript]
	}
	d.Confidence = float64(score) / float64(total)
	return d
}

// cueIdx is the cues' indexes by first byte: the cues at a line's start
// (startRaw: the indentation cues, matched on the line as it is; startT:
// the others, on the trimmed line) and the cues anywhere on it.
type cueIdx struct {
	startT, startRaw, any [256][]uint8
	// pairs holds the first two bytes of every cue found anywhere, as a
	// set of 65,536 bits: most bytes of a line start none.
	pairs [1024]uint64
}

var cueIndex = sync.OnceValue(func() *cueIdx {
	x := &cueIdx{}
	for i, c := range cues {
		switch {
		case !c.start:
			// Every cue found anywhere is at least 2 bytes long (the
			// search compares the second byte first).
			if len(c.s) < 2 {
				panic("brace: a cue found anywhere on a line must be 2 bytes or more: " + c.s)
			}
			x.any[c.s[0]] = append(x.any[c.s[0]], uint8(i))
			p := uint16(c.s[0])<<8 | uint16(c.s[1])
			x.pairs[p>>6] |= 1 << (p & 63)
		case c.s == "\t" || c.s == "\tat " || c.s == "   at " || c.s == "    return ":
			x.startRaw[c.s[0]] = append(x.startRaw[c.s[0]], uint8(i))
		default:
			x.startT[c.s[0]] = append(x.startT[c.s[0]], uint8(i))
		}
	}
	if len(cues) > 256 {
		panic("brace: more than 256 cues")
	}
	return x
})

// lineCues adds to ls the weight of each cue on a line (raw; t trimmed,
// not empty), each cue once.
func (x *cueIdx) lineCues(ls *[numLangs]int, raw, t string) {
	var seen [4]uint64 // the cues counted, by index
	// The cues at the line's start: those whose first byte starts the line
	// (the trimmed line, or the raw one for the indentation cues).
	for _, ci := range x.startT[t[0]] {
		if c := &cues[ci]; strings.HasPrefix(t, c.s) {
			ls[c.lang] += c.weight
		}
	}
	for _, ci := range x.startRaw[raw[0]] {
		if c := &cues[ci]; strings.HasPrefix(raw, c.s) {
			ls[c.lang] += c.weight
		}
	}
	// The cues anywhere on the trimmed line: at each byte, the cues
	// starting with it (one pass over the line instead of a search for
	// each cue).
	for i := 0; i+1 < len(t); i++ {
		if p := uint16(t[i])<<8 | uint16(t[i+1]); x.pairs[p>>6]&(1<<(p&63)) == 0 {
			continue
		}
		for _, ci := range x.any[t[i]] {
			c := &cues[ci]
			if seen[ci>>6]&(1<<(ci&63)) == 0 && len(t)-i >= len(c.s) && t[i+1] == c.s[1] && t[i:i+len(c.s)] == c.s {
				seen[ci>>6] |= 1 << (ci & 63)
				ls[c.lang] += c.weight
			}
		}
	}
}
