package plant

import "fmt"

// heldOut3 is a third held-out wave (issue 18): formats people paste around
// an S3 incident that none of the contexts above models, each written from
// the format's documentation or a real thread BEFORE the redactor was run on
// it (and before its code was read), and never edited to suit it: object
// dumps of debuggers and loggers (Python reprs, Node's util.inspect, Go's
// %+v, Kotlin/Lombok toString, PHP print_r/var_dump, Elixir inspect), SQL
// engines' credential clauses and positional calls (ClickHouse, DuckDB,
// Athena drivers), CLIs with positional or generic credential arguments
// (mc admin, dvc, serverless, terraform -backend-config, kubectl
// --from-literal, duck), configuration syntaxes not modelled yet (Logstash
// =>, gitlab.rb hashes, Nextcloud array(), Thanos objstore, Kafka Connect
// dotted keys, Windows registry), API clients' saved sessions (HTTPie,
// Insomnia) and the S3 SOAP envelope.
var heldOut3 = []Context{
	{Name: "aws-configure-prompts",
		Source: "https://docs.aws.amazon.com/cli/latest/reference/configure/ (prompts 'AWS Access Key ID [None]:', the current value shown masked in brackets); https://gist.github.com/ChaiBapchya/441d479cf0f8b07b5893a0ceb663dcfc; https://pastebin.com/NGVymPqU",
		gen: func(g *G) string {
			return fmt.Sprintf("$ aws configure --profile minio\nAWS Access Key ID [None]: %s\nAWS Secret Access Key [None]: %s\nDefault region name [None]: %s\nDefault output format [None]: json\n$ aws configure\nAWS Access Key ID [****************%s]: %s\nAWS Secret Access Key [****************%s]: %s\nDefault region name [us-east-1]: \nDefault output format [None]: \n$ aws s3 presign s3://%s/%s --profile minio --endpoint-url https://minio.internal.example:9000\n",
				g.AK("aws configure prompt AWS Access Key ID"), g.K(SecretKey, "aws configure prompt AWS Secret Access Key"), g.B(Region),
				g.str(updig, 4), g.AK("aws configure prompt (re-entered) AWS Access Key ID"), g.str(alnum, 4), g.K(SecretKey, "aws configure prompt (re-entered) AWS Secret Access Key"),
				g.B(Bucket), g.B(ObjectKey))
		}},
	{Name: "python-object-reprs", Lang: "py",
		Source: "https://github.com/boto/botocore/blob/develop/botocore/credentials.py (ReadOnlyCredentials = namedtuple('ReadOnlyCredentials', ['access_key', 'secret_key', 'token']), printed by get_frozen_credentials()); https://github.com/rasterio/rasterio/issues/1521; https://docs.python.org/3/library/os.html#os.environ (print(os.environ) shows environ({...})); https://docs.python.org/3/library/logging.html (logger.debug('%s', config_dict) prints the dict's repr)",
		gen: func(g *G) string {
			return fmt.Sprintf(">>> creds = boto3.Session(profile_name='minio').get_credentials().get_frozen_credentials()\n>>> creds\nReadOnlyCredentials(access_key='%s', secret_key='%s', token='%s')\n>>> print(os.environ)\nenviron({'HOME': '/home/app', 'AWS_ACCESS_KEY_ID': '%s', 'AWS_SECRET_ACCESS_KEY': '%s', 'AWS_DEFAULT_REGION': '%s', 'DJANGO_SECRET_KEY': '%s'})\n2024-01-15 12:30:00,123 DEBUG storages.backends.s3 settings: {'bucket_name': '%s', 'access_key': '%s', 'secret_key': '%s', 'endpoint_url': 'https://minio.internal.example:9000', 'signature_version': 's3v4'}\n",
				g.AK("ReadOnlyCredentials(access_key=)"), g.K(SecretKey, "ReadOnlyCredentials(secret_key=)"), g.K(SessionToken, "ReadOnlyCredentials(token=)"),
				g.AK("environ({'AWS_ACCESS_KEY_ID': …})"), g.K(SecretKey, "environ({'AWS_SECRET_ACCESS_KEY': …})"), g.B(Region), g.K(Unknown, "environ({'DJANGO_SECRET_KEY': …})"),
				g.B(Bucket), g.AK("logged dict 'access_key'"), g.K(SecretKey, "logged dict 'secret_key'"))
		}},
	{Name: "node-util-inspect", Lang: "js",
		Source: "https://nodejs.org/api/util.html#utilinspectobject-options (console.log prints objects as { key: 'value' }, unquoted keys, single-quoted strings); https://github.com/aws/aws-sdk-js-v3/issues/4000 (logging await client.config.credentials() prints { accessKeyId: …, secretAccessKey: …, sessionToken: … })",
		gen: func(g *G) string {
			return fmt.Sprintf("> await s3.config.credentials()\n{\n  accessKeyId: '%s',\n  secretAccessKey: '%s',\n  sessionToken: '%s',\n  expiration: 2024-01-15T18:30:00.000Z,\n  '$source': { CREDENTIALS_ENV_VARS: 'g' }\n}\n> console.log(process.env)\n{\n  NODE_ENV: 'production',\n  AWS_ACCESS_KEY_ID: '%s',\n  AWS_SECRET_ACCESS_KEY: '%s',\n  S3_BUCKET: '%s',\n  STRIPE_SECRET_KEY: '%s',\n  SESSION_SECRET: '%s'\n}\n",
				g.AK("inspect accessKeyId:"), g.K(SecretKey, "inspect secretAccessKey:"), g.K(SessionToken, "inspect sessionToken:"),
				g.AK("inspect process.env AWS_ACCESS_KEY_ID:"), g.K(SecretKey, "inspect process.env AWS_SECRET_ACCESS_KEY:"), g.B(Bucket), g.K(SaaS, "inspect process.env STRIPE_SECRET_KEY:"), g.K(Password, "inspect process.env SESSION_SECRET:"))
		}},
	{Name: "go-struct-dump", Lang: "go",
		Source: "https://pkg.go.dev/fmt (%+v prints {Field:value …}, %#v prints pkg.Type{Field:\"value\"}); https://pkg.go.dev/github.com/aws/aws-sdk-go-v2/aws#Credentials (AccessKeyID, SecretAccessKey, SessionToken, Source, CanExpire, Expires); https://github.com/aws/amazon-cloudwatch-agent/pull/512 (logging the retrieved credential); https://pkg.go.dev/github.com/minio/minio-go/v7/pkg/credentials#Value",
		gen: func(g *G) string {
			return fmt.Sprintf("creds, _ := cfg.Credentials.Retrieve(ctx)\nlog.Printf(\"creds: %%+v\", creds)\n2024/01/15 12:30:00 creds: {AccessKeyID:%s SecretAccessKey:%s SessionToken:%s Source:SharedConfigCredentials: /root/.aws/credentials CanExpire:false Expires:0001-01-01 00:00:00 +0000 UTC AccountID:}\n2024/01/15 12:30:00 minio creds: credentials.Value{AccessKeyID:\"%s\", SecretAccessKey:\"%s\", SessionToken:\"\", Expiration:time.Date(1, time.January, 1, 0, 0, 0, 0, time.UTC), SignerType:1}\n2024/01/15 12:30:00 presigned: &{URL:https://%s/%s?X-Amz-Algorithm=AWS4-HMAC-SHA256 Method:GET SignedHeader:map[Host:[%s.s3.%s.amazonaws.com]]}\n",
				g.AK("%+v AccessKeyID:"), g.K(SecretKey, "%+v SecretAccessKey:"), g.K(SessionToken, "%+v SessionToken:"),
				g.K(KeyIDCompat, "%#v AccessKeyID:\"…\""), g.K(SecretKey, "%#v SecretAccessKey:\"…\""),
				g.B(Bucket)+".s3.amazonaws.com", g.B(ObjectKey), g.B(Bucket), g.B(Region))
		}},
	{Name: "kotlin-lombok-tostring", Lang: "java",
		Source: "https://kotlinlang.org/docs/data-classes.html (toString() of a data class: \"User(name=John, age=42)\"); https://projectlombok.org/features/ToString (@ToString / @Data: \"S3Properties(accessKey=…, secretKey=…)\"); Spring Boot's startup log prints bound @ConfigurationProperties beans this way",
		gen: func(g *G) string {
			return fmt.Sprintf("2024-01-15T12:30:00.123Z  INFO 1 --- [main] c.e.storage.S3Config : Loaded S3Properties(endpoint=https://minio.internal.example:9000, region=%s, bucket=%s, accessKey=%s, secretKey=%s, pathStyleAccess=true)\n2024-01-15T12:30:00.456Z DEBUG 1 --- [main] c.e.storage.S3Config : StsCredentials(accessKeyId=%s, secretAccessKey=%s, sessionToken=%s, expiration=2024-01-15T18:30:00Z)\n2024-01-15T12:30:01.001Z ERROR 1 --- [main] c.e.storage.Uploader : upload failed: software.amazon.awssdk.services.s3.model.S3Exception: The request signature we calculated does not match the signature you provided. (Service: S3, Status Code: 403, Request ID: %s)\n",
				g.B(Region), g.B(Bucket), g.AK("toString accessKey="), g.K(SecretKey, "toString secretKey="),
				g.AK("toString accessKeyId="), g.K(SecretKey, "toString secretAccessKey="), g.K(SessionToken, "toString sessionToken="), g.B(RequestID))
		}},
	{Name: "php-print-r-var-dump", Lang: "php",
		Source: "https://www.php.net/manual/en/function.print-r.php (Array\\n(\\n    [key] => value\\n)); https://www.php.net/manual/en/function.var-dump.php ([\"key\"]=>\\n  string(n) \"value\", the value on the next line)",
		gen: func(g *G) string {
			id := g.AK("print_r [key] =>")
			sk := g.K(SecretKey, "print_r [secret] =>")
			id2 := g.AK("var_dump [\"key\"]=> string(n)")
			sk2 := g.K(SecretKey, "var_dump [\"secret\"]=> string(n)")
			return fmt.Sprintf("Array\n(\n    [version] => latest\n    [region] => %s\n    [endpoint] => https://minio.internal.example:9000\n    [credentials] => Array\n        (\n            [key] => %s\n            [secret] => %s\n        )\n\n)\narray(3) {\n  [\"region\"]=>\n  string(%d) \"%s\"\n  [\"key\"]=>\n  string(%d) \"%s\"\n  [\"secret\"]=>\n  string(%d) \"%s\"\n}\n",
				g.B(Region), id, sk, 9, "us-east-1", len(id2), id2, len(sk2), sk2)
		}},
	{Name: "gitlab-rb-connection", Lang: "rb",
		Source: "https://docs.gitlab.com/administration/object_storage.html (gitlab_rails['object_store']['connection'] = { 'provider' => 'AWS', 'aws_access_key_id' => …, 'aws_secret_access_key' => … }); https://gist.github.com/sbuvaneshkumar/639c1c7a12febb52c2685ac15e996a12; Ruby Hash#inspect ({\"key\"=>\"value\"}) as gitlab-rails runner prints it",
		gen: func(g *G) string {
			return fmt.Sprintf("# /etc/gitlab/gitlab.rb\ngitlab_rails['object_store']['enabled'] = true\ngitlab_rails['object_store']['connection'] = {\n  'provider' => 'AWS',\n  'region' => '%s',\n  'aws_access_key_id' => '%s',\n  'aws_secret_access_key' => '%s',\n  'endpoint' => 'https://minio.internal.example:9000',\n  'path_style' => true\n}\ngitlab_rails['object_store']['objects']['artifacts']['bucket'] = '%s'\ngitlab_rails['smtp_password'] = \"%s\"\n\n$ sudo gitlab-rails runner 'p Gitlab.config.object_store.connection.to_h'\n{\"provider\"=>\"AWS\", \"region\"=>\"%s\", \"aws_access_key_id\"=>\"%s\", \"aws_secret_access_key\"=>\"%s\", \"endpoint\"=>\"https://minio.internal.example:9000\"}\n",
				g.B(Region), g.AK("gitlab.rb 'aws_access_key_id' =>"), g.K(SecretKey, "gitlab.rb 'aws_secret_access_key' =>"), g.B(Bucket), g.K(Password, "gitlab.rb smtp_password"),
				g.B(Region), g.AK("inspect \"aws_access_key_id\"=>"), g.K(SecretKey, "inspect \"aws_secret_access_key\"=>"))
		}},
	{Name: "thanos-objstore-yaml",
		Source: "https://thanos.io/tip/thanos/storage.md (type: S3 / config: bucket, endpoint, access_key, secret_key, session_token; --objstore.config inline in container args); https://grafana.com/docs/mimir/latest/configure/configuration-parameters/ (blocks_storage.s3.access_key_id / secret_access_key)",
		gen: func(g *G) string {
			return fmt.Sprintf("# objstore.yml\ntype: S3\nconfig:\n  bucket: \"%s\"\n  endpoint: \"minio.internal.example:9000\"\n  region: \"%s\"\n  access_key: \"%s\"\n  secret_key: \"%s\"\n  session_token: \"%s\"\n  insecure: false\n  signature_version2: false\n---\n      - args:\n        - sidecar\n        - |\n          --objstore.config=type: S3\n          config:\n            bucket: %s\n            endpoint: s3.%s.amazonaws.com\n            access_key: %s\n            secret_key: %s\n---\n# mimir.yaml\nblocks_storage:\n  backend: s3\n  s3:\n    endpoint: s3.%s.amazonaws.com\n    bucket_name: %s\n    access_key_id: %s\n    secret_access_key: %s\n",
				g.B(Bucket), g.B(Region), g.AK("objstore access_key"), g.K(SecretKey, "objstore secret_key"), g.K(SessionToken, "objstore session_token"),
				g.B(Bucket), g.B(Region), g.AK("--objstore.config access_key"), g.K(SecretKey, "--objstore.config secret_key"),
				g.B(Region), g.B(Bucket), g.AK("mimir access_key_id"), g.K(SecretKey, "mimir secret_access_key"))
		}},
	{Name: "nextcloud-config-php", Lang: "php",
		Source: "https://docs.nextcloud.com/server/stable/admin_manual/configuration_files/primary_storage.html ('objectstore' => ['class' => '\\\\OC\\\\Files\\\\ObjectStore\\\\S3', 'arguments' => ['bucket', 'key', 'secret', 'hostname', …]]); https://build.opensuse.org/projects/home:eroca/packages/container-nextcloud/files/s3.config.php (array( ) syntax)",
		gen: func(g *G) string {
			return fmt.Sprintf("<?php\n$CONFIG = array (\n  'instanceid' => 'oc%s',\n  'passwordsalt' => '%s',\n  'objectstore' => array (\n    'class' => '\\\\OC\\\\Files\\\\ObjectStore\\\\S3',\n    'arguments' => array (\n      'bucket' => '%s',\n      'autocreate' => true,\n      'key' => '%s',\n      'secret' => '%s',\n      'hostname' => 'minio.internal.example',\n      'port' => 9000,\n      'use_ssl' => true,\n      'region' => '%s',\n      'use_path_style' => true,\n    ),\n  ),\n  'dbpassword' => '%s',\n);\n",
				g.str(lowdig, 10), g.K(Unknown, "config.php passwordsalt"), g.B(Bucket), g.AK("objectstore arguments 'key'"), g.K(SecretKey, "objectstore arguments 'secret'"), g.B(Region), g.K(Password, "config.php dbpassword"))
		}},
	{Name: "clickhouse-s3-function",
		Source: "https://clickhouse.com/docs/sql-reference/table-functions/s3 (s3(url [, NOSIGN | access_key_id, secret_access_key, [session_token]] [,format] …) — positional); https://clickhouse.com/docs/engines/table-engines/integrations/s3 (ENGINE = S3(path, [aws_access_key_id, aws_secret_access_key,] format)); config.xml <s3><endpoint-name><access_key_id>",
		gen: func(g *G) string {
			bucket := g.B(Bucket)
			return fmt.Sprintf("SELECT count(*) FROM s3('https://%s.s3.%s.amazonaws.com/data/*.csv.gz', '%s', '%s', 'CSVWithNames');\n\nINSERT INTO FUNCTION s3('https://minio.internal.example:9000/%s/export.parquet', '%s', '%s', '%s', 'Parquet') SELECT * FROM events;\n\nCREATE TABLE s3_events (id UInt64, ts DateTime) ENGINE = S3('https://storage.googleapis.com/%s/events/*.parquet', '%s', '%s', 'Parquet');\nReceived exception from server (version 24.1.2):\nCode: 499. DB::Exception: Received from localhost:9000. DB::Exception: Access Denied. (S3_ERROR)\n\n<clickhouse>\n    <s3>\n        <backups>\n            <endpoint>https://%s.s3.amazonaws.com/backups/</endpoint>\n            <access_key_id>%s</access_key_id>\n            <secret_access_key>%s</secret_access_key>\n        </backups>\n    </s3>\n</clickhouse>\n",
				bucket, g.B(Region), g.AK("s3() arg 2"), g.K(SecretKey, "s3() arg 3"),
				g.B(Bucket), g.K(KeyIDCompat, "INSERT INTO FUNCTION s3() arg 2"), g.K(SecretKey, "INSERT INTO FUNCTION s3() arg 3"), g.K(SessionToken, "INSERT INTO FUNCTION s3() arg 4 (session_token)"),
				g.B(Bucket), g.K(KeyIDCompat, "ENGINE = S3() arg 2"), g.K(SecretKey, "ENGINE = S3() arg 3"),
				g.B(Bucket), g.AK("<access_key_id>"), g.K(SecretKey, "<secret_access_key>"))
		}},
	{Name: "duckdb-create-secret",
		Source: "https://duckdb.org/docs/configuration/secrets_manager.html (CREATE SECRET (TYPE s3, KEY_ID '…', SECRET '…', REGION '…')); https://duckdb.org/docs/extensions/httpfs/s3api_legacy_authentication (SET s3_access_key_id = '…'; SET s3_secret_access_key = '…'; SET s3_session_token); https://raw.githubusercontent.com/duckdb/pg_duckdb/main/docs/secrets.md (duckdb.create_simple_secret(key_id := …, secret := …))",
		gen: func(g *G) string {
			return fmt.Sprintf("D CREATE SECRET minio (\n      TYPE s3,\n      KEY_ID '%s',\n      SECRET '%s',\n      REGION '%s',\n      ENDPOINT 'minio.internal.example:9000',\n      URL_STYLE 'path'\n  );\nD SET s3_access_key_id='%s';\nD SET s3_secret_access_key='%s';\nD SET s3_session_token='%s';\nD SELECT * FROM read_parquet('s3://%s/%s');\nHTTP Error: HTTP GET error on 'https://%s.s3.amazonaws.com/%s' (HTTP 403)\n\npostgres=# SELECT duckdb.create_simple_secret(type := 'S3', key_id := '%s', secret := '%s', region := '%s');\n",
				g.AK("CREATE SECRET KEY_ID"), g.K(SecretKey, "CREATE SECRET SECRET"), g.B(Region),
				g.AK("SET s3_access_key_id"), g.K(SecretKey, "SET s3_secret_access_key"), g.K(SessionToken, "SET s3_session_token"),
				g.B(Bucket), g.B(ObjectKey), g.B(Bucket), g.B(ObjectKey),
				g.AK("create_simple_secret key_id :="), g.K(SecretKey, "create_simple_secret secret :="), g.B(Region))
		}},
	{Name: "athena-jdbc-odbc",
		Source: "https://docs.aws.amazon.com/athena/latest/ug/jdbc-v3-driver-basic-connection-parameters.html and https://sourceforge.net/p/sqleo/discussion/general/thread/6191c7607d (jdbc:awsathena://AwsRegion=…;User=<access key>;Password=<secret>;S3OutputLocation=…); https://docs.aws.amazon.com/athena/latest/ug/odbc-v2-driver-main-connection-parameters.html (UID/PWD in odbc.ini); https://superset.apache.org/docs/databases/athena/ (awsathena+rest://{aws_access_key_id}:{aws_secret_access_key}@athena.{region}.amazonaws.com/…)",
		gen: func(g *G) string {
			region := g.B(Region)
			return fmt.Sprintf("jdbc:awsathena://AwsRegion=%s;User=%s;Password=%s;SessionToken=%s;S3OutputLocation=s3://%s/athena-results/\n\n# ~/.odbc.ini\n[Athena]\nDriver=/opt/athena/lib/64/libathenaodbc_sb64.so\nAwsRegion=%s\nS3OutputLocation=s3://%s/results/\nAuthenticationType=IAM Credentials\nUID=%s\nPWD=%s\n\nSQLALCHEMY_URI = \"awsathena+rest://%s:%s@athena.%s.amazonaws.com:443/default?s3_staging_dir=s3%%3A%%2F%%2F%s%%2Fstaging%%2F\"\n",
				region, g.AK("jdbc User="), g.K(SecretKey, "jdbc Password="), g.K(SessionToken, "jdbc SessionToken="), g.B(Bucket),
				region, g.B(Bucket), g.AK("odbc.ini UID="), g.K(SecretKey, "odbc.ini PWD="),
				g.AK("awsathena+rest userinfo user"), func() string {
					v := PctEncode(g.K(SecretKey, "awsathena+rest userinfo password"))
					g.VE("percent")
					return v
				}(), region, g.B(Bucket))
		}},
	{Name: "kubectl-create-secret-literal",
		Source: "https://kubernetes.io/docs/tasks/configmap-secret/managing-secret-using-kubectl/ (kubectl create secret generic … --from-literal=username=… --from-literal=password='…'); https://velero.io/docs/main/contributions/minio/ (credentials-velero, velero install --secret-file); https://kubernetes.io/docs/reference/kubectl/generated/kubectl_create/kubectl_create_secret_docker-registry/ (--docker-password)",
		gen: func(g *G) string {
			return fmt.Sprintf("$ kubectl -n velero create secret generic cloud-credentials \\\n    --from-literal=accesskey='%s' \\\n    --from-literal=secretkey='%s'\nsecret/cloud-credentials created\n$ kubectl create secret generic loki-s3 --from-literal=AWS_ACCESS_KEY_ID=%s --from-literal=AWS_SECRET_ACCESS_KEY='%s' --dry-run=client -o yaml\n$ kubectl create secret docker-registry regcred --docker-server=registry.example.com --docker-username=ci --docker-password='%s'\n$ velero install --provider aws --bucket %s --secret-file ./credentials-velero --backup-location-config region=minio,s3ForcePathStyle=\"true\",s3Url=http://minio.velero.svc:9000\n",
				g.K(KeyIDCompat, "--from-literal=accesskey="), g.K(SecretKey, "--from-literal=secretkey="),
				g.AK("--from-literal=AWS_ACCESS_KEY_ID="), g.K(SecretKey, "--from-literal=AWS_SECRET_ACCESS_KEY="), g.K(Password, "--docker-password="), g.B(Bucket))
		}},
	{Name: "mc-admin-user",
		Source: "https://min.io/docs/minio/linux/reference/minio-mc-admin/mc-admin-user-add.html (mc admin user add ALIAS ACCESSKEY SECRETKEY — positional); https://docs.min.io/minio/baremetal/reference/minio-mc-admin/mc-admin-user-svcacct-add.html (--access-key, --secret-key; the command prints Access Key: / Secret Key:)",
		gen: func(g *G) string {
			return fmt.Sprintf("$ mc admin user add myminio %[1]s %[2]s\nAdded user `%[1]s` successfully.\n$ mc admin policy attach myminio readwrite --user %[1]s\n$ mc admin user svcacct add --access-key \"%[3]s\" --secret-key \"%[4]s\" myminio %[1]s\nAccess Key: %[3]s\nSecret Key: %[4]s\nExpiration: no-expiry\n$ mc admin accesskey create myminio/ %[1]s\nAccess Key: %[5]s\nSecret Key: %[6]s\nExpiration: NONE\n",
				g.K(KeyIDCompat, "mc admin user add arg ACCESSKEY"), g.K(SecretKey, "mc admin user add arg SECRETKEY"),
				g.K(KeyIDCompat, "svcacct add --access-key"), g.K(SecretKey, "svcacct add --secret-key"),
				g.K(KeyIDCompat, "accesskey create output Access Key:"), g.K(SecretKey, "accesskey create output Secret Key:"))
		}},
	{Name: "serverless-config-credentials",
		Source: "https://www.serverless.com/framework/docs/providers/aws/cli-reference/config-credentials (serverless config credentials --provider aws --key … --secret …); https://www.serverless.com/framework/docs/providers/aws/guide/variables (provider.environment in serverless.yml)",
		gen: func(g *G) string {
			return fmt.Sprintf("$ serverless config credentials --provider aws --key %s --secret '%s' --profile uploader\n✔ Profile \"uploader\" has been configured\n# serverless.yml\nservice: uploader\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  region: %s\n  environment:\n    BUCKET: %s\n    UPLOAD_ACCESS_KEY: %s\n    UPLOAD_SECRET: %s\n    SENTRY_AUTH_TOKEN: %s\n",
				g.AK("serverless --key"), g.K(SecretKey, "serverless --secret"), g.B(Region), g.B(Bucket),
				g.AK("serverless.yml environment UPLOAD_ACCESS_KEY"), g.K(SecretKey, "serverless.yml environment UPLOAD_SECRET"), g.K(SaaS, "serverless.yml environment SENTRY_AUTH_TOKEN"))
		}},
	{Name: "terraform-backend-config",
		Source: "https://developer.hashicorp.com/terraform/language/backend/s3 (access_key, secret_key, token; endpoints = { s3 = … }; use_path_style); https://developer.hashicorp.com/terraform/language/backend#partial-configuration (terraform init -backend-config=\"KEY=VALUE\" and a backend.hcl file)",
		gen: func(g *G) string {
			return fmt.Sprintf("$ terraform init -backend-config=\"access_key=%s\" -backend-config=\"secret_key=%s\" -backend-config=\"token=%s\"\n\n# backend.hcl\nbucket     = \"%s\"\nkey        = \"state/terraform.tfstate\"\nregion     = \"%s\"\naccess_key = \"%s\"\nsecret_key = \"%s\"\n\nterraform {\n  backend \"s3\" {\n    bucket                      = \"%s\"\n    key                         = \"prod/terraform.tfstate\"\n    region                      = \"main\"\n    endpoints                   = { s3 = \"https://minio.internal.example:9000\" }\n    access_key                  = \"%s\"\n    secret_key                  = \"%s\"\n    skip_credentials_validation = true\n    use_path_style              = true\n  }\n}\nError: error configuring S3 Backend: error validating provider credentials: SignatureDoesNotMatch\n",
				g.AK("-backend-config=\"access_key=\""), g.K(SecretKey, "-backend-config=\"secret_key=\""), g.K(SessionToken, "-backend-config=\"token=\""),
				g.B(Bucket), g.B(Region), g.AK("backend.hcl access_key"), g.K(SecretKey, "backend.hcl secret_key"),
				g.B(Bucket), g.K(KeyIDCompat, "backend \"s3\" access_key"), g.K(SecretKey, "backend \"s3\" secret_key"))
		}},
	{Name: "logstash-s3-pipeline",
		Source: "https://www.elastic.co/guide/en/logstash/current/plugins-outputs-s3.html (output { s3 { access_key_id => \"…\" secret_access_key => \"…\" session_token => \"…\" endpoint => … } }); https://www.elastic.co/guide/en/logstash/current/plugins-inputs-s3.html",
		gen: func(g *G) string {
			return fmt.Sprintf("input {\n  s3 {\n    bucket => \"%s\"\n    access_key_id => \"%s\"\n    secret_access_key => \"%s\"\n    region => \"%s\"\n    prefix => \"logs/\"\n  }\n}\noutput {\n  s3 {\n    access_key_id => \"%s\"\n    secret_access_key => \"%s\"\n    session_token => \"%s\"\n    endpoint => \"https://minio.internal.example:9000\"\n    bucket => \"%s\"\n    additional_settings => { \"force_path_style\" => true }\n  }\n  elasticsearch {\n    hosts => [\"https://es.internal:9200\"]\n    user => \"logstash_writer\"\n    password => \"%s\"\n  }\n}\n",
				g.B(Bucket), g.AK("logstash input access_key_id =>"), g.K(SecretKey, "logstash input secret_access_key =>"), g.B(Region),
				g.AK("logstash output access_key_id =>"), g.K(SecretKey, "logstash output secret_access_key =>"), g.K(SessionToken, "logstash output session_token =>"), g.B(Bucket), g.K(Password, "logstash elasticsearch password =>"))
		}},
	{Name: "kafka-connect-s3-sink",
		Source: "https://docs.confluent.io/kafka-connectors/s3-sink/current/configuration_options.html (aws.access.key.id, aws.secret.access.key in the connector JSON, PUT /connectors/<name>/config); https://docs.cloudera.com/runtime/latest/kafka-connect/topics/kafka-connect-connector-s3.html (aws.access_key_id / aws.secret_access_key)",
		gen: func(g *G) string {
			return fmt.Sprintf("$ curl -s -X PUT -H 'Content-Type: application/json' http://connect:8083/connectors/s3-sink/config -d '{\n  \"connector.class\": \"io.confluent.connect.s3.S3SinkConnector\",\n  \"topics\": \"events\",\n  \"s3.bucket.name\": \"%s\",\n  \"s3.region\": \"%s\",\n  \"store.url\": \"https://minio.internal.example:9000\",\n  \"aws.access.key.id\": \"%s\",\n  \"aws.secret.access.key\": \"%s\",\n  \"flush.size\": \"1000\"\n}'\n{\"error_code\":500,\"message\":\"com.amazonaws.services.s3.model.AmazonS3Exception: The AWS Access Key Id you provided does not exist in our records. (Service: Amazon S3; Status Code: 403; Error Code: InvalidAccessKeyId; Request ID: %s)\"}\n# cloudera\n{\"aws.s3.bucket\": \"%s\", \"aws.access_key_id\": \"%s\", \"aws.secret_access_key\": \"%s\", \"tasks.max\": 1}\n",
				g.B(Bucket), g.B(Region), g.AK("aws.access.key.id"), g.K(SecretKey, "aws.secret.access.key"), g.B(RequestID),
				g.B(Bucket), g.AK("aws.access_key_id"), g.K(SecretKey, "aws.secret_access_key"))
		}},
	{Name: "dvc-remote-config",
		Source: "https://dvc.org/doc/command-reference/remote/modify (dvc remote modify --local myremote access_key_id 'mykey' / secret_access_key / session_token — positional name value); https://dvc.org/doc/user-guide/project-structure/configuration (.dvc/config.local: ['remote \"myremote\"'] section)",
		gen: func(g *G) string {
			return fmt.Sprintf("$ dvc remote add -d storage s3://%s/dvcstore\n$ dvc remote modify storage endpointurl https://minio.internal.example:9000\n$ dvc remote modify --local storage access_key_id '%s'\n$ dvc remote modify --local storage secret_access_key '%s'\n$ dvc remote modify --local storage session_token %s\n$ cat .dvc/config.local\n['remote \"storage\"']\n    access_key_id = %s\n    secret_access_key = %s\n$ dvc push\nERROR: unexpected error - An error occurred (SignatureDoesNotMatch) when calling the PutObject operation\n",
				g.B(Bucket), g.AK("dvc remote modify access_key_id (arg)"), g.K(SecretKey, "dvc remote modify secret_access_key (arg)"), g.K(SessionToken, "dvc remote modify session_token (arg)"),
				g.AK("config.local access_key_id"), g.K(SecretKey, "config.local secret_access_key"))
		}},
	{Name: "requests-aws4auth", Lang: "py",
		Source: "https://pypi.org/project/requests-aws4auth/ (AWS4Auth(access_id, secret_key, region, service[, session_token=…]) — positional); https://github.com/DavidMuller/aws-requests-auth (AWSRequestsAuth(aws_access_key=…, aws_secret_access_key=…, aws_token=…))",
		gen: func(g *G) string {
			return fmt.Sprintf("import requests\nfrom requests_aws4auth import AWS4Auth\nfrom aws_requests_auth.aws_auth import AWSRequestsAuth\n\nauth = AWS4Auth(%s, %s, %s, 's3', session_token=%s)\nr = requests.get('https://%s.s3.amazonaws.com/%s', auth=auth)\n\nauth2 = AWSRequestsAuth(aws_access_key=%s,\n                        aws_secret_access_key=%s,\n                        aws_host='minio.internal.example:9000',\n                        aws_region=%s,\n                        aws_service='s3')\n",
				g.Q(g.AK("AWS4Auth arg 1")), g.Q(g.K(SecretKey, "AWS4Auth arg 2")), g.QB(g.B(Region)), g.Q(g.K(SessionToken, "AWS4Auth session_token=")),
				g.B(Bucket), g.B(ObjectKey), g.Q(g.AK("AWSRequestsAuth aws_access_key=")), g.Q(g.K(SecretKey, "AWSRequestsAuth aws_secret_access_key=")), g.QB(g.B(Region)))
		}},
	{Name: "dotnet-s3client-positional", Lang: "cs",
		Source: "https://docs.aws.amazon.com/sdkfornet/v3/apidocs/items/S3/MS3ctor.html (new AmazonS3Client(string awsAccessKeyId, string awsSecretAccessKey, RegionEndpoint region); (…, string awsSessionToken, AmazonS3Config clientConfig)) — positional",
		gen: func(g *G) string {
			return fmt.Sprintf("using Amazon.S3;\n\nvar client = new AmazonS3Client(%s, %s, RegionEndpoint.USEast1);\nvar minio = new AmazonS3Client(\n    %s,\n    %s,\n    new AmazonS3Config { ServiceURL = \"https://minio.internal.example:9000\", ForcePathStyle = true });\nvar temp = new AmazonS3Client(%s, %s, %s, new AmazonS3Config { RegionEndpoint = RegionEndpoint.GetBySystemName(%s) });\n",
				g.Q(g.AK("AmazonS3Client arg 1")), g.Q(g.K(SecretKey, "AmazonS3Client arg 2")),
				g.Q(g.K(KeyIDCompat, "AmazonS3Client arg 1 (minio)")), g.Q(g.K(SecretKey, "AmazonS3Client arg 2 (minio)")),
				g.Q(g.AK("AmazonS3Client arg 1 (session)")), g.Q(g.K(SecretKey, "AmazonS3Client arg 2 (session)")), g.Q(g.K(SessionToken, "AmazonS3Client arg 3 (session token)")), g.QB(g.B(Region)))
		}},
	{Name: "rust-s3-crates", Lang: "rs",
		Source: "https://docs.rs/aws-credential-types/latest/aws_credential_types/struct.Credentials.html#method.from_keys (Credentials::from_keys(access_key_id, secret_access_key, session_token: Option<String>)); https://docs.rs/rust-s3/latest/s3/creds/struct.Credentials.html (Credentials::new(Some(access_key), Some(secret_key), security_token, session_token, profile)); https://docs.rs/object_store/latest/object_store/aws/struct.AmazonS3Builder.html (.with_access_key_id(…).with_secret_access_key(…))",
		gen: func(g *G) string {
			return fmt.Sprintf("let creds = Credentials::from_keys(%s, %s, Some(%s.to_string()));\nlet creds2 = s3::creds::Credentials::new(Some(%s), Some(%s), None, None, None)?;\nlet store = AmazonS3Builder::new()\n    .with_bucket_name(%s)\n    .with_region(%s)\n    .with_access_key_id(%s)\n    .with_secret_access_key(%s)\n    .build()?;\n",
				g.Q(g.AK("from_keys arg 1")), g.Q(g.K(SecretKey, "from_keys arg 2")), g.Q(g.K(SessionToken, "from_keys arg 3")),
				g.Q(g.K(KeyIDCompat, "rust-s3 Credentials::new Some(arg 1)")), g.Q(g.K(SecretKey, "rust-s3 Credentials::new Some(arg 2)")),
				g.QB(g.B(Bucket)), g.QB(g.B(Region)), g.Q(g.AK("with_access_key_id(…)")), g.Q(g.K(SecretKey, "with_secret_access_key(…)")))
		}},
	{Name: "elixir-exaws-config",
		Source: "https://hexdocs.pm/ex_aws/readme.html (config :ex_aws, access_key_id: …, secret_access_key: …; per-service s3: [scheme:, host:, region:]); https://hexdocs.pm/elixir/IO.html#inspect/2 (%{access_key_id: \"…\"} maps)",
		gen: func(g *G) string {
			return fmt.Sprintf("# config/runtime.exs\nconfig :ex_aws,\n  access_key_id: \"%s\",\n  secret_access_key: \"%s\",\n  security_token: \"%s\",\n  region: \"%s\"\n\nconfig :ex_aws, :s3,\n  scheme: \"https://\",\n  host: \"minio.internal.example\",\n  port: 9000\n\niex(1)> ExAws.Config.new(:s3)\n%%{\n  access_key_id: \"%s\",\n  host: \"minio.internal.example\",\n  port: 9000,\n  region: \"%s\",\n  scheme: \"https://\",\n  secret_access_key: \"%s\"\n}\n",
				g.AK("config :ex_aws access_key_id:"), g.K(SecretKey, "config :ex_aws secret_access_key:"), g.K(SessionToken, "config :ex_aws security_token:"), g.B(Region),
				g.AK("IO.inspect %{access_key_id:}"), g.B(Region), g.K(SecretKey, "IO.inspect %{secret_access_key:}"))
		}},
	{Name: "windows-reg-query",
		Source: "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/reg-query (output: '    name    REG_SZ    value'); https://learn.microsoft.com/en-us/troubleshoot/windows-server/performance/windows-registry-advanced-users (.reg export: \"name\"=\"value\"); setx writes user variables to HKCU\\Environment",
		gen: func(g *G) string {
			return fmt.Sprintf("C:\\>reg query HKCU\\Environment\n\nHKEY_CURRENT_USER\\Environment\n    Path    REG_EXPAND_SZ    %%USERPROFILE%%\\AppData\\Local\\Microsoft\\WindowsApps;\n    TEMP    REG_EXPAND_SZ    %%USERPROFILE%%\\AppData\\Local\\Temp\n    AWS_ACCESS_KEY_ID    REG_SZ    %s\n    AWS_SECRET_ACCESS_KEY    REG_SZ    %s\n    AWS_DEFAULT_REGION    REG_SZ    %s\n\nWindows Registry Editor Version 5.00\n\n[HKEY_CURRENT_USER\\Environment]\n\"AWS_ACCESS_KEY_ID\"=\"%s\"\n\"AWS_SECRET_ACCESS_KEY\"=\"%s\"\n\"GITHUB_TOKEN\"=\"%s\"\n",
				g.AK("reg query AWS_ACCESS_KEY_ID REG_SZ"), g.K(SecretKey, "reg query AWS_SECRET_ACCESS_KEY REG_SZ"), g.B(Region),
				g.AK(".reg \"AWS_ACCESS_KEY_ID\"="), g.K(SecretKey, ".reg \"AWS_SECRET_ACCESS_KEY\"="), g.K(SaaS, ".reg \"GITHUB_TOKEN\"="))
		}},
	{Name: "s3-soap-request",
		Source: "https://docs.aws.amazon.com/AmazonS3/latest/API/SOAPAuthentication.html (<AWSAccessKeyId>…</AWSAccessKeyId><Timestamp>…</Timestamp><Signature>…</Signature>, HMAC-SHA1 base64)",
		gen: func(g *G) string {
			return fmt.Sprintf("POST /soap HTTP/1.1\nHost: s3.amazonaws.com\nContent-Type: text/xml; charset=utf-8\nSOAPAction: \"\"\n\n<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">\n  <soap:Body>\n    <GetObject xmlns=\"http://doc.s3.amazonaws.com/2006-03-01\">\n      <Bucket>%s</Bucket>\n      <Key>%s</Key>\n      <GetMetadata>true</GetMetadata>\n      <GetData>true</GetData>\n      <AWSAccessKeyId>%s</AWSAccessKeyId>\n      <Timestamp>2024-01-15T12:30:00.000Z</Timestamp>\n      <Signature>%s</Signature>\n    </GetObject>\n  </soap:Body>\n</soap:Envelope>\n\n<soapenv:Fault><faultcode>Client.SignatureDoesNotMatch</faultcode><faultstring>The request signature we calculated does not match the signature you provided.</faultstring></soapenv:Fault>\n",
				g.B(Bucket), g.B(ObjectKey), g.K(KeyIDAWS, "SOAP <AWSAccessKeyId>"), g.K(SigV2, "SOAP <Signature>"))
		}},
	{Name: "httpie-session-json",
		Source: "https://httpie.io/docs/cli/sessions (~/.config/httpie/sessions/<host>/<name>.json: \"headers\", \"cookies\" [{\"name\", \"value\", \"domain\"…}], \"auth\": {\"type\", \"raw_auth\"}); https://httpie.io/docs/cli/authentication (-a user:password)",
		gen: func(g *G) string {
			user := g.str(lower, 6)
			return fmt.Sprintf("$ cat ~/.config/httpie/sessions/minio.internal.example_9000/dev.json\n{\n    \"__meta__\": {\n        \"about\": \"HTTPie session file\",\n        \"help\": \"https://httpie.io/docs#sessions\",\n        \"httpie\": \"3.2.2\"\n    },\n    \"auth\": {\n        \"password\": null,\n        \"raw_auth\": \"%s:%s\",\n        \"type\": \"basic\",\n        \"username\": null\n    },\n    \"cookies\": [\n        {\n            \"domain\": \"minio.internal.example\",\n            \"expires\": null,\n            \"name\": \"token\",\n            \"path\": \"/\",\n            \"secure\": false,\n            \"value\": \"%s\"\n        }\n    ],\n    \"headers\": [\n        {\n            \"name\": \"Authorization\",\n            \"value\": \"Bearer %s\"\n        },\n        {\n            \"name\": \"X-Amz-Security-Token\",\n            \"value\": \"%s\"\n        }\n    ]\n}\n",
				user, g.K(Password, "httpie session auth.raw_auth password"), g.K(Cookie, "httpie session cookies[].value"), g.K(Bearer, "httpie session headers Authorization Bearer"), g.K(SessionToken, "httpie session headers X-Amz-Security-Token value"))
		}},
	{Name: "insomnia-export",
		Source: "https://docs.insomnia.rest/insomnia/authentication (AWS IAM v4: accessKeyId, secretAccessKey, sessionToken; Bearer: token; Basic: username, password); https://docs.insomnia.rest/insomnia/import-export-data (export JSON: resources[] of _type request with \"authentication\" objects)",
		gen: func(g *G) string {
			return fmt.Sprintf("{\n  \"_type\": \"export\",\n  \"__export_format\": 4,\n  \"__export_source\": \"insomnia.desktop.app:v2023.5.8\",\n  \"resources\": [\n    {\n      \"_id\": \"req_%s\",\n      \"_type\": \"request\",\n      \"method\": \"GET\",\n      \"url\": \"https://%s.s3.%s.amazonaws.com/%s\",\n      \"authentication\": {\n        \"type\": \"iam\",\n        \"accessKeyId\": \"%s\",\n        \"secretAccessKey\": \"%s\",\n        \"sessionToken\": \"%s\",\n        \"region\": \"%s\",\n        \"service\": \"s3\"\n      }\n    },\n    {\n      \"_id\": \"req_%s\",\n      \"_type\": \"request\",\n      \"url\": \"https://api.example.com/v1/uploads\",\n      \"authentication\": { \"type\": \"bearer\", \"token\": \"%s\", \"prefix\": \"\" }\n    },\n    {\n      \"_id\": \"req_%s\",\n      \"_type\": \"request\",\n      \"url\": \"https://minio.internal.example:9000/minio/admin/v3/info\",\n      \"authentication\": { \"type\": \"basic\", \"username\": \"admin\", \"password\": \"%s\" }\n    }\n  ]\n}\n",
				g.str(hexl, 32), g.B(Bucket), g.B(Region), g.B(ObjectKey), g.AK("insomnia authentication.accessKeyId"), g.K(SecretKey, "insomnia authentication.secretAccessKey"), g.K(SessionToken, "insomnia authentication.sessionToken"), g.B(Region),
				g.str(hexl, 32), g.K(JWT, "insomnia bearer token"), g.str(hexl, 32), g.K(Password, "insomnia basic password"))
		}},
	{Name: "fsspec-storage-options", Lang: "py",
		Source: "https://pandas.pydata.org/docs/user_guide/io.html#reading-writing-remote-files (storage_options={\"key\": …, \"secret\": …, \"client_kwargs\": {\"endpoint_url\": …}}); https://s3fs.readthedocs.io/en/latest/api.html (S3FileSystem(key=, secret=, token=)); https://arrow.apache.org/docs/python/generated/pyarrow.fs.S3FileSystem.html (access_key=, secret_key=, session_token=)",
		gen: func(g *G) string {
			return fmt.Sprintf("import pandas as pd, s3fs\nfrom pyarrow import fs\n\ndf = pd.read_csv(\"s3://%s/%s\", storage_options={\n    \"key\": %s,\n    \"secret\": %s,\n    \"client_kwargs\": {\"endpoint_url\": \"https://minio.internal.example:9000\"},\n})\ns3 = s3fs.S3FileSystem(key=%s, secret=%s, token=%s)\npa = fs.S3FileSystem(access_key=%s, secret_key=%s, region=%s)\n",
				g.B(Bucket), g.B(ObjectKey), g.Q(g.K(KeyIDCompat, "storage_options \"key\"")), g.Q(g.K(SecretKey, "storage_options \"secret\"")),
				g.Q(g.AK("S3FileSystem key=")), g.Q(g.K(SecretKey, "S3FileSystem secret=")), g.Q(g.K(SessionToken, "S3FileSystem token=")),
				g.Q(g.AK("pyarrow access_key=")), g.Q(g.K(SecretKey, "pyarrow secret_key=")), g.QB(g.B(Region)))
		}},
	{Name: "cyberduck-duck-cli",
		Source: "https://docs.cyberduck.io/cli/ (duck --username <access key> --password <secret key> --list s3://bucket/; -u / -p short forms); https://docs.cyberduck.io/protocols/s3/ (Access Key ID as username, Secret Access Key as password)",
		gen: func(g *G) string {
			return fmt.Sprintf("$ duck --username %s --password '%s' --list s3://%s/\n$ duck -u %s -p %s --upload s3://%s/%s ./report.pdf\nTransfer incomplete… Upload report.pdf failed. The request signature we calculated does not match the signature you provided. Check your key and signing method. Please contact your web hosting service provider for assistance.\n",
				g.AK("duck --username"), g.K(SecretKey, "duck --password"), g.B(Bucket),
				g.K(KeyIDCompat, "duck -u"), g.K(SecretKey, "duck -p"), g.B(Bucket), g.B(ObjectKey))
		}},
}

// HeldOut3 names the contexts of the third held-out wave.
func HeldOut3() []string {
	var out []string
	for _, c := range heldOut3 {
		out = append(out, c.Name)
	}
	return out
}

func init() { Contexts = append(Contexts, heldOut3...) }
