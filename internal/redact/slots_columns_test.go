package redact

import (
	"math/rand/v2"
	"testing"
)

// Examples of the slots of slots_columns.go and slots_argv.go, and of the
// wave-7 label and flag entries (secret_id, coscmd, obsutil): what must go
// and what must stay readable.
func TestColumnAndArgvSlots(t *testing.T) {
	runRedactCases(t, []redactCase{
		// box-drawn tables
		{"linode-cli box table", "┌────────┬─────────┬──────────────────────┬──────────────┐\n│ id     │ label   │ access_key           │ secret_key   │\n├────────┼─────────┼──────────────────────┼──────────────┤\n│ 412977 │ backups │ 50NF3Z93W90ROJGKC6EJ │ omghaiqtkdon │\n└────────┴─────────┴──────────────────────┴──────────────┘\n",
			[]string{"50NF3Z93W90ROJGKC6EJ", "omghaiqtkdon"}, []string{"412977", "backups"}},
		{"box table with a rule between rows", "╒══════╤══════════════╕\n│ user │ password     │\n╞══════╪══════════════╡\n│ ops  │ kqpw77zzab   │\n├──────┼──────────────┤\n│ ci   │ mmxy44trwq   │\n╘══════╧══════════════╛\n",
			[]string{"kqpw77zzab", "mmxy44trwq"}, []string{"│ ops", "│ ci "}},
		{"box table naming no secret stays", "┌──────┬────────────────┐\n│ name │ bucket         │\n├──────┼────────────────┤\n│ logs │ acme-logs-2024 │\n└──────┴────────────────┘\n",
			nil, []string{"acme-logs-2024"}},
		{"box table pasted into a numbered-lines markdown table", "| 5 | ┌────────┬──────────────────────┬──────────────┐ |\n| 6 | │ id     │ access_key           │ secret_key   │ |\n| 7 | ├────────┼──────────────────────┼──────────────┤ |\n| 8 | │ 412977 │ 0021146d5d5400000075 │ omghaiqtkdon │ |\n| 9 | └────────┴──────────────────────┴──────────────┘ |\n",
			[]string{"0021146d5d5400000075", "omghaiqtkdon"}, []string{"412977"}},
		// blank-aligned columns
		{"columns pasted into a numbered-lines markdown table", "| 2 | Name        Access Key              Secret Key           Created At |\n| 3 | uploader    41f6689f9ccef9fa304c    Yu5aLocYOQ0bi99      2024-01-15 |\n",
			[]string{"41f6689f9ccef9fa304c", "Yu5aLocYOQ0bi99"}, []string{"uploader", "2024-01-15"}},
		{"doctl spaces keys create", "Name        Access Key              Secret Key           Grants                     Created At\nuploader    d7dea0de3522803b21bb    Yu5aLocYOQ0bi99      bucket=acme;permission=r   2024-01-15 12:30:00 +0000 UTC\n",
			[]string{"d7dea0de3522803b21bb", "Yu5aLocYOQ0bi99"}, []string{"uploader", "bucket=acme;permission=r", "2024-01-15 12:30:00"}},
		{"kubeadm token list", "TOKEN                     TTL   EXPIRES                USAGES\nabcdef.0123456789abcdef   23h   2024-01-16T12:30:00Z   authentication,signing\n",
			[]string{"abcdef.0123456789abcdef"}, []string{"2024-01-16T12:30:00Z", "authentication,signing"}},
		{"kubectl get naming no secret stays", "NAME                  TYPE                                  DATA   AGE\ndefault-token-abcde   kubernetes.io/service-account-token   3      10d\n",
			nil, []string{"default-token-abcde", "kubernetes.io/service-account-token"}},
		// a command's words as a list
		{"cloud-init runcmd", "runcmd:\n  - [ aws, configure, set, aws_secret_access_key, \"RiddC!0x!c3Ks\" ]\n  - [ mc, alias, set, backup, \"https://minio.internal.example:9000\", backup-26uginsf, ieygclmHGUfE54 ]\n",
			[]string{"RiddC!0x!c3Ks", "backup-26uginsf", "ieygclmHGUfE54"}, []string{"https://minio.internal.example:9000", "[ aws, configure, set, aws_secret_access_key,"}},
		{"Dockerfile exec form", `RUN ["mc", "alias", "set", "s3", "https://s3.amazonaws.com", "ci-sx6dw0een4", "zvjnmbsbuun"]`,
			[]string{"ci-sx6dw0een4", "zvjnmbsbuun"}, []string{`"https://s3.amazonaws.com"`}},
		{"a list of data stays", "map(array['metastore.uris', 'hive.s3.aws-secret-key', 'hive.s3.region'], array['thrift://hive:9083', 'x', 'y'])",
			nil, []string{"'hive.s3.region'"}},
		{"a JSON array of words stays", `"actions": ["Admin", "Read", "List", "Tagging", "Write"]`, nil, []string{`"Admin", "Read"`}},
		// Tencent and Huawei CLIs
		{"cos.conf secret_id", "[common]\nsecret_id = jsd6whr5jpqeze6vp5r4nx65x2lr\nsecret_key = uselnwjodwar\nregion = ap-guangzhou\n",
			[]string{"jsd6whr5jpqeze6vp5r4nx65x2lr", "uselnwjodwar"}, []string{"ap-guangzhou"}},
		{"coscmd config short flags", "$ coscmd config -a 268MLYUCW71Z2JQOZSVM -s zmjwotzbzlihvfgk -b mybkt-1250000000 -r ap-guangzhou",
			[]string{"268MLYUCW71Z2JQOZSVM", "zmjwotzbzlihvfgk"}, []string{"mybkt-1250000000", "ap-guangzhou"}},
		{"obsutil config flags with =", "$ ./obsutil config -i=ci-4wc574tpeej -k=zxmalqyzjylv -e=https://obs.ap-southeast-1.myhuaweicloud.com",
			[]string{"ci-4wc574tpeej", "zxmalqyzjylv"}, []string{"https://obs.ap-southeast-1.myhuaweicloud.com"}},
		{"short flags of another command stay", "$ tar -a -s archive.tgz -k keep", nil, []string{"archive.tgz", "keep"}},
		// a diff's new value in the same slot
		{"terraform plan update in place", "  ~ \"AWS_SECRET_ACCESS_KEY\" = \"DTCDmrNQ:8hlFkh\" -> \"cworgirsuy\"\n  - \"LEGACY_API_TOKEN\"      = \"abcdefabcdef12\" -> null\n",
			[]string{"DTCDmrNQ:8hlFkh", "cworgirsuy", "abcdefabcdef12"}, []string{"-> null"}},
		{"a diff of a name stays", "  ~ \"bucket\" = \"acme-old\" -> \"acme-new\"\n", nil, []string{"acme-old", "acme-new"}},
		// Inquirer prompts
		{"vercel env add prompt", "? What's the value of S3_UPLOAD_SECRET? qxybbygimae\n? Which environments? production\n",
			[]string{"qxybbygimae"}, []string{"production"}},
		{"a prompt naming nothing stays", "? Is this ok? yes\n? Project name? acme-web\n", nil, []string{"acme-web"}},
		{"vercel prompt in a numbered-lines table", "| 23 | $ vercel env add S3_UPLOAD_SECRET production |\n| 24 | ? What's the value of S3_UPLOAD_SECRET? bioc,DIDPAx240 |\n| 25 | ? Project name? acme-web |\n",
			[]string{"bioc,DIDPAx240"}, []string{"acme-web"}},
	})
}

// TestTwoColumnGaps: a line that blankCells splits into three cells or
// more always has two gaps (spaceColumns skips the others unsplit).
func TestTwoColumnGaps(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	const alpha = "ab \t\t  -"
	for n := 0; n < 200000; n++ {
		b := make([]byte, r.IntN(14))
		for k := range b {
			b[k] = alpha[r.IntN(len(alpha))]
		}
		line := string(b)
		if len(blankCells(line)) >= 3 && !twoColumnGaps(line) {
			t.Fatalf("%q: %d cells, twoColumnGaps false", line, len(blankCells(line)))
		}
	}
}
