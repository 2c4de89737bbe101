package plant

import (
	"encoding/base64"
	"fmt"
)

// heldOut5 is a fifth held-out wave (issue 18): formats people paste around
// an S3 incident that none of the contexts above models, each written from
// the format's documentation or a real thread BEFORE the redactor was run on
// it (and before internal/redact was read), and never edited to suit it:
// configuration management data (Puppet hiera, Chef data bags), HashiCorp
// Nomad job specs and Consul KV exports (base64 values, a bare `consul kv
// get` value), dbt profiles, Fluent Bit's classic config, backup tools
// (kopia flags, duplicity/borg passphrases, pgBackRest, WAL-G envdir and
// JSON), Thunder Client's files, supervisord's one-line environment=, AWS
// Tools for PowerShell (Format-List credentials, cmdlet flags), SAM and
// CloudFormation parameter overrides, Azure DevOps (task variables,
// ##vso[task.setvariable]), Drone and Woodpecker, Crossplane's base64 INI
// secret, kubectl jsonpath/go-template secret dumps and External Secrets,
// pytest --showlocals failures, Rich tracebacks with locals, proxy dumps
// (mitmdump, Fiddler raw), tshark's follow-stream text, Airbyte and MLflow,
// Gitea and the registry (Harbor) storage configs, Nextflow and Flink
// (with Flink's config log line), and git credential fill.
//
// written: before-code (issue 18, session of 2026-12-07, helper h-rprobe5,
// wave 5; survivors as written are in the commit message that measured
// them).
var heldOut5 = []Context{
	{Name: "puppet-hiera-chef-databag",
		Source: "https://github.com/fanduel/hiera-cloudformation (hiera.yaml :cloudformation: section with :access_key_id: / :secret_access_key:); https://puppet.com/docs/puppet/6.10/hiera.html (hieradata YAML, module::param keys); https://manpages.debian.org/wheezy/chef/knife-data-bag.1.en.html (knife data bag show BAG ITEM prints the item's keys and values)",
		gen: func(g *G) string {
			return fmt.Sprintf(`# hieradata/common.yaml
---
profile::backup::s3_bucket: '%s'
profile::backup::aws_access_key_id: '%s'
profile::backup::aws_secret_access_key: '%s'
profile::postgresql::root_password: "%s"
# hiera.yaml
:backends:
  - yaml
  - cloudformation
:cloudformation:
  :access_key_id: %s
  :secret_access_key: %s
  :region: %s
$ knife data bag show aws s3_backup
aws_access_key_id:     %s
aws_secret_access_key: %s
bucket:                %s
id:                    s3_backup
$ knife data bag show aws s3_backup -F json
{
  "id": "s3_backup",
  "aws_access_key_id": "%s",
  "aws_secret_access_key": "%s"
}
`,
				g.B(Bucket), g.AK("hiera profile::backup::aws_access_key_id"), g.K(SecretKey, "hiera profile::backup::aws_secret_access_key"), g.K(Password, "hiera profile::postgresql::root_password"),
				g.AK("hiera.yaml :access_key_id:"), g.K(SecretKey, "hiera.yaml :secret_access_key:"), g.B(Region),
				g.AK("knife data bag show aws_access_key_id:"), g.K(SecretKey, "knife data bag show aws_secret_access_key:"), g.B(Bucket),
				g.AK("knife data bag show -F json aws_access_key_id"), g.K(SecretKey, "knife data bag show -F json aws_secret_access_key"))
		}},
	{Name: "nomad-job-consul-kv",
		Source: "https://www.nomadproject.io/docs/job-specification/env.html (env { KEY = \"value\" } stanza); https://developer.hashicorp.com/consul/commands/v1.10.x/kv/export (consul kv export PREFIX writes JSON, values base64); https://github.com/hernad/consul/blob/v0.9.2/command/kv_export.go (tab-indented array of key/flags/value); https://gist.github.com/ipedrazas/e3ae3ddb98b2e85c8370 (?raw / consul kv get prints the bare value)",
		gen: func(g *G) string {
			b := func(v string) string { g.VE("base64"); return base64.StdEncoding.EncodeToString([]byte(v)) }
			return fmt.Sprintf(`job "uploader" {
  datacenters = ["dc1"]
  group "app" {
    task "uploader" {
      driver = "docker"
      config {
        image = "registry.example.com/uploader:1.4.2"
      }
      env {
        AWS_ACCESS_KEY_ID     = "%s"
        AWS_SECRET_ACCESS_KEY = "%s"
        AWS_SESSION_TOKEN     = "%s"
        S3_BUCKET             = "%s"
      }
    }
  }
}
$ consul kv export minio/
[
	{
		"key": "minio/access_key",
		"flags": 0,
		"value": "%s"
	},
	{
		"key": "minio/secret_key",
		"flags": 0,
		"value": "%s"
	},
	{
		"key": "minio/bucket",
		"flags": 0,
		"value": "%s"
	}
]
$ consul kv get minio/root_password
%s
`,
				g.AK("nomad env AWS_ACCESS_KEY_ID ="), g.K(SecretKey, "nomad env AWS_SECRET_ACCESS_KEY ="), g.K(SessionToken, "nomad env AWS_SESSION_TOKEN ="), g.B(Bucket),
				b(g.K(KeyIDCompat, "consul kv export value (base64) of minio/access_key")), b(g.K(SecretKey, "consul kv export value (base64) of minio/secret_key")),
				base64.StdEncoding.EncodeToString([]byte(g.str(lowdig, 10))),
				g.K(Password, "consul kv get minio/root_password (bare value on the next line)"))
		}},
	{Name: "dbt-profiles-yml",
		Source: "https://docs.getdbt.com/reference/resource-configs/duckdb-configs (settings: s3_region, s3_access_key_id, s3_secret_access_key); https://gist.github.com/vhe74/beb10519342c845e42e7ccd45c3399a3 (a dbt-duckdb profile with literal keys); https://docs.getdbt.com/docs/core/connect-data-platform/athena-setup (aws_access_key_id / aws_secret_access_key in an athena output); https://docs.getdbt.com/docs/core/connect-data-platform/redshift-setup (password:)",
		gen: func(g *G) string {
			return fmt.Sprintf(`lakehouse:
  target: dev
  outputs:
    dev:
      type: duckdb
      path: /tmp/dbt.duckdb
      extensions:
        - httpfs
        - parquet
      settings:
        s3_region: %s
        s3_access_key_id: "%s"
        s3_secret_access_key: "%s"
        s3_session_token: "%s"
        s3_endpoint: s3.fr-par.scw.cloud
    athena:
      type: athena
      s3_staging_dir: s3://%s/dbt/
      region_name: %s
      aws_access_key_id: %s
      aws_secret_access_key: %s
      database: awsdatacatalog
      schema: analytics
    warehouse:
      type: redshift
      host: analytics.abc123xyz789.us-east-1.redshift.amazonaws.com
      user: dbt_user
      password: %s
      port: 5439
      dbname: analytics
`,
				g.B(Region), g.AK("dbt duckdb settings s3_access_key_id:"), g.K(SecretKey, "dbt duckdb settings s3_secret_access_key:"), g.K(SessionToken, "dbt duckdb settings s3_session_token:"),
				g.B(Bucket), g.B(Region), g.AK("dbt athena aws_access_key_id:"), g.K(SecretKey, "dbt athena aws_secret_access_key:"),
				g.K(Password, "dbt redshift password:"))
		}},
	{Name: "fluent-bit-classic-conf",
		Source: "https://docs.fluentbit.io/manual/pipeline/outputs/s3 ([OUTPUT] Name s3, bucket, region, endpoint, total_file_size, use_put_object); https://github.com/fluent/fluent-bit/issues/2837 (a pasted classic config and the td-agent-bit journal); https://docs.fluentbit.io/manual/pipeline/outputs/elasticsearch (HTTP_User, HTTP_Passwd); https://docs.fluentbit.io/manual/pipeline/outputs/http (Header NAME VALUE)",
		gen: func(g *G) string {
			return fmt.Sprintf(`[SERVICE]
    Flush        5
    Log_Level    debug

[INPUT]
    Name  tail
    Path  /var/log/app/*.log
    Tag   app.*

[OUTPUT]
    Name             s3
    Match            *
    bucket           %s
    region           %s
    endpoint         http://minio.internal.example:9000
    total_file_size  50M
    use_put_object   On

[OUTPUT]
    Name         es
    Match        app.*
    Host         search.internal.example
    Port         9200
    HTTP_User    fluent
    HTTP_Passwd  %s
    tls          On

[OUTPUT]
    Name    http
    Match   app.*
    Host    logs.example.com
    Port    443
    URI     /ingest
    Header  Authorization Bearer %s
    Header  X-Api-Key %s

$ sudo cat /etc/default/td-agent-bit
AWS_ACCESS_KEY_ID=%s
AWS_SECRET_ACCESS_KEY=%s
Dec 08 15:06:41 ip-10-10-0-33.ec2.internal td-agent-bit[3461]: [2024/01/15 12:30:00] [ info] [output:s3:s3.0] Using upload size 50000000 bytes
`,
				g.B(Bucket), g.B(Region), g.K(Password, "fluent-bit es HTTP_Passwd"),
				g.K(Bearer, "fluent-bit http Header Authorization Bearer"), g.K(SaaS, "fluent-bit http Header X-Api-Key"),
				g.AK("/etc/default/td-agent-bit AWS_ACCESS_KEY_ID="), g.K(SecretKey, "/etc/default/td-agent-bit AWS_SECRET_ACCESS_KEY="))
		}},
	{Name: "backup-tool-flags-and-passphrases",
		Source: "https://kopia.io/docs/reference/command-line/common/repository-create-s3/ (kopia repository create s3 --bucket --endpoint --access-key --secret-access-key --session-token); https://docs.ansible.com/projects/ansible/latest/collections/community/general/kopia_repository_module.html (backend access_key for provider s3); https://duplicity.us/stable/duplicity.1.html (PASSPHRASE, --s3-endpoint-url, AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY); https://borgbackup.readthedocs.io/en/stable/usage/general.html#environment-variables (BORG_PASSPHRASE)",
		gen: func(g *G) string {
			return fmt.Sprintf(`$ kopia repository create s3 --bucket=%s --endpoint=minio.internal.example:9000 --access-key=%s --secret-access-key=%s --password=%s
Initializing repository with:
  block hash:          BLAKE2B-256-128
  encryption:          AES256-GCM-HMAC-SHA256
Connected to repository.
$ kopia repository connect s3 --bucket %s --access-key %s --secret-access-key %s --session-token %s
$ export AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY=%s PASSPHRASE='%s'
$ duplicity --s3-endpoint-url https://s3.%s.amazonaws.com /home/app s3:///%s/duplicity
$ BORG_PASSPHRASE='%s' borg create --stats /mnt/backup::{hostname}-{now} /etc
`,
				g.B(Bucket), g.AK("kopia --access-key="), g.K(SecretKey, "kopia --secret-access-key="), g.K(Password, "kopia --password="),
				g.B(Bucket), g.AK("kopia connect --access-key (space)"), g.K(SecretKey, "kopia connect --secret-access-key (space)"), g.K(SessionToken, "kopia connect --session-token (space)"),
				g.AK("export AWS_ACCESS_KEY_ID= (several on one line)"), g.K(SecretKey, "export … AWS_SECRET_ACCESS_KEY= (several on one line)"), g.K(Password, "duplicity PASSPHRASE="),
				g.B(Region), g.B(Bucket), g.K(Password, "BORG_PASSPHRASE= before the command"))
		}},
	{Name: "pgbackrest-walg-conf",
		Source: "https://docs.pgedge.com/pgbackrest/v2-58-0/user-guide/s3-support/ (repo1-s3-key=, repo1-s3-key-secret=, repo1-s3-bucket=); https://enterprisedb.com/docs/supported-open-source/pgbackrest/06-use_case_1 (pgbackrest.conf [global] S3 section); https://www.pgbackrest.org/configuration.html (repo1-cipher-pass); https://github.com/wal-g/wal-g (envdir /etc/wal-g.d/env, one file per variable; ~/.walg.json with WALG_S3_PREFIX, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)",
		gen: func(g *G) string {
			return fmt.Sprintf(`# /etc/pgbackrest/pgbackrest.conf
[global]
repo1-type=s3
repo1-path=/repo1
repo1-s3-bucket=%s
repo1-s3-endpoint=s3.%s.amazonaws.com
repo1-s3-key=%s
repo1-s3-key-secret=%s
repo1-s3-region=%s
repo1-cipher-type=aes-256-cbc
repo1-cipher-pass=%s
repo1-retention-full=4

[main]
pg1-path=/var/lib/postgresql/16/main

$ pgbackrest --stanza=main --repo1-s3-key=%s --repo1-s3-key-secret=%s info
$ ls /etc/wal-g.d/env
AWS_ACCESS_KEY_ID  AWS_ENDPOINT  AWS_SECRET_ACCESS_KEY  WALG_S3_PREFIX
$ cat /etc/wal-g.d/env/AWS_SECRET_ACCESS_KEY
%s
$ cat ~/.walg.json
{
  "WALG_S3_PREFIX": "s3://%s/wal-g",
  "AWS_ACCESS_KEY_ID": "%s",
  "AWS_SECRET_ACCESS_KEY": "%s",
  "AWS_ENDPOINT": "http://minio.internal.example:9000",
  "AWS_S3_FORCE_PATH_STYLE": "true",
  "PGPASSWORD": "%s"
}
`,
				g.B(Bucket), g.B(Region), g.AK("pgbackrest repo1-s3-key="), g.K(SecretKey, "pgbackrest repo1-s3-key-secret="), g.B(Region), g.K(Password, "pgbackrest repo1-cipher-pass="),
				g.AK("pgbackrest --repo1-s3-key="), g.K(SecretKey, "pgbackrest --repo1-s3-key-secret="),
				g.K(SecretKey, "cat /etc/wal-g.d/env/AWS_SECRET_ACCESS_KEY (bare value, the file name labels it)"),
				g.B(Bucket), g.AK("walg.json AWS_ACCESS_KEY_ID"), g.K(SecretKey, "walg.json AWS_SECRET_ACCESS_KEY"), g.K(Password, "walg.json PGPASSWORD"))
		}},
	{Name: "thunder-client-files",
		Source: "https://github.com/thunderclient/thunder-client-support/issues/1535 (environment export: {\"client\": \"Thunder Client\", \"variables\": [{\"name\": …, \"value\": …, \"secret\": true}]}); https://github.com/thunderclient/thunder-client-support/issues/276 (thunderEnvironment.db/json shared with teammates); https://github.com/thunderclient/thunder-client-support/issues/653 (local env export)",
		gen: func(g *G) string {
			return fmt.Sprintf(`{
    "client": "Thunder Client",
    "environmentName": "minio-dev",
    "dateExported": "2024-01-15T12:30:00.728Z",
    "version": "1.0",
    "variables": [
        {
            "name": "accessKeyId",
            "value": "%s"
        },
        {
            "name": "secretAccessKey",
            "value": "%s",
            "secret": true
        },
        {
            "name": "bucket",
            "value": "%s"
        },
        {
            "name": "client_secret",
            "value": "%s",
            "secret": true
        }
    ]
}
// thunder-tests/thunderclient.json (one request)
{
    "_id": "%s",
    "colId": "history",
    "name": "put object",
    "url": "https://minio.internal.example:9000/%s/%s",
    "method": "PUT",
    "headers": [
        {
            "name": "x-amz-security-token",
            "value": "%s"
        }
    ],
    "auth": {
        "type": "aws",
        "aws": {
            "accessKeyId": "%s",
            "secretAccessKey": "%s",
            "service": "s3",
            "region": "%s"
        }
    }
}
`,
				g.AK("thunder export variables accessKeyId value"), g.K(SecretKey, "thunder export variables secretAccessKey value"), g.B(Bucket), g.K(Unknown, "thunder export variables client_secret value"),
				g.B(UUID), g.B(Bucket), g.B(ObjectKey),
				g.K(SessionToken, "thunder headers [{name: x-amz-security-token, value}]"),
				g.AK("thunder auth.aws.accessKeyId"), g.K(SecretKey, "thunder auth.aws.secretAccessKey"), g.B(Region))
		}},
	{Name: "supervisord-program-env",
		Source: "https://www.bookstack.cn/read/supervisord-4.1/spilt.3.a51dca0b67391465.md ([program:x] environment= option, subprocess environment); https://manpages.ubuntu.com/manpages/focal/man1/echo_supervisord_conf.1.html (environment=KEY=\"val\",KEY2=\"val2\"; [inet_http_server] username/password; [supervisorctl] password)",
		gen: func(g *G) string {
			return fmt.Sprintf(`[inet_http_server]
port=127.0.0.1:9001
username=admin
password=%s

[supervisorctl]
serverurl=http://127.0.0.1:9001
username=admin
password=%s

[program:uploader]
command=/srv/app/bin/uploader --bucket %s
directory=/srv/app
environment=AWS_ACCESS_KEY_ID="%s",AWS_SECRET_ACCESS_KEY="%s",AWS_DEFAULT_REGION="%s",DJANGO_SECRET_KEY="%s"
autostart=true
autorestart=true

[program:thumbnailer]
command=/srv/app/bin/thumbnailer
environment=S3_ENDPOINT=http://minio.internal.example:9000,S3_KEY=%s,S3_SECRET="%s",HOME="/srv/app"
`,
				g.K(Password, "supervisord [inet_http_server] password="), g.K(Password, "supervisord [supervisorctl] password="), g.B(Bucket),
				g.AK("environment=AWS_ACCESS_KEY_ID=\"…\", (first of a comma list)"), g.K(SecretKey, "environment=…,AWS_SECRET_ACCESS_KEY=\"…\","), g.B(Region), g.K(Unknown, "environment=…,DJANGO_SECRET_KEY=\"…\" (last)"),
				g.AK("environment=…,S3_KEY=… (unquoted, mid-list)"), g.K(SecretKey, "environment=…,S3_SECRET=\"…\","))
		}},
	{Name: "aws-tools-powershell-output",
		Source: "https://docs.aws.amazon.com/powershell/latest/userguide/specifying-your-aws-credentials.html (Initialize-AWSDefaultConfiguration -AccessKey -SecretKey -Region; common -AccessKey -SecretKey -SessionToken parameters); https://docs.aws.amazon.com/powershell/latest/reference/items/Use-STSRole.html ((Use-STSRole …).Credentials, printed by Format-List as Name : Value); https://docs.aws.amazon.com/powershell/latest/reference/items/Write-S3Object.html",
		gen: func(g *G) string {
			return fmt.Sprintf(`PS C:\> Initialize-AWSDefaultConfiguration -AccessKey %s -SecretKey %s -Region %s
PS C:\> $creds = (Use-STSRole -RoleArn "arn:aws:iam::123456789012:role/s3-writer" -RoleSessionName "dbg").Credentials
PS C:\> $creds

AccessKeyId     : %s
Expiration      : 1/15/2024 1:30:00 PM
SecretAccessKey : %s
SessionToken    : %s

PS C:\> Write-S3Object -BucketName %s -Key report.pdf -File .\report.pdf -AccessKey $creds.AccessKeyId -SecretKey %s -SessionToken %s -Region %s
Write-S3Object : The request signature we calculated does not match the signature you provided. Check your key and signing method.
At line:1 char:1
+ Write-S3Object -BucketName ...
    + CategoryInfo          : InvalidOperation: (Amazon.PowerShe...eS3ObjectCmdlet:WriteS3ObjectCmdlet) [Write-S3Object], InvalidOperationException
PS C:\> $pw = ConvertTo-SecureString '%s' -AsPlainText -Force
`,
				g.AK("Initialize-AWSDefaultConfiguration -AccessKey"), g.K(SecretKey, "Initialize-AWSDefaultConfiguration -SecretKey"), g.B(Region),
				g.K(KeyIDAWS, "Format-List AccessKeyId     :"), g.K(SecretKey, "Format-List SecretAccessKey :"), g.K(SessionToken, "Format-List SessionToken    :"),
				g.B(Bucket), g.K(SecretKey, "Write-S3Object -SecretKey"), g.K(SessionToken, "Write-S3Object -SessionToken"), g.B(Region),
				g.K(Password, "ConvertTo-SecureString '…' -AsPlainText"))
		}},
	{Name: "sam-cfn-parameter-overrides",
		Source: "https://www.github.com/aws/aws-sam-cli/issues/2054 (sam deploy --parameter-overrides Key=Value …, and parameter_overrides in samconfig.toml with escaped quotes); https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/serverless-sam-cli-config.html (samconfig.toml [default.deploy.parameters]); https://docs.aws.amazon.com/cli/latest/reference/cloudformation/create-stack.html (--parameters ParameterKey=…,ParameterValue=… and a JSON file of ParameterKey/ParameterValue)",
		gen: func(g *G) string {
			return fmt.Sprintf(`$ sam deploy --stack-name uploader --parameter-overrides MinioAccessKey=%s MinioSecretKey=%s DBPassword=%s
# samconfig.toml
version = 0.1
[default.deploy.parameters]
stack_name = "uploader"
s3_bucket = "%s"
region = "%s"
capabilities = "CAPABILITY_IAM"
parameter_overrides = "MinioAccessKey=\"%s\" MinioSecretKey=\"%s\" ApiToken=\"%s\""
$ aws cloudformation create-stack --stack-name uploader --template-body file://template.yaml --parameters ParameterKey=AccessKeyId,ParameterValue=%s ParameterKey=SecretAccessKey,ParameterValue=%s
$ cat params.json
[
  {
    "ParameterKey": "AccessKeyId",
    "ParameterValue": "%s"
  },
  {
    "ParameterKey": "SecretAccessKey",
    "ParameterValue": "%s"
  },
  {
    "ParameterKey": "BucketName",
    "ParameterValue": "%s"
  }
]
`,
				g.AK("sam --parameter-overrides MinioAccessKey="), g.K(SecretKey, "sam --parameter-overrides MinioSecretKey="), g.K(Password, "sam --parameter-overrides DBPassword="),
				g.B(Bucket), g.B(Region),
				g.AK("samconfig parameter_overrides MinioAccessKey=\\\"…\\\""), g.K(SecretKey, "samconfig parameter_overrides MinioSecretKey=\\\"…\\\""), g.K(Bearer, "samconfig parameter_overrides ApiToken=\\\"…\\\""),
				g.AK("cfn --parameters ParameterKey=AccessKeyId,ParameterValue="), g.K(SecretKey, "cfn --parameters ParameterKey=SecretAccessKey,ParameterValue="),
				g.AK("params.json ParameterKey/ParameterValue AccessKeyId"), g.K(SecretKey, "params.json ParameterKey/ParameterValue SecretAccessKey"), g.B(Bucket))
		}},
	{Name: "azure-devops-pipeline",
		Source: "https://docs.aws.amazon.com/vsts/latest/userguide/awsshell.html (AWSShellScript task; task variables AWS.AccessKeyID, AWS.SecretAccessKey, AWS.SessionToken); https://www.PowerShellgallery.com/packages/BuildHelpers/2.0.16/Content/Private%5CSet-AzurePipelinesVariable.ps1 (Write-Host \"##vso[task.setvariable variable=$Name;issecret=true]$Value\"); https://learn.microsoft.com/en-us/azure/devops/pipelines/process/set-variables-scripts",
		gen: func(g *G) string {
			return fmt.Sprintf(`# azure-pipelines.yml
variables:
  - name: AWS.AccessKeyID
    value: %s
  - name: AWS.SecretAccessKey
    value: %s
  - name: AWS.SessionToken
    value: %s
  - name: bucket
    value: %s

steps:
- task: AWSShellScript@1
  inputs:
    regionName: '%s'
    scriptType: 'inline'
    inlineScript: aws s3 cp dist/ s3://%s/ --recursive
- bash: echo "##vso[task.setvariable variable=MINIO_SECRET;issecret=true]%s"
- pwsh: Write-Host "##vso[task.setvariable variable=apiToken;issecret=true;isoutput=true]%s"

# job log
2024-01-15T12:30:01.1234567Z ##[debug]Processed: ##vso[task.setvariable variable=MINIO_SECRET;issecret=true]%s
2024-01-15T12:30:02.7654321Z ##[debug]AWS_ACCESS_KEY_ID=%s
`,
				g.AK("azure variables - name: AWS.AccessKeyID / value:"), g.K(SecretKey, "azure variables - name: AWS.SecretAccessKey / value:"), g.K(SessionToken, "azure variables - name: AWS.SessionToken / value:"), g.B(Bucket),
				g.B(Region), g.B(Bucket),
				g.K(SecretKey, "##vso[task.setvariable variable=MINIO_SECRET;issecret=true]…"), g.K(Bearer, "##vso[task.setvariable variable=apiToken;issecret=true;isoutput=true]…"),
				g.K(SecretKey, "##[debug]Processed: ##vso[task.setvariable …]…"), g.AK("##[debug]AWS_ACCESS_KEY_ID="))
		}},
	{Name: "drone-woodpecker-ci",
		Source: "https://pkg.go.dev/github.com/drone-plugins/drone-s3 (plugins/s3: settings bucket, access_key, secret_key, source, target, path_style, endpoint; docker run -e PLUGIN_…); https://docs.drone.io/runner/extensions/aws (DRONE_SECRET_PLUGIN_TOKEN=<openssl rand -hex 16>); https://docs.drone.io/cli/secret/drone-secret-add/ (drone secret add --repository --name --data); https://woodpecker-ci.org/docs/cli (woodpecker-cli secret add --repository --name --value)",
		gen: func(g *G) string {
			return fmt.Sprintf(`# .drone.yml
kind: pipeline
type: docker
name: default

steps:
- name: upload
  image: plugins/s3
  settings:
    bucket: %s
    access_key: %s
    secret_key: %s
    source: dist/**/*
    target: /releases
    path_style: true
    endpoint: https://minio.internal.example:9000

$ drone secret add --repository acme/web --name aws_secret_access_key --data %s
$ woodpecker-cli secret add --repository acme/web --name minio_secret --value %s
$ docker run --rm -e PLUGIN_BUCKET=%s -e PLUGIN_ACCESS_KEY=%s -e PLUGIN_SECRET_KEY=%s -e PLUGIN_SOURCE=dist/app.tar.gz plugins/s3
# runner env
DRONE_RPC_SECRET=%s
DRONE_SECRET_PLUGIN_TOKEN=%s
`,
				g.B(Bucket), g.AK("drone settings access_key:"), g.K(SecretKey, "drone settings secret_key:"),
				g.K(SecretKey, "drone secret add --data"), g.K(SecretKey, "woodpecker-cli secret add --value"),
				g.B(Bucket), g.AK("docker -e PLUGIN_ACCESS_KEY="), g.K(SecretKey, "docker -e PLUGIN_SECRET_KEY="),
				g.K(Unknown, "DRONE_RPC_SECRET="), g.K(Unknown, "DRONE_SECRET_PLUGIN_TOKEN="))
		}},
	{Name: "crossplane-provider-secret",
		Source: "https://docs.upbound.io/build/provider-authentication/ (aws-credentials.txt INI; kubectl create secret generic aws-secret -n crossplane-system --from-file=creds=./aws-credentials.txt; data: <base64 of the whole INI>); https://gist.github.com/sqerison/9b3aa1d639155cda9b3434222a3da37f (the creds: base64 blob of [default] aws_access_key_id/aws_secret_access_key); https://gist.github.com/jonashackt/4285474a6760c9962fdb0f7dcf3358f1 (ProviderConfig secretRef key: creds)",
		gen: func(g *G) string {
			ak := g.AK("aws-credentials.txt aws_access_key_id =")
			sk := g.K(SecretKey, "aws-credentials.txt aws_secret_access_key =")
			ak2 := g.AK("Secret data.creds: base64 of an INI, aws_access_key_id")
			g.VE("base64")
			sk2 := g.K(SecretKey, "Secret data.creds: base64 of an INI, aws_secret_access_key")
			g.VE("base64")
			ini := "[default]\naws_access_key_id = " + ak2 + "\naws_secret_access_key = " + sk2 + "\n"
			return fmt.Sprintf(`$ cat aws-credentials.txt
[default]
aws_access_key_id = %s
aws_secret_access_key = %s
$ kubectl create secret generic aws-secret -n crossplane-system --from-file=creds=./aws-credentials.txt
secret/aws-secret created
$ kubectl get secret aws-secret -n crossplane-system -o yaml
apiVersion: v1
data:
  creds: %s
kind: Secret
metadata:
  creationTimestamp: "2024-01-15T12:30:00Z"
  name: aws-secret
  namespace: crossplane-system
  uid: %s
type: Opaque
---
apiVersion: aws.upbound.io/v1beta1
kind: ProviderConfig
metadata:
  name: default
spec:
  credentials:
    source: Secret
    secretRef:
      namespace: crossplane-system
      name: aws-secret
      key: creds
`, ak, sk, base64.StdEncoding.EncodeToString([]byte(ini)), g.B(UUID))
		}},
	{Name: "kubectl-secret-dumps-eso",
		Source: "https://kubernetes.io/docs/tasks/configmap-secret/managing-secret-using-kubectl/ (kubectl get secret -o jsonpath='{.data}' prints a JSON map of base64 values; jsonpath='{.data.x}' | base64 --decode prints the bare value); https://kubernetes.io/docs/reference/kubectl/jsonpath/ (go-template with base64decode); https://external-secrets.io/latest/provider/aws-secrets-manager/ (echo -n 'KEYID' > ./access-key; --from-file; SecretStore auth.secretRef accessKeyIDSecretRef / secretAccessKeySecretRef)",
		gen: func(g *G) string {
			b := func(v string) string { g.VE("base64"); return base64.StdEncoding.EncodeToString([]byte(v)) }
			return fmt.Sprintf(`$ kubectl get secret minio-creds -o jsonpath='{.data}'
{"accesskey":"%s","rootPassword":"%s","secretkey":"%s"}
$ kubectl get secret minio-creds -o jsonpath='{.data.secretkey}' | base64 --decode
%s
$ kubectl get secret minio-creds -o go-template='{{range $k,$v := .data}}{{$k}}={{$v|base64decode}}{{"\n"}}{{end}}'
accesskey=%s
rootPassword=%s
secretkey=%s
$ echo -n '%s' > ./access-key
$ echo -n '%s' > ./secret-access-key
$ kubectl create secret generic awssm-secret --from-file=./access-key --from-file=./secret-access-key
---
apiVersion: external-secrets.io/v1beta1
kind: SecretStore
metadata:
  name: secretstore-sample
spec:
  provider:
    aws:
      service: SecretsManager
      region: %s
      auth:
        secretRef:
          accessKeyIDSecretRef:
            name: awssm-secret
            key: access-key
          secretAccessKeySecretRef:
            name: awssm-secret
            key: secret-access-key
`,
				b(g.K(KeyIDCompat, "jsonpath {.data} accesskey (base64)")), b(g.K(Password, "jsonpath {.data} rootPassword (base64)")), b(g.K(SecretKey, "jsonpath {.data} secretkey (base64)")),
				g.K(SecretKey, "jsonpath {.data.secretkey} | base64 --decode (bare value)"),
				g.K(KeyIDCompat, "go-template key=value accesskey="), g.K(Password, "go-template key=value rootPassword="), g.K(SecretKey, "go-template key=value secretkey="),
				g.AK("echo -n '…' > ./access-key"), g.K(SecretKey, "echo -n '…' > ./secret-access-key"), g.B(Region))
		}},
	{Name: "pytest-showlocals-failure",
		Source: "https://docs.pytest.org/en/stable/how-to/output.html (-l/--showlocals prints 'name = repr' of the failing frame's locals; E lines; dict comparison 'Differing items'); https://github.com/boto/s3transfer/issues/198 (a pasted pytest failure through botocore's signer); https://github.com/boto/boto3/issues/2725 (SignatureDoesNotMatch with inline access_key/secret_key)",
		gen: func(g *G) string {
			bucket, region, date := g.B(Bucket), g.B(Region), g.B(Date)
			ak := g.AK("pytest locals access_key = '…'")
			sk := g.K(SecretKey, "pytest locals secret_key = '…'")
			return fmt.Sprintf(`=================================== FAILURES ===================================
______________________________ test_presigned_put ______________________________

s3_client = <botocore.client.S3 object at 0x7f3a2c1b5d90>

    def test_presigned_put(s3_client):
        url = s3_client.generate_presigned_url("put_object", Params={"Bucket": BUCKET, "Key": "a.txt"})
>       assert requests.put(url, data=b"x").status_code == 200
E       assert 403 == 200
E        +  where 403 = <Response [403]>.status_code

access_key = '%s'
bucket     = '%s'
creds      = {'aws_access_key_id': '%s', 'aws_secret_access_key': '%s', 'aws_session_token': '%s'}
s3_client  = <botocore.client.S3 object at 0x7f3a2c1b5d90>
secret_key = '%s'
url        = 'https://%s.s3.%s.amazonaws.com/a.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F%s%%2F%s%%2Fs3%%2Faws4_request&X-Amz-Date=%s&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=%s'

tests/test_upload.py:42: AssertionError
______________________________ test_db_settings ________________________________
E       AssertionError: assert {'password': '%s', 'user': 'app'} == {'password': '%s', 'user': 'app'}
E         Common items:
E         {'user': 'app'}
E         Differing items:
E         {'password': '%s'} != {'password': '%s'}
E         Use -v to get more diff
=========================== short test summary info ============================
FAILED tests/test_upload.py::test_presigned_put - assert 403 == 200
`,
				ak, bucket, ak, sk, g.K(SessionToken, "pytest locals creds = {'aws_session_token': …}"), sk,
				bucket, region, ak, q8(date), region, date, g.K(SigV4, "pytest locals url = '…X-Amz-Signature=…'"),
				g.K(Password, "pytest assert {'password': left}"), g.K(Password, "pytest assert {'password': right}"),
				g.K(Password, "pytest Differing items left"), g.K(Password, "pytest Differing items right"))
		}},
	{Name: "rich-traceback-locals",
		Source: "https://rich.readthedocs.io/en/stable/traceback.html (rich.traceback.install(show_locals=True) draws each frame in a box with a 'locals' panel: name = repr, between │ borders; locals_max_string=80 cuts longer strings, printing '…'+N); https://github.com/Textualize/rich/blob/master/rich/traceback.py",
		gen: func(g *G) string {
			// Rich's locals_max_string (80) cuts a long string and prints
			// how many characters it left off: 'IQoJb3…'+742
			row := func(name, v string) string {
				r := "'" + v + "'"
				if len(v) > 80 {
					r = fmt.Sprintf("'%s'+%d", v[:80], len(v)-80)
				}
				return fmt.Sprintf("│ │ %21s = %-70s", name, r)
			}
			return fmt.Sprintf(`╭─────────────────────────────── Traceback (most recent call last) ────────────────────────────────╮
│ /srv/app/upload.py:31 in upload                                                                  │
│                                                                                                  │
│   28 │   )                                                                                       │
│   29 │                                                                                           │
│   30 │   try:                                                                                    │
│ ❱ 31 │   │   s3.put_object(Bucket=bucket, Key=key, Body=body)                                    │
│                                                                                                  │
│ ╭─────────────────────────────────────────── locals ───────────────────────────────────────────╮ │
%s │
%s │
%s │
│ │                bucket = '%s'                                                                  │
│ │                   key = '%s'                                                                  │
%s │
│ ╰──────────────────────────────────────────────────────────────────────────────────────────────╯ │
╰──────────────────────────────────────────────────────────────────────────────────────────────────╯
ClientError: An error occurred (SignatureDoesNotMatch) when calling the PutObject operation: The request signature we calculated does not match the signature you provided.
`,
				row("aws_access_key_id", g.AK("rich locals aws_access_key_id = '…'")), row("aws_secret_access_key", g.K(SecretKey, "rich locals aws_secret_access_key = '…'")),
				row("aws_session_token", g.K(SessionToken, "rich locals aws_session_token = '…'")),
				g.B(Bucket), g.B(ObjectKey), row("db_password", g.K(Password, "rich locals db_password = '…'")))
		}},
	{Name: "proxy-capture-dumps",
		Source: "https://docs.mitmproxy.org/stable/concepts-options/ (mitmdump flow_detail 2-3: the request line, then indented headers, then ' << ' and the response); https://docs.telerik.com/fiddler/knowledge-base/fiddler-inspectors (Fiddler's Raw inspector: request line, headers, body); https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-auth-using-authorization-header.html (Authorization: AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…)",
		gen: func(g *G) string {
			bucket, region, date := g.B(Bucket), g.B(Region), g.B(Date)
			return fmt.Sprintf(`$ mitmdump --flow-detail 2
127.0.0.1:52344: PUT https://%s.s3.%s.amazonaws.com/%s HTTP/1.1
    Host: %s.s3.%s.amazonaws.com
    X-Amz-Date: %s
    X-Amz-Content-SHA256: %s
    X-Amz-Security-Token: %s
    Authorization: AWS4-HMAC-SHA256 Credential=%s, SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token, Signature=%s
    Content-Length: 5120
 << HTTP/1.1 403 Forbidden 243b
    x-amz-request-id: %s
    x-amz-id-2: %s
    Content-Type: application/xml

POST https://api.example.com/v1/upload-url HTTP/1.1
Host: api.example.com
Cookie: sessionid=%s; csrftoken=%s
Authorization: Basic %s
Content-Type: application/json
Content-Length: 41

{"bucket":"%s","key":"%s"}
`,
				bucket, region, g.B(ObjectKey), bucket, region, date, g.B(PayloadHash),
				g.K(SessionToken, "mitmdump header X-Amz-Security-Token:"), scope(g.AK("mitmdump Authorization Credential="), date, region), g.K(SigV4, "mitmdump Authorization Signature="),
				g.B(RequestID), g.B(HostID),
				g.K(Cookie, "Fiddler raw Cookie: sessionid="), g.K(Cookie, "Fiddler raw Cookie: csrftoken="), g.K(Basic, "Fiddler raw Authorization: Basic"),
				g.B(Bucket), g.B(ObjectKey))
		}},
	{Name: "tshark-follow-stream",
		Source: "https://www.wireshark.org/docs/man-pages/tshark.html (-z follow,tcp,ascii,N: '===' rule, 'Follow: tcp,ascii', 'Filter: tcp.stream eq N', 'Node 0:'/'Node 1:', each chunk preceded by its byte count, the second node's indented by a tab); https://www.wireshark.org/download/automated/analysis/scan-build-2025-10-21-100328-3623-1/report-0f1c77.html (ui/cli/tap-follow.c); https://docs.aws.amazon.com/AmazonS3/latest/API/RESTAuthentication.html (Authorization: AWS AccessKeyId:Signature; SignatureDoesNotMatch body with AWSAccessKeyId, StringToSign, SignatureProvided)",
		gen: func(g *G) string {
			bucket, key := g.B(Bucket), g.B(ObjectKey)
			ak := g.AK("tshark follow Authorization: AWS <id>:<sig>")
			sig := g.K(SigV2, "tshark follow Authorization: AWS <id>:<sig>")
			return fmt.Sprintf(`$ tshark -r s3.pcap -q -z follow,tcp,ascii,0

===================================================================
Follow: tcp,ascii
Filter: tcp.stream eq 0
Node 0: 10.0.0.12:52344
Node 1: 52.216.1.2:80
228
PUT /%s/%s HTTP/1.1
Host: s3.amazonaws.com
Date: Mon, 15 Jan 2024 12:30:00 GMT
Content-Type: application/pdf
Authorization: AWS %s:%s
Cookie: session=%s
Content-Length: 5120


	512
HTTP/1.1 403 Forbidden
x-amz-request-id: %s
x-amz-id-2: %s
Content-Type: application/xml

<?xml version="1.0" encoding="UTF-8"?>
<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message><AWSAccessKeyId>%s</AWSAccessKeyId><StringToSign>PUT

application/pdf
Mon, 15 Jan 2024 12:30:00 GMT
/%s/%s</StringToSign><SignatureProvided>%s</SignatureProvided><RequestId>%s</RequestId></Error>
===================================================================
`, bucket, key, ak, sig, g.K(Cookie, "tshark follow Cookie: session="), g.B(RequestID), g.B(HostID), ak, bucket, key, sig, g.B(RequestID))
		}},
	{Name: "airbyte-mlflow-configs",
		Source: "https://docs.airbyte.com/integrations/destinations/s3 (destination config: s3_bucket_name, s3_bucket_path, s3_bucket_region, access_key_id, secret_access_key, s3_endpoint); https://mlflow.org/docs/latest/tracking/artifacts-stores.html (MLFLOW_S3_ENDPOINT_URL with AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY); https://mlflow.org/docs/latest/auth/index.html (MLFLOW_TRACKING_USERNAME / MLFLOW_TRACKING_PASSWORD)",
		gen: func(g *G) string {
			return fmt.Sprintf(`$ curl -s -X POST http://localhost:8000/api/v1/destinations/get -d '{"destinationId":"%s"}' | jq .connectionConfiguration
{
  "destinationType": "s3",
  "s3_bucket_name": "%s",
  "s3_bucket_path": "raw/airbyte",
  "s3_bucket_region": "%s",
  "access_key_id": "%s",
  "secret_access_key": "%s",
  "s3_endpoint": "http://minio.internal.example:9000",
  "format": {
    "format_type": "Parquet",
    "compression_codec": "SNAPPY"
  }
}
$ env | grep MLFLOW
MLFLOW_S3_ENDPOINT_URL=http://minio.internal.example:9000
MLFLOW_TRACKING_URI=https://mlflow.internal.example
MLFLOW_TRACKING_USERNAME=admin
MLFLOW_TRACKING_PASSWORD=%s
$ mlflow server --backend-store-uri postgresql://mlflow:%s@db.internal:5432/mlflow --artifacts-destination s3://%s/mlflow --host 0.0.0.0
`,
				g.B(UUID), g.B(Bucket), g.B(Region), g.AK("airbyte access_key_id"), g.K(SecretKey, "airbyte secret_access_key"),
				g.K(Password, "MLFLOW_TRACKING_PASSWORD="), g.K(Password, "mlflow --backend-store-uri postgresql://user:…@"), g.B(Bucket))
		}},
	{Name: "gitea-registry-storage",
		Source: "https://gist.github.com/TristanWasTaken/4ba82356a03645af1ebc888772a1f2fa (gitea app.ini [storage] STORAGE_TYPE = minio, MINIO_ACCESS_KEY_ID, MINIO_SECRET_ACCESS_KEY, MINIO_BUCKET, MINIO_LOCATION); https://gist.github.com/icyleaf/e2d3a0698da853b026801fd92c655920 (gitea migrate-storage --minio-access-key-id= --minio-secret-access-key=); https://gist.github.com/adamb70/963accf8c1e8b28f43c5a336f6262259 ([database] PASSWD, LFS_JWT_SECRET); https://docs.rustfs.com/ja/developer/integration/registry/harbor (registry config.yml storage.s3 accesskey/secretkey/regionendpoint)",
		gen: func(g *G) string {
			return fmt.Sprintf(`; /etc/gitea/app.ini
[server]
LFS_START_SERVER = true
LFS_JWT_SECRET = %s

[database]
DB_TYPE = postgres
HOST = db:5432
USER = gitea
PASSWD = %s

[security]
INTERNAL_TOKEN = %s

[storage]
STORAGE_TYPE = minio
MINIO_ENDPOINT = minio-node-1:9000
MINIO_ACCESS_KEY_ID = %s
MINIO_SECRET_ACCESS_KEY = %s
MINIO_BUCKET = %s
MINIO_LOCATION = %s

$ gitea migrate-storage --type=lfs --storage=minio --minio-endpoint=minio-node-1:9000 --minio-access-key-id=%s --minio-secret-access-key=%s --minio-bucket=%s
# registry config.yml (Harbor's registry component)
version: 0.1
storage:
  s3:
    accesskey: %s
    secretkey: %s
    region: %s
    regionendpoint: http://minio.internal.example:9000
    bucket: %s
    secure: false
http:
  addr: 0.0.0.0:5000
  secret: %s
`,
				g.K(Unknown, "gitea LFS_JWT_SECRET ="), g.K(Password, "gitea [database] PASSWD ="), g.K(JWT, "gitea INTERNAL_TOKEN ="),
				g.AK("gitea MINIO_ACCESS_KEY_ID ="), g.K(SecretKey, "gitea MINIO_SECRET_ACCESS_KEY ="), g.B(Bucket), g.B(Region),
				g.AK("gitea --minio-access-key-id="), g.K(SecretKey, "gitea --minio-secret-access-key="), g.B(Bucket),
				g.AK("registry storage.s3.accesskey:"), g.K(SecretKey, "registry storage.s3.secretkey:"), g.B(Region), g.B(Bucket),
				g.K(Unknown, "registry http.secret:"))
		}},
	{Name: "nextflow-flink-config",
		Source: "https://docs.seqera.io/nextflow/amazons3 (nextflow.config aws { accessKey = '…'; secretKey = '…'; region = '…' }); https://nextflow.io/docs/latest/reference/config.html (aws.client.endpoint, aws.client.s3PathStyleAccess); https://nightlies.apache.org/flink/flink-docs-stable/docs/deployment/filesystems/s3/ (flink-conf.yaml s3.access-key, s3.secret-key, s3.endpoint, s3.path.style.access); https://nightlies.apache.org/flink/flink-docs-stable/docs/deployment/config/ (GlobalConfiguration logs 'Loading configuration property: key, value', hiding only keys it deems sensitive)",
		gen: func(g *G) string {
			ak := g.AK("flink-conf.yaml s3.access-key:")
			return fmt.Sprintf(`// nextflow.config
aws {
    accessKey = '%s'
    secretKey = '%s'
    region = '%s'
    client {
        endpoint = 'https://minio.internal.example:9000'
        s3PathStyleAccess = true
    }
}
# flink-conf.yaml
s3.access-key: %s
s3.secret-key: %s
s3.endpoint: http://minio.internal.example:9000
s3.path.style.access: true
# jobmanager.log
2024-01-15 12:30:00,123 INFO  org.apache.flink.configuration.GlobalConfiguration           [] - Loading configuration property: s3.access-key, %s
2024-01-15 12:30:00,124 INFO  org.apache.flink.configuration.GlobalConfiguration           [] - Loading configuration property: s3.secret-key, ******
2024-01-15 12:30:00,125 INFO  org.apache.flink.configuration.GlobalConfiguration           [] - Loading configuration property: fs.s3a.secret.key, %s
2024-01-15 12:30:00,126 INFO  org.apache.flink.configuration.GlobalConfiguration           [] - Loading configuration property: state.checkpoints.dir, s3://%s/checkpoints
`,
				g.AK("nextflow aws { accessKey = '…' }"), g.K(SecretKey, "nextflow aws { secretKey = '…' }"), g.B(Region),
				ak, g.K(SecretKey, "flink-conf.yaml s3.secret-key:"), g.K2(g.last2(ak), ak, "flink log 'Loading configuration property: s3.access-key, …'"),
				g.K(SecretKey, "flink log 'Loading configuration property: fs.s3a.secret.key, …'"), g.B(Bucket))
		}},
	{Name: "git-credential-fill",
		Source: "https://git-scm.com/docs/git-credential (git credential fill reads protocol/host and prints protocol=, host=, username=, password= lines); https://git-scm.com/docs/gitcredentials (credential helpers); https://docs.github.com/en/get-started/getting-started-with-git/caching-your-github-credentials-in-git",
		gen: func(g *G) string {
			return fmt.Sprintf(`$ printf 'protocol=https\nhost=gitlab.example.com\n\n' | git credential fill
protocol=https
host=gitlab.example.com
username=ci-bot
password=%s
$ printf 'protocol=https\nhost=minio.internal.example\n\n' | git credential-store get
username=%s
password=%s
`,
				g.K(SaaS, "git credential fill password="), g.K(KeyIDCompat, "git credential-store get username= (an access key)"), g.K(SecretKey, "git credential-store get password= (a secret key)"))
		}},
}

// HeldOut5 names the contexts of the fifth held-out wave.
func HeldOut5() []string {
	var out []string
	for _, c := range heldOut5 {
		out = append(out, c.Name)
	}
	return out
}

// The fifth wave is measured by its own test only (TestRedactHeldOutWave5):
// none of its contexts is planted by Generate until its survivors are read
// and fixed, so the property test's ratchet is not moved by it.
func init() { heldOutOnly = append(heldOutOnly, heldOut5...) }
