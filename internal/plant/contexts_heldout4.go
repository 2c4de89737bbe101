package plant

import (
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"strings"
)

// heldOut4 is a fourth held-out wave (issue 18): formats people paste around
// an S3 incident that none of the contexts above models, each written from
// the format's documentation or a real thread BEFORE the redactor was run on
// it (and before internal/redact was read), and never edited to suit it:
// the AWS CLI's text and table outputs and its name/value JSON outputs
// (CloudFormation OutputKey/OutputValue, SSM Name/Value, a JSON string in
// SecretString), export-credentials' formats (fish's set -gx), secret
// stores' CLIs (gh secret set NAME --body, ssm put-parameter --name --value,
// heroku config), terraform output, pulumi config, Jenkins credentials (XML
// and JCasC), Bitbucket and CircleCI pipelines, API clients' files (VS Code
// REST Client .http, Bruno .bru), devtools' "Copy as PowerShell", a Sentry
// event, client constructors in C++, Objective-C, Swift, Kotlin, Dart and R,
// S3-compatible stores' admin outputs (garage, radosgw-admin, weed shell,
// openstack), the B2 CLI, gsutil -o, rclone connection strings, FileZilla /
// WinSCP / cmdkey, Trino / Gravitino / StarRocks catalog properties (also
// parallel name and value arrays), nginx's aws_auth module, and JVM build
// tools (-D flags, settings.xml, sbt Credentials(…) positional).
//
// written: before-code (issue 18, session of 2026-12-07, helper h-rprobe,
// wave 4; survivors as written are in the commit message that added them).
var heldOut4 = []Context{
	{Name: "aws-cli-text-table-output",
		Source: "https://awscli.amazonaws.com/v2/documentation/api/latest/reference/iam/create-access-key.html (--output text: ACCESSKEY <AccessKeyId> <CreateDate> <SecretAccessKey> <Status> <UserName>, tab-separated, no names); https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-output-format.html (text and table output formats); https://docs.aws.amazon.com/cli/latest/reference/sts/assume-role.html",
		gen: func(g *G) string {
			id, sk := g.AK("create-access-key --output text field 2"), g.K(SecretKey, "create-access-key --output text field 4")
			id2, sk2, tok2 := g.K(KeyIDAWS, "assume-role --output text CREDENTIALS field 1"), g.K(SecretKey, "assume-role --output text CREDENTIALS field 3"), g.K(SessionToken, "assume-role --output text CREDENTIALS field 4")
			id3, sk3, tok3 := g.K(KeyIDAWS, "get-session-token --output table AccessKeyId row"), g.K(SecretKey, "get-session-token --output table SecretAccessKey row"), g.K(SessionToken, "get-session-token --output table SessionToken row")
			w := len(tok3)
			if len(sk3) > w {
				w = len(sk3)
			}
			row := func(k, v string) string { return fmt.Sprintf("||  %-16s|  %-*s  ||\n", k, w, v) }
			bar := "|+" + strings.Repeat("-", 18) + "+" + strings.Repeat("-", w+4) + "+|\n"
			return fmt.Sprintf("$ aws iam create-access-key --user-name ci-uploader --output text\nACCESSKEY\t%s\t2024-01-15T12:30:00+00:00\t%s\tActive\tci-uploader\n$ aws sts assume-role --role-arn arn:aws:iam::123456789012:role/s3-writer --role-session-name dbg --output text\nASSUMEDROLEUSER\tarn:aws:sts::123456789012:assumed-role/s3-writer/dbg\tAROA3XFRBF535PLBIFPI4:dbg\nCREDENTIALS\t%s\t2024-01-15T13:30:00+00:00\t%s\t%s\n$ aws sts get-session-token --output table\n%s||%s||\n%s%s%s%s%s%s$ aws s3 cp report.pdf s3://%s/%s\n",
				id, sk, id2, sk2, tok2,
				"|"+strings.Repeat("-", w+24)+"|\n", centre("Credentials", w+22), bar,
				row("AccessKeyId", id3), row("Expiration", "2024-01-16T00:30:00+00:00"), row("SecretAccessKey", sk3), row("SessionToken", tok3), bar,
				g.B(Bucket), g.B(ObjectKey))
		}},
	{Name: "aws-export-credentials-formats",
		Source: "https://docs.aws.amazon.com/cli/latest/reference/configure/export-credentials.html (--format process: JSON {Version, AccessKeyId, SecretAccessKey, SessionToken, Expiration}; env-no-export: NAME=value; windows-cmd: set NAME=value; fish: set -gx NAME \"value\"); https://github.com/aws/aws-cli/pull/9996 (FishShellFormatter 'set -gx {var_name} \"{var_value}\"')",
		gen: func(g *G) string {
			return fmt.Sprintf("$ aws configure export-credentials --profile sso-dev\n{\n  \"Version\": 1,\n  \"AccessKeyId\": \"%s\",\n  \"SecretAccessKey\": \"%s\",\n  \"SessionToken\": \"%s\",\n  \"Expiration\": \"2024-01-15T18:30:00+00:00\"\n}\n$ aws configure export-credentials --profile sso-dev --format env-no-export\nAWS_ACCESS_KEY_ID=%s\nAWS_SECRET_ACCESS_KEY=%s\nAWS_SESSION_TOKEN=%s\nAWS_CREDENTIAL_EXPIRATION=2024-01-15T18:30:00+00:00\n> aws configure export-credentials --profile sso-dev --format fish\nset -gx AWS_ACCESS_KEY_ID \"%s\"\nset -gx AWS_SECRET_ACCESS_KEY \"%s\"\nset -gx AWS_SESSION_TOKEN \"%s\"\nC:\\> aws configure export-credentials --profile minio --format windows-cmd\nset AWS_ACCESS_KEY_ID=%s\nset AWS_SECRET_ACCESS_KEY=%s\n",
				g.K(KeyIDAWS, "export-credentials process AccessKeyId"), g.K(SecretKey, "export-credentials process SecretAccessKey"), g.K(SessionToken, "export-credentials process SessionToken"),
				g.K(KeyIDAWS, "env-no-export AWS_ACCESS_KEY_ID="), g.K(SecretKey, "env-no-export AWS_SECRET_ACCESS_KEY="), g.K(SessionToken, "env-no-export AWS_SESSION_TOKEN="),
				g.K(KeyIDAWS, "fish set -gx AWS_ACCESS_KEY_ID"), g.K(SecretKey, "fish set -gx AWS_SECRET_ACCESS_KEY"), g.K(SessionToken, "fish set -gx AWS_SESSION_TOKEN"),
				g.K(KeyIDCompat, "windows-cmd set AWS_ACCESS_KEY_ID="), g.K(SecretKey, "windows-cmd set AWS_SECRET_ACCESS_KEY="))
		}},
	{Name: "aws-cli-name-value-json",
		Source: "https://docs.aws.amazon.com/cli/latest/reference/cloudformation/describe-stacks.html (Outputs: [{OutputKey, OutputValue, Description}]); https://docs.aws.amazon.com/cli/latest/reference/ssm/get-parameter.html (Parameter: {Name, Type: SecureString, Value}); https://docs.aws.amazon.com/cli/latest/reference/secretsmanager/get-secret-value.html (SecretString: a JSON document as a string); https://docs.aws.amazon.com/cli/latest/reference/cloudformation/create-stack.html (--parameters ParameterKey=…,ParameterValue=…); https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-cli-command-reference-sam-deploy.html (--parameter-overrides Key=Value)",
		gen: func(g *G) string {
			pname := "/prod/uploader/" + g.pick("secret_access_key", "aws_secret_key", "minio_secret")
			return fmt.Sprintf("$ aws cloudformation describe-stacks --stack-name uploader --query 'Stacks[0].Outputs'\n[\n    {\n        \"OutputKey\": \"UploaderAccessKeyId\",\n        \"OutputValue\": \"%s\",\n        \"Description\": \"Access key of the uploader user\"\n    },\n    {\n        \"OutputKey\": \"UploaderSecretAccessKey\",\n        \"OutputValue\": \"%s\"\n    },\n    {\n        \"OutputKey\": \"BucketName\",\n        \"OutputValue\": \"%s\"\n    }\n]\n$ aws ssm get-parameter --name %[4]s --with-decryption\n{\n    \"Parameter\": {\n        \"Name\": \"%[4]s\",\n        \"Type\": \"SecureString\",\n        \"Value\": \"%s\",\n        \"Version\": 3,\n        \"LastModifiedDate\": \"2024-01-15T12:30:00.000000+00:00\",\n        \"ARN\": \"arn:aws:ssm:us-east-1:123456789012:parameter%[4]s\",\n        \"DataType\": \"text\"\n    }\n}\n$ aws secretsmanager get-secret-value --secret-id prod/minio\n{\n    \"ARN\": \"arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/minio-a1B2c3\",\n    \"Name\": \"prod/minio\",\n    \"VersionId\": \"%[6]s\",\n    \"SecretString\": \"{\\\"accessKey\\\":\\\"%s\\\",\\\"secretKey\\\":\\\"%s\\\",\\\"endpoint\\\":\\\"https://minio.internal.example:9000\\\"}\",\n    \"VersionStages\": [\n        \"AWSCURRENT\"\n    ]\n}\n$ aws cloudformation create-stack --stack-name uploader2 --template-body file://t.yaml --parameters ParameterKey=AccessKeyId,ParameterValue=%s '[{\"ParameterKey\":\"SecretAccessKey\",\"ParameterValue\":\"%s\"}]'\n$ sam deploy --stack-name uploader3 --parameter-overrides AccessKeyId=%s SecretAccessKey=%s BucketName=%s\n",
				g.AK("describe-stacks OutputValue (OutputKey …AccessKeyId)"), g.K(SecretKey, "describe-stacks OutputValue (OutputKey …SecretAccessKey)"), g.B(Bucket),
				pname, g.K(SecretKey, "ssm get-parameter Value (Name …secret…)"),
				g.B(UUID), g.K(KeyIDCompat, "SecretString {\\\"accessKey\\\"}"), g.K(SecretKey, "SecretString {\\\"secretKey\\\"}"),
				g.AK("--parameters ParameterKey=AccessKeyId,ParameterValue="), g.K(SecretKey, "--parameters JSON ParameterValue (ParameterKey SecretAccessKey)"),
				g.AK("sam --parameter-overrides AccessKeyId="), g.K(SecretKey, "sam --parameter-overrides SecretAccessKey="), g.B(Bucket))
		}},
	{Name: "secret-store-cli",
		Source: "https://cli.github.com/manual/gh_secret_set (gh secret set NAME --body VALUE / -b); https://docs.aws.amazon.com/cli/latest/reference/ssm/put-parameter.html (--name … --value … --type SecureString); https://fly.io/docs/flyctl/secrets-set/ (fly secrets set NAME=VALUE); https://devcenter.heroku.com/articles/config-vars (heroku config: '=== app Config Vars' then 'NAME: value' aligned); https://docs.doppler.com/docs/cli (doppler secrets set NAME=value)",
		gen: func(g *G) string {
			id, sk := g.AK("heroku config AWS_ACCESS_KEY_ID:"), g.K(SecretKey, "heroku config AWS_SECRET_ACCESS_KEY:")
			return fmt.Sprintf("$ gh secret set AWS_SECRET_ACCESS_KEY --body \"%s\" --repo acme/uploader\n✓ Set Actions secret AWS_SECRET_ACCESS_KEY for acme/uploader\n$ gh secret set AWS_ACCESS_KEY_ID -b %s\n$ aws ssm put-parameter --name /prod/uploader/aws_secret_access_key --value '%s' --type SecureString --overwrite\n{\n    \"Version\": 4,\n    \"Tier\": \"Standard\"\n}\n$ fly secrets set S3_ACCESS_KEY=%s S3_SECRET_KEY=%s -a uploader\n$ doppler secrets set MINIO_ROOT_PASSWORD=\"%s\"\n$ heroku config -a uploader\n=== uploader Config Vars\nAWS_ACCESS_KEY_ID:     %s\nAWS_SECRET_ACCESS_KEY: %s\nBUCKETEER_BUCKET_NAME: %s\nDATABASE_URL:          postgres://u%s:%s@ec2-54-0-0-1.compute-1.amazonaws.com:5432/d%s\n",
				g.K(SecretKey, "gh secret set AWS_SECRET_ACCESS_KEY --body"), g.AK("gh secret set AWS_ACCESS_KEY_ID -b"),
				g.K(SecretKey, "ssm put-parameter --value (--name …secret…)"),
				g.K(KeyIDCompat, "fly secrets set S3_ACCESS_KEY="), g.K(SecretKey, "fly secrets set S3_SECRET_KEY="), g.K(Password, "doppler secrets set MINIO_ROOT_PASSWORD="),
				id, sk, g.B(Bucket), g.str(lowdig, 10), g.K(Password, "heroku DATABASE_URL userinfo password"), g.str(lowdig, 8))
		}},
	{Name: "terraform-output-pulumi-config",
		Source: "https://developer.hashicorp.com/terraform/cli/commands/output (terraform output -json: {name: {sensitive, type, value}}; -raw prints the bare value); https://www.pulumi.com/docs/iac/concepts/config/ (pulumi config set aws:accessKey …, --secret; Pulumi.<stack>.yaml config: namespace:key); https://www.pulumi.com/docs/cli/commands/pulumi_config_set/ (pulumi config set <key> [value] [--secret]); https://www.pulumi.com/registry/packages/aws/installation-configuration/ (aws:accessKey, aws:secretKey, aws:token)",
		gen: func(g *G) string {
			return fmt.Sprintf("$ terraform output -json\n{\n  \"bucket_name\": {\n    \"sensitive\": false,\n    \"type\": \"string\",\n    \"value\": \"%s\"\n  },\n  \"uploader_access_key_id\": {\n    \"sensitive\": false,\n    \"type\": \"string\",\n    \"value\": \"%s\"\n  },\n  \"uploader_secret_access_key\": {\n    \"sensitive\": true,\n    \"type\": \"string\",\n    \"value\": \"%s\"\n  }\n}\n$ terraform output -raw uploader_secret_access_key\n%s\n$ pulumi config set aws:region %s\n$ pulumi config set aws:accessKey %s\n$ pulumi config set --secret aws:secretKey %s\n$ pulumi config set minio:minioPassword %s --secret\n$ pulumi config --show-secrets\nKEY                  VALUE\naws:accessKey        %s\naws:region           us-east-1\naws:secretKey        %s\naws:token            %s\n",
				g.B(Bucket), g.AK("terraform output -json value (uploader_access_key_id)"), g.K(SecretKey, "terraform output -json value (uploader_secret_access_key)"),
				g.K(SecretKey, "terraform output -raw (bare value on the next line)"),
				g.B(Region), g.AK("pulumi config set aws:accessKey"), g.K(SecretKey, "pulumi config set --secret aws:secretKey"), g.K(Password, "pulumi config set minio:minioPassword"),
				g.AK("pulumi config --show-secrets aws:accessKey row"), g.K(SecretKey, "pulumi config --show-secrets aws:secretKey row"), g.K(SessionToken, "pulumi config --show-secrets aws:token row"))
		}},
	{Name: "jenkins-credentials",
		Source: "https://kb.novaordis.com/index.php/Jenkins_Credentials_Plugin ($JENKINS_HOME/credentials.xml: UsernamePasswordCredentialsImpl <username>, <password>{AQAAABAAAAA…}</password>, encrypted with secrets/hudson.util.Secret); https://plugins.jenkins.io/aws-credentials/ (AWSCredentialsImpl accessKey, secretKey); https://github.com/jenkinsci/configuration-as-code-plugin/blob/master/demos/credentials/README.md (JCasC credentials: aws accessKey/secretKey, usernamePassword, string secret)",
		gen: func(g *G) string {
			enc := func(slot string) string {
				b := append([]byte{1, 0, 0, 0, 16, 0, 0, 0, 48}, g.bytes(64)...)
				return g.kAs(Unknown, slot, "{"+base64.StdEncoding.EncodeToString(b)+"}", 12)
			}
			return fmt.Sprintf("<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin=\"credentials@1311.vcf0a_900b_37c\">\n  <domainCredentialsMap class=\"hudson.util.CopyOnWriteMap$Hash\">\n    <entry>\n      <com.cloudbees.plugins.credentials.domains.Domain>\n        <specifications/>\n      </com.cloudbees.plugins.credentials.domains.Domain>\n      <java.util.concurrent.CopyOnWriteArrayList>\n        <com.cloudbees.jenkins.plugins.awscredentials.AWSCredentialsImpl plugin=\"aws-credentials@218.v1b_e9466ec5da_\">\n          <scope>GLOBAL</scope>\n          <id>s3-uploader</id>\n          <description>uploader</description>\n          <accessKey>%s</accessKey>\n          <secretKey>%s</secretKey>\n          <iamRoleArn></iamRoleArn>\n        </com.cloudbees.jenkins.plugins.awscredentials.AWSCredentialsImpl>\n        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n          <scope>GLOBAL</scope>\n          <id>minio-root</id>\n          <username>minioadmin</username>\n          <password>%s</password>\n        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n      </java.util.concurrent.CopyOnWriteArrayList>\n    </entry>\n  </domainCredentialsMap>\n</com.cloudbees.plugins.credentials.SystemCredentialsProvider>\n# jenkins.yaml (configuration as code)\ncredentials:\n  system:\n    domainCredentials:\n      - credentials:\n          - aws:\n              scope: GLOBAL\n              id: \"s3-uploader\"\n              accessKey: \"%s\"\n              secretKey: \"%s\"\n          - usernamePassword:\n              scope: GLOBAL\n              id: \"minio-root\"\n              username: \"minioadmin\"\n              password: \"%s\"\n          - string:\n              scope: GLOBAL\n              id: \"github-token\"\n              secret: \"%s\"\n",
				g.AK("credentials.xml <accessKey>"), enc("credentials.xml <secretKey>{AQAAAB…} (encrypted at rest)"), enc("credentials.xml <password>{AQAAAB…}"),
				g.AK("JCasC aws accessKey:"), g.K(SecretKey, "JCasC aws secretKey:"), g.K(Password, "JCasC usernamePassword password:"), g.K(SaaS, "JCasC string secret:"))
		}},
	{Name: "bitbucket-circleci-pipelines",
		Source: "https://bitbucket.org/atlassian/aws-s3-deploy/src/master/README.md (- pipe: atlassian/aws-s3-deploy:1.1.0 / variables: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, S3_BUCKET, LOCAL_PATH); https://circleci.com/docs/configuration-reference/#docker (image auth: username, password; job environment:); https://circleci.com/developer/orbs/orb/circleci/aws-s3",
		gen: func(g *G) string {
			return fmt.Sprintf("# bitbucket-pipelines.yml\npipelines:\n  branches:\n    main:\n      - step:\n          name: Deploy to S3\n          script:\n            - pipe: atlassian/aws-s3-deploy:1.1.0\n              variables:\n                AWS_ACCESS_KEY_ID: '%s'\n                AWS_SECRET_ACCESS_KEY: '%s'\n                AWS_DEFAULT_REGION: '%s'\n                S3_BUCKET: '%s'\n                LOCAL_PATH: 'build'\n# .circleci/config.yml\nversion: 2.1\norbs:\n  aws-s3: circleci/aws-s3@4.0\njobs:\n  deploy:\n    docker:\n      - image: cimg/python:3.12\n        auth:\n          username: acmeci\n          password: %s\n    environment:\n      AWS_ACCESS_KEY_ID: %s\n      AWS_SECRET_ACCESS_KEY: %s\n      AWS_REGION: %s\n    steps:\n      - checkout\n      - aws-s3/sync:\n          from: build\n          to: 's3://%s/site'\n",
				g.AK("bitbucket pipe variables AWS_ACCESS_KEY_ID:"), g.K(SecretKey, "bitbucket pipe variables AWS_SECRET_ACCESS_KEY:"), g.B(Region), g.B(Bucket),
				g.K(Password, "circleci docker auth password:"), g.AK("circleci environment AWS_ACCESS_KEY_ID:"), g.K(SecretKey, "circleci environment AWS_SECRET_ACCESS_KEY:"), g.B(Region), g.B(Bucket))
		}},
	{Name: "vscode-rest-client-http",
		Source: "https://github.com/Huachao/vscode-restclient/blob/master/README.md (file variables '@name = value'; 'Authorization: Basic user:passwd' and 'Authorization: Basic user passwd' sent raw and encoded by the extension; 'Authorization: AWS <accessId> <accessKey> [token:<sessionToken>] [region:<regionName>] [service:<serviceName>]'; requests separated by ###)",
		gen: func(g *G) string {
			bucket, region := g.B(Bucket), g.B(Region)
			return fmt.Sprintf("@host = https://%s.s3.%s.amazonaws.com\n@accessKeyId = %s\n@secretAccessKey = %s\n\n### get the report\nGET {{host}}/%s HTTP/1.1\nAuthorization: AWS {{accessKeyId}} {{secretAccessKey}} region:%s service:s3\n\n### same request against minio, session credentials inline\nGET https://minio.internal.example:9000/%s/%s\nAuthorization: AWS %s %s token:%s region:us-east-1 service:s3\n\n### admin info (basic, raw user:password)\nGET https://minio.internal.example:9000/minio/admin/v3/info\nAuthorization: Basic admin:%s\n\n### console login (basic, user and password as two words)\nPOST https://console.internal.example/api/v1/login\nAuthorization: Basic console %s\nContent-Type: application/json\n",
				bucket, region, g.AK("REST Client file variable @accessKeyId"), g.K(SecretKey, "REST Client file variable @secretAccessKey"),
				g.B(ObjectKey), region, g.B(Bucket), g.B(ObjectKey),
				g.K(KeyIDCompat, "Authorization: AWS <accessId>"), g.K(SecretKey, "Authorization: AWS <accessId> <accessKey>"), g.K(SessionToken, "Authorization: AWS … token:"),
				g.K(Password, "Authorization: Basic user:passwd (raw)"), g.K(Password, "Authorization: Basic user passwd (two words)"))
		}},
	{Name: "bruno-collection-files",
		Source: "https://github.com/usebruno/bruno/pull/546 (AWS Sig V4 auth in .bru files: auth:awsv4 { accessKeyId, secretAccessKey, sessionToken, service, region, profileName }); https://docs.usebruno.com/bru-lang/overview (meta/get/auth:basic/auth:bearer/headers blocks; environments/*.bru vars and vars:secret)",
		gen: func(g *G) string {
			return fmt.Sprintf("meta {\n  name: get-report\n  type: http\n  seq: 1\n}\n\nget {\n  url: https://%s.s3.%s.amazonaws.com/%s\n  body: none\n  auth: awsv4\n}\n\nauth:awsv4 {\n  accessKeyId: %s\n  secretAccessKey: %s\n  sessionToken: %s\n  service: s3\n  region: us-east-1\n  profileName: \n}\n\n--- minio-admin.bru\nauth:basic {\n  username: admin\n  password: %s\n}\n\nauth:bearer {\n  token: %s\n}\n\nheaders {\n  x-amz-security-token: %s\n}\n\n--- environments/dev.bru\nvars {\n  host: https://minio.internal.example:9000\n  accessKey: %s\n  secretKey: %s\n}\n",
				g.B(Bucket), g.B(Region), g.B(ObjectKey),
				g.AK("auth:awsv4 accessKeyId:"), g.K(SecretKey, "auth:awsv4 secretAccessKey:"), g.K(SessionToken, "auth:awsv4 sessionToken:"),
				g.K(Password, "auth:basic password:"), g.K(Bearer, "auth:bearer token:"), g.K(SessionToken, "headers { x-amz-security-token: }"),
				g.K(KeyIDCompat, "env vars accessKey:"), g.K(SecretKey, "env vars secretKey:"))
		}},
	{Name: "devtools-copy-as-powershell",
		Source: "Chrome DevTools Network panel 'Copy as PowerShell' (https://developer.chrome.com/docs/devtools/network/reference#copy: $session = New-Object Microsoft.PowerShell.Commands.WebRequestSession; $session.Cookies.Add((New-Object System.Net.Cookie(\"name\", \"value\", \"/\", \"domain\"))); Invoke-WebRequest -Headers @{ \"name\"=\"value\" }); https://learn.microsoft.com/en-us/dotnet/api/system.net.cookie.-ctor (Cookie(name, value, path, domain) — positional)",
		gen: func(g *G) string {
			return fmt.Sprintf("$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession\n$session.UserAgent = \"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36\"\n$session.Cookies.Add((New-Object System.Net.Cookie(\"sessionid\", \"%s\", \"/\", \"console.example.com\")))\n$session.Cookies.Add((New-Object System.Net.Cookie(\"token\", \"%s\", \"/\", \"console.example.com\")))\nInvoke-WebRequest -UseBasicParsing -Uri \"https://console.example.com/api/v1/buckets/%s/objects/upload?prefix=%s\" `\n-Method \"POST\" `\n-WebSession $session `\n-Headers @{\n\"authority\"=\"console.example.com\"\n  \"method\"=\"POST\"\n  \"accept\"=\"*/*\"\n  \"authorization\"=\"Bearer %s\"\n  \"x-amz-security-token\"=\"%s\"\n  \"x-api-key\"=\"%s\"\n} `\n-ContentType \"application/json\"\n",
				g.K(Cookie, "New-Object System.Net.Cookie(\"sessionid\", value) arg 2"), g.K(JWT, "New-Object System.Net.Cookie(\"token\", value) arg 2"), g.B(Bucket), g.B(ObjectKey),
				g.K(Bearer, "-Headers @{\"authorization\"=\"Bearer …\"}"), g.K(SessionToken, "-Headers @{\"x-amz-security-token\"=…}"), g.K(Unknown, "-Headers @{\"x-api-key\"=…}"))
		}},
	{Name: "sentry-event-json",
		Source: "https://develop.sentry.dev/sdk/data-model/event-payloads/request/ (request: url, method, headers, cookies, env; stored events show headers as [[name, value], …] pairs); https://develop.sentry.dev/sdk/data-model/event-payloads/stacktrace/ (frames[].vars: local variables as repr strings); https://develop.sentry.dev/sdk/data-model/event-payloads/breadcrumbs/ (http breadcrumb data.url)",
		gen: func(g *G) string {
			date, region := g.B(Date), g.B(Region)
			return fmt.Sprintf("{\n  \"event_id\": \"%s\",\n  \"level\": \"error\",\n  \"platform\": \"python\",\n  \"exception\": {\"values\": [{\"type\": \"ClientError\", \"value\": \"An error occurred (SignatureDoesNotMatch) when calling the PutObject operation: The request signature we calculated does not match the signature you provided.\", \"stacktrace\": {\"frames\": [{\"filename\": \"app/storage.py\", \"function\": \"upload\", \"lineno\": 42, \"vars\": {\"aws_access_key_id\": \"'%s'\", \"aws_secret_access_key\": \"'%s'\", \"bucket\": \"'%s'\", \"self\": \"<app.storage.Uploader object at 0x7f3a2c1d9e50>\"}}]}}]},\n  \"request\": {\n    \"url\": \"https://api.example.com/upload\",\n    \"method\": \"POST\",\n    \"headers\": [\n      [\"Host\", \"api.example.com\"],\n      [\"Authorization\", \"Bearer %s\"],\n      [\"Cookie\", \"sessionid=%s\"],\n      [\"X-Api-Key\", \"%s\"]\n    ],\n    \"cookies\": [[\"sessionid\", \"%s\"], [\"csrftoken\", \"%s\"]],\n    \"env\": {\"REMOTE_ADDR\": \"10.0.0.5\"}\n  },\n  \"breadcrumbs\": {\"values\": [{\"type\": \"http\", \"category\": \"httplib\", \"data\": {\"method\": \"PUT\", \"url\": \"https://%s.s3.%s.amazonaws.com/%s?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s&X-Amz-Date=%s&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=%s\", \"status_code\": 403}}]}\n}\n",
				g.str(hexl, 32), g.AK("sentry frame vars aws_access_key_id (repr)"), g.K(SecretKey, "sentry frame vars aws_secret_access_key (repr)"), g.B(Bucket),
				g.K(Bearer, "sentry headers [\"Authorization\", \"Bearer …\"] pair"), g.K(Cookie, "sentry headers [\"Cookie\", …] pair"), g.K(SaaS, "sentry headers [\"X-Api-Key\", …] pair"),
				g.K(Cookie, "sentry cookies [\"sessionid\", …] pair"), g.K(Password, "sentry cookies [\"csrftoken\", …] pair"),
				g.B(Bucket), region, g.B(ObjectKey), PctEncode(scope(g.AK("sentry breadcrumb url X-Amz-Credential"), date, region)), date, g.K(SigV4, "sentry breadcrumb url X-Amz-Signature"))
		}},
	{Name: "cpp-sdk-credentials", Lang: "cpp",
		Source: "https://github.com/aws/aws-sdk-cpp/issues/54 (AWSCredentials(const Aws::String& accessKeyId, const Aws::String& secretKey, const Aws::String& sessionToken = \"\") — positional); https://github.com/aws/aws-sdk-cpp/issues/219 (static const char * ACCESS_KEY_ID = …; SECRET_KEY = …); https://sdk.amazonaws.com/cpp/api/LATEST/aws-cpp-sdk-core/html/class_aws_1_1_auth_1_1_a_w_s_credentials.html (SetAWSAccessKeyId, SetAWSSecretKey, SetSessionToken); SimpleAWSCredentialsProvider(accessKeyId, secretKey, sessionToken)",
		gen: func(g *G) string {
			return fmt.Sprintf("#include <aws/core/auth/AWSCredentialsProvider.h>\n#include <aws/s3/S3Client.h>\n\nstatic const char* ACCESS_KEY_ID = %s;\nstatic const char* SECRET_KEY = %s;\n\nAws::Auth::AWSCredentials credentials(%s, %s);\nAws::Auth::AWSCredentials temp(%s, %s, %s);\nAws::Auth::AWSCredentials creds;\ncreds.SetAWSAccessKeyId(%s);\ncreds.SetAWSSecretKey(%s);\nauto provider = Aws::MakeShared<Aws::Auth::SimpleAWSCredentialsProvider>(\"uploader\", %s, %s);\nAws::Client::ClientConfiguration config;\nconfig.region = %s;\nAws::S3::S3Client s3(credentials, config);\n",
				g.Q(g.AK("static const char* ACCESS_KEY_ID =")), g.Q(g.K(SecretKey, "static const char* SECRET_KEY =")),
				g.Q(g.AK("AWSCredentials(arg 1)")), g.Q(g.K(SecretKey, "AWSCredentials(…, arg 2)")),
				g.Q(g.K(KeyIDAWS, "AWSCredentials(arg 1) with token")), g.Q(g.K(SecretKey, "AWSCredentials(…, arg 2) with token")), g.Q(g.K(SessionToken, "AWSCredentials(…, …, arg 3)")),
				g.Q(g.K(KeyIDCompat, "SetAWSAccessKeyId(…)")), g.Q(g.K(SecretKey, "SetAWSSecretKey(…)")),
				g.Q(g.AK("SimpleAWSCredentialsProvider(tag, arg 2)")), g.Q(g.K(SecretKey, "SimpleAWSCredentialsProvider(tag, …, arg 3)")), g.QB(g.B(Region)))
		}},
	{Name: "mobile-client-constructors", Lang: "swift",
		Source: "https://docs.amplify.aws/ (AWS Mobile SDK for iOS: AWSStaticCredentialsProvider(accessKey:secretKey:); Objective-C [[AWSStaticCredentialsProvider alloc] initWithAccessKey:@\"…\" secretKey:@\"…\"]); https://soto.codes/user-guides/credential-providers.html (AWSClient(credentialProvider: .static(accessKeyId:, secretAccessKey:, sessionToken:))); https://docs.aws.amazon.com/sdk-for-kotlin/latest/developer-guide/credential-providers.html (StaticCredentialsProvider { accessKeyId = …; secretAccessKey = … }); https://pub.dev/packages/minio (Minio(endPoint:, accessKey:, secretKey:))",
		gen: func(g *G) string {
			return fmt.Sprintf("// Swift (AWS Mobile SDK)\nlet credentialsProvider = AWSStaticCredentialsProvider(accessKey: %s, secretKey: %s)\n// Swift (Soto)\nlet client = AWSClient(credentialProvider: .static(accessKeyId: %s, secretAccessKey: %s, sessionToken: %s))\n// Objective-C\nAWSStaticCredentialsProvider *provider = [[AWSStaticCredentialsProvider alloc] initWithAccessKey:@%s secretKey:@%s];\n// Kotlin (aws-sdk-kotlin)\nval s3 = S3Client {\n    region = %s\n    credentialsProvider = StaticCredentialsProvider {\n        accessKeyId = %s\n        secretAccessKey = %s\n    }\n}\n// Dart (minio)\nfinal minio = Minio(endPoint: 'minio.internal.example', port: 9000, accessKey: %s, secretKey: %s, useSSL: true);\n",
				g.Q(g.AK("AWSStaticCredentialsProvider(accessKey:)")), g.Q(g.K(SecretKey, "AWSStaticCredentialsProvider(secretKey:)")),
				g.Q(g.AK(".static(accessKeyId:)")), g.Q(g.K(SecretKey, ".static(secretAccessKey:)")), g.Q(g.K(SessionToken, ".static(sessionToken:)")),
				g.Q(g.AK("initWithAccessKey:@")), g.Q(g.K(SecretKey, "secretKey:@ (ObjC selector part)")),
				g.QB(g.B(Region)), g.Q(g.AK("Kotlin accessKeyId =")), g.Q(g.K(SecretKey, "Kotlin secretAccessKey =")),
				g.Q(g.K(KeyIDCompat, "Dart Minio(accessKey:)")), g.Q(g.K(SecretKey, "Dart Minio(secretKey:)")))
		}},
	{Name: "r-aws-clients", Lang: "r",
		Source: "https://github.com/cloudyr/aws.s3 (Sys.setenv(\"AWS_ACCESS_KEY_ID\" = \"mykey\", \"AWS_SECRET_ACCESS_KEY\" = \"mysecretkey\", …); get_bucket(bucket, key = , secret = )); https://www.paws-r-sdk.com/docs/s3/ (paws::s3(config = list(credentials = list(creds = list(access_key_id = , secret_access_key = , session_token = )))))",
		gen: func(g *G) string {
			return fmt.Sprintf("Sys.setenv(\"AWS_ACCESS_KEY_ID\" = %s,\n           \"AWS_SECRET_ACCESS_KEY\" = %s,\n           \"AWS_DEFAULT_REGION\" = %s)\nlibrary(aws.s3)\nb <- get_bucket(bucket = %s, key = %s, secret = %s, region = \"us-east-1\")\nsvc <- paws::s3(config = list(\n  credentials = list(\n    creds = list(\n      access_key_id = %s,\n      secret_access_key = %s,\n      session_token = %s\n    )\n  ),\n  endpoint = \"https://minio.internal.example:9000\",\n  region = \"us-east-1\"\n))\n",
				g.Q(g.AK("Sys.setenv(\"AWS_ACCESS_KEY_ID\" = …)")), g.Q(g.K(SecretKey, "Sys.setenv(\"AWS_SECRET_ACCESS_KEY\" = …)")), g.QB(g.B(Region)),
				g.QB(g.B(Bucket)), g.Q(g.K(KeyIDCompat, "get_bucket(key = )")), g.Q(g.K(SecretKey, "get_bucket(secret = )")),
				g.Q(g.AK("paws creds access_key_id =")), g.Q(g.K(SecretKey, "paws creds secret_access_key =")), g.Q(g.K(SessionToken, "paws creds session_token =")))
		}},
	{Name: "s3compat-admin-outputs",
		Source: "https://garagehq.deuxfleurs.fr/documentation/reference-manual/cli/ and https://mintlify.wiki/deuxfleurs-org/garage/cli/key (garage key create/info --show-secret: 'Key name:', 'Key ID: GK…', 'Secret key: …'; garage key import <key_id> <secret_key> — positional); https://docs.ceph.com/en/latest/radosgw/admin/ (radosgw-admin user create: keys[{user, access_key, secret_key}]; key create --access-key= --secret=); https://github.com/seaweedfs/seaweedfs/wiki/Amazon-S3-API (weed shell s3.configure -access_key= -secret_key=); https://docs.openstack.org/python-openstackclient/latest/cli/command-objects/ec2-credentials.html (openstack ec2 credentials create: | access | … | / | secret | … |)",
		gen: func(g *G) string {
			gk, gs := g.K(KeyIDCompat, "garage key create 'Key ID:'"), g.K(SecretKey, "garage key create 'Secret key:'")
			oa, os := g.K(KeyIDCompat, "openstack table | access |"), g.K(SecretKey, "openstack table | secret |")
			w := 40
			if len(oa) > w {
				w = len(oa)
			}
			if len(os) > w {
				w = len(os)
			}
			line := "+------------+-" + strings.Repeat("-", w) + "-+\n"
			cell := func(k, v string) string { return fmt.Sprintf("| %-10s | %-*s |\n", k, w, v) }
			return fmt.Sprintf("$ garage key create uploader-key\nKey name: uploader-key\nKey ID: %s\nSecret key: %s\nCan create buckets: false\n\nKey-specific bucket aliases:\n\nAuthorized buckets:\n$ garage key import --yes %s %s -n imported-key\n$ radosgw-admin user create --uid=uploader --display-name=\"Uploader\"\n{\n    \"user_id\": \"uploader\",\n    \"display_name\": \"Uploader\",\n    \"email\": \"\",\n    \"suspended\": 0,\n    \"max_buckets\": 1000,\n    \"subusers\": [],\n    \"keys\": [\n        {\n            \"user\": \"uploader\",\n            \"access_key\": \"%s\",\n            \"secret_key\": \"%s\"\n        }\n    ],\n    \"swift_keys\": [],\n    \"caps\": []\n}\n$ radosgw-admin key create --uid=uploader --key-type=s3 --access-key=%s --secret=%s\n> s3.configure -access_key=%s -secret_key=%s -buckets=%s -user=uploader -actions=Read,Write -apply\n$ openstack ec2 credentials create\n%s%s%s%s%s%s%s%s",
				gk, gs,
				g.K(KeyIDCompat, "garage key import arg 1"), g.K(SecretKey, "garage key import arg 2"),
				g.K(KeyIDCompat, "radosgw-admin keys[].access_key"), g.K(SecretKey, "radosgw-admin keys[].secret_key"),
				g.K(KeyIDCompat, "radosgw-admin --access-key="), g.K(SecretKey, "radosgw-admin --secret="),
				g.K(KeyIDCompat, "weed shell -access_key="), g.K(SecretKey, "weed shell -secret_key="), g.B(Bucket),
				line, cell("Field", "Value"), line, cell("access", oa), cell("project_id", g.str(hexl, 32)), cell("secret", os), cell("user_id", g.str(hexl, 32)), line)
		}},
	{Name: "b2-cli-gsutil-boto-options",
		Source: "https://www.backblaze.com/docs/cloud-storage-command-line-tools (b2 account authorize [applicationKeyId] [applicationKey] — positional; b2 key create prints '<applicationKeyId> <applicationKey>'); https://cloud.google.com/storage/docs/gsutil/addlhelp/TopLevelCommandLineOptions (-o \"Section:flag=value\" overrides a boto config option); https://cloud.google.com/storage/docs/boto-gsutil (Credentials section: gs_access_key_id, gs_secret_access_key, aws_access_key_id, aws_secret_access_key)",
		gen: func(g *G) string {
			return fmt.Sprintf("$ b2 account authorize %s %s\nUsing https://api.backblazeb2.com\n$ b2 key create --bucket %s uploader listFiles,readFiles,writeFiles\n%s %s\n$ b2 authorize-account %s %s\nERROR: unable to authorize account: Invalid authorization token. Server said: (bad_auth_token)\n$ gsutil -o \"Credentials:gs_access_key_id=%s\" -o \"Credentials:gs_secret_access_key=%s\" ls gs://%s\n$ gsutil -o 'Credentials:aws_access_key_id=%s' -o 'Credentials:aws_secret_access_key=%s' cp s3://%s/%s .\nAccessDeniedException: 403 SignatureDoesNotMatch\n",
				g.K(KeyIDCompat, "b2 account authorize arg 1"), g.K(SecretKey, "b2 account authorize arg 2"),
				g.B(Bucket), g.K(KeyIDCompat, "b2 key create output word 1"), g.K(SecretKey, "b2 key create output word 2"),
				g.K(KeyIDCompat, "b2 authorize-account arg 1"), g.K(SecretKey, "b2 authorize-account arg 2"),
				g.K(KeyIDCompat, "gsutil -o Credentials:gs_access_key_id="), g.K(SecretKey, "gsutil -o Credentials:gs_secret_access_key="), g.B(Bucket),
				g.AK("gsutil -o Credentials:aws_access_key_id="), g.K(SecretKey, "gsutil -o Credentials:aws_secret_access_key="), g.B(Bucket), g.B(ObjectKey))
		}},
	{Name: "rclone-connection-strings",
		Source: "https://rclone.org/commands/rclone_config_string/ (:s3,access_key_id=XXX,no_check_bucket,provider=AWS,region=eu-west-2,secret_access_key=YYY:rclone); https://rclone.org/docs/#connection-strings (values with , or : quoted with ' or \"); https://rclone.org/s3/ (--s3-access-key-id, --s3-secret-access-key flags)",
		gen: func(g *G) string {
			return fmt.Sprintf("$ rclone config string minio:\n:s3,access_key_id=%s,endpoint='https://minio.internal.example:9000',provider=Minio,secret_access_key='%s':\n$ rclone lsd \":s3,provider=AWS,access_key_id=%s,secret_access_key='%s',region=%s:%s\"\n$ rclone copy ./dist \":s3,provider=Cloudflare,access_key_id=%s,secret_access_key='%s',endpoint='https://%s.r2.cloudflarestorage.com':%s/site\"\n$ rclone lsf --s3-provider Wasabi --s3-access-key-id=%s --s3-secret-access-key='%s' :s3:%s\nERROR : : error listing: SignatureDoesNotMatch: The request signature we calculated does not match the signature you provided.\n",
				g.K(KeyIDCompat, "rclone config string access_key_id="), g.K(SecretKey, "rclone config string secret_access_key='…'"),
				g.AK("connection string access_key_id="), g.K(SecretKey, "connection string secret_access_key='…'"), g.B(Region), g.B(Bucket),
				g.K(KeyIDCompat, "R2 connection string access_key_id="), g.K(SecretKey, "R2 connection string secret_access_key='…'"), g.str(hexl, 32), g.B(Bucket),
				g.K(KeyIDCompat, "--s3-access-key-id="), g.K(SecretKey, "--s3-secret-access-key="), g.B(Bucket))
		}},
	{Name: "ftp-client-saved-sites",
		Source: "https://renemurrell.de/blog/sftp-client-password-security-audit (FileZilla sitemanager.xml: <User>…</User><Pass encoding=\"base64\">…</Pass>); https://wiki.filezilla-project.org/Pro:S3_Provider_Configuration (Access Key ID as user, Secret Access Key as password); https://winscp.net/eng/docs/ui_login_s3 and https://winscp.net/eng/docs/config (WinSCP.ini [Sessions\\name] UserName=, Password= obfuscated hex); https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/cmdkey (cmdkey /generic: /user: /pass:)",
		gen: func(g *G) string {
			pw := g.K(SecretKey, "sitemanager.xml <Pass encoding=\"base64\">")
			g.VE("base64")
			pb := base64.StdEncoding.EncodeToString([]byte(pw))
			obf := g.kAs(Password, "WinSCP.ini Password= (obfuscated hex)", "A35C"+strings.ToUpper(hex.EncodeToString(g.bytes(g.between(20, 36)))), 4)
			return fmt.Sprintf("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<FileZilla3 version=\"3.66.5\" platform=\"windows\">\n  <Servers>\n    <Server>\n      <Host>s3.amazonaws.com</Host>\n      <Port>443</Port>\n      <Protocol>5</Protocol>\n      <Type>0</Type>\n      <User>%s</User>\n      <Pass encoding=\"base64\">%s</Pass>\n      <Logontype>1</Logontype>\n      <Name>%s</Name>\n    </Server>\n  </Servers>\n</FileZilla3>\n; WinSCP.ini\n[Sessions\\minio]\nHostName=minio.internal.example\nPortNumber=9000\nFSProtocol=7\nUserName=%s\nPassword=%s\nS3DefaultRegion=%s\nC:\\> cmdkey /generic:s3.amazonaws.com /user:%s /pass:%s\nCMDKEY: Credential added successfully.\n",
				g.AK("sitemanager.xml <User>"), pb, g.B(Bucket),
				g.K(KeyIDCompat, "WinSCP.ini UserName="), obf, g.B(Region),
				g.AK("cmdkey /user:"), g.K(SecretKey, "cmdkey /pass:"))
		}},
	{Name: "lakehouse-catalog-properties",
		Source: "https://atwong.medium.com/trino-connector-file-for-apache-hudi-hms-s3-or-apache-hudi-hms-min-io-1d259ef3081f (hive.s3.aws-access-key=, hive.s3.aws-secret-key=); https://trino.io/docs/current/object-storage/file-system-s3.html (s3.aws-access-key, s3.aws-secret-key); https://www.mail-archive.com/commits@gravitino.apache.org/msg06066.html (gravitino.system.create_catalog(…, map(array[names…], array[values…])) — names and values in parallel arrays); https://atwong.medium.com/trino-connector-file-for-apache-hudi-aws-glue-s3-ff5a03b0291f (StarRocks CREATE EXTERNAL CATALOG … PROPERTIES (\"aws.s3.access_key\" = …))",
		gen: func(g *G) string {
			return fmt.Sprintf("# etc/catalog/hive.properties\nconnector.name=hive\nhive.metastore.uri=thrift://hive-metastore:9083\nhive.s3.aws-access-key=%s\nhive.s3.aws-secret-key=%s\nhive.s3.endpoint=http://minio:9000\nhive.s3.path-style-access=true\n# etc/catalog/iceberg.properties\nconnector.name=iceberg\nfs.native-s3.enabled=true\ns3.region=%s\ns3.aws-access-key=%s\ns3.aws-secret-key=%s\n\ncall gravitino.system.create_catalog(\n  'gt_hive',\n  'hive',\n  map(\n    array['metastore.uris', 'trino.bypass.hive.s3.aws-access-key', 'trino.bypass.hive.s3.aws-secret-key', 'trino.bypass.hive.s3.region'],\n    array['thrift://hive:9083', '%s', '%s', '%s']\n  )\n);\n\nCREATE EXTERNAL CATALOG hudi_catalog_glue PROPERTIES (\"type\" = \"hudi\", \"hive.metastore.type\" = \"glue\", \"aws.glue.access_key\" = \"%s\", \"aws.glue.secret_key\" = \"%s\", \"aws.s3.access_key\" = \"%s\", \"aws.s3.secret_key\" = \"%s\", \"aws.s3.region\" = \"%s\");\n",
				g.K(KeyIDCompat, "hive.s3.aws-access-key="), g.K(SecretKey, "hive.s3.aws-secret-key="),
				g.B(Region), g.AK("s3.aws-access-key="), g.K(SecretKey, "s3.aws-secret-key="),
				g.AK("gravitino map(array[names], array[values]) value 2"), g.K(SecretKey, "gravitino map(array[names], array[values]) value 3"), g.B(Region),
				g.AK("StarRocks \"aws.glue.access_key\" ="), g.K(SecretKey, "StarRocks \"aws.glue.secret_key\" ="), g.AK("StarRocks \"aws.s3.access_key\" ="), g.K(SecretKey, "StarRocks \"aws.s3.secret_key\" ="), g.B(Region))
		}},
	{Name: "nginx-aws-auth-module",
		Source: "https://github.com/anomalizer/ngx_aws_auth (aws_access_key …; aws_key_scope …; aws_signing_key <base64 derived key>; generate_signing_key -k <secret> -r <region> prints 'Signing key:' and 'Key Scope:'); https://nginx101.com/directives/aws_signing_key/",
		gen: func(g *G) string {
			region, date := g.B(Region), g.B(Date)
			sk := g.kAs(SecretKey, "aws_signing_key (derived SigV4 key, base64)", base64.StdEncoding.EncodeToString(g.bytes(32)), 0)
			return fmt.Sprintf("$ ./generate_signing_key -k %s -r %s\nSigning key: %s\nKey Scope: %s/%s/s3/aws4_request\n\nserver {\n    listen     8000;\n\n    aws_access_key %s;\n    aws_key_scope %s/%s/s3/aws4_request;\n    aws_signing_key %s;\n    aws_s3_bucket %s;\n\n    location / {\n        aws_sign;\n        proxy_pass http://%s.s3.amazonaws.com;\n    }\n    location /legacy {\n        set $aws_access_key_id '%s';\n        set $aws_secret_key '%s';\n        proxy_pass http://%s.s3.amazonaws.com;\n    }\n}\n",
				g.K(SecretKey, "generate_signing_key -k"), region, sk, q8(date), region,
				g.AK("nginx aws_access_key"), q8(date), region, sk, g.B(Bucket), g.B(Bucket),
				g.AK("nginx set $aws_access_key_id"), g.K(SecretKey, "nginx set $aws_secret_key"), g.B(Bucket))
		}},
	{Name: "jvm-build-tool-credentials",
		Source: "https://docs.aws.amazon.com/sdk-for-java/latest/developer-guide/credentials-chain.html (system properties aws.accessKeyId, aws.secretAccessKey, aws.sessionToken via -D); https://docs.oracle.com/en/java/javase/17/docs/specs/man/java.html (JAVA_TOOL_OPTIONS, 'Picked up JAVA_TOOL_OPTIONS: …'); https://github.com/seahen/maven-s3-wagon (settings.xml <server><id>…</id><username>ACCESS_KEY</username><password>SECRET_KEY</password>); https://docs.gradle.org/current/userguide/declaring_repositories.html#sub:supported_transport_protocols (credentials(AwsCredentials) { accessKey …; secretKey … }); https://github.com/frugalmechanic/fm-sbt-s3-resolver (credentials += Credentials(realm, host, accessKey, secretKey) — positional)",
		gen: func(g *G) string {
			return fmt.Sprintf("$ java -Daws.accessKeyId=%s -Daws.secretAccessKey=%s -Daws.sessionToken=%s -jar uploader.jar\n$ export JAVA_TOOL_OPTIONS=\"-Daws.accessKeyId=%s -Daws.secretKey=%s\"\nPicked up JAVA_TOOL_OPTIONS: -Daws.accessKeyId=%s -Daws.secretKey=%s\n<!-- ~/.m2/settings.xml -->\n<settings>\n  <servers>\n    <server>\n      <id>s3-releases</id>\n      <username>%s</username>\n      <password>%s</password>\n    </server>\n  </servers>\n</settings>\n// build.gradle\nrepositories {\n    maven {\n        url \"s3://%s/maven\"\n        credentials(AwsCredentials) {\n            accessKey \"%s\"\n            secretKey \"%s\"\n        }\n    }\n}\n// build.sbt\ncredentials += Credentials(\"Amazon S3\", \"%s.s3.amazonaws.com\", \"%s\", \"%s\")\n",
				g.AK("java -Daws.accessKeyId="), g.K(SecretKey, "java -Daws.secretAccessKey="), g.K(SessionToken, "java -Daws.sessionToken="),
				g.AK("JAVA_TOOL_OPTIONS -Daws.accessKeyId="), g.K(SecretKey, "JAVA_TOOL_OPTIONS -Daws.secretKey="),
				g.AK("Picked up JAVA_TOOL_OPTIONS -Daws.accessKeyId="), g.K(SecretKey, "Picked up JAVA_TOOL_OPTIONS -Daws.secretKey="),
				g.AK("settings.xml <username> (s3 wagon: access key)"), g.K(SecretKey, "settings.xml <password> (s3 wagon: secret key)"),
				g.B(Bucket), g.AK("gradle credentials(AwsCredentials) accessKey"), g.K(SecretKey, "gradle credentials(AwsCredentials) secretKey"),
				g.B(Bucket), g.AK("sbt Credentials(realm, host, arg 3)"), g.K(SecretKey, "sbt Credentials(realm, host, …, arg 4)"))
		}},
}

