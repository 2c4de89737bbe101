// Command bench-scan measures `presign-doctor scan` beside gitleaks on the
// same generated tree (make bench-scan; figures, never asserts).
//
//	bench-scan gen DIR N          write a tree of N source files
//	bench-scan run DIR PD GITLEAKS OUT.md [RUNS]
//
// The tree is a made-up repository: Python, JavaScript, TypeScript, Go,
// Java, C#, PHP, Ruby, shell, Terraform, JSON and YAML files of 0.5 to
// 12 KB of ordinary code, about one in twenty of the Python, JavaScript,
// Go and shell ones with S3 presigning code (some with the causes scan
// reports, some with the documented example keys, which gitleaks
// allow-lists, or generated ones), every file of a kind scan reads, so that both
// tools read the same bytes. Deterministic for a given N.
package main

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"
)

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	switch os.Args[1] {
	case "gen":
		if len(os.Args) != 4 {
			usage()
		}
		n, err := strconv.Atoi(os.Args[3])
		if err != nil {
			usage()
		}
		files, bytes, err := gen(os.Args[2], n)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Printf("wrote %d files, %.1f MB in %s\n", files, float64(bytes)/1e6, os.Args[2])
	case "run":
		if len(os.Args) < 6 {
			usage()
		}
		runs := 3
		if len(os.Args) > 6 {
			runs, _ = strconv.Atoi(os.Args[6])
		}
		if err := bench(os.Args[2], os.Args[3], os.Args[4], os.Args[5], runs); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	default:
		usage()
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: bench-scan gen DIR N | bench-scan run DIR PRESIGN-DOCTOR GITLEAKS OUT.md [RUNS]")
	os.Exit(2)
}

type lang struct {
	ext     string
	comment string
	fn      func(r *rand.Rand, name string) string
	aws     []string // presigning snippets of this language
}

func ident(r *rand.Rand) string {
	words := []string{"user", "order", "invoice", "report", "cache", "token", "item", "batch", "queue", "export", "upload", "record", "session", "file", "event", "stream", "config", "client", "handler", "payload"}
	second := words[r.IntN(len(words))]
	return words[r.IntN(len(words))] + strings.ToUpper(second[:1]) + second[1:] + strconv.Itoa(r.IntN(100))
}

