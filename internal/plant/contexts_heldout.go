package plant

import (
	"fmt"
	"strings"
)

// heldOut are contexts written from formats' documentation and real threads
// that the redactor had never been run on: formats people paste in an S3
// incident beside the request itself (a wire log, an infrastructure state,
// a secrets manager's table, a database's load command, a spreadsheet of
// keys).
//
// written: before-code (issue 18, the session of 2026-12-07, helper
// h-rprobe: each context and the new value shapes of values.go were written
// from their sources and run against the redactor as it stood; the survivors
// on them as written are in the commit message that added them).
var heldOut = []Context{
	{Name: "java-apache-wire-log",
		Source: "https://github.com/aws/aws-sdk-java-v2/issues/4799 (log4j.logger.org.apache.http.wire=DEBUG: 'http-outgoing-0 >> Authorization: AWS4-HMAC-SHA256 Credential=…'); https://hc.apache.org/httpcomponents-client-4.5.x/logging.html (wire log: http-outgoing-N >> \"header[\\r][\\n]\")",
		gen: func(g *G) string {
			bucket, key, region, date := g.B(Bucket), g.B(ObjectKey), g.B(Region), g.B(Date)
			ts := "2024-01-15 12:30:00,072 DEBUG [main] org.apache.http.wire: http-outgoing-0 >> "
			th := "2024-01-15 12:30:00,072 DEBUG [main] org.apache.http.headers: http-outgoing-0 >> "
			id := g.AK("wire Authorization Credential=")
			sig := g.K(SigV4, "wire Authorization Signature=")
			tok := g.K(SessionToken, "wire X-Amz-Security-Token")
			auth := "AWS4-HMAC-SHA256 Credential=" + scope(id, date, region) + ", SignedHeaders=amz-sdk-invocation-id;amz-sdk-request;host;x-amz-content-sha256;x-amz-date;x-amz-security-token, Signature=" + sig
			return fmt.Sprintf("%[1]s\"PUT /%[3]s HTTP/1.1[\\r][\\n]\"\n%[1]s\"Host: %[4]s.s3.%[5]s.amazonaws.com[\\r][\\n]\"\n%[1]s\"amz-sdk-invocation-id: %[6]s[\\r][\\n]\"\n%[1]s\"X-Amz-Date: %[7]s[\\r][\\n]\"\n%[1]s\"x-amz-content-sha256: %[8]s[\\r][\\n]\"\n%[1]s\"X-Amz-Security-Token: %[9]s[\\r][\\n]\"\n%[1]s\"Authorization: %[10]s[\\r][\\n]\"\n%[2]sAuthorization: %[10]s\n%[2]sX-Amz-Security-Token: %[9]s\n2024-01-15 12:30:00,301 DEBUG [main] org.apache.http.wire: http-outgoing-0 << \"HTTP/1.1 403 Forbidden[\\r][\\n]\"\n2024-01-15 12:30:00,301 DEBUG [main] org.apache.http.wire: http-outgoing-0 << \"x-amz-request-id: %[11]s[\\r][\\n]\"\n",
				ts, th, key, bucket, region, g.B(UUID), date, g.B(PayloadHash), tok, auth, g.B(RequestID))
		}},
	{Name: "dotnet-app-config",
		Source: "https://docs.aws.amazon.com/sdk-for-net/v3/developer-guide/net-dg-config-ref.html (App.config <appSettings><add key=\"AWSProfileName\" …/>; AWSAccessKey / AWSSecretKey in older samples); https://github.com/aws/aws-sdk-net/issues/499",
		gen: func(g *G) string {
			return fmt.Sprintf("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <appSettings>\n    <add key=\"AWSRegion\" value=\"%s\" />\n    <add key=\"AWSAccessKey\" value=\"%s\" />\n    <add key=\"AWSSecretKey\" value=\"%s\"/>\n    <add key=\"BucketName\" value=\"%s\" />\n  </appSettings>\n  <connectionStrings>\n    <add name=\"Default\" connectionString=\"Data Source=db;Initial Catalog=app;User ID=app;Password=%s\" providerName=\"System.Data.SqlClient\" />\n  </connectionStrings>\n  <aws region=\"%s\">\n    <logging logTo=\"Log4Net\" logResponses=\"OnError\" />\n  </aws>\n</configuration>\n",
				g.B(Region), g.AK("appSettings AWSAccessKey value"), g.K(SecretKey, "appSettings AWSSecretKey value"), g.B(Bucket), g.K(Password, "connectionString Password="), g.B(Region))
		}},
	{Name: "terraform-state-json",
		Source: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_access_key#attribute-reference (id, secret, ses_smtp_password_v4 stored in state); https://developer.hashicorp.com/terraform/language/state (terraform.tfstate JSON: resources[].instances[].attributes)",
		gen: func(g *G) string {
			return fmt.Sprintf("{\n  \"version\": 4,\n  \"terraform_version\": \"1.7.5\",\n  \"serial\": 12,\n  \"lineage\": \"%s\",\n  \"resources\": [\n    {\n      \"mode\": \"managed\",\n      \"type\": \"aws_iam_access_key\",\n      \"name\": \"uploader\",\n      \"provider\": \"provider[\\\"registry.terraform.io/hashicorp/aws\\\"]\",\n      \"instances\": [\n        {\n          \"schema_version\": 0,\n          \"attributes\": {\n            \"create_date\": \"2024-01-15T12:30:00Z\",\n            \"encrypted_secret\": null,\n            \"id\": \"%s\",\n            \"pgp_key\": null,\n            \"secret\": \"%s\",\n            \"ses_smtp_password_v4\": \"%s\",\n            \"status\": \"Active\",\n            \"user\": \"uploader\"\n          },\n          \"sensitive_attributes\": []\n        }\n      ]\n    },\n    {\n      \"mode\": \"managed\",\n      \"type\": \"aws_s3_bucket\",\n      \"name\": \"uploads\",\n      \"instances\": [ { \"attributes\": { \"bucket\": \"%s\", \"region\": \"%s\" } } ]\n    }\n  ]\n}\n",
				g.B(UUID), g.AK("state attributes.id of aws_iam_access_key"), g.K(SecretKey, "state attributes.secret"), g.K(Password, "state attributes.ses_smtp_password_v4"), g.B(Bucket), g.B(Region))
		}},
	{Name: "vault-cli-tables",
		Source: "https://developer.hashicorp.com/vault/docs/commands/kv/get (====== Data ====== / Key Value / --- ----- table); https://developer.hashicorp.com/vault/docs/secrets/aws (vault read aws/creds/my-role: access_key, secret_key, security_token, lease_id)",
		gen: func(g *G) string {
			return fmt.Sprintf("$ vault kv get -mount=secret app/s3\n== Secret Path ==\nsecret/data/app/s3\n\n======= Metadata =======\nKey                Value\n---                -----\ncreated_time       2024-01-15T12:30:00.067093Z\ncustom_metadata    <nil>\ndeletion_time      n/a\ndestroyed          false\nversion            3\n\n====== Data ======\nKey                      Value\n---                      -----\naws_access_key_id        %s\naws_secret_access_key    %s\nbucket                   %s\nminio_root_password      %s\n\n$ vault read aws/sts/deploy\nKey                Value\n---                -----\nlease_id           aws/sts/deploy/%s\nlease_duration     59m59s\nlease_renewable    false\naccess_key         %s\nsecret_key         %s\nsecurity_token     %s\n",
				g.AK("vault kv Data aws_access_key_id"), g.K(SecretKey, "vault kv Data aws_secret_access_key"), g.B(Bucket), g.K(Password, "vault kv Data minio_root_password"),
				g.str(alnum, 24), g.AK("vault read access_key"), g.K(SecretKey, "vault read secret_key"), g.K(SessionToken, "vault read security_token"))
		}},
	{Name: "jenkins-console-xtrace",
		Source: "https://www.jenkins.io/doc/pipeline/steps/workflow-durable-task-step/#sh-shell-script (sh steps echo each command with '+ ' under set -x); https://plugins.jenkins.io/credentials-binding/ (values not bound by withCredentials are printed as they are)",
		gen: func(g *G) string {
			id := g.AK("xtrace export AWS_ACCESS_KEY_ID")
			sk := g.K(SecretKey, "xtrace export AWS_SECRET_ACCESS_KEY")
			g.K2(g.last2(id), id, "xtrace AWS_ACCESS_KEY_ID= (echo)")
			g.K2(SecretKey, sk, "xtrace AWS_SECRET_ACCESS_KEY= (echo)")
			return fmt.Sprintf("Started by user admin\n[Pipeline] Start of Pipeline\n[Pipeline] node\nRunning on agent-2 in /var/lib/jenkins/workspace/upload\n[Pipeline] {\n[Pipeline] sh\n+ export AWS_ACCESS_KEY_ID=%[1]s\n+ AWS_ACCESS_KEY_ID=%[1]s\n+ export AWS_SECRET_ACCESS_KEY=%[2]s\n+ AWS_SECRET_ACCESS_KEY=%[2]s\n+ aws s3 presign s3://%[3]s/%[4]s --expires-in 3600 --endpoint-url https://minio.internal.example:9000\n+ curl -sf -H 'PRIVATE-TOKEN: %[5]s' https://gitlab.example.com/api/v4/projects/12/jobs/artifacts/main/download\n[Pipeline] }\n[Pipeline] End of Pipeline\nERROR: script returned exit code 22\nFinished: FAILURE\n",
				id, sk, g.B(Bucket), g.B(ObjectKey), g.K(SaaS, "xtrace curl -H PRIVATE-TOKEN"))
		}},
	{Name: "ansible-vars-and-task",
		Source: "https://docs.ansible.com/ansible/latest/collections/amazon/aws/s3_object_module.html (access_key / aws_access_key, secret_key / aws_secret_key, session_token; endpoint_url for Ceph/MinIO); https://docs.ansible.com/ansible/latest/vault_guide/vault_managing_encrypted_files.html (ansible-vault view prints the decrypted YAML)",
		gen: func(g *G) string {
			return fmt.Sprintf("$ ansible-vault view group_vars/all/vault.yml\nVault password: \n---\nvault_s3_access_key: %s\nvault_s3_secret_key: \"%s\"\nvault_smtp_password: '%s'\n\n# roles/backup/tasks/main.yml\n- name: Upload the dump\n  amazon.aws.s3_object:\n    bucket: %s\n    object: /%s\n    src: /tmp/dump.sql.gz\n    mode: put\n    endpoint_url: https://minio.internal.example:9000\n    aws_access_key: %s\n    aws_secret_key: %s\n    session_token: \"%s\"\n",
				g.AK("ansible-vault view vault_s3_access_key"), g.K(SecretKey, "ansible-vault view vault_s3_secret_key"), g.K(Password, "vault_smtp_password"),
				g.B(Bucket), g.B(ObjectKey), g.AK("s3_object aws_access_key"), g.K(SecretKey, "s3_object aws_secret_key"), g.K(SessionToken, "s3_object session_token"))
		}},
	{Name: "docker-inspect-env",
		Source: "https://docs.docker.com/reference/cli/docker/inspect/ (docker inspect: Config.Env as a JSON array of \"NAME=value\" strings); https://min.io/docs/minio/container/index.html (MINIO_ROOT_USER, MINIO_ROOT_PASSWORD)",
		gen: func(g *G) string {
			return fmt.Sprintf("$ docker inspect --format '{{json .Config.Env}}' uploader | jq .\n[\n  \"AWS_ACCESS_KEY_ID=%s\",\n  \"AWS_SECRET_ACCESS_KEY=%s\",\n  \"MINIO_ROOT_PASSWORD=%s\",\n  \"S3_BUCKET=%s\",\n  \"SENTRY_DSN=https://%s@o12345.ingest.sentry.io/678\",\n  \"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\",\n  \"LANG=C.UTF-8\"\n]\n$ docker inspect uploader | grep -A3 '\"Env\"'\n            \"Env\": [\n                \"AWS_SESSION_TOKEN=%s\",\n                \"AWS_REGION=%s\",\n",
				g.AK("Env AWS_ACCESS_KEY_ID="), g.K(SecretKey, "Env AWS_SECRET_ACCESS_KEY="), g.K(Password, "Env MINIO_ROOT_PASSWORD="), g.B(Bucket), g.KV(Unknown, "Env SENTRY_DSN userinfo (32 hex)", g.str(hexl, 32)), g.K(SessionToken, "Env AWS_SESSION_TOKEN="), g.B(Region))
		}},
	{Name: "kubectl-describe-pod",
		Source: "https://github.com/kubernetes/kubernetes/issues/5756 and https://github.com/aerokube/moon/issues/107 (kubectl describe pod prints the container's Environment: NAME:  value, literal values in clear)",
		gen: func(g *G) string {
			return fmt.Sprintf("Name:             uploader-7d9c6b5f4-x2x8q\nNamespace:        default\nStatus:           Running\nContainers:\n  uploader:\n    Image:          registry.example.com/uploader:1.4.2\n    State:          Running\n    Environment:\n      S3_ENDPOINT:            https://minio.internal.example:9000\n      S3_BUCKET:              %s\n      AWS_REGION:             %s\n      AWS_ACCESS_KEY_ID:      %s\n      AWS_SECRET_ACCESS_KEY:  %s\n      DB_PASSWORD:            <set to the key 'password' in secret 'db'>  Optional: false\n      REDIS_PASSWORD:         %s\n      API_TOKEN:              %s\n    Mounts:\n      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-8k2xz (ro)\n",
				g.B(Bucket), g.B(Region), g.AK("describe Environment AWS_ACCESS_KEY_ID"), g.K(SecretKey, "describe Environment AWS_SECRET_ACCESS_KEY"), g.K(Password, "describe Environment REDIS_PASSWORD"), g.K(SaaS, "describe Environment API_TOKEN"))
		}},
	{Name: "env-sort-dump",
		Source: "https://www.gnu.org/software/coreutils/manual/html_node/env-invocation.html (env prints NAME=value lines); https://12factor.net/config (every credential of a deploy in the environment); service variable names from each vendor's docs: SENDGRID_API_KEY, TWILIO_AUTH_TOKEN, DD_API_KEY, HEROKU_API_KEY, OPENAI_API_KEY, AZURE_STORAGE_KEY",
		gen: func(g *G) string {
			return fmt.Sprintf("$ env | sort\nAWS_ACCESS_KEY_ID=%s\nAWS_DEFAULT_REGION=%s\nAWS_SECRET_ACCESS_KEY=%s\nAZURE_STORAGE_ACCOUNT=acmeuploads\nAZURE_STORAGE_KEY=%s\nDATABASE_URL=postgres://app:%s@db.internal:5432/app\nDD_API_KEY=%s\nHEROKU_API_KEY=%s\nHOME=/app\nHOSTNAME=%s\nOPENAI_API_KEY=%s\nSENDGRID_API_KEY=%s\nSLACK_WEBHOOK_URL=https://hooks.slack.com/services/T0%s/B0%s/%s\nTWILIO_ACCOUNT_SID=AC%s\nTWILIO_AUTH_TOKEN=%s\n",
				g.AK("env AWS_ACCESS_KEY_ID"), g.B(Region), g.K(SecretKey, "env AWS_SECRET_ACCESS_KEY"), g.K(SaaS, "env AZURE_STORAGE_KEY"), func() string { v := PctEncode(g.K(Password, "env DATABASE_URL userinfo")); g.VE("percent"); return v }(),
				g.K(SaaS, "env DD_API_KEY"), g.K(SaaS, "env HEROKU_API_KEY"), g.str(hexl, 12), g.K(SaaS, "env OPENAI_API_KEY"), g.K(SaaS, "env SENDGRID_API_KEY"),
				g.str(updig, 8), g.str(updig, 8), g.KV(SaaS, "env SLACK_WEBHOOK_URL path secret (24 alphanumerics)", g.str(alnum, 24)), g.str(hexl, 32), g.K(Unknown, "env TWILIO_AUTH_TOKEN"))
		}},
	{Name: "s3fs-passwd",
		Source: "https://manpages.ubuntu.com/manpages/jammy/man1/s3fs.1.html (AUTHENTICATION: passwd file 'accessKeyId:secretAccessKey' or 'bucketName:accessKeyId:secretAccessKey'); https://github.com/s3fs-fuse/s3fs-fuse/wiki/Fuse-Over-Amazon (echo ACCESS_KEY_ID:SECRET_ACCESS_KEY > ${HOME}/.passwd-s3fs)",
		gen: func(g *G) string {
			bucket := g.B(Bucket)
			return fmt.Sprintf("$ echo %s:%s > ${HOME}/.passwd-s3fs\n$ chmod 600 ${HOME}/.passwd-s3fs\n$ cat /etc/passwd-s3fs\n%s:%s:%s\n$ s3fs %s /mnt/s3 -o passwd_file=${HOME}/.passwd-s3fs -o url=https://minio.internal.example:9000 -o use_path_request_style -o dbglevel=info -f\n",
				g.AK("passwd-s3fs accessKeyId"), g.K(SecretKey, "passwd-s3fs secretAccessKey"), bucket, g.AK("passwd-s3fs bucket:accessKeyId"), g.K(SecretKey, "passwd-s3fs bucket:…:secretAccessKey"), bucket)
		}},
	{Name: "postgres-aws-s3-extension",
		Source: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_PostgreSQL.S3Import.Reference.html (aws_commons.create_aws_credentials(access_key, secret_key, session_token) — positional; aws_s3.table_import_from_s3)",
		gen: func(g *G) string {
			return fmt.Sprintf("postgres=> SELECT aws_s3.table_import_from_s3(\n   't1', '', '(format csv)',\n   aws_commons.create_s3_uri('%s', '%s', '%s'),\n   aws_commons.create_aws_credentials('%s', '%s', '%s')\n);\nERROR:  HTTP 403. Permission denied. Check bucket or provided credentials as they may no longer be valid.\npostgres=> SELECT aws_s3.query_export_to_s3('select * from t1', aws_commons.create_s3_uri('%s', 'out.csv', '%s'), credentials := aws_commons.create_aws_credentials('%s', '%s', ''));\n",
				g.B(Bucket), g.B(ObjectKey), g.B(Region), g.AK("create_aws_credentials arg 1"), g.K(SecretKey, "create_aws_credentials arg 2"), g.K(SessionToken, "create_aws_credentials arg 3"),
				g.B(Bucket), g.B(Region), g.AK("create_aws_credentials arg 1 (export)"), g.K(SecretKey, "create_aws_credentials arg 2 (export)"))
		}},
	{Name: "snowflake-create-stage",
		Source: "https://docs.snowflake.com/user-guide/data-load-s3-create-stage (CREATE STAGE … URL='s3://…' CREDENTIALS=(AWS_KEY_ID='…' AWS_SECRET_KEY='…' AWS_TOKEN='…')); https://www.pulumi.com/docs/reference/pkg/snowflake/stage (credentials: \"AWS_KEY_ID='…' AWS_SECRET_KEY='…'\")",
		gen: func(g *G) string {
			return fmt.Sprintf("CREATE OR REPLACE STAGE my_s3_stage\n  URL='s3://%s/load/'\n  CREDENTIALS=(AWS_KEY_ID='%s' AWS_SECRET_KEY='%s' AWS_TOKEN='%s')\n  FILE_FORMAT = (TYPE = CSV);\n\ncreate stage raw url = 's3://%s/raw/' credentials = (aws_key_id = '%s' aws_secret_key = '%s');\nSQL access control error: Failure using stage area. Cause: [Access Denied (Status Code: 403; Error Code: AccessDenied)]\n",
				g.B(Bucket), g.AK("CREDENTIALS AWS_KEY_ID"), g.K(SecretKey, "CREDENTIALS AWS_SECRET_KEY"), g.K(SessionToken, "CREDENTIALS AWS_TOKEN"),
				g.B(Bucket), g.AK("credentials aws_key_id (lower case)"), g.K(SecretKey, "credentials aws_secret_key (lower case)"))
		}},
	{Name: "redshift-copy-unload",
		Source: "https://docs.aws.amazon.com/redshift/latest/dg/copy-parameters-credentials.html (CREDENTIALS 'aws_access_key_id=…;aws_secret_access_key=…[;token=…]'; ACCESS_KEY_ID '…' SECRET_ACCESS_KEY '…' SESSION_TOKEN '…')",
		gen: func(g *G) string {
			return fmt.Sprintf("COPY sales FROM 's3://%s/tickit/sales_tab.txt'\nCREDENTIALS 'aws_access_key_id=%s;aws_secret_access_key=%s;token=%s'\nDELIMITER '\\t' REGION '%s';\n\nUNLOAD ('select * from venue') TO 's3://%s/unload/'\nACCESS_KEY_ID '%s'\nSECRET_ACCESS_KEY '%s'\nSESSION_TOKEN '%s';\nERROR:  S3ServiceException:The AWS Access Key Id you provided does not exist in our records.,Status 403,Error InvalidAccessKeyId,Rid %s\n",
				g.B(Bucket), g.AK("CREDENTIALS aws_access_key_id="), g.K(SecretKey, "CREDENTIALS aws_secret_access_key="), g.K(SessionToken, "CREDENTIALS token="), g.B(Region),
				g.B(Bucket), g.AK("ACCESS_KEY_ID '…'"), g.K(SecretKey, "SECRET_ACCESS_KEY '…'"), g.K(SessionToken, "SESSION_TOKEN '…'"), g.B(RequestID))
		}},
	{Name: "airflow-connection-uri",
		Source: "https://airflow.apache.org/docs/apache-airflow-providers-amazon/stable/connections/aws.html (Login = access key ID, Password = secret, URI aws://KEY:SECRET@/?region_name=…, the secret percent-encoded); https://gist.github.com/iamjenechka/bd068f7077b117f085ebdaf7d14b254c (s3://?host=…&aws_access_key_id=…&aws_secret_access_key=…)",
		gen: func(g *G) string {
			id := g.AK("AIRFLOW_CONN userinfo login")
			sec := PctEncode(g.K(SecretKey, "AIRFLOW_CONN userinfo password"))
			g.VE("percent")
			tok := PctEncode(g.K(SessionToken, "AIRFLOW_CONN aws_session_token="))
			g.VE("percent")
			return fmt.Sprintf("export AIRFLOW_CONN_AWS_DEFAULT='aws://%s:%s@/?region_name=%s&aws_session_token=%s'\n$ airflow connections get minio_s3 -o yaml\n- conn_id: minio_s3\n  conn_type: aws\n  get_uri: s3://?host=http%%3A%%2F%%2Fminio%%3A9000%%2F&aws_access_key_id=%s&aws_secret_access_key=%s\n  login: null\n  password: null\n",
				id, sec, g.B(Region), tok, g.AK("get_uri aws_access_key_id="), PctEncode(g.K(SecretKey, "get_uri aws_secret_access_key=")))
		}},
	{Name: "iam-credentials-csv",
		Source: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html (Download .csv file: Access key ID,Secret access key; older: User name,Password,Access key ID,Secret access key,Console login link); https://docs.aws.amazon.com/ses/latest/dg/smtp-credentials.html (IAM user name,Smtp username,Smtp password); Excel in a ';' locale",
		gen: func(g *G) string {
			switch g.r.IntN(3) {
			case 0:
				return fmt.Sprintf("Access key ID,Secret access key\n%s,%s\n", csv(g.AK("csv column Access key ID"), ','), csv(g.K(SecretKey, "csv column Secret access key"), ','))
			case 1:
				return fmt.Sprintf("User name;Password;Access key ID;Secret access key;Console login link\n\"uploader\";\"%s\";\"%s\";\"%s\";\"https://111122223333.signin.aws.amazon.com/console\"\n",
					g.K(Password, "csv column Password"), g.AK("csv column Access key ID (;)"), g.K(SecretKey, "csv column Secret access key (;)"))
			}
			return fmt.Sprintf("IAM user name,Smtp username,Smtp password\nses-smtp-user.20240115-123000,%s,%s\n", csv(g.AK("csv column Smtp username"), ','), csv(g.K(Password, "csv column Smtp password"), ','))
		}},
	{Name: "slack-export-message",
		Source: "https://slack.com/help/articles/220556107-How-to-read-Slack-data-exports (messages as JSON: \"text\" with \\n escapes); https://api.slack.com/reference/surfaces/formatting (mrkdwn: *bold*, `code`, ``` blocks)",
		gen: func(g *G) string {
			table := fmt.Sprintf("| name | value |\\n|---|---|\\n| access_key | %s |\\n| secret_key | %s |\\n| endpoint | https://minio.internal.example:9000 |", g.K(KeyIDCompat, "slack table row access_key"), g.K(SecretKey, "slack table row secret_key"))
			return fmt.Sprintf("[\n    {\n        \"type\": \"message\",\n        \"user\": \"U0%s\",\n        \"text\": \"creds for the new bucket `%s` :point_down:\\n```%s```\\n*AWS_SECRET_ACCESS_KEY*: `%s`\",\n        \"ts\": \"1705321800.000200\"\n    }\n]\n",
				g.str(updig, 8), g.B(Bucket), table, g.K(SecretKey, "slack mrkdwn *AWS_SECRET_ACCESS_KEY*: `…`"))
		}},
	{Name: "azure-storage-keys-list",
		Source: "https://learn.microsoft.com/en-us/cli/azure/storage/account/keys#az-storage-account-keys-list (output: [{\"creationTime\": …, \"keyName\": \"key1\", \"permissions\": \"FULL\", \"value\": \"…\"}])",
		gen: func(g *G) string {
			return fmt.Sprintf("$ az storage account keys list -g rg-uploads -n acmeuploads\n[\n  {\n    \"creationTime\": \"2024-01-15T12:30:00.000000+00:00\",\n    \"keyName\": \"key1\",\n    \"permissions\": \"FULL\",\n    \"value\": \"%s\"\n  },\n  {\n    \"creationTime\": \"2024-01-15T12:30:00.000000+00:00\",\n    \"keyName\": \"key2\",\n    \"permissions\": \"FULL\",\n    \"value\": \"%s\"\n  }\n]\n",
				azureKey(g, "keys list key1 value"), azureKey(g, "keys list key2 value"))
		}},
	{Name: "imds-container-credentials",
		Source: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-metadata-security-credentials.html (curl …/iam/security-credentials/role: \"AccessKeyId\" : \"…\", \"SecretAccessKey\" : \"…\", \"Token\" : \"…\"); https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html (169.254.170.2$AWS_CONTAINER_CREDENTIALS_RELATIVE_URI)",
		gen: func(g *G) string {
			return fmt.Sprintf("$ curl -s http://169.254.169.254/latest/meta-data/iam/security-credentials/app-role\n{\n  \"Code\" : \"Success\",\n  \"LastUpdated\" : \"2024-01-15T12:30:00Z\",\n  \"Type\" : \"AWS-HMAC\",\n  \"AccessKeyId\" : \"%s\",\n  \"SecretAccessKey\" : \"%s\",\n  \"Token\" : \"%s\",\n  \"Expiration\" : \"2024-01-15T18:30:00Z\"\n}\n$ curl -s 169.254.170.2$AWS_CONTAINER_CREDENTIALS_RELATIVE_URI\n{\"RoleArn\":\"arn:aws:iam::111122223333:role/task\",\"AccessKeyId\":\"%s\",\"SecretAccessKey\":\"%s\",\"Token\":\"%s\",\"Expiration\":\"2024-01-15T18:30:00Z\"}\n",
				g.K(KeyIDAWS, "IMDS AccessKeyId"), g.K(SecretKey, "IMDS SecretAccessKey"), g.K(SessionToken, "IMDS Token"),
				g.K(KeyIDAWS, "ECS AccessKeyId"), g.K(SecretKey, "ECS SecretAccessKey"), g.K(SessionToken, "ECS Token"))
		}},
	{Name: "rclone-config-show",
		Source: "https://rclone.org/commands/rclone_config_show/ (prints each remote's section); https://rclone.org/s3/#s3-session-token (session_token); rclone config create … access_key_id=… secret_access_key=… on the command line",
		gen: func(g *G) string {
			return fmt.Sprintf("$ rclone config create wasabi s3 provider=Wasabi access_key_id=%s secret_access_key=%s endpoint=s3.wasabisys.com\n$ rclone config show\n[wasabi]\ntype = s3\nprovider = Wasabi\naccess_key_id = %s\nsecret_access_key = %s\nsession_token = %s\nendpoint = s3.wasabisys.com\n\n$ rclone ls wasabi:%s -vv --dump headers\n2024/01/15 12:30:00 DEBUG : HTTP REQUEST (req 0xc000a1e000)\nGET /%s?list-type=2 HTTP/1.1\nHost: s3.wasabisys.com\nAuthorization: XXXX\nX-Amz-Security-Token: %s\n",
				g.K(KeyIDCompat, "rclone config create access_key_id="), g.K(SecretKey, "rclone config create secret_access_key="),
				g.K(KeyIDCompat, "config show access_key_id"), g.K(SecretKey, "config show secret_access_key"), g.K(SessionToken, "config show session_token"),
				g.B(Bucket), g.B(Bucket), g.K(SessionToken, "--dump headers X-Amz-Security-Token"))
		}},
	{Name: "gcp-hmac-and-sa-env",
		Source: "https://cloud.google.com/storage/docs/authentication/managing-hmackeys#create (gcloud storage hmac create: accessId, secret in the output); https://cloud.google.com/docs/authentication/application-default-credentials (GOOGLE_APPLICATION_CREDENTIALS JSON pasted inline with \"private_key\")",
		gen: func(g *G) string {
			pem := g.K(PEM, "inline SA JSON private_key")
			g.VE("json")
			return fmt.Sprintf("$ gcloud storage hmac create uploader@demo.iam.gserviceaccount.com\nmetadata:\n  accessId: %s\n  etag: %s\n  id: demo/%s\n  projectId: demo\n  serviceAccountEmail: uploader@demo.iam.gserviceaccount.com\n  state: ACTIVE\nsecret: %s\n\nGOOGLE_CREDENTIALS='{\"type\":\"service_account\",\"private_key_id\":\"%s\",\"private_key\":\"%s\",\"client_email\":\"uploader@demo.iam.gserviceaccount.com\"}'\n",
				g.K(KeyIDCompat, "hmac create accessId"), g.str(b64c, 11)+"=", g.str(hexl, 24), g.K(SecretKey, "hmac create secret"), g.str(hexl, 40), strings.ReplaceAll(pem, "\n", `\n`))
		}},
}

// csv quotes a CSV field that holds the separator, as spreadsheets do.
func csv(v string, sep byte) string {
	if strings.IndexByte(v, sep) >= 0 {
		return `"` + v + `"`
	}
	return v
}

// azureKey plants an Azure storage account key (88 base64 characters).
func azureKey(g *G, slot string) string {
	v := g.str(b64c, 86) + "=="
	return g.KV(SaaS, slot, v)
}

// heldOut2 is a second wave, written the same way (before-code) after the
// first wave's fixes: ways to SET a variable or pass one through a server
// or a container, and one more SDK log.
var heldOut2 = []Context{
	{Name: "env-setters-in-code",
		Source: "https://docs.python.org/3/library/os.html#os.environ (os.environ[\"NAME\"] = value); https://pkg.go.dev/os#Setenv (os.Setenv(key, value)); https://docs.aws.amazon.com/sdk-for-java/latest/developer-guide/credentials-chain.html (Java system properties aws.accessKeyId, aws.secretAccessKey, aws.sessionToken); https://nodejs.org/api/process.html#processenv",
		gen: func(g *G) string {
			return fmt.Sprintf("# conftest.py\nos.environ[\"AWS_ACCESS_KEY_ID\"] = \"%s\"\nos.environ['AWS_SECRET_ACCESS_KEY'] = '%s'\n\n// main_test.go\nos.Setenv(\"AWS_SECRET_ACCESS_KEY\", \"%s\")\nt.Setenv(\"AWS_SESSION_TOKEN\", \"%s\")\n\n// App.java\nSystem.setProperty(\"aws.accessKeyId\", \"%s\");\nSystem.setProperty(\"aws.secretAccessKey\", \"%s\");\n\n// setup.js\nprocess.env.AWS_SECRET_ACCESS_KEY = \"%s\";\nprocess.env[\"MINIO_ROOT_PASSWORD\"] = \"%s\";\n",
				g.AK("os.environ[\"AWS_ACCESS_KEY_ID\"] ="), g.K(SecretKey, "os.environ['AWS_SECRET_ACCESS_KEY'] ="), g.K(SecretKey, "os.Setenv arg 2"), g.K(SessionToken, "t.Setenv arg 2"),
				g.AK("System.setProperty aws.accessKeyId"), g.K(SecretKey, "System.setProperty aws.secretAccessKey"), g.K(SecretKey, "process.env.AWS_SECRET_ACCESS_KEY ="), g.K(Password, "process.env[\"MINIO_ROOT_PASSWORD\"] ="))
		}},
	{Name: "webserver-env-directives",
		Source: "https://nginx.org/en/docs/http/ngx_http_fastcgi_module.html#fastcgi_param (fastcgi_param NAME value;); https://httpd.apache.org/docs/2.4/mod/mod_env.html#setenv (SetEnv NAME value); https://www.php.net/manual/en/install.fpm.configuration.php (env[NAME] = value)",
		gen: func(g *G) string {
			return fmt.Sprintf("location ~ \\.php$ {\n    fastcgi_pass unix:/run/php/php8.2-fpm.sock;\n    fastcgi_param AWS_ACCESS_KEY_ID %s;\n    fastcgi_param AWS_SECRET_ACCESS_KEY \"%s\";\n    fastcgi_param AWS_BUCKET %s;\n}\n\n<VirtualHost *:80>\n    SetEnv AWS_ACCESS_KEY_ID %s\n    SetEnv AWS_SECRET_ACCESS_KEY %s\n</VirtualHost>\n\n; /etc/php/8.2/fpm/pool.d/www.conf\nenv[AWS_SECRET_ACCESS_KEY] = %s\nenv[AWS_SESSION_TOKEN] = \"%s\"\n",
				g.AK("fastcgi_param AWS_ACCESS_KEY_ID"), g.K(SecretKey, "fastcgi_param AWS_SECRET_ACCESS_KEY"), g.B(Bucket), g.AK("SetEnv AWS_ACCESS_KEY_ID"), g.K(SecretKey, "SetEnv AWS_SECRET_ACCESS_KEY"),
				g.K(SecretKey, "env[AWS_SECRET_ACCESS_KEY] ="), g.K(SessionToken, "env[AWS_SESSION_TOKEN] ="))
		}},
	{Name: "dockerfile-and-docker-run",
		Source: "https://docs.docker.com/reference/dockerfile/#env (ENV key=value; legacy ENV key value); https://docs.docker.com/reference/cli/docker/container/run/#env (-e, --env); https://docs.docker.com/reference/cli/docker/buildx/build/#build-arg",
		gen: func(g *G) string {
			return fmt.Sprintf("FROM python:3.12-slim\nENV AWS_ACCESS_KEY_ID %s\nENV AWS_SECRET_ACCESS_KEY=%s AWS_DEFAULT_REGION=%s\nARG AWS_SESSION_TOKEN\n\n$ docker build --build-arg AWS_SESSION_TOKEN=%s -t uploader .\n$ docker run --rm -e AWS_ACCESS_KEY_ID=%s -e \"AWS_SECRET_ACCESS_KEY=%s\" --env MINIO_ROOT_PASSWORD=%s uploader\n",
				g.AK("Dockerfile ENV (legacy, space)"), g.K(SecretKey, "Dockerfile ENV key=value"), g.B(Region), g.K(SessionToken, "--build-arg AWS_SESSION_TOKEN="),
				g.AK("docker run -e"), g.K(SecretKey, "docker run -e \"…\""), g.K(Password, "docker run --env"))
		}},
	{Name: "systemd-unit-environment",
		Source: "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment= (Environment=\"VAR1=word1 word2\" VAR2=word3; systemctl show -p Environment prints them space-separated)",
		gen: func(g *G) string {
			id := g.AK("Environment=\"AWS_ACCESS_KEY_ID=…\"")
			sk := g.K(SecretKey, "Environment=\"AWS_SECRET_ACCESS_KEY=…\"")
			g.K2(g.last2(id), id, "systemctl show Environment= AWS_ACCESS_KEY_ID=")
			g.K2(SecretKey, sk, "systemctl show Environment= AWS_SECRET_ACCESS_KEY=")
			return fmt.Sprintf("# /etc/systemd/system/backup.service\n[Unit]\nDescription=Nightly S3 backup\n\n[Service]\nType=oneshot\nEnvironment=\"AWS_ACCESS_KEY_ID=%[1]s\" \"AWS_SECRET_ACCESS_KEY=%[2]s\"\nEnvironment=RESTIC_PASSWORD=%[3]s\nExecStart=/usr/local/bin/restic -r s3:https://s3.%[4]s.amazonaws.com/%[5]s backup /srv\n\n$ systemctl show backup.service -p Environment\nEnvironment=AWS_ACCESS_KEY_ID=%[1]s AWS_SECRET_ACCESS_KEY=%[2]s RESTIC_PASSWORD=%[3]s\n",
				id, sk, g.K(Password, "Environment=RESTIC_PASSWORD="), g.B(Region), g.B(Bucket))
		}},
	{Name: "plist-bookmark-and-app-config",
		Source: "https://gist.github.com/mainframe/e774874819abb1714a2b and https://pastebin.com/index/0g9A4d5B (Cyberduck S3 profiles: <key>…</key><string>…</string> siblings; 'Username Placeholder' = Access Key ID, 'Password Placeholder' = Secret Key); https://developer.apple.com/library/archive/documentation/Cocoa/Conceptual/PropertyLists/UnderstandXMLPlist/UnderstandXMLPlist.html",
		gen: func(g *G) string {
			return fmt.Sprintf("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n<plist version=\"1.0\">\n<dict>\n\t<key>Protocol</key>\n\t<string>s3</string>\n\t<key>Hostname</key>\n\t<string>%s.s3.%s.amazonaws.com</string>\n\t<key>Access Key ID</key>\n\t<string>%s</string>\n\t<key>S3SecretAccessKey</key>\n\t<string>%s</string>\n\t<key>SessionToken</key>\n\t<string>%s</string>\n</dict>\n</plist>\n",
				g.B(Bucket), g.B(Region), g.AK("plist <key>Access Key ID</key> <string>"), g.K(SecretKey, "plist <key>S3SecretAccessKey</key> <string>"), g.K(SessionToken, "plist <key>SessionToken</key> <string>"))
		}},
	{Name: "go-sdk-signing-log",
		Source: "https://github.com/aws/aws-sdk-go-v2/issues/958 (ClientLogMode aws.LogSigning); https://aws.github.io/aws-sdk-go-v2/docs/configuring-sdk/logging/ (SDK <date> DEBUG Request Signature: ---[ CANONICAL STRING ]--- … ---[ STRING TO SIGN ]---; aws.LogRequest prints the request with its headers)",
		gen: func(g *G) string {
			bucket, key, region, date := g.B(Bucket), g.B(ObjectKey), g.B(Region), g.B(Date)
			id := g.AK("go log Authorization Credential=")
			tok := g.K(SessionToken, "go log X-Amz-Security-Token")
			return fmt.Sprintf("SDK 2024/01/15 12:30:00 DEBUG Request Signature:\n---[ CANONICAL STRING  ]-----------------------------\nPUT\n/%[1]s\nx-id=PutObject\nhost:%[2]s.s3.%[3]s.amazonaws.com\nx-amz-content-sha256:UNSIGNED-PAYLOAD\nx-amz-date:%[4]s\nx-amz-security-token:%[5]s\n\nhost;x-amz-content-sha256;x-amz-date;x-amz-security-token\nUNSIGNED-PAYLOAD\n---[ STRING TO SIGN ]--------------------------------\nAWS4-HMAC-SHA256\n%[4]s\n%[6]s/%[3]s/s3/aws4_request\n%[7]s\n-----------------------------------------------------\nSDK 2024/01/15 12:30:00 DEBUG Request\nPUT /%[1]s?x-id=PutObject HTTP/1.1\nHost: %[2]s.s3.%[3]s.amazonaws.com\nAuthorization: AWS4-HMAC-SHA256 Credential=%[8]s, SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token, Signature=%[9]s\nX-Amz-Date: %[4]s\nX-Amz-Security-Token: %[5]s\n",
				key, bucket, region, date, tok, q8(date), g.B(StringToSignHash), scope(id, date, region), g.K(SigV4, "go log Authorization Signature="))
		}},
}

func init() { Contexts = append(append(Contexts, heldOut...), heldOut2...) }