// kAs plants a secret whose value the context builds itself (an encrypted
// or derived form the generic generators do not make), fixed being the
// length of the prefix every such value shares.
func (g *G) kAs(k Kind, slot, v string, fixed int) string {
	if g.override != "" && g.n == g.overrideAt {
		v, fixed = g.override, 0
	}
	g.n++
	s := &Secret{Kind: k, Value: v, Context: g.ctx.Name, Slot: slot, Enc: g.enc, fixed: fixed}
	g.doc.Secrets = append(g.doc.Secrets, s)
	g.last = s
	return v
}

// centre pads s with blanks to width w, centred (the AWS CLI's table titles).
func centre(s string, w int) string {
	if len(s) >= w {
		return s
	}
	l := (w - len(s)) / 2
	return strings.Repeat(" ", l) + s + strings.Repeat(" ", w-len(s)-l)
}

// HeldOut4 names the contexts of the fourth held-out wave.
func HeldOut4() []string {
	var out []string
	for _, c := range heldOut4 {
		out = append(out, c.Name)
	}
	return out
}

// promoted4 are the contexts of wave 4 that the redactor holds (every
// slot, every encoding) and that the property test therefore plants among
// all the others; the rest are measured by the wave's own test only, with
// their survivors ratcheted there, until their slots are read.
var promoted4 = map[string]bool{"aws-cli-text-table-output": true, "aws-export-credentials-formats": true,
	"bitbucket-circleci-pipelines": true, "jenkins-credentials": true,
	"rclone-connection-strings": true, "secret-store-cli": true, "sentry-event-json": true,
	// promoted at 0 survivors in wave 4 (h-wave4), the property test green
	// with them. At 0 in the wave but not promoted: vscode-rest-client-http
	// (planted among the others it shifts the property test's pastes and
	// exposes older misses elsewhere: WinSCP.ini UserName= short lower
	// case, fastcgi_param NAME "…=" in a numbered table, a wrapped Go
	// struct dump's SessionToken:), ftp-client-saved-sites and devtools-
	// copy-as-powershell (code-shaped values, redact's
	// TestCodeShapedValueInEverySlot: <User>, UserName=, cmdkey /user:,
	// -Headers @{"x-amz-security-token"=…} keep "creds.secret_key")
	"aws-cli-name-value-json": true, "bruno-collection-files": true, "cpp-sdk-credentials": true,
	"jvm-build-tool-credentials": true, "terraform-output-pulumi-config": true,
	"lakehouse-catalog-properties": true, "mobile-client-constructors": true, "nginx-aws-auth-module": true,
	"r-aws-clients": true, "s3compat-admin-outputs": true}

// heldOutOnly are held-out contexts not (yet) among Contexts: GenerateFrom
// and Lookup find them by name.
var heldOutOnly []Context

func init() {
	for _, c := range heldOut4 {
		if promoted4[c.Name] {
			Contexts = append(Contexts, c)
		} else {
			heldOutOnly = append(heldOutOnly, c)
		}
	}
}

// Lookup returns the context named name, among Contexts and the held-out
// contexts not planted by Generate.
func Lookup(name string) (Context, bool) {
	for _, c := range Contexts {
		if c.Name == name {
			return c, true
		}
	}
	for _, c := range heldOutOnly {
		if c.Name == name {
			return c, true
		}
	}
	return Context{}, false
}