var langs = []lang{
	{".py", "#", func(r *rand.Rand, n string) string {
		return fmt.Sprintf("def %s(items, limit=%d):\n    \"\"\"Return the %s entries that pass the filter.\"\"\"\n    out = []\n    for item in items:\n        if item.get(\"score\", 0) > %d and len(out) < limit:\n            out.append({\"id\": item[\"id\"], \"name\": item.get(\"name\", \"\").strip()})\n    return sorted(out, key=lambda x: x[\"id\"])\n\n\n", n, r.IntN(500), n, r.IntN(90))
	}, []string{
		"import boto3\n\ns3 = boto3.client(\"s3\")\n\n\ndef share(bucket, key):\n    return s3.generate_presigned_url(\"get_object\", Params={\"Bucket\": bucket, \"Key\": key, \"Expires\": 3600}, ExpiresIn=%d)\n\n\n",
		"import boto3\nfrom botocore.client import Config\n\ns3 = boto3.client(\"s3\", region_name=\"eu-west-1\", config=Config(signature_version=\"s3v4\", s3={\"addressing_style\": \"virtual\"}))\n\n\ndef share(bucket, key):\n    return s3.generate_presigned_url(\"get_object\", Params={\"Bucket\": bucket, \"Key\": key}, ExpiresIn=%d)\n\n\n",
		"import boto3\n\ns3 = boto3.client(\"s3\", aws_access_key_id=\"AKIAIOSFODNN7EXAMPLE\", aws_secret_access_key=\"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\", region_name=\"us-east-1\")\nTTL = %d\n\n\n",
		"import boto3\n\ns3 = boto3.client(\"s3\", aws_access_key_id=\"{KEYID}\", aws_secret_access_key=\"{SECRET}\", region_name=\"us-east-1\")\nTTL = %d\n\n\n",
	}},
	{".js", "//", func(r *rand.Rand, n string) string {
		return fmt.Sprintf("export function %s(rows, limit = %d) {\n  const out = [];\n  for (const row of rows) {\n    if (row.score > %d && out.length < limit) out.push({ id: row.id, name: String(row.name || \"\").trim() });\n  }\n  return out.sort((a, b) => a.id - b.id);\n}\n\n", n, r.IntN(500), r.IntN(90))
	}, []string{
		"import { S3Client, GetObjectCommand } from \"@aws-sdk/client-s3\";\nimport { getSignedUrl } from \"@aws-sdk/s3-request-presigner\";\nconst s3 = new S3Client({ region: \"eu-west-1\" });\nexport const link = (key) => getSignedUrl(s3, new GetObjectCommand({ Bucket: \"b\", Key: key }), { expiresIn: %d });\n\n",
		"const s3 = new AWS.S3({ accessKeyId: \"AKIAIOSFODNN7EXAMPLE\", secretAccessKey: \"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\" });\nconst ttl = %d;\n\n",
	}},
	{".ts", "//", func(r *rand.Rand, n string) string {
		return fmt.Sprintf("export interface %sRow { id: number; name: string; score: number }\n\nexport function %s(rows: %sRow[], limit: number = %d): %sRow[] {\n  return rows.filter((r) => r.score > %d).slice(0, limit);\n}\n\n", n, n, n, r.IntN(500), n, r.IntN(90))
	}, nil},
	{".go", "//", func(r *rand.Rand, n string) string {
		return fmt.Sprintf("func %s(rows []Row, limit int) []Row {\n\tvar out []Row\n\tfor _, r := range rows {\n\t\tif r.Score > %d && len(out) < limit {\n\t\t\tout = append(out, r)\n\t\t}\n\t}\n\treturn out\n}\n\n", n, r.IntN(90))
	}, []string{
		"func presign(ctx context.Context, c *s3.Client) (string, error) {\n\treq, err := s3.NewPresignClient(c).PresignGetObject(ctx, &s3.GetObjectInput{Bucket: aws.String(\"b\"), Key: aws.String(\"k\")}, s3.WithPresignExpires(%d*time.Hour))\n\tif err != nil {\n\t\treturn \"\", err\n\t}\n\treturn req.URL, nil\n}\n\n",
	}},
	{".java", "//", func(r *rand.Rand, n string) string {
		return fmt.Sprintf("    public static List<Row> %s(List<Row> rows, int limit) {\n        List<Row> out = new ArrayList<>();\n        for (Row r : rows) {\n            if (r.score > %d && out.size() < limit) out.add(r);\n        }\n        return out;\n    }\n\n", n, r.IntN(90))
	}, nil},
	{".cs", "//", func(r *rand.Rand, n string) string {
		return fmt.Sprintf("    public static List<Row> %s(IEnumerable<Row> rows, int limit = %d)\n    {\n        return rows.Where(r => r.Score > %d).Take(limit).ToList();\n    }\n\n", n, r.IntN(500), r.IntN(90))
	}, nil},
	{".php", "//", func(r *rand.Rand, n string) string {
		return fmt.Sprintf("function %s(array $rows, int $limit = %d): array {\n    $out = [];\n    foreach ($rows as $row) {\n        if ($row['score'] > %d && count($out) < $limit) { $out[] = $row; }\n    }\n    return $out;\n}\n\n", n, r.IntN(500), r.IntN(90))
	}, nil},
	{".rb", "#", func(r *rand.Rand, n string) string {
		return fmt.Sprintf("def %s(rows, limit = %d)\n  rows.select { |r| r[:score] > %d }.first(limit)\nend\n\n", strings.ToLower(n), r.IntN(500), r.IntN(90))
	}, nil},
	{".sh", "#", func(r *rand.Rand, n string) string {
		return fmt.Sprintf("%s() {\n  local dir=\"$1\"\n  find \"$dir\" -name '*.log' -mtime +%d -print0 | xargs -0 -r rm -f\n  echo \"cleaned $dir\"\n}\n\n", strings.ToLower(n), r.IntN(30))
	}, []string{
		"aws s3 presign s3://reports/latest.csv --expires-in %d\n\n",
		"export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nexport AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nTTL=%d\n\n",
	}},
	{".tf", "#", func(r *rand.Rand, n string) string {
		return fmt.Sprintf("resource \"aws_sqs_queue\" \"%s\" {\n  name                      = \"%s\"\n  delay_seconds             = %d\n  message_retention_seconds = 86400\n  tags = {\n    Team = \"platform\"\n  }\n}\n\n", strings.ToLower(n), strings.ToLower(n), r.IntN(90))
	}, nil},
	{".yaml", "#", func(r *rand.Rand, n string) string {
		return fmt.Sprintf("%s:\n  replicas: %d\n  image: registry.example.com/%s:1.%d.0\n  env:\n    - name: LOG_LEVEL\n      value: info\n\n", strings.ToLower(n), 1+r.IntN(5), strings.ToLower(n), r.IntN(40))
	}, nil},
}

