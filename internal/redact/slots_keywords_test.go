package redact

import "testing"

// Examples of the slot classes of slots_keywords.go, one group per reader:
// what must go and what must stay readable.
func TestKeywordSlots(t *testing.T) {
	runRedactCases(t, []redactCase{
		// keyword and literal with blanks between
		{"clojure keyword map", "(def cred {:access-key \"svc-tdakb6hvjem\"\n           :secret-key \"japoisvoae\"\n           :endpoint \"https://minio.internal.example:9000\"})",
			[]string{"svc-tdakb6hvjem", "japoisvoae"}, []string{":endpoint \"https://minio.internal.example:9000\""}},
		{"clojure call keywords", `(s3-client :access-key "r7mnxm4tful" :secret-key "xlqs?SBUc487" :token "tokenvaluexyz")`,
			[]string{"r7mnxm4tful", "xlqs?SBUc487", "tokenvaluexyz"}, []string{"(s3-client :access-key"}},
		{"a keyword naming no credential stays", `(get-object :bucket-name "acme-uploads" :key "reports/q1.pdf")`,
			nil, []string{"acme-uploads", "reports/q1.pdf"}},
		{"sql user mapping option list", "CREATE USER MAPPING FOR bob SERVER foo OPTIONS (user 'bob', password 'kqwzrtpl');",
			[]string{"kqwzrtpl"}, []string{"SERVER foo"}},
		{"sql option list SET", "ALTER USER MAPPING FOR bob SERVER foo OPTIONS (SET password 'mnbvcxzq');",
			[]string{"mnbvcxzq"}, nil},
		{"sql option list secret", "OPTIONS (\n  type 'S3',\n  key_id 'mnadmin01',\n  secret 'mnpassword',\n  region 'za-south-1'\n);",
			[]string{"mnadmin01", "mnpassword"}, []string{"type 'S3'", "region 'za-south-1'"}},
		{"sql IDENTIFIED BY", "CREATE USER 'backup'@'%' IDENTIFIED BY 'zxqwvbnm';",
			[]string{"zxqwvbnm"}, []string{"'backup'@'%'"}},
		{"prose 'by' stays", "It was signed by 'the proxy' and failed.", nil, []string{"by 'the proxy'"}},
		// directives
		{"redis.conf", "bind 127.0.0.1\nrequirepass hunter2abc\nmasterauth zzpassword1\n",
			[]string{"hunter2abc", "zzpassword1"}, []string{"bind 127.0.0.1"}},
		{"redis-cli CONFIG SET", "cache.internal:6379> CONFIG SET masterauth qqpassword9\nOK\n", []string{"qqpassword9"}, nil},
		{"haproxy userlist and stats auth", "userlist stats-auth\n    user  admin insecure-password kkpassword7\nlisten stats\n    stats auth ops:statspw99\n",
			[]string{"kkpassword7", "statspw99"}, []string{"userlist stats-auth"}},
		{"nginx proxy_pass stays", "location /docs/ {\n    proxy_pass https://acme-docs.s3.amazonaws.com\n}\n", nil, []string{"https://acme-docs.s3.amazonaws.com"}},
		{"prose after password stays", "Reset password link\nChange password twice\nPassword incorrect\n", nil, []string{"link", "twice", "incorrect"}},
		// a value piped into the command naming it
		{"echo into elasticsearch-keystore", "echo 'abcdefgh12' | bin/elasticsearch-keystore add --stdin s3.client.default.secret_key",
			[]string{"abcdefgh12"}, []string{"s3.client.default.secret_key"}},
		{"printf into podman secret create", "$ printf '%s' 'W*CHV@d2?6' | podman secret create minio_secret_key -",
			[]string{"W*CHV@d2?6"}, []string{"minio_secret_key"}},
		{"echo into a command naming nothing stays", "echo 'hello world' | tee out.txt", nil, []string{"hello world"}},
		{"echo into grep for a name stays", "echo 'build-output-2024' | grep secret_key", nil, []string{"build-output-2024"}},
		// separators
		{"make ?= and ::=", "AWS_ACCESS_KEY_ID ?= r7mnxm4tful\nS3_SESSION_TOKEN::=ejorujfonmvvkgay\nexport AWS_SECRET_ACCESS_KEY := wouueoqaqxbzx\n",
			[]string{"r7mnxm4tful", "ejorujfonmvvkgay", "wouueoqaqxbzx"}, nil},
		{"php serialize()", `option_value: a:3:{s:8:"provider";s:3:"aws";s:13:"access-key-id";s:11:"r7mnxm4tful";s:6:"bucket";s:12:"acme-uploads";}`,
			[]string{"r7mnxm4tful"}, []string{"acme-uploads"}},
		{"grafana triple quotes", "[smtp]\npassword = \"\"\"qwe#rty;uiop\"\"\"\n", []string{"qwe#rty;uiop"}, nil},
		// key and key ID side by side
		{"salt s3.keyid and s3.key", "s3.keyid: r7mnxm4tfux\ns3.key: askdjghsdfjkghWupU\ns3.region: eu-west-1\n",
			[]string{"r7mnxm4tfux", "askdjghsdfjkghWupU"}, []string{"eu-west-1"}},
		{"a KMS KeyId alone stays", `{"KeyId": "1234abcd-12ab-34cd-56ef-1234567890ab", "KeyState": "Enabled"}`,
			nil, []string{"1234abcd-12ab-34cd-56ef-1234567890ab"}},
		{"kms_keyid beside keyid stays", "ext_pillar:\n  - s3:\n      keyid: GKTADJGHEIQSXMK\n      key: ksladfDLKDALSFKSD93q\n      kms_keyid: 01234567-89ab-cdef-0123-4567890abcde\n",
			[]string{"GKTADJGHEIQSXMK", "ksladfDLKDALSFKSD93q"}, []string{"01234567-89ab-cdef-0123-4567890abcde"}},
		// properties lines near code
		{"properties line after a JSON block", "}\nquarkus.s3.aws.credentials.static-provider.secret-access-key=nnrndycfhbtkcj\nquarkus.datasource.password=kcknjeztwleq\n",
			[]string{"nnrndycfhbtkcj", "kcknjeztwleq"}, nil},
		{"properties line in a numbered table row", "| 30 | }\n| 31 | quarkus.datasource.password=qkpqlsrx |\n",
			[]string{"qkpqlsrx"}, nil},
		{"sql option list in a numbered table row", "| 9 |   key_id 'mnadmin01', |\n| 10 |   secret 'a3dd88886f8e75806e7e', |\n",
			[]string{"a3dd88886f8e75806e7e"}, nil},
		{"dotnet user-secrets set at a prompt", "$ dotnet user-secrets set \"AWS:SecretKey\" \"wjouzxcuisr\"\n",
			[]string{"wjouzxcuisr"}, []string{"AWS:SecretKey"}},
		{"s3ql authinfo2 backend-login", "[s3]\nstorage-url: s3://eu-west-1/acme-backups/s3ql\nbackend-login: ci-39cpq8x8a2\nbackend-password: zq8Lm2Xw9LkT\n",
			[]string{"ci-39cpq8x8a2", "zq8Lm2Xw9LkT"}, []string{"s3://eu-west-1/acme-backups/s3ql"}},
		{"1Password item username beside a concealed field", "\"fields\": [\n {\"id\": \"username\", \"type\": \"STRING\", \"label\": \"username\", \"value\": \"QINQBK392QKOWATR8DF0\"},\n {\"id\": \"credential\", \"type\": \"CONCEALED\", \"label\": \"credential\", \"value\": \"zq8Lm2Xw9LkT\"}\n]",
			[]string{"QINQBK392QKOWATR8DF0", "zq8Lm2Xw9LkT"}, nil},
		{"1Password item username that is a person's stays", "\"fields\": [\n {\"id\": \"username\", \"type\": \"STRING\", \"label\": \"username\", \"value\": \"alice\"},\n {\"id\": \"password\", \"type\": \"CONCEALED\", \"label\": \"password\", \"value\": \"zq8Lm2Xw9LkT\"}\n]",
			[]string{"zq8Lm2Xw9LkT"}, []string{"alice"}},
		{"a log line naming its key and secret", "boto: using access key j4acyrt6kzpcbajw7u47jua25x7o with secret xuusnrgfsoymh\n",
			[]string{"j4acyrt6kzpcbajw7u47jua25x7o", "xuusnrgfsoymh"}, []string{"using access key", "with secret"}},
		{"prose about keys stays", "Rotate the access key regularly, and keep it with secret sauce.\n", nil,
			[]string{"access key regularly", "with secret sauce"}},
		{"an indented keyword argument stays a reference", "s3 = boto3.client(\n    \"s3\",\n    aws_secret_access_key=secret_key\n)\n",
			nil, []string{"aws_secret_access_key=secret_key"}},
		// a user signing in to S3 is its key ID
		{"cmdkey /list of an S3 target", "Currently stored credentials:\n\n    Target: LegacyGeneric:target=s3.eu-west-1.amazonaws.com\n    Type: Generic\n    User: jvpzv4pgqmzhc66gytnsib\n    Local machine persistence\n",
			[]string{"jvpzv4pgqmzhc66gytnsib"}, []string{"s3.eu-west-1.amazonaws.com"}},
		{"a WinSCP-like S3 session's user name", "HostName=acme-data.s3.amazonaws.com\nUserName=0021146d5d540000000007500\nPortNumber=443\n",
			[]string{"0021146d5d540000000007500"}, []string{"acme-data.s3.amazonaws.com"}},
		{"cmdkey user of another target stays", "    Target: Domain:target=fileserver01\n    Type: Domain Password\n    User: CORP\\build42svc\n", nil, []string{"build42svc"}},
		{"a person's user name beside S3 stays", "    Target: LegacyGeneric:target=s3.eu-west-1.amazonaws.com\n    User: alice\n", nil, []string{"User: alice"}},
		{"an identifier user far from S3 stays", "User: build42bot\nHost: ci.internal.example\n", nil, []string{"build42bot"}},
		// a user and password credential's user name
		{"PSCredential with a key ID as user", "PS C:\\> $cred = New-Object System.Management.Automation.PSCredential ('008748715a6d0000000009251', $pw)\n",
			[]string{"008748715a6d0000000009251"}, []string{"$pw"}},
		{"NetworkCredential user and password", `var c = new NetworkCredential("svc-0bofktxt8mz195", "Zq8Lm2Xw9LkT");`,
			[]string{"svc-0bofktxt8mz195", "Zq8Lm2Xw9LkT"}, nil},
		{"PSCredential of a person stays", "$cred = New-Object System.Management.Automation.PSCredential ('alice', $pw)\n", nil, []string{"'alice'"}},
	})
}

// A Go %+v dump prints Name:value whatever the value holds, a leading ':'
// too; a scope operator (Type::name) stays code.
func TestColonValueAfterLabel(t *testing.T) {
	runRedactCases(t, []redactCase{
		{"go %+v value starting with ':'", "creds: {AccessKeyID::0012007 SecretAccessKey:cdee83323815a4dc3e5ddd290e3dcb02de02a8d52e044eec234c9e92b4684d78}\n",
			[]string{":0012007", "cdee83323815a4dc3e5ddd290e3dcb02de02a8d52e044eec234c9e92b4684d78"}, []string{"AccessKeyID:"}},
		{"a scope operator stays", "let creds = Credentials::new(key_id, secret, None, None, \"env\");\n", nil, []string{"Credentials::new(key_id, secret"}},
	})
}
