package plant

import (
	"fmt"
)

// heldOut8 is an eighth held-out wave (issue 18): formats people paste around
// an S3 incident that none of the contexts above models, each written from
// the format's documentation or a real thread BEFORE internal/redact was read
// (and before the redactor was run on it), and never edited to suit it:
// ansible-inventory --list and ad-hoc debug output, Packer variable blocks
// and -var flags, pulumi stack export --show-secrets, strace / ltrace
// lines (execve's environment array, read() of a credentials file with \n
// escapes, getenv() = "…"), debugger dumps (gdb's 0x… "…" pointers, lldb
// frame variable, delve's struct print, strings of a core file), Java
// .properties with escaped keys and continuation lines, regedit's .reg
// exports (Environment and a WinSCP S3 session), CI service messages
// (TeamCity setParameter, GitHub's ::add-mask:: and $GITHUB_ENV heredocs,
// buildkite-agent meta-data), JMeter .jmx variables with -J and k6 -e flags,
// HOCON (Alpakka S3, Play), SQL Server's CREATE CREDENTIAL … SECRET =
// 'key:secret' and Oracle's DBMS_CLOUD named arguments, .bazelrc action_env
// and bazel-remote's S3 flags, rustic's OpenDAL TOML, /proc/PID/environ and
// ps eww, and GitLab's CI variables API JSON with glab / gh.
//
// written: before-code (issue 18, session of 2026-12-08, helper h-rprobe8,
// wave 8; survivors as written are in the commit message that measured
// them).
var heldOut8 = []Context{
	{Name: "ansible-inventory-debug",
		Source: "https://docs.ansible.com/archive/ansible/2.4/dev_guide/developing_inventory.html (--list prints groups {hosts, vars, children} and _meta.hostvars); https://manpages.ubuntu.com/manpages/lunar/en/man1/ansible-inventory.1.html (ansible-inventory --list / --host / -y YAML); https://blog.csdn.net/weixin_34365417/article/details/92637383 (--host prints ansible_password, ansible_become_pass in hostvars); https://docs.ansible.com/ansible/latest/collections/ansible/builtin/debug_module.html (host | SUCCESS => { \"var\": value })",
		gen: func(g *G) string {
			ak, sk := g.AK("ansible-inventory --list _meta.hostvars minio_access_key"), g.K(SecretKey, "ansible-inventory --list _meta.hostvars minio_secret_key")
			return fmt.Sprintf(`$ ansible-inventory -i inventories/prod --list
{
    "_meta": {
        "hostvars": {
            "backup01.internal": {
                "ansible_become_pass": "%s",
                "ansible_host": "10.20.1.15",
                "minio_access_key": "%s",
                "minio_secret_key": "%s",
                "s3_bucket": "%s"
            }
        }
    },
    "all": {
        "children": [
            "ungrouped",
            "backup"
        ]
    },
    "backup": {
        "hosts": [
            "backup01.internal"
        ]
    }
}
$ ansible backup01.internal -m debug -a "var=hostvars[inventory_hostname].aws_secret_key"
backup01.internal | SUCCESS => {
    "hostvars[inventory_hostname].aws_secret_key": "%s"
}
$ ansible-inventory --host backup01.internal -y
ansible_host: 10.20.1.15
aws_access_key: %s
aws_region: %s
vault_s3_secret: '%s'
`,
				g.K(Password, "ansible-inventory hostvars ansible_become_pass"), ak, sk, g.B(Bucket),
				g.K(SecretKey, "ansible -m debug \"hostvars[inventory_hostname].aws_secret_key\": …"),
				g.AK("ansible-inventory --host -y aws_access_key:"), g.B(Region), g.K(SecretKey, "ansible-inventory --host -y vault_s3_secret: '…'"))
		}},
	{Name: "packer-variables-and-flags",
		Source: "https://github.com/thundergolfer/example-bazel-monorepo/blob/b997e12e067d50db339f3cf6464fc219aec7a0cc/infrastructure/aws/ami/continuous_integration/packer-conf.pkr.hcl (variable \"aws_access_key\" { type = string } … from packer hcl2_upgrade); https://gist.github.com/hrmsk66/baf07bab82229b67096a60d19221e596 (variable \"aws_secret_key\" { sensitive = true }); https://gist.github.com/ThakurPriyanka/3b45331e278a05819c96a6f77833b149 (packer build -var aws_access_key=$1 -var aws_secret_key=$2); https://developer.hashicorp.com/packer/docs/templates/hcl_templates/variables (default =, PKR_VAR_name, *.auto.pkrvars.hcl)",
		gen: func(g *G) string {
			ak, sk := g.AK("packer build -var aws_access_key="), g.K(SecretKey, "packer build -var 'aws_secret_key=…'")
			return fmt.Sprintf(`# variables.pkr.hcl
variable "aws_access_key" {
  type    = string
  default = "%s"
}

variable "aws_secret_key" {
  type      = string
  default   = "%s"
  sensitive = true
}

variable "region" {
  type    = string
  default = "%s"
}

source "amazon-ebs" "uploader" {
  access_key    = var.aws_access_key
  secret_key    = var.aws_secret_key
  region        = var.region
  instance_type = "t3.small"
}
# minio.auto.pkrvars.hcl
minio_access_key = "%s"
minio_secret_key = "%s"
$ packer build -var aws_access_key=%s -var 'aws_secret_key=%s' .
$ PKR_VAR_aws_secret_key=%s packer build -only=amazon-ebs.uploader .
==> amazon-ebs.uploader: Uploading artifacts to s3://%s/%s
`,
				g.AK("packer variable \"aws_access_key\" { default = \"…\" }"), g.K(SecretKey, "packer variable \"aws_secret_key\" { default = \"…\" sensitive = true }"), g.B(Region),
				g.K(KeyIDCompat, "packer *.auto.pkrvars.hcl minio_access_key ="), g.K(SecretKey, "packer *.auto.pkrvars.hcl minio_secret_key ="),
				ak, sk, g.K(SecretKey, "PKR_VAR_aws_secret_key= packer build"), g.B(Bucket), g.B(ObjectKey))
		}},
	{Name: "pulumi-stack-export-secrets",
		Source: "https://github.com/pulumi/pulumi/pull/4046 (pulumi stack export --show-secrets: outputs.secret = {\"4dabf18193072939515e22adb298388d\": \"1b47061264138c4ac30d75fd1eb44270\", \"plaintext\": …} beside ciphertext); https://github.com/pulumi/pulumi/issues/13286 (inputs shown in plaintext in stack export: \"inputs\": {\"connection\": {\"privateKey\": …}}); https://github.com/pulumi/pulumi/issues/10863 (aws:iam/accessKey:AccessKey outputs id / secret); https://www.pulumi.com/docs/iac/cli/commands/pulumi_stack_output/ (--show-secrets --json)",
		gen: func(g *G) string {
			id := g.AK("pulumi stack export aws:iam/accessKey outputs.id")
			return fmt.Sprintf(`$ pulumi stack export --show-secrets --file stack.json && cat stack.json
{
    "version": 3,
    "deployment": {
        "manifest": {
            "time": "2024-01-15T12:30:00.000000+00:00",
            "magic": "%s",
            "version": "v3.100.0"
        },
        "resources": [
            {
                "urn": "urn:pulumi:prod::uploads::aws:iam/accessKey:AccessKey::uploader-key",
                "custom": true,
                "id": "%s",
                "type": "aws:iam/accessKey:AccessKey",
                "inputs": {
                    "user": "uploader"
                },
                "outputs": {
                    "id": "%s",
                    "secret": {
                        "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",
                        "plaintext": "\"%s\""
                    },
                    "status": "Active"
                }
            },
            {
                "urn": "urn:pulumi:prod::uploads::aws:lambda/function:Function::thumbnailer",
                "type": "aws:lambda/function:Function",
                "inputs": {
                    "environment": {
                        "variables": {
                            "BUCKET": "%s",
                            "MINIO_SECRET_KEY": "%s"
                        }
                    }
                }
            }
        ]
    }
}
$ pulumi stack output --show-secrets --json
{
  "bucketName": "%s",
  "minioAccessKey": "%s",
  "minioSecretKey": "%s"
}
`,
				g.B(PayloadHash), id, id, g.K(SecretKey, "pulumi stack export outputs.secret.plaintext \"\\\"…\\\"\""),
				g.B(Bucket), g.K(SecretKey, "pulumi stack export inputs.environment.variables.MINIO_SECRET_KEY"),
				g.B(Bucket), g.K(KeyIDCompat, "pulumi stack output --json minioAccessKey"), g.K(SecretKey, "pulumi stack output --json minioSecretKey"))
		}},
	{Name: "strace-ltrace-lines",
		Source: "https://manpages.ubuntu.com/manpages/focal/en/man1/strace.1.html (each line: syscall name, arguments in parentheses, = return value; -v prints the environment array of execve unabbreviated; strings C-escaped: \\n, \\r); https://www.kloudvin.com/learn/shell-scripting-zero-to-hero/shell-secrets-handling-env-vars-files-vault-ephemeral/ (/proc/$pid/environ and ps leaking AWS_SECRET_ACCESS_KEY); https://man7.org/linux/man-pages/man1/ltrace.1.html (library calls: getenv(\"NAME\") = \"value\")",
		gen: func(g *G) string {
			ak, sk := g.AK("strace -v execve env [\"AWS_ACCESS_KEY_ID=…\"]"), g.K(SecretKey, "strace -v execve env [\"AWS_SECRET_ACCESS_KEY=…\"]")
			fak, fsk := g.AK("strace read() \"aws_access_key_id = …\\n\""), g.K(SecretKey, "strace read() \"aws_secret_access_key = …\\n\"")
			return fmt.Sprintf(`$ strace -f -v -s 512 -e trace=execve,openat,read,write aws s3 cp s3://%s/%s .
execve("/usr/local/bin/aws", ["aws", "s3", "cp", "s3://%s/%s", "."], ["HOSTNAME=runner-7f9c", "AWS_ACCESS_KEY_ID=%s", "AWS_SECRET_ACCESS_KEY=%s", "AWS_DEFAULT_REGION=%s", "HOME=/root"]) = 0
openat(AT_FDCWD, "/root/.aws/credentials", O_RDONLY|O_CLOEXEC) = 3
read(3, "[default]\naws_access_key_id = %s\naws_secret_access_key = %s\n", 4096) = 121
[pid  4127] write(5, "GET /%s HTTP/1.1\r\nHost: %s.s3.amazonaws.com\r\nX-Amz-Security-Token: %s\r\nx-amz-date: %s\r\n\r\n", 900) = 900
$ ltrace -e getenv ./uploader
uploader->getenv("MINIO_SECRET_KEY") = "%s"
uploader->getenv("S3_BUCKET") = "%s"
+++ exited (status 0) +++
`,
				g.B(Bucket), g.B(ObjectKey), g.B(Bucket), g.B(ObjectKey), ak, sk, g.B(Region),
				fak, fsk,
				g.B(ObjectKey), g.B(Bucket), g.K(SessionToken, "strace write() \"X-Amz-Security-Token: …\\r\\n\""), g.B(Date),
				g.K(SecretKey, "ltrace getenv(\"MINIO_SECRET_KEY\") = \"…\""), g.B(Bucket))
		}},
	{Name: "debugger-dumps",
		Source: "https://doc.ecoscentric.com/gnutools/doc/gdb/Output-Formats.html (gdb prints a char* as 0xADDR \"string\"; x/s ADDR prints ADDR:\t\"string\"); https://lldb.llvm.org/use/tutorial.html (frame variable: (type) name = value); https://github.com/go-delve/delve/blob/master/Documentation/cli/README.md (print: pkg.Type {Field: \"value\", …}); https://www.kloudvin.com/learn/shell-scripting-zero-to-hero/shell-secrets-handling-env-vars-files-vault-ephemeral/ (memory and core dumps hold environment secrets)",
		gen: func(g *G) string {
			ak, sk := g.AK("gdb p *cfg access_key = 0x… \"…\""), g.K(SecretKey, "gdb p *cfg secret_key = 0x… \"…\"")
			return fmt.Sprintf(`(gdb) p *cfg
$1 = {endpoint = 0x5555555592a0 "https://minio.internal:9000", bucket = 0x5555555592d0 "%s", access_key = 0x555555559300 "%s", secret_key = 0x555555559330 "%s", region = "%s", '\000' <repeats 22 times>, port = 9000}
(gdb) x/s cfg->secret_key
0x555555559330:	"%s"
(lldb) frame variable
(std::string) access_key = "%s"
(std::string) secret_key = "%s"
(const char *) bucket = 0x0000000100004f80 "%s"
(dlv) print creds
github.com/aws/aws-sdk-go-v2/aws.Credentials {AccessKeyID: "%s", SecretAccessKey: "%s", SessionToken: "", Source: "StaticCredentials", CanExpire: false, Expires: time.Time(0001-01-01T00:00:00Z)}
$ strings -n 12 core.4127 | grep -i -A1 secret_access_key
AWS_SECRET_ACCESS_KEY=%s
aws_secret_access_key
%s
`,
				g.B(Bucket), ak, sk, g.B(Region), sk,
				g.AK("lldb (std::string) access_key = \"…\""), g.K(SecretKey, "lldb (std::string) secret_key = \"…\""), g.B(Bucket),
				g.AK("dlv print aws.Credentials {AccessKeyID: \"…\"}"), g.K(SecretKey, "dlv print aws.Credentials {SecretAccessKey: \"…\"}"),
				g.K(SecretKey, "strings core | AWS_SECRET_ACCESS_KEY=…"), g.K(SecretKey, "strings core -A1: line after 'aws_secret_access_key'"))
		}},
	{Name: "java-properties-escapes",
		Source: "https://docs.oracle.com/javase/8/docs/api/java/util/Properties.html#load-java.io.Reader- (key and value separated by =, : or whitespace; \\:, \\= and '\\ ' inside a key; a line ending in \\ continues on the next, whose leading blanks are dropped); https://kate-editor.org/syntax/data/html/test.properties.html (key\\:continued = value; key = value \\ / value continued); https://docs.rs/crate/java-props/latest/source/test.properties (key\\ with\\ spaces, key\\:with\\=colonAndEqualsSign)",
		gen: func(g *G) string {
			tok := g.K(SessionToken, "properties aws.sessionToken=<first part>\\ <newline> <rest>")
			cut := len(tok) / 2
			return fmt.Sprintf(`# src/main/resources/s3.properties
s3.endpoint=https\://minio.internal\:9000
s3.bucket : %s
s3.region   %s
s3\:access\:key=%s
s3\:secret\:key = %s
minio\ secret\ key : %s
aws.accessKeyId = \
    %s
aws.secretKey=\
  %s
aws.sessionToken=%s\
%s
upload.max-size=5368709120
`,
				g.B(Bucket), g.B(Region),
				g.AK("properties s3\\:access\\:key=…"), g.K(SecretKey, "properties s3\\:secret\\:key = …"), g.K(SecretKey, "properties minio\\ secret\\ key : …"),
				g.AK("properties aws.accessKeyId = \\ <newline> …"), g.K(SecretKey, "properties aws.secretKey=\\ <newline> …"),
				tok[:cut], tok[cut:])
		}},
	{Name: "windows-reg-export",
		Source: "https://www.itprotoday.com/compute-engines/jsi-tip-8615-understanding-regeditexe-reg-files (regedit /e FileName \"Key\" writes a .reg file with a 'Windows Registry Editor Version 5.00' header); https://file-extensions.com/docs/reg (\"KeyName\"=\"Value\" pairs under [HKEY_…] sections, dword:, hex(2):); https://winscp.net/eng/docs/ui_pref_storage (WinSCP keeps sites under HKCU\\Software\\Martin Prikryl\\WinSCP 2\\Sessions; an S3 site's user name is the access key, its password the secret)",
		gen: func(g *G) string {
			return fmt.Sprintf(`C:\> reg export HKCU\Environment env.reg /y && type env.reg
Windows Registry Editor Version 5.00

[HKEY_CURRENT_USER\Environment]
"AWS_ACCESS_KEY_ID"="%s"
"AWS_DEFAULT_REGION"="%s"
"AWS_SECRET_ACCESS_KEY"="%s"
"OneDrive"="C:\\Users\\dev\\OneDrive"
"Path"=hex(2):25,00,55,00,53,00,45,00,52,00,50,00,52,00,4f,00,46,00,49,00,4c,00,\
  45,00,25,00,00,00

[HKEY_CURRENT_USER\Software\Martin Prikryl\WinSCP 2\Sessions\%s@s3.amazonaws.com]
"HostName"="s3.amazonaws.com"
"UserName"="%s"
"Password"="%s"
"FSProtocol"=dword:00000007
"S3DefaultRegion"="%s"
"RemoteDirectory"="/%s"
`,
				g.AK("reg export [HKCU\\Environment] \"AWS_ACCESS_KEY_ID\"=\"…\""), g.B(Region), g.K(SecretKey, "reg export [HKCU\\Environment] \"AWS_SECRET_ACCESS_KEY\"=\"…\""),
				g.str(lowdig, 6), g.AK("reg export WinSCP S3 session \"UserName\"=\"…\""), g.K(SecretKey, "reg export WinSCP S3 session \"Password\"=\"…\""), g.B(Region), g.B(Bucket))
		}},
	{Name: "ci-service-messages",
		Source: "https://www.jetbrains.com/help/teamcity/service-messages.html (##teamcity[setParameter name='env.X' value='…'], |-escaped values); https://github.com/actions/toolkit/blob/main/docs/commands.md (echo \"::add-mask::mysecretvalue\"; ::set-output name=FOO::BAR); https://docs.rs/tsafe-core/latest/tsafe_core/env/fn.format_github_actions.html (::add-mask::VALUE then KEY=VALUE appended to $GITHUB_ENV); https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands (NAME<<EOF multiline values in $GITHUB_OUTPUT); https://buildkite.com/docs/agent/v3/cli-meta-data (buildkite-agent meta-data set KEY VALUE)",
		gen: func(g *G) string {
			masked := g.K(SecretKey, "GitHub ::add-mask::<value>")
			return fmt.Sprintf(`[12:30:01] : [Step 2/4] ##teamcity[setParameter name='env.AWS_SECRET_ACCESS_KEY' value='%s']
[12:30:01] : [Step 2/4] ##teamcity[setParameter name='system.minio.access.key' value='%s']
[12:30:01] : [Step 2/4] ##teamcity[buildStatisticValue key='uploadedBytes' value='48213']
Run echo "::add-mask::$MINIO_SECRET"
::add-mask::%s
Run echo "AWS_ACCESS_KEY_ID=%s" >> "$GITHUB_ENV"
Run echo "::set-output name=session_token::%s"
Run {
  echo 'R2_CREDS<<EOF'
  echo '{"accessKeyId":"%s","secretAccessKey":"%s"}'
  echo EOF
} >> "$GITHUB_OUTPUT"
$ buildkite-agent meta-data set "s3-secret-key" "%s"
$ buildkite-agent meta-data get "s3-bucket"
%s
`,
				g.K(SecretKey, "##teamcity[setParameter name='env.AWS_SECRET_ACCESS_KEY' value='…']"), g.K(KeyIDCompat, "##teamcity[setParameter name='system.minio.access.key' value='…']"),
				masked, g.AK("echo \"AWS_ACCESS_KEY_ID=…\" >> \"$GITHUB_ENV\""), g.K(SessionToken, "::set-output name=session_token::…"),
				g.K(KeyIDCompat, "$GITHUB_OUTPUT heredoc {\"accessKeyId\":…}"), g.K(SecretKey, "$GITHUB_OUTPUT heredoc {\"secretAccessKey\":…}"),
				g.K(SecretKey, "buildkite-agent meta-data set \"s3-secret-key\" \"…\""), g.B(Bucket))
		}},
	{Name: "jmeter-k6-load-tests",
		Source: "https://apache.googlesource.com/jmeter-site/+/refs/heads/asf-site/usermanual/component_reference.html?format=TEXT (User Defined Variables saved as <elementProp name=… elementType=\"Argument\"> with stringProp Argument.name / Argument.value; HTTP Header Manager Header.name / Header.value); https://qa.codes/learn/performance-testing-jmeter/variables-properties (jmeter -n -t test.jmx -JbaseUrl=… ; ${__P(name,default)}); https://grafana.com/docs/k6/latest/using-k6/environment-variables/ (k6 run -e NAME=value script.js, __ENV.NAME)",
		gen: func(g *G) string {
			return fmt.Sprintf(`<TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="s3-upload-load">
  <elementProp name="TestPlan.user_defined_variables" elementType="Arguments">
    <collectionProp name="Arguments.arguments">
      <elementProp name="S3_ACCESS_KEY" elementType="Argument">
        <stringProp name="Argument.name">S3_ACCESS_KEY</stringProp>
        <stringProp name="Argument.value">%s</stringProp>
        <stringProp name="Argument.metadata">=</stringProp>
      </elementProp>
      <elementProp name="S3_SECRET_KEY" elementType="Argument">
        <stringProp name="Argument.name">S3_SECRET_KEY</stringProp>
        <stringProp name="Argument.value">%s</stringProp>
        <stringProp name="Argument.metadata">=</stringProp>
      </elementProp>
      <elementProp name="BUCKET" elementType="Argument">
        <stringProp name="Argument.name">BUCKET</stringProp>
        <stringProp name="Argument.value">%s</stringProp>
      </elementProp>
    </collectionProp>
  </elementProp>
</TestPlan>
<HeaderManager guiclass="HeaderPanel" testclass="HeaderManager" testname="auth">
  <collectionProp name="HeaderManager.headers">
    <elementProp name="" elementType="Header">
      <stringProp name="Header.name">Authorization</stringProp>
      <stringProp name="Header.value">Bearer %s</stringProp>
    </elementProp>
  </collectionProp>
</HeaderManager>
$ jmeter -n -t s3-upload.jmx -Jaccess_key=%s -Jsecret_key=%s -l results.jtl
$ k6 run -e AWS_ACCESS_KEY_ID=%s -e AWS_SECRET_ACCESS_KEY=%s -e AWS_REGION=%s s3-load.js
`,
				g.AK("jmx Argument.name S3_ACCESS_KEY / Argument.value …"), g.K(SecretKey, "jmx Argument.name S3_SECRET_KEY / Argument.value …"), g.B(Bucket),
				g.K(Bearer, "jmx Header.name Authorization / Header.value Bearer …"),
				g.AK("jmeter -Jaccess_key=…"), g.K(SecretKey, "jmeter -Jsecret_key=…"),
				g.AK("k6 run -e AWS_ACCESS_KEY_ID=…"), g.K(SecretKey, "k6 run -e AWS_SECRET_ACCESS_KEY=…"), g.B(Region))
		}},
	{Name: "hocon-alpakka-play",
		Source: "https://github.com/akka/alpakka/blob/master/s3/src/main/resources/reference.conf (alpakka.s3.aws.credentials { provider = static, access-key-id, secret-access-key, token }); s3mock-alpakka's application.conf found by code search (aws { credentials { provider = static / access-key-id = \"…\" / secret-access-key = \"…\" } }, end-point = ${?SQS_END_POINT}); https://github.com/lightbend/config/blob/main/HOCON.md (key = value, key : value, key { }, unquoted strings, ${?ENV} fallbacks, quoted keys)",
		gen: func(g *G) string {
			return fmt.Sprintf(`# application.conf
alpakka.s3 {
  endpoint-url = "http://minio.internal:9000"
  path-style-access = true
  aws {
    credentials {
      provider = static
      access-key-id = "%s"
      secret-access-key = "%s"
      token = "%s"
    }
    region {
      provider = static
      default-region = "%s"
    }
  }
}
play.http.secret.key = "%s"
aws.s3 {
  bucket : %s
  accessKey : %s
  secretKey : ${?S3_SECRET_KEY}
  secretKey : %s
}
"minio.root.password" = "%s"
`,
				g.AK("HOCON alpakka.s3.aws.credentials access-key-id = \"…\""), g.K(SecretKey, "HOCON alpakka.s3.aws.credentials secret-access-key = \"…\""),
				g.K(SessionToken, "HOCON alpakka.s3.aws.credentials token = \"…\""), g.B(Region),
				g.K(Unknown, "HOCON play.http.secret.key = \"…\""), g.B(Bucket),
				g.AK("HOCON aws.s3 { accessKey : … } (unquoted)"), g.K(SecretKey, "HOCON aws.s3 { secretKey : … } (unquoted, after ${?ENV})"),
				g.K(Password, "HOCON \"minio.root.password\" = \"…\""))
		}},
	{Name: "sqlserver-oracle-credentials",
		Source: "https://learn.microsoft.com/sql/t-sql/statements/create-credential-transact-sql (CREATE CREDENTIAL [s3://<server>:<port>/…] WITH IDENTITY = 'S3 Access Key', SECRET = '<AccessKeyID>:<SecretKeyID>' — example F, S3-compatible object storage); https://learn.microsoft.com/en-us/powershell/module/sqlserver/new-sqlcredential (New-SqlCredential -Identity … -Secret …); https://docs.oracle.com/iaas/autonomous-database-serverless/doc/dbms-cloud-subprograms.html (DBMS_CLOUD.CREATE_CREDENTIAL(credential_name => …, username => <AWS access key ID>, password => <AWS secret access key>))",
		gen: func(g *G) string {
			ak, sk := g.AK("CREATE CREDENTIAL … SECRET = '<key id>:…'"), g.K(SecretKey, "CREATE CREDENTIAL … SECRET = '…:<secret>'")
			dak, dsk := g.AK("CREATE DATABASE SCOPED CREDENTIAL SECRET = '<key id>:…'"), g.K(SecretKey, "CREATE DATABASE SCOPED CREDENTIAL SECRET = '…:<secret>'")
			return fmt.Sprintf(`CREATE CREDENTIAL [s3://minio.internal:9000/%s]
WITH IDENTITY = 'S3 Access Key',
     SECRET = '%s:%s';
GO
BACKUP DATABASE Sales TO URL = 's3://minio.internal:9000/%s/sales_full.bak'
WITH FORMAT, COMPRESSION, STATS = 10;
Msg 3201, Level 16, State 1, Line 4
Cannot open backup device 's3://minio.internal:9000/%s/sales_full.bak'. Operating system error 5(Access is denied.).

CREATE DATABASE SCOPED CREDENTIAL s3_dc
WITH IDENTITY = 'S3 Access Key', SECRET = '%s:%s';

BEGIN
  DBMS_CLOUD.CREATE_CREDENTIAL(
    credential_name => 'S3_UPLOADS',
    username        => '%s',
    password        => '%s'
  );
END;
/
PS> New-SqlCredential -Name "s3://%s.s3.%s.amazonaws.com" -Identity "S3 Access Key" -Secret (ConvertTo-SecureString "%s:%s" -AsPlainText -Force)
`,
				g.B(Bucket), ak, sk, g.B(Bucket), g.B(Bucket), dak, dsk,
				g.AK("DBMS_CLOUD.CREATE_CREDENTIAL(username => '…')"), g.K(SecretKey, "DBMS_CLOUD.CREATE_CREDENTIAL(password => '…')"),
				g.B(Bucket), g.B(Region), g.AK("New-SqlCredential -Secret (ConvertTo-SecureString \"<key id>:…\")"), g.K(SecretKey, "New-SqlCredential -Secret (ConvertTo-SecureString \"…:<secret>\")"))
		}},
	{Name: "bazel-remote-cache-flags",
		Source: "https://github.com/buchgr/bazel-remote/issues/383 (bazel-remote --s3.endpoint= --s3.bucket= --s3.access_key_id= --s3.secret_access_key=; .bazelrc build --remote_cache=…); https://github.com/stratum/stratum/pull/878 (build --remote_cache=http://user:pass@host:8080 in a bazelrc); https://bazel.build/reference/command-line-reference (--action_env=NAME=VALUE, --test_env, --remote_header=NAME=VALUE)",
		gen: func(g *G) string {
			return fmt.Sprintf(`# .bazelrc
build --remote_cache=https://ci:%s@bazel-cache.internal:9092
build --remote_header=Authorization=Bearer %s
build --action_env=AWS_ACCESS_KEY_ID=%s
build --action_env=AWS_SECRET_ACCESS_KEY=%s
test --test_env=MINIO_SECRET_KEY=%s
build --remote_upload_local_results=true
$ docker run -p 9092:9092 buchgr/bazel-remote-cache --s3.endpoint=s3.%s.amazonaws.com \
    --s3.bucket=%s \
    --s3.prefix=cas \
    --s3.access_key_id=%s \
    --s3.secret_access_key="%s" \
    --s3.auth_method=access_key \
    --max_size=100
`,
				g.K(Password, ".bazelrc --remote_cache=https://ci:…@"), g.K(Bearer, ".bazelrc --remote_header=Authorization=Bearer …"),
				g.AK(".bazelrc --action_env=AWS_ACCESS_KEY_ID=…"), g.K(SecretKey, ".bazelrc --action_env=AWS_SECRET_ACCESS_KEY=…"), g.K(SecretKey, ".bazelrc --test_env=MINIO_SECRET_KEY=…"),
				g.B(Region), g.B(Bucket), g.AK("bazel-remote --s3.access_key_id=…"), g.K(SecretKey, "bazel-remote --s3.secret_access_key=\"…\""))
		}},
	{Name: "rustic-opendal-toml",
		Source: "https://github.com/rustic-rs/rustic/blob/main/config/full.toml and https://docs.rs/crate/rustic-rs/latest/source/config/services/b2.toml ([repository] repository = \"opendal:…\", password = …; [repository.options] with the OpenDAL service's keys); https://docs.rs/opendal/0.13.1/opendal/services/s3/index.html (S3 options bucket, endpoint, region, access_key_id, secret_access_key; env OPENDAL_S3_ACCESS_KEY_ID, OPENDAL_S3_SECRET_ACCESS_KEY)",
		gen: func(g *G) string {
			return fmt.Sprintf(`# ~/.config/rustic/wasabi.toml
[repository]
repository = "opendal:s3"
password = "%s"

[repository.options]
bucket = "%s"
root = "/rustic"
endpoint = "https://s3.%s.wasabisys.com"
region = "%s"
access_key_id = "%s"
secret_access_key = "%s"

[backup]
globs = ["!/home/*/.cache"]
$ OPENDAL_S3_ACCESS_KEY_ID=%s OPENDAL_S3_SECRET_ACCESS_KEY=%s RUSTIC_PASSWORD=%s rustic -P wasabi snapshots
[ERROR] error sending request for url (https://s3.%s.wasabisys.com/%s/rustic/config): 403 Forbidden
`,
				g.K(Password, "rustic.toml [repository] password ="), g.B(Bucket), g.B(Region), g.B(Region),
				g.K(KeyIDCompat, "rustic.toml [repository.options] access_key_id ="), g.K(SecretKey, "rustic.toml [repository.options] secret_access_key ="),
				g.K(KeyIDCompat, "OPENDAL_S3_ACCESS_KEY_ID= rustic"), g.K(SecretKey, "OPENDAL_S3_SECRET_ACCESS_KEY= rustic"), g.K(Password, "RUSTIC_PASSWORD= rustic"),
				g.B(Region), g.B(Bucket))
		}},
	{Name: "proc-environ-ps-eww",
		Source: "https://www.kloudvin.com/learn/shell-scripting-zero-to-hero/shell-secrets-handling-env-vars-files-vault-ephemeral/ (cat /proc/$pid/environ | tr '\\0' '\\n' shows AWS_SECRET_ACCESS_KEY=…; ps shows the command line); https://man7.org/linux/man-pages/man5/proc_pid_environ.5.html (entries separated by null bytes, so a plain cat runs them together on a terminal); https://man7.org/linux/man-pages/man1/ps.1.html (ps e / eww: show the environment after the command, unlimited width)",
		gen: func(g *G) string {
			sk := g.K(SecretKey, "cat /proc/PID/environ …AWS_SECRET_ACCESS_KEY=<value>AWS_SESSION_TOKEN=… (NULs dropped)")
			return fmt.Sprintf(`$ sudo cat /proc/4127/environ
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/binHOSTNAME=uploader-7d9f8AWS_REGION=%sAWS_ACCESS_KEY_ID=%sAWS_SECRET_ACCESS_KEY=%sAWS_SESSION_TOKEN=%sHOME=/root
$ ps eww -o pid,command 4127
  PID COMMAND
 4127 node server.js PATH=/usr/local/bin:/usr/bin HOSTNAME=uploader-7d9f8 S3_BUCKET=%s MINIO_ACCESS_KEY=%s MINIO_SECRET_KEY=%s NODE_ENV=production
$ sudo tr '\0' '\n' < /proc/4127/environ | grep -i pass
DB_PASSWORD=%s
`,
				g.B(Region), g.AK("cat /proc/PID/environ …AWS_ACCESS_KEY_ID=<value>AWS_SECRET… (NULs dropped)"), sk,
				g.K(SessionToken, "cat /proc/PID/environ …AWS_SESSION_TOKEN=<value>HOME=/root (NULs dropped)"),
				g.B(Bucket), g.K(KeyIDCompat, "ps eww … MINIO_ACCESS_KEY=…"), g.K(SecretKey, "ps eww … MINIO_SECRET_KEY=…"),
				g.K(Password, "tr '\\0' '\\n' < /proc/PID/environ DB_PASSWORD="))
		}},
	{Name: "gitlab-variables-api-gh",
		Source: "https://docs.gitlab.com/ee/api/project_level_variables.html (GET /projects/:id/variables: [{variable_type, key, value, protected, masked, raw, environment_scope, description}]; file-type variables hold a whole file); https://gitlab.com/gitlab-org/cli/-/blob/main/docs/source/variable/get.md (glab variable get KEY prints the bare value); https://cli.github.com/manual/gh_secret_set (gh secret set NAME --body VALUE)",
		gen: func(g *G) string {
			return fmt.Sprintf(`$ curl -s --header "PRIVATE-TOKEN: %s" "https://gitlab.example.com/api/v4/projects/42/variables" | jq .
[
  {
    "variable_type": "env_var",
    "key": "AWS_SECRET_ACCESS_KEY",
    "value": "%s",
    "protected": true,
    "masked": true,
    "raw": false,
    "environment_scope": "*",
    "description": null
  },
  {
    "variable_type": "file",
    "key": "MINIO_CREDENTIALS",
    "value": "[default]\naws_access_key_id = %s\naws_secret_access_key = %s\n",
    "protected": false,
    "masked": false,
    "raw": true,
    "environment_scope": "production",
    "description": "minio for %s"
  }
]
$ glab variable get AWS_ACCESS_KEY_ID
%s
$ gh secret set R2_SECRET_ACCESS_KEY --body "%s" --repo acme/uploader
✓ Set Actions secret R2_SECRET_ACCESS_KEY for acme/uploader
`,
				g.K(SaaS, "curl --header \"PRIVATE-TOKEN: …\""), g.K(SecretKey, "GitLab API variables [{\"key\": \"AWS_SECRET_ACCESS_KEY\", \"value\": \"…\"}]"),
				g.K(KeyIDCompat, "GitLab API file variable value \"…aws_access_key_id = …\\n\""), g.K(SecretKey, "GitLab API file variable value \"…aws_secret_access_key = …\\n\""), g.B(Bucket),
				g.AK("glab variable get AWS_ACCESS_KEY_ID (bare value on the next line)"), g.K(SecretKey, "gh secret set NAME --body \"…\""))
		}},
}

// HeldOut8 names the contexts of the eighth held-out wave.
func HeldOut8() []string {
	var out []string
	for _, c := range heldOut8 {
		out = append(out, c.Name)
	}
	return out
}

// The eighth wave is measured by its own test only (TestRedactHeldOutWave8):
// none of its contexts is planted by Generate until its survivors are read
// and fixed, so the property test's ratchet is not moved by it.
func init() { heldOutOnly = append(heldOutOnly, heldOut8...) }