// gen writes n files under dir, 100 to a folder.
func gen(dir string, n int) (int, int64, error) {
	r := rand.New(rand.NewPCG(uint64(n), 7))
	var total int64
	for i := 0; i < n; i++ {
		l := langs[i%len(langs)]
		var b strings.Builder
		fmt.Fprintf(&b, "%s generated for bench-scan: file %d\n\n", l.comment, i)
		size := 500 + r.IntN(11500)
		aws := len(l.aws) > 0 && r.IntN(20) == 0
		for b.Len() < size {
			if aws && b.Len() > size/2 {
				ttl := []int{3600, 700000, 240, 604801, 900}[r.IntN(5)]
				snippet := strings.NewReplacer("{KEYID}", fakeKeyID(r), "{SECRET}", fakeSecret(r)).Replace(l.aws[r.IntN(len(l.aws))])
				fmt.Fprintf(&b, snippet, ttl)
				aws = false
				continue
			}
			b.WriteString(l.fn(r, ident(r)))
		}
		ext := l.ext
		if i%97 == 0 {
			ext = ".json"
			b.Reset()
			fmt.Fprintf(&b, `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "arn:aws:s3:::bucket-%d"}]}`+"\n", i)
		}
		sub := filepath.Join(dir, fmt.Sprintf("pkg%03d", i/100))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			return 0, 0, err
		}
		name := filepath.Join(sub, fmt.Sprintf("f%05d%s", i, ext))
		if err := os.WriteFile(name, []byte(b.String()), 0o644); err != nil {
			return 0, 0, err
		}
		total += int64(b.Len())
	}
	return n, total, nil
}

// fakeKeyID and fakeSecret are generated credentials of AWS's shapes
// (never real ones: random, and never used).
func fakeKeyID(r *rand.Rand) string {
	const a = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	b := []byte("AKIA")
	for len(b) < 20 {
		b = append(b, a[r.IntN(len(a))])
	}
	return string(b)
}

func fakeSecret(r *rand.Rand) string {
	const a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	b := make([]byte, 40)
	for i := range b {
		b[i] = a[r.IntN(len(a))]
	}
	return string(b)
}

type measure struct {
	name    string
	cpu     []time.Duration
	times   []time.Duration
	finds   int
	version string
}

