package redact

import "testing"

// Examples of the slot classes of slots_outputs.go: a command's output or
// argument that its command names a credential, whatever its shape.
func TestOutputSlots(t *testing.T) {
	runRedactCases(t, []redactCase{
		// developer.hashicorp.com/consul/commands/kv/get: the bare value
		{"consul kv get a password", "$ consul kv get minio/root_password\nzbnc@6XE3uy39\n$ echo done\n", []string{"zbnc@6XE3uy39"}, []string{"minio/root_password", "echo done"}},
		{"consul kv get, the last line of a page's block", "<pre class=\"log\"><code>$ consul kv get minio&#x2F;root_password\nptxaycit</code></pre>\n",
			[]string{"ptxaycit"}, []string{"</code></pre>"}},
		// pgBackRest's repo1-s3-key beside repo1-s3-key-secret; S3_KEY beside S3_SECRET
		{"a key named beside its secret", "repo1-s3-key=backup-kqudb2mf3\nrepo1-s3-key-secret=zq8Lm2Xw\n", []string{"backup-kqudb2mf3", "zq8Lm2Xw"}, []string{"repo1-s3-key="}},
		{"a key flag beside its secret flag", "$ pgbackrest --stanza=main --repo1-s3-key=ci-d0ic6cg6mqs --repo1-s3-key-secret=zq8Lm2Xw info\n", []string{"ci-d0ic6cg6mqs"}, []string{"--stanza=main"}},
		{"PREFIX_KEY beside PREFIX_SECRET", "environment=S3_ENDPOINT=http://minio:9000,S3_KEY=backup-xn2fpb9tgag,S3_SECRET=\"zq8Lm2Xw\",HOME=\"/srv/app\"\n",
			[]string{"backup-xn2fpb9tgag"}, []string{"HOME=\"/srv/app\""}},
		{"an object key without a secret beside it stays", "S3_KEY=reports/2024/q1.csv\nS3_BUCKET=acme-uploads\n", nil, []string{"reports/2024/q1.csv"}},
		// a numbered-lines table's title names its text, not a column of values
		{"numbered-lines table titled with a credential word", "| # | crossplane-provider-secret |\n| --- | --- |\n| 1 | secret/aws-secret created |\n| 2 | kind: Secret |\n| 3 | aws_secret_access_key = zq8Lm2Xw |\n",
			[]string{"zq8Lm2Xw"}, []string{"secret/aws-secret created", "kind: Secret"}},
		{"a table with a secret column", "| Name | Secret |\n| --- | --- |\n| uploader | zq8Lm2Xwlowercase |\n", []string{"zq8Lm2Xwlowercase"}, []string{"uploader"}},
		// a key field holding a file name names an object (a Rich traceback's locals box)
		{"a key local holding a file name", "│ │      db_password = 'hunter22x'   │\n│ │              key = 'rjbnobiwdtrz.csv'   │\n", []string{"hunter22x"}, []string{"rjbnobiwdtrz.csv"}},
		{"a key beside a password stays a key ID", "│ │      db_password = 'hunter22x'   │\n│ │              key = 'backup-xn2fpb9'   │\n", []string{"hunter22x", "backup-xn2fpb9"}, nil},
		{"consul kv get a bucket stays", "$ consul kv get minio/bucket\nacme-uploads\n", nil, []string{"acme-uploads"}},
		// kubernetes.io managing-secret-using-kubectl: jsonpath one data key
		{"kubectl jsonpath one data key", "$ kubectl get secret minio-creds -o jsonpath='{.data.secretkey}' | base64 --decode\nhjuqxzdklwedy\n",
			[]string{"hjuqxzdklwedy"}, []string{"{.data.secretkey}"}},
		{"kubectl jsonpath a host stays", "$ kubectl get secret minio-creds -o jsonpath='{.data.endpoint}' | base64 -d\nminio.internal\n", nil, []string{"minio.internal"}},
		// envdir(8) as wal-g uses it: the file is named for its variable
		{"cat an envdir variable file", "$ cat /etc/wal-g.d/env/AWS_SECRET_ACCESS_KEY\nxnlGB1zi60\n", []string{"xnlGB1zi60"}, []string{"AWS_SECRET_ACCESS_KEY"}},
		{"cat a prefix file stays", "$ cat /etc/wal-g.d/env/WALG_S3_PREFIX\ns3://acme-backups/pg\n", nil, []string{"s3://acme-backups/pg"}},
		// Azure Pipelines logging command SetVariable
		{"vso setvariable named secret", "- bash: echo \"##vso[task.setvariable variable=MINIO_SECRET;issecret=true]hrvfiketyqp\"\n", []string{"hrvfiketyqp"}, []string{"MINIO_SECRET", "\"\n"}},
		{"vso setvariable issecret", "##[debug]Processed: ##vso[task.setvariable variable=apiToken;issecret=true;isoutput=true]sl.D2ecbLFNe9YmV1s\n", []string{"sl.D2ecbLFNe9YmV1s"}, nil},
		{"vso setvariable plain stays", "##vso[task.setvariable variable=buildFlavor]release-candidate\n", nil, []string{"release-candidate"}},
		// ConvertTo-SecureString -AsPlainText
		{"ConvertTo-SecureString -AsPlainText", "PS C:\\> $pw = ConvertTo-SecureString 'yneegsaek' -AsPlainText -Force\n", []string{"yneegsaek"}, []string{"-AsPlainText -Force"}},
		{"ConvertTo-SecureString of an encrypted string stays a variable", "PS C:\\> $pw = ConvertTo-SecureString $encrypted -Key $key\n", nil, []string{"$encrypted"}},
		// External Secrets: echo -n VALUE > ./access-key
		{"echo into a credential file", "$ echo -n 'w3qwkbrek7gjun' > ./access-key\n$ echo -n 'lfwlzzfbla' > ./secret-access-key\n", []string{"w3qwkbrek7gjun", "lfwlzzfbla"}, []string{"./access-key"}},
		{"echo into another file stays", "$ echo -n 'us-east-1' > ./region\n", nil, []string{"us-east-1"}},
		// woodpecker-cli secret add --name --value
		{"secret add --name --value", "$ woodpecker-cli secret add --repository acme/web --name minio_secret --value qzboocsqyhpa\n", []string{"qzboocsqyhpa"}, []string{"minio_secret"}},
		{"secret add of a non-credential", "$ woodpecker-cli secret add --repository acme/web --name deploy_env --value staging\n", nil, []string{"staging"}},
		// Flink GlobalConfiguration's log line
		{"flink loading a secret property", "INFO  GlobalConfiguration [] - Loading configuration property: fs.s3a.secret.key, iklkbkggcqvo\n", []string{"iklkbkggcqvo"}, []string{"fs.s3a.secret.key"}},
		{"flink loading an endpoint", "INFO  GlobalConfiguration [] - Loading configuration property: s3.endpoint, http://minio:9000\n", nil, []string{"http://minio:9000"}},
	})
}