// bench runs each tool runs times on the tree and writes the figures.
func bench(dir, pd, gitleaks, out string, runs int) error {
	var files int
	var bytes int64
	err := filepath.WalkDir(dir, func(_ string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() {
			files++
			if info, err := d.Info(); err == nil {
				bytes += info.Size()
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "bench-scan")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	pdOut := filepath.Join(tmp, "pd.json")
	glOut := filepath.Join(tmp, "gitleaks.json")
	tools := []*measure{{name: "presign-doctor scan"}}
	cmds := []func() *exec.Cmd{func() *exec.Cmd {
		return exec.Command(pd, "scan", "--format", "json", "--fail-on", "never", "--output", pdOut, dir)
	}}
	if gitleaks != "" && gitleaks != "-" {
		tools = append(tools, &measure{name: "gitleaks dir"})
		cmds = append(cmds, func() *exec.Cmd {
			return exec.Command(gitleaks, "dir", dir, "--no-banner", "--report-format", "json", "--report-path", glOut, "--exit-code", "0", "-l", "error")
		})
	}
	for run := 0; run < runs; run++ {
		for i, mk := range cmds {
			c := mk()
			c.Stderr = os.Stderr
			t0 := time.Now()
			if err := c.Run(); err != nil {
				return fmt.Errorf("%s: %v", tools[i].name, err)
			}
			tools[i].times = append(tools[i].times, time.Since(t0))
			tools[i].cpu = append(tools[i].cpu, c.ProcessState.UserTime()+c.ProcessState.SystemTime())
		}
	}
	var pdRep struct {
		Findings []json.RawMessage `json:"findings"`
	}
	if b, err := os.ReadFile(pdOut); err == nil {
		_ = json.Unmarshal(b, &pdRep)
	}
	tools[0].finds = len(pdRep.Findings)
	if len(tools) > 1 {
		var leaks []json.RawMessage
		if b, err := os.ReadFile(glOut); err == nil {
			_ = json.Unmarshal(b, &leaks)
		}
		tools[1].finds = len(leaks)
		if v, err := exec.Command(gitleaks, "version").Output(); err == nil {
			if v := strings.TrimSpace(string(v)); regexp.MustCompile(`^v?[0-9]+\.[0-9]+`).MatchString(v) {
				tools[1].version = v
			}
		}
	}
	load := ""
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		load = strings.Join(strings.Fields(string(b))[:3], " ")
	}
	var md strings.Builder
	fmt.Fprintf(&md, "## scan throughput beside gitleaks\n\n")
	fmt.Fprintf(&md, "Generated tree: %d files, %.1f MB (scripts/bench-scan). %d CPU(s), load average %s at the end; median of %d runs, wall clock, each tool with its default parallelism; CPU is user+system time of the median run (less sensitive to other load than the wall clock). Figures, not asserts.\n\n", files, float64(bytes)/1e6, runtime.NumCPU(), load, runs)
	fmt.Fprintf(&md, "| tool | median wall | files/s | MB/s | CPU | files per CPU-s | MB per CPU-s | findings | runs |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n")
	for _, t := range tools {
		order := make([]int, len(t.times))
		for i := range order {
			order[i] = i
		}
		sort.Slice(order, func(i, j int) bool { return t.times[order[i]] < t.times[order[j]] })
		mid := order[len(order)/2]
		med := t.times[mid]
		s := med.Seconds()
		cpu := t.cpu[mid].Seconds()
		var all []string
		for _, d := range t.times {
			all = append(all, fmt.Sprintf("%.2f s", d.Seconds()))
		}
		name := t.name
		if t.version != "" {
			name += " " + t.version
		}
		fmt.Fprintf(&md, "| %s | %.2f s | %.0f | %.2f | %.2f s | %.0f | %.2f | %d | %s |\n", name, s, float64(files)/s, float64(bytes)/1e6/s,
			cpu, float64(files)/cpu, float64(bytes)/1e6/cpu, t.finds, strings.Join(all, ", "))
	}
	md.WriteString("\npresign-doctor's findings are presigning causes (and written-in keys); gitleaks' are secrets only: the columns count different things.\n")
	fmt.Print(md.String())
	if out != "" && out != "-" {
		return os.WriteFile(out, []byte(md.String()), 0o644)
	}
	return nil
}
