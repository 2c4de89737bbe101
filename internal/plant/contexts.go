package plant

import (
	"encoding/base64"
	"fmt"
	"math"
	"strings"
)

// q8 is a short date (YYYYMMDD) from a benign X-Amz-Date.
func q8(date string) string { return date[:8] }

// scope is a SigV4 credential scope for key ID id.
func scope(id, date, region string) string {
	return id + "/" + q8(date) + "/" + region + "/s3/aws4_request"
}

// host picks an S3 or S3-compatible endpoint for bucket.
func (g *G) host(bucket, region string) string {
	return g.pick(
		bucket+".s3."+region+".amazonaws.com",
		bucket+".s3.amazonaws.com",
		"s3."+region+".amazonaws.com/"+bucket,
		"minio.internal.example:9000/"+bucket,
		"garage.example.net:3900/"+bucket,
		g.str(hexl, 32)+".r2.cloudflarestorage.com/"+bucket,
		"s3.us-west-004.backblazeb2.com/"+bucket,
		"storage.googleapis.com/"+bucket,
		bucket+".nyc3.digitaloceanspaces.com",
	)
}

// presigned writes a SigV4 presigned URL (query string auth); the key ID,
// the token and the signature are planted, the rest is benign.
func (g *G) presigned(withToken bool) string {
	bucket, key, region, date := g.B(Bucket), g.B(ObjectKey), g.B(Region), g.B(Date)
	id := g.AK("X-Amz-Credential")
	g.VE("percent")
	q := "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=" + PctEncode(scope(id, date, region)) +
		"&X-Amz-Date=" + date + "&X-Amz-Expires=" + g.pick("3600", "900", "604800", "86400") + "&X-Amz-SignedHeaders=host"
	if withToken {
		q += "&X-Amz-Security-Token=" + PctEncode(g.K(SessionToken, "X-Amz-Security-Token"))
		g.VE("percent")
	}
	q += "&X-Amz-Signature=" + g.K(SigV4, "X-Amz-Signature")
	return "https://" + g.host(bucket, region) + "/" + key + "?" + q
}

func (g *G) tokenLine(format string) string {
	if g.r.IntN(2) == 0 {
		return ""
	}
	return fmt.Sprintf(format, g.K(SessionToken, "session token"))
}

// Contexts are the formats secrets are pasted in. Each names its source.
var Contexts = []Context{
	{Name: "boto3-client", Lang: "py",
		Source: "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html (Passing credentials as parameters); boto/boto3#1427",
		gen: func(g *G) string {
			return fmt.Sprintf("import boto3\n\ns3 = boto3.client(\n    's3',\n    region_name=%s,\n    aws_access_key_id=%s,\n    aws_secret_access_key=%s,\n%s)\nurl = s3.generate_presigned_url('get_object', Params={'Bucket': %s, 'Key': %s}, ExpiresIn=3600)\n",
				g.QB(g.B(Region)), g.Q(g.AK("aws_access_key_id")), g.Q(g.K(SecretKey, "aws_secret_access_key")),
				g.tokenLine("    aws_session_token='%s',\n"), g.QB(g.B(Bucket)), g.QB(g.B(ObjectKey)))
		}},
	{Name: "botocore-set-credentials", Lang: "py",
		Source: "https://botocore.amazonaws.com/v1/documentation/api/latest/reference/session.html (Session.set_credentials(access_key, secret_key, token) — positional)",
		gen: func(g *G) string {
			return fmt.Sprintf("import botocore.session\nsession = botocore.session.get_session()\nsession.set_credentials(%s, %s, %s)\nclient = session.create_client('s3', endpoint_url='https://minio.internal.example:9000')\n",
				g.Q(g.AK("set_credentials arg 1")), g.Q(g.K(SecretKey, "set_credentials arg 2")), g.Q(g.K(SessionToken, "set_credentials arg 3")))
		}},
	{Name: "js-v3-s3client", Lang: "js",
		Source: "https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/Package/-aws-sdk-client-s3/ (S3ClientConfig.credentials: accessKeyId, secretAccessKey, sessionToken)",
		gen: func(g *G) string {
			tok := ""
			if g.r.IntN(2) == 0 {
				tok = "\n    sessionToken: " + g.Q(g.K(SessionToken, "sessionToken")) + ","
			}
			return fmt.Sprintf("import { S3Client, GetObjectCommand } from \"@aws-sdk/client-s3\";\nimport { getSignedUrl } from \"@aws-sdk/s3-request-presigner\";\n\nconst client = new S3Client({\n  region: %s,\n  endpoint: \"https://%s\",\n  forcePathStyle: true,\n  credentials: {\n    accessKeyId: %s,\n    secretAccessKey: %s,%s\n  },\n});\n",
				g.QB(g.B(Region)), g.pick("s3.amazonaws.com", "minio.internal.example:9000", "account.r2.cloudflarestorage.com"), g.Q(g.AK("accessKeyId")), g.Q(g.K(SecretKey, "secretAccessKey")), tok)
		}},
	{Name: "js-v2-credentials", Lang: "js",
		Source: "https://docs.aws.amazon.com/AWSJavaScriptSDK/latest/AWS/Credentials.html (new AWS.Credentials(accessKeyId, secretAccessKey, sessionToken) — positional)",
		gen: func(g *G) string {
			return fmt.Sprintf("const AWS = require('aws-sdk');\nAWS.config.credentials = new AWS.Credentials(%s, %s, %s);\nconst s3 = new AWS.S3({ signatureVersion: 'v4', region: '%s' });\n",
				g.Q(g.AK("Credentials arg 1")), g.Q(g.K(SecretKey, "Credentials arg 2")), g.Q(g.K(SessionToken, "Credentials arg 3")), g.B(Region))
		}},
	{Name: "go-v2-static-provider", Lang: "go",
		Source: "https://github.com/aws/aws-sdk-go-v2/issues/1462 (credentials.NewStaticCredentialsProvider(key, secret, session) — positional)",
		gen: func(g *G) string {
			return fmt.Sprintf("cfg, err := config.LoadDefaultConfig(ctx,\n\tconfig.WithRegion(%s),\n\tconfig.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(%s, %s, %s)),\n)\nif err != nil {\n\tlog.Fatal(err)\n}\nclient := s3.NewFromConfig(cfg)\n",
				g.QB(g.B(Region)), g.Q(g.AK("NewStaticCredentialsProvider arg 1")), g.Q(g.K(SecretKey, "NewStaticCredentialsProvider arg 2")), g.Q(g.K(SessionToken, "NewStaticCredentialsProvider arg 3")))
		}},
	{Name: "minio-go", Lang: "go",
		Source: "https://github.com/drone-plugins/drone-s3-cache/pull/55 (minio-go credentials.NewStaticV4(id, secret, token)); https://min.io/docs/minio/linux/developers/go/API.html",
		gen: func(g *G) string {
			return fmt.Sprintf("minioClient, err := minio.New(%s, &minio.Options{\n\tCreds:  credentials.NewStaticV4(%s, %s, \"\"),\n\tSecure: true,\n})\n",
				g.Q("minio.internal.example:9000"), g.Q(g.K(KeyIDCompat, "NewStaticV4 arg 1")), g.Q(g.K(SecretKey, "NewStaticV4 arg 2")))
		}},
	{Name: "java-v2-credentials", Lang: "java",
		Source: "https://sdk.amazonaws.com/java/api/latest/software/amazon/awssdk/auth/credentials/AwsSessionCredentials.html (AwsBasicCredentials.create / AwsSessionCredentials.create(id, secret, token))",
		gen: func(g *G) string {
			if g.r.IntN(2) == 0 {
				return fmt.Sprintf("AwsBasicCredentials creds = AwsBasicCredentials.create(%s, %s);\nS3Presigner presigner = S3Presigner.builder()\n    .region(Region.of(%s))\n    .credentialsProvider(StaticCredentialsProvider.create(creds))\n    .build();\n",
					g.Q(g.AK("create arg 1")), g.Q(g.K(SecretKey, "create arg 2")), g.QB(g.B(Region)))
			}
			return fmt.Sprintf("AwsSessionCredentials creds = AwsSessionCredentials.create(\n    %s,\n    %s,\n    %s);\nS3Client s3 = S3Client.builder().credentialsProvider(StaticCredentialsProvider.create(creds)).build();\n",
				g.Q(g.AK("create arg 1")), g.Q(g.K(SecretKey, "create arg 2")), g.Q(g.K(SessionToken, "create arg 3")))
		}},
	{Name: "minio-java", Lang: "java",
		Source: "https://github.com/minio/minio-java/issues/1373 (MinioClient.builder().credentials(accessKey, secretKey)); aws-sdk-java v1 BasicAWSCredentials",
		gen: func(g *G) string {
			if g.r.IntN(2) == 0 {
				return fmt.Sprintf("MinioClient minioClient = MinioClient.builder()\n    .endpoint(\"https://minio.internal.example:9000\")\n    .credentials(%s, %s)\n    .build();\n",
					g.Q(g.K(KeyIDCompat, "credentials arg 1")), g.Q(g.K(SecretKey, "credentials arg 2")))
			}
			return fmt.Sprintf("BasicAWSCredentials awsCreds = new BasicAWSCredentials(%s, %s);\nAmazonS3 s3 = AmazonS3ClientBuilder.standard().withCredentials(new AWSStaticCredentialsProvider(awsCreds)).build();\n",
				g.Q(g.AK("BasicAWSCredentials arg 1")), g.Q(g.K(SecretKey, "BasicAWSCredentials arg 2")))
		}},
	{Name: "csharp-credentials", Lang: "cs",
		Source: "https://docs.aws.amazon.com/sdkfornet/v3/apidocs/items/Runtime/TSessionAWSCredentials.html (new SessionAWSCredentials(awsAccessKeyId, awsSecretAccessKey, token)); BasicAWSCredentials",
		gen: func(g *G) string {
			if g.r.IntN(2) == 0 {
				return fmt.Sprintf("var credentials = new BasicAWSCredentials(%s, %s);\nvar config = new AmazonS3Config { ServiceURL = \"https://minio.internal.example:9000\", ForcePathStyle = true };\nusing var client = new AmazonS3Client(credentials, config);\n",
					g.Q(g.AK("BasicAWSCredentials arg 1")), g.Q(g.K(SecretKey, "BasicAWSCredentials arg 2")))
			}
			return fmt.Sprintf("var creds = new SessionAWSCredentials(%s, %s, %s);\nvar s3 = new AmazonS3Client(creds, RegionEndpoint.GetBySystemName(%s));\n",
				g.Q(g.AK("SessionAWSCredentials arg 1")), g.Q(g.K(SecretKey, "SessionAWSCredentials arg 2")), g.Q(g.K(SessionToken, "SessionAWSCredentials arg 3")), g.QB(g.B(Region)))
		}},
	{Name: "php-s3client", Lang: "php",
		Source: "https://docs.aws.amazon.com/sdk-for-php/v3/developer-guide/guide_credentials_hardcoded.html ('credentials' => ['key' => …, 'secret' => …, 'token' => …])",
		gen: func(g *G) string {
			tok := ""
			if g.r.IntN(2) == 0 {
				tok = "\n        'token'  => " + g.Q(g.K(SessionToken, "token")) + ","
			}
			return fmt.Sprintf("<?php\n$s3 = new Aws\\S3\\S3Client([\n    'version' => 'latest',\n    'region'  => %s,\n    'credentials' => [\n        'key'    => %s,\n        'secret' => %s,%s\n    ],\n]);\n",
				g.QB(g.B(Region)), g.Q(g.AK("key")), g.Q(g.K(SecretKey, "secret")), tok)
		}},
	{Name: "ruby-credentials", Lang: "rb",
		Source: "https://docs.aws.amazon.com/sdk-for-ruby/v3/api/Aws/Credentials.html (Aws::Credentials.new(access_key_id, secret_access_key, session_token) — positional)",
		gen: func(g *G) string {
			if g.r.IntN(2) == 0 {
				return fmt.Sprintf("require 'aws-sdk-s3'\ncreds = Aws::Credentials.new(%s, %s, %s)\ns3 = Aws::S3::Client.new(region: %s, credentials: creds)\n",
					g.Q(g.AK("Credentials.new arg 1")), g.Q(g.K(SecretKey, "Credentials.new arg 2")), g.Q(g.K(SessionToken, "Credentials.new arg 3")), g.QB(g.B(Region)))
			}
			return fmt.Sprintf("s3 = Aws::S3::Client.new(\n  access_key_id: %s,\n  secret_access_key: %s,\n  endpoint: 'https://minio.internal.example:9000',\n  force_path_style: true\n)\n",
				g.Q(g.AK("access_key_id")), g.Q(g.K(SecretKey, "secret_access_key")))
		}},
	{Name: "rust-credentials", Lang: "rs",
		Source: "https://docs.rs/aws-credential-types/latest/aws_credential_types/struct.Credentials.html (Credentials::new(access_key_id, secret_access_key, session_token, expiry, provider_name))",
		gen: func(g *G) string {
			return fmt.Sprintf("let creds = Credentials::new(\n    %s,\n    %s,\n    Some(%s.to_string()),\n    None,\n    \"static\",\n);\nlet config = aws_sdk_s3::config::Builder::new().credentials_provider(creds).region(Region::new(%s)).build();\n",
				g.Q(g.AK("Credentials::new arg 1")), g.Q(g.K(SecretKey, "Credentials::new arg 2")), g.Q(g.K(SessionToken, "Credentials::new arg 3")), g.QB(g.B(Region)))
		}},
	{Name: "dotenv",
		Source: "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN); https://min.io/docs/minio/linux/reference/minio-server/settings/root-credentials.html",
		gen: func(g *G) string {
			q := g.pick("", "\"", "'")
			return fmt.Sprintf("# .env\nAWS_REGION=%s\nAWS_ACCESS_KEY_ID=%s%s%s\nAWS_SECRET_ACCESS_KEY=%s%s%s\nMINIO_ROOT_USER=%s\nMINIO_ROOT_PASSWORD=%s\nDATABASE_URL=postgres://app:%s@db.internal:5432/app\n",
				g.B(Region), q, g.AK("AWS_ACCESS_KEY_ID"), q, q, g.K(SecretKey, "AWS_SECRET_ACCESS_KEY"), q,
				g.K(KeyIDCompat, "MINIO_ROOT_USER"), g.K(SecretKey, "MINIO_ROOT_PASSWORD"), PctEncode(g.K(Password, "postgres URL password")))
		}},
	{Name: "shell-export",
		Source: "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html (Linux or macOS: export AWS_…)",
		gen: func(g *G) string {
			return fmt.Sprintf("$ export AWS_ACCESS_KEY_ID=%s\n$ export AWS_SECRET_ACCESS_KEY='%s'\n$ export AWS_SESSION_TOKEN=\"%s\"\n$ export AWS_SECURITY_TOKEN=\"$AWS_SESSION_TOKEN\"\n$ aws s3 ls s3://%s --region %s\n",
				g.AK("AWS_ACCESS_KEY_ID"), g.K(SecretKey, "AWS_SECRET_ACCESS_KEY"), g.K(SessionToken, "AWS_SESSION_TOKEN"), g.B(Bucket), g.B(Region))
		}},
	{Name: "windows-set",
		Source: "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html (Windows Command Prompt: setx / set)",
		gen: func(g *G) string {
			return fmt.Sprintf("C:\\> set AWS_ACCESS_KEY_ID=%s\nC:\\> setx AWS_SECRET_ACCESS_KEY %s\nC:\\> set AWS_SESSION_TOKEN=%s\nC:\\> aws s3 cp s3://%s/%s .\n",
				g.AK("AWS_ACCESS_KEY_ID"), g.K(SecretKey, "AWS_SECRET_ACCESS_KEY"), g.K(SessionToken, "AWS_SESSION_TOKEN"), g.B(Bucket), g.B(ObjectKey))
		}},
	{Name: "powershell",
		Source: "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html (PowerShell $Env:); https://docs.aws.amazon.com/powershell/latest/userguide/specifying-your-aws-credentials.html (Set-AWSCredential -AccessKey -SecretKey)",
		gen: func(g *G) string {
			return fmt.Sprintf("PS C:\\> $Env:AWS_ACCESS_KEY_ID=\"%s\"\nPS C:\\> $env:AWS_SECRET_ACCESS_KEY = '%s'\nPS C:\\> Set-AWSCredential -AccessKey %s -SecretKey %s -StoreAs dev\n",
				g.AK("$Env:AWS_ACCESS_KEY_ID"), g.K(SecretKey, "$env:AWS_SECRET_ACCESS_KEY"), g.AK("Set-AWSCredential -AccessKey"), g.K(SecretKey, "Set-AWSCredential -SecretKey"))
		}},
	{Name: "aws-credentials-ini",
		Source: "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html (~/.aws/credentials)",
		gen: func(g *G) string {
			return fmt.Sprintf("[default]\naws_access_key_id = %s\naws_secret_access_key = %s\n\n[temp]\naws_access_key_id=%s\naws_secret_access_key=%s\naws_session_token=%s\nregion = %s\n",
				g.AK("aws_access_key_id"), g.K(SecretKey, "aws_secret_access_key"), g.AK("aws_access_key_id"), g.K(SecretKey, "aws_secret_access_key"), g.K(SessionToken, "aws_session_token"), g.B(Region))
		}},
	{Name: "yaml-app-config",
		Source: "https://github.com/TheMeinerLP/BlueMapS3Storage/wiki/Provider-Examples (access-key-id / secret-access-key YAML); Spring Cloud AWS spring.cloud.aws.credentials.access-key",
		gen: func(g *G) string {
			if g.r.IntN(2) == 0 {
				return fmt.Sprintf("storage-type: \"s3\"\nbucket-name: \"%s\"\nregion: \"%s\"\naccess-key-id: \"%s\"\nsecret-access-key: \"%s\"\nendpoint-url: \"http://minio-server:9000\"\nforce-path-style: true\n",
					g.B(Bucket), g.B(Region), g.AK("access-key-id"), g.K(SecretKey, "secret-access-key"))
			}
			return fmt.Sprintf("spring:\n  cloud:\n    aws:\n      credentials:\n        access-key: %s\n        secret-key: %s\n      region:\n        static: %s\n",
				g.AK("access-key"), g.K(SecretKey, "secret-key"), g.B(Region))
		}},
	{Name: "toml-vector-sink",
		Source: "https://vector.dev/docs/reference/configuration/sinks/aws_s3/ (auth.access_key_id, auth.secret_access_key, auth.session_token in TOML)",
		gen: func(g *G) string {
			return fmt.Sprintf("[sinks.archive]\ntype = \"aws_s3\"\ninputs = [\"app\"]\nbucket = \"%s\"\nregion = \"%s\"\n\n[sinks.archive.auth]\naccess_key_id = \"%s\"\nsecret_access_key = \"%s\"\n",
				g.B(Bucket), g.B(Region), g.AK("auth.access_key_id"), g.K(SecretKey, "auth.secret_access_key"))
		}},
	{Name: "sts-json",
		Source: "https://docs.aws.amazon.com/cli/latest/reference/sts/assume-role.html (output: Credentials.AccessKeyId, SecretAccessKey, SessionToken)",
		gen: func(g *G) string {
			return fmt.Sprintf("{\n    \"Credentials\": {\n        \"AccessKeyId\": \"%s\",\n        \"SecretAccessKey\": \"%s\",\n        \"SessionToken\": \"%s\",\n        \"Expiration\": \"2024-01-15T13:00:00+00:00\"\n    },\n    \"AssumedRoleUser\": {\n        \"AssumedRoleId\": \"AROA%s:ci-session\",\n        \"Arn\": \"arn:aws:sts::111122223333:assumed-role/uploader/ci-session\"\n    }\n}\n",
				g.K(KeyIDAWS, "AccessKeyId"), g.K(SecretKey, "SecretAccessKey"), g.K(SessionToken, "SessionToken"), g.str(b32, 17))
		}},
	{Name: "terraform-provider",
		Source: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration (access_key, secret_key, token); aminueza/terraform-provider-minio#551",
		gen: func(g *G) string {
			if g.r.IntN(2) == 0 {
				return fmt.Sprintf("provider \"aws\" {\n  region     = \"%s\"\n  access_key = \"%s\"\n  secret_key = \"%s\"\n  token      = \"%s\"\n}\n",
					g.B(Region), g.AK("access_key"), g.K(SecretKey, "secret_key"), g.K(SessionToken, "token"))
			}
			return fmt.Sprintf("provider \"minio\" {\n  minio_server   = \"minio.internal.example:9000\"\n  minio_user     = \"%s\"\n  minio_password = \"%s\"\n  minio_ssl      = true\n}\n",
				g.K(KeyIDCompat, "minio_user"), g.K(SecretKey, "minio_password"))
		}},
	{Name: "rclone-conf",
		Source: "https://rclone.org/s3/#minio (rclone.conf: access_key_id, secret_access_key); alekstrust/cookbook rclone-with-minio.md",
		gen: func(g *G) string {
			return fmt.Sprintf("[%s]\ntype = s3\nprovider = %s\nenv_auth = false\naccess_key_id = %s\nsecret_access_key = %s\nendpoint = https://%s\nregion = %s\n",
				g.pick("minio", "r2", "b2", "spaces"), g.pick("Minio", "Cloudflare", "Other", "DigitalOcean"), g.K(KeyIDCompat, "access_key_id"), g.K(SecretKey, "secret_access_key"), g.pick("minio.internal.example:9000", "account.r2.cloudflarestorage.com", "nyc3.digitaloceanspaces.com"), g.B(Region))
		}},
	{Name: "s3cmd-s3cfg",
		Source: "https://s3tools.org/kb/item14.htm (.s3cfg: access_key, secret_key, access_token)",
		gen: func(g *G) string {
			return fmt.Sprintf("[default]\naccess_key = %s\nsecret_key = %s\naccess_token = %s\nhost_base = %s\nhost_bucket = %%(bucket)s.%s\nuse_https = True\n",
				g.AK("access_key"), g.K(SecretKey, "secret_key"), g.K(SessionToken, "access_token"), "nyc3.digitaloceanspaces.com", "nyc3.digitaloceanspaces.com")
		}},
	{Name: "mc-alias-set",
		Source: "https://min.io/docs/minio/linux/reference/minio-mc/mc-alias-set.html (mc alias set ALIAS URL ACCESSKEY SECRETKEY — positional); mc config host add",
		gen: func(g *G) string {
			return fmt.Sprintf("$ mc alias set myminio https://minio.internal.example:9000 %s %s\nAdded `myminio` successfully.\n$ mc config host add play https://play.min.io %s %s --api S3v4\n",
				g.K(KeyIDCompat, "mc alias set arg 3"), g.K(SecretKey, "mc alias set arg 4"), g.K(KeyIDCompat, "mc config host add arg 3"), g.K(SecretKey, "mc config host add arg 4"))
		}},
	{Name: "aws-configure-set",
		Source: "https://docs.aws.amazon.com/cli/latest/reference/configure/set.html (aws configure set aws_access_key_id … --profile)",
		gen: func(g *G) string {
			return fmt.Sprintf("$ aws configure set aws_access_key_id %s --profile dev\n$ aws configure set aws_secret_access_key %s --profile dev\n$ aws configure set aws_session_token %s --profile dev\n$ aws configure set region %s --profile dev\n",
				g.AK("aws_access_key_id"), g.K(SecretKey, "aws_secret_access_key"), g.K(SessionToken, "aws_session_token"), g.B(Region))
		}},
	{Name: "docker-compose",
		Source: "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/ (environment: list and map); https://min.io/docs/minio/container/index.html",
		gen: func(g *G) string {
			if g.r.IntN(2) == 0 {
				return fmt.Sprintf("services:\n  minio:\n    image: minio/minio\n    command: server /data --console-address \":9001\"\n    environment:\n      - MINIO_ROOT_USER=%s\n      - MINIO_ROOT_PASSWORD=%s\n  app:\n    environment:\n      AWS_ACCESS_KEY_ID: %s\n      AWS_SECRET_ACCESS_KEY: \"%s\"\n",
					g.K(KeyIDCompat, "MINIO_ROOT_USER"), g.K(SecretKey, "MINIO_ROOT_PASSWORD"), g.AK("AWS_ACCESS_KEY_ID"), g.K(SecretKey, "AWS_SECRET_ACCESS_KEY"))
			}
			return fmt.Sprintf("$ docker run -p 9000:9000 -e \"MINIO_ROOT_USER=%s\" -e \"MINIO_ROOT_PASSWORD=%s\" -e AWS_SESSION_TOKEN=%s quay.io/minio/minio server /data\n",
				g.K(KeyIDCompat, "MINIO_ROOT_USER"), g.K(SecretKey, "MINIO_ROOT_PASSWORD"), g.K(SessionToken, "AWS_SESSION_TOKEN"))
		}},
	{Name: "k8s-secret-stringdata",
		Source: "https://kubernetes.io/docs/concepts/configuration/secret/ (stringData)",
		gen: func(g *G) string {
			return fmt.Sprintf("apiVersion: v1\nkind: Secret\nmetadata:\n  name: s3-credentials\ntype: Opaque\nstringData:\n  AWS_ACCESS_KEY_ID: %s\n  AWS_SECRET_ACCESS_KEY: \"%s\"\n  accesskey: %s\n  secretkey: %s\n",
				g.AK("stringData.AWS_ACCESS_KEY_ID"), g.K(SecretKey, "stringData.AWS_SECRET_ACCESS_KEY"), g.K(KeyIDCompat, "stringData.accesskey"), g.K(SecretKey, "stringData.secretkey"))
		}},
	{Name: "k8s-secret-data",
		Source: "https://kubernetes.io/docs/concepts/configuration/secret/ (data: base64-encoded values); https://kubernetes.io/docs/tasks/configmap-secret/managing-secret-using-kubectl/",
		gen: func(g *G) string {
			b := func(v string) string { g.VE("base64"); return base64.StdEncoding.EncodeToString([]byte(v)) }
			return fmt.Sprintf("apiVersion: v1\nkind: Secret\nmetadata:\n  name: minio-creds\ntype: Opaque\ndata:\n  accessKey: %s\n  secretKey: %s\n  sessionToken: %s\n  password: %s\n",
				b(g.AK("data.accessKey")), b(g.K(SecretKey, "data.secretKey")), b(g.K(SessionToken, "data.sessionToken")), b(g.K(Password, "data.password")))
		}},
	{Name: "k8s-env-list",
		Source: "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/ (env: - name: … value: …)",
		gen: func(g *G) string {
			return fmt.Sprintf("    spec:\n      containers:\n      - name: uploader\n        image: example/uploader:1.4\n        env:\n        - name: AWS_ACCESS_KEY_ID\n          value: %s\n        - name: AWS_SECRET_ACCESS_KEY\n          value: \"%s\"\n        - name: S3_BUCKET\n          value: %s\n        - name: DB_PASSWORD\n          value: '%s'\n",
				g.AK("env AWS_ACCESS_KEY_ID"), g.K(SecretKey, "env AWS_SECRET_ACCESS_KEY"), g.B(Bucket), g.K(Password, "env DB_PASSWORD"))
		}},
	{Name: "helm-values",
		Source: "https://github.com/grafana/loki/blob/main/production/helm/loki/values.yaml (loki.storage.s3.accessKeyId / secretAccessKey); velero Helm chart credentials.secretContents.cloud (an INI inside YAML)",
		gen: func(g *G) string {
			if g.r.IntN(2) == 0 {
				return fmt.Sprintf("loki:\n  storage:\n    type: s3\n    bucketNames:\n      chunks: %s\n    s3:\n      endpoint: minio.internal.example:9000\n      region: %s\n      accessKeyId: %s\n      secretAccessKey: %s\n      s3ForcePathStyle: true\n",
					g.B(Bucket), g.B(Region), g.K(KeyIDCompat, "s3.accessKeyId"), g.K(SecretKey, "s3.secretAccessKey"))
			}
			return fmt.Sprintf("credentials:\n  useSecret: true\n  secretContents:\n    cloud: |\n      [default]\n      aws_access_key_id=%s\n      aws_secret_access_key=%s\nconfiguration:\n  backupStorageLocation:\n  - bucket: %s\n",
				g.AK("secretContents.cloud aws_access_key_id"), g.K(SecretKey, "secretContents.cloud aws_secret_access_key"), g.B(Bucket))
		}},
	{Name: "github-actions",
		Source: "https://github.com/aws-actions/configure-aws-credentials (inputs aws-access-key-id, aws-secret-access-key, aws-session-token); https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions",
		gen: func(g *G) string {
			return fmt.Sprintf("jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n      MINIO_SECRET_KEY: %s\n    steps:\n      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n          aws-access-key-id: %s\n          aws-secret-access-key: %s\n          aws-region: %s\n",
				g.K(SecretKey, "env MINIO_SECRET_KEY"), g.AK("with aws-access-key-id"), g.K(SecretKey, "with aws-secret-access-key"), g.B(Region))
		}},
	{Name: "http-sigv4-request",
		Source: "https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-auth-using-authorization-header.html (Authorization: AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…; x-amz-security-token)",
		gen: func(g *G) string {
			bucket, key, region, date := g.B(Bucket), g.B(ObjectKey), g.B(Region), g.B(Date)
			return fmt.Sprintf("PUT /%s HTTP/1.1\nHost: %s.s3.%s.amazonaws.com\nx-amz-date: %s\nx-amz-content-sha256: %s\nX-Amz-Security-Token: %s\nAuthorization: AWS4-HMAC-SHA256 Credential=%s,SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token,Signature=%s\nContent-Length: 1024\n",
				key, bucket, region, date, g.B(PayloadHash), g.K(SessionToken, "X-Amz-Security-Token header"), scope(g.AK("Authorization Credential="), date, region), g.K(SigV4, "Authorization Signature="))
		}},
	{Name: "http-auth-headers",
		Source: "RFC 7617 (Authorization: Basic), RFC 6750 (Bearer), https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Cookie (Cookie, Set-Cookie)",
		gen: func(g *G) string {
			return fmt.Sprintf("GET /api/uploads/%s HTTP/1.1\nHost: app.example.com\nAuthorization: %s\nCookie: PHPSESSID=%s; theme=dark; sessionid=%s\nX-Request-Id: %s\n\nHTTP/1.1 302 Found\nSet-Cookie: session=%s; Path=/; HttpOnly; Secure\nProxy-Authorization: Basic %s\n",
				g.B(ObjectKey), g.pick("Bearer ", "bearer ")+g.K(Bearer, "Authorization Bearer"), g.K(Cookie, "Cookie PHPSESSID"), g.K(Cookie, "Cookie sessionid"), g.B(UUID), g.K(Cookie, "Set-Cookie session"), g.K(Basic, "Proxy-Authorization Basic"))
		}},
	{Name: "har",
		Source: "http://www.softwareishard.com/blog/har-12-spec/ (log.entries[].request.headers/cookies/queryString/postData.params: name, value)",
		gen: func(g *G) string {
			region, date := g.B(Region), "20240115T120000Z"
			id := g.AK("queryString X-Amz-Credential")
			return fmt.Sprintf(`{"log": {"version": "1.2", "entries": [{"request": {"method": "GET", "url": "https://%s/%s",
  "headers": [{"name": "Authorization", "value": "Bearer %s"}, {"name": "x-amz-security-token", "value": "%s"}],
  "cookies": [{"name": "sessionid", "value": "%s"}],
  "queryString": [{"name": "X-Amz-Credential", "value": "%s"}, {"name": "X-Amz-Signature", "value": "%s"}],
  "postData": {"mimeType": "application/x-www-form-urlencoded", "params": [{"name": "password", "value": "%s"}]}},
  "response": {"status": 403, "headers": [{"name": "x-amz-request-id", "value": "%s"}, {"name": "x-amz-id-2", "value": "%s"}, {"name": "ETag", "value": "\"%s\""}]}}]}}
`, g.B(Bucket)+".s3.amazonaws.com", g.B(ObjectKey), g.K(JWT, "headers Authorization"), g.K(SessionToken, "headers x-amz-security-token"), g.K(Cookie, "cookies sessionid"),
				scope(id, date, region), g.K(SigV4, "queryString X-Amz-Signature"), g.K(Password, "postData password"), g.B(RequestID), g.B(HostID), g.B(ETag))
		}},
	{Name: "curl-credentials",
		Source: "https://curl.se/docs/manpage.html (-u/--user, --proxy-user, --oauth2-bearer, -H, --aws-sigv4)",
		gen: func(g *G) string {
			switch g.r.IntN(3) {
			case 0:
				return fmt.Sprintf("$ curl -u %s:%s https://api.example.com/v1/files\n$ curl --proxy-user proxy:%s -x http://proxy.example:3128 https://%s.s3.amazonaws.com/\n",
					g.str(lower, 6), g.K(Password, "curl -u password"), g.K(Password, "--proxy-user password"), g.B(Bucket))
			case 1:
				return fmt.Sprintf("curl --oauth2-bearer %s https://api.example.com/me\ncurl --user \"%s:%s\" --aws-sigv4 \"aws:amz:%s:s3\" https://%s.s3.amazonaws.com/%s\n",
					g.K(Bearer, "--oauth2-bearer"), g.AK("--user (aws-sigv4) id"), g.K(SecretKey, "--user (aws-sigv4) secret"), g.B(Region), g.B(Bucket), g.B(ObjectKey))
			}
			return fmt.Sprintf("curl -X PUT -T file.bin -H 'Authorization: Basic %s' -H \"X-Amz-Security-Token: %s\" '%s'\n",
				g.K(Basic, "-H Authorization Basic"), g.K(SessionToken, "-H X-Amz-Security-Token"), g.presigned(false))
		}},
	{Name: "wget-httpie",
		Source: "https://www.gnu.org/software/wget/manual/wget.html (--user, --password, --http-password, --proxy-password); https://httpie.io/docs/cli/authentication (-a user:pass, -A bearer -a token)",
		gen: func(g *G) string {
			return fmt.Sprintf("$ wget --user=deploy --password=%s https://files.example.com/backup.tar.gz\n$ wget --http-user=ci --http-password='%s' https://files.example.com/a\n$ http -a admin:%s GET https://api.example.com/status\n$ http -A bearer -a %s https://api.example.com/me\n",
				g.K(Password, "wget --password"), g.K(Password, "wget --http-password"), g.K(Password, "httpie -a password"), g.K(Bearer, "httpie -A bearer -a"))
		}},
	{Name: "url-userinfo",
		Source: "RFC 3986 §3.2.1 (userinfo); https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING; https://dev.mysql.com/doc/connector-j/en/connector-j-reference-jdbc-url-format.html (password= property); redis URI scheme (empty user)",
		gen: func(g *G) string {
			return fmt.Sprintf("DATABASE_URL=postgresql://app:%s@db.internal:5432/app?sslmode=require\nREDIS_URL=redis://:%s@cache.internal:6379/0\nMONGO=mongodb+srv://svc:%s@cluster0.example.mongodb.net/test\njdbc:mysql://db.internal:3306/app?user=app&password=%s&useSSL=true\nftp://backup:%s@ftp.example.com/pub/\ns3a://%s:%s@%s/path\n",
				PctEncode(g.K(Password, "postgresql userinfo")), PctEncode(g.K(Password, "redis userinfo (empty user)")), PctEncode(g.K(Password, "mongodb userinfo")), PctEncode(g.K(Password, "jdbc password=")), PctEncode(g.K(Password, "ftp userinfo")),
				g.AK("s3a userinfo id"), PctEncode(g.K(SecretKey, "s3a userinfo secret")), g.B(Bucket))
		}},
	{Name: "presigned-url-aws",
		Source: "https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html (X-Amz-Credential, X-Amz-Security-Token, X-Amz-Signature)",
		gen: func(g *G) string {
			return "The URL from generate_presigned_url:\n" + g.presigned(g.r.IntN(2) == 0) + "\n"
		}},
	{Name: "presigned-url-compat",
		Source: "https://developers.cloudflare.com/r2/api/s3/presigned-urls/; https://min.io/docs/minio/linux/developers/go/API.html#PresignedGetObject; https://cloud.google.com/storage/docs/authentication/hmackeys (S3-compatible X-Amz-Credential key IDs)",
		gen: func(g *G) string {
			bucket, key, region, date := g.B(Bucket), g.B(ObjectKey), g.B(Region), g.B(Date)
			id := g.K(KeyIDCompat, "X-Amz-Credential")
			g.VE("percent")
			h := g.pick("minio.internal.example:9000/"+bucket, g.str(hexl, 32)+".r2.cloudflarestorage.com/"+bucket, "s3.us-west-004.backblazeb2.com/"+bucket, "storage.googleapis.com/"+bucket, "garage.example.net:3900/"+bucket, bucket+".nyc3.digitaloceanspaces.com")
			return fmt.Sprintf("https://%s/%s?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s&X-Amz-Date=%s&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=%s\n",
				h, key, PctEncode(scope(id, date, region)), date, g.K(SigV4, "X-Amz-Signature"))
		}},
	{Name: "sigv2-url",
		Source: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/RESTAuthentication.html#RESTAuthenticationQueryStringAuth (AWSAccessKeyId, Expires, Signature)",
		gen: func(g *G) string {
			id := g.AK("AWSAccessKeyId")
			sig := PctEncode(g.K(SigV2, "Signature"))
			g.VE("percent")
			return fmt.Sprintf("https://%s.s3.amazonaws.com/%s?AWSAccessKeyId=%s&Expires=1705327200&Signature=%s\n", g.B(Bucket), g.B(ObjectKey), id, sig)
		}},
	{Name: "cloudfront-signed-url",
		Source: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-creating-signed-url-canned-policy.html and …-custom-policy.html (Expires/Policy, Signature, Key-Pair-Id)",
		gen: func(g *G) string {
			if g.r.IntN(2) == 0 {
				return fmt.Sprintf("https://d111111abcdef8.cloudfront.net/%s?Expires=1705327200&Signature=%s&Key-Pair-Id=K2JCJMDEHXQW5F\n", g.B(ObjectKey), g.K(SigCloudFront, "Signature"))
			}
			return fmt.Sprintf("https://d111111abcdef8.cloudfront.net/%s?Policy=%s&Signature=%s&Key-Pair-Id=APKA%s\n", g.B(ObjectKey), g.K(SigCloudFront, "Policy"), g.K(SigCloudFront, "Signature"), g.str(updig, 16))
		}},
	{Name: "gcs-signed-url",
		Source: "https://cloud.google.com/storage/docs/access-control/signed-urls (V4: X-Goog-Credential, X-Goog-Signature; V2: GoogleAccessId, Expires, Signature)",
		gen: func(g *G) string {
			sa := g.str(lower, 8) + "@" + g.str(lowdig, 10) + ".iam.gserviceaccount.com"
			if g.r.IntN(2) == 0 {
				sig := g.K(SigGCS, "X-Goog-Signature")
				return fmt.Sprintf("https://storage.googleapis.com/%s/%s?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=%s&X-Goog-Date=%s&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature=%s\n",
					g.B(Bucket), g.B(ObjectKey), PctEncode(sa+"/20240115/auto/storage/goog4_request"), g.B(Date), sig)
			}
			id := g.K(KeyIDCompat, "GoogleAccessId")
			sig := PctEncode(g.K(SigGCS, "Signature"))
			g.VE("percent")
			return fmt.Sprintf("https://storage.googleapis.com/%s/%s?GoogleAccessId=%s&Expires=1705327200&Signature=%s\n", g.B(Bucket), g.B(ObjectKey), id, sig)
		}},
	{Name: "azure-sas-url",
		Source: "https://learn.microsoft.com/en-us/rest/api/storageservices/create-service-sas (sv, se, sp, sig)",
		gen: func(g *G) string {
			sig := PctEncode(g.K(SigAzure, "sig"))
			g.VE("percent")
			return fmt.Sprintf("https://%s.blob.core.windows.net/%s/%s?sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2024-01-16T00:00:00Z&st=2024-01-15T00:00:00Z&spr=https&sig=%s\n",
				g.str(lowdig, 12), g.B(Bucket), g.B(ObjectKey), sig)
		}},
	{Name: "botocore-debug-log",
		Source: "https://github.com/aws/aws-cli/issues/218 and https://github.com/boto/boto3/issues/1427 (botocore.auth DEBUG CanonicalRequest / StringToSign / Signature: on the next line); seaweedfs/seaweedfs#6652",
		gen: func(g *G) string {
			bucket, key, region, date := g.B(Bucket), g.B(ObjectKey), g.B(Region), g.B(Date)
			id := g.AK("CanonicalRequest X-Amz-Credential")
			g.VE("percent")
			ts := "2024-01-15 12:00:00,123"
			return fmt.Sprintf("%[1]s botocore.auth [DEBUG] Calculating signature using v4 auth.\n%[1]s botocore.auth [DEBUG] CanonicalRequest:\nGET\n/%[2]s/%[3]s\nX-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%[4]s&X-Amz-Date=%[5]s&X-Amz-Expires=3600&X-Amz-Security-Token=%[6]s&X-Amz-SignedHeaders=host\nhost:s3.%[7]s.amazonaws.com\n\nhost\nUNSIGNED-PAYLOAD\n%[1]s botocore.auth [DEBUG] StringToSign:\nAWS4-HMAC-SHA256\n%[5]s\n%[8]s/%[7]s/s3/aws4_request\n%[9]s\n%[1]s botocore.auth [DEBUG] Signature:\n%[10]s\n",
				ts, bucket, key, PctEncode(scope(id, date, region)), date, func() string {
					v := PctEncode(g.K(SessionToken, "CanonicalRequest X-Amz-Security-Token"))
					g.VE("percent")
					return v
				}(),
				region, q8(date), g.B(StringToSignHash), g.K(SigV4, "line after Signature:"))
		}},
	{Name: "aws-cli-debug",
		Source: "https://github.com/aws/aws-cli/issues/218 (aws --debug: MainThread - botocore.endpoint - DEBUG - Sending http request: <AWSPreparedRequest … headers={'Authorization': b'AWS4-HMAC-SHA256 …'}>)",
		gen: func(g *G) string {
			region, date := g.B(Region), g.B(Date)
			return fmt.Sprintf("2024-01-15 12:00:00,456 - MainThread - botocore.endpoint - DEBUG - Sending http request: <AWSPreparedRequest stream_output=False, method=GET, url=https://%s.s3.%s.amazonaws.com/?list-type=2, headers={'User-Agent': b'aws-cli/2.15.0', 'X-Amz-Date': b'%s', 'X-Amz-Content-SHA256': b'%s', 'Authorization': b'AWS4-HMAC-SHA256 Credential=%s, SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token, Signature=%s', 'X-Amz-Security-Token': b'%s'}>\n2024-01-15 12:00:00,789 - MainThread - botocore.parsers - DEBUG - Response headers: {'x-amz-request-id': '%s', 'x-amz-id-2': '%s'}\n",
				g.B(Bucket), region, date, g.B(PayloadHash), scope(g.AK("Authorization Credential="), date, region), g.K(SigV4, "Authorization Signature="), g.K(SessionToken, "X-Amz-Security-Token"), g.B(RequestID), g.B(HostID))
		}},
	{Name: "presigned-post-form",
		Source: "https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-HTTPPOSTForms.html and sigv4-post-example.html (<input name=\"X-Amz-Credential\" …>, Policy, X-Amz-Signature); https://repost.aws/questions/QUu-yvz_QlQ1SX1mP0ejnRSA",
		gen: func(g *G) string {
			bucket, region, date := g.B(Bucket), g.B(Region), g.B(Date)
			id := g.AK("x-amz-credential input")
			tok := g.K(SessionToken, "x-amz-security-token input")
			policy := fmt.Sprintf(`{"expiration":"2024-01-16T12:00:00.000Z","conditions":[{"bucket":"%s"},["starts-with","$key","user/"],{"x-amz-credential":"%s"},{"x-amz-algorithm":"AWS4-HMAC-SHA256"},{"x-amz-date":"%s"}]}`, bucket, scope(id, date, region), date)
			// the key ID again, base64 inside the policy
			g.doc.Secrets = append(g.doc.Secrets, &Secret{Kind: g.last2(id), Value: id, Context: g.ctx.Name, Slot: "policy (base64) x-amz-credential", Enc: g.enc, ValueEnc: "base64"})
			return fmt.Sprintf("<form action=\"https://%s.s3.amazonaws.com/\" method=\"post\" enctype=\"multipart/form-data\">\n  <input type=\"hidden\" name=\"key\" value=\"user/${filename}\" />\n  <input type=\"hidden\" name=\"X-Amz-Credential\" value=\"%s\" />\n  <input type=\"hidden\" name=\"X-Amz-Algorithm\" value=\"AWS4-HMAC-SHA256\" />\n  <input type=\"hidden\" name=\"X-Amz-Date\" value=\"%s\" />\n  <input type=\"hidden\" name=\"x-amz-security-token\" value=\"%s\" />\n  <input type=\"hidden\" name=\"Policy\" value=\"%s\" />\n  <input type=\"hidden\" name=\"x-amz-signature\" value=\"%s\" />\n  <input type=\"file\" name=\"file\" />\n</form>\n",
				bucket, scope(id, date, region), date, tok, base64.StdEncoding.EncodeToString([]byte(policy)), g.K(SigV4, "x-amz-signature input"))
		}},
	{Name: "boto3-presigned-post", Lang: "py",
		Source: "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/s3-presigned-urls.html (generate_presigned_post returns {'url': …, 'fields': {…}})",
		gen: func(g *G) string {
			date, region := g.B(Date), g.pick("us-east-1", "eu-west-1") // the region sits inside a literal that may be split
			return fmt.Sprintf("{'url': 'https://%s.s3.amazonaws.com/', 'fields': {'key': %s, 'x-amz-algorithm': 'AWS4-HMAC-SHA256', 'x-amz-credential': %s, 'x-amz-date': '%s', 'x-amz-security-token': %s, 'policy': 'eyJleHBpcmF0aW9uIjogIjIwMjQtMDEtMTZUMTI6MDA6MDBaIn0=', 'x-amz-signature': %s}}\n",
				g.B(Bucket), g.QB(g.B(ObjectKey)), g.Q(scope(g.AK("fields x-amz-credential"), date, region)), date, g.Q(g.K(SessionToken, "fields x-amz-security-token")), g.Q(g.K(SigV4, "fields x-amz-signature")))
		}},
	{Name: "s3-xml-error",
		Source: "https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html; https://github.com/boto/botocore/issues/2962 (SignatureDoesNotMatch: AWSAccessKeyId, StringToSign, SignatureProvided, StringToSignBytes, CanonicalRequest, RequestId, HostId)",
		gen: func(g *G) string {
			region, date := g.B(Region), g.B(Date)
			id := g.AK("AWSAccessKeyId")
			sts := "AWS4-HMAC-SHA256\n" + date + "\n" + q8(date) + "/" + region + "/s3/aws4_request\n" + g.B(StringToSignHash)
			tok := PctEncode(g.K(SessionToken, "CanonicalRequest X-Amz-Security-Token"))
			g.VE("percent")
			cr := "GET\n/" + g.B(ObjectKey) + "\nX-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=" + PctEncode(scope(id, date, region)) + "&X-Amz-Date=" + date + "&X-Amz-Expires=3600&X-Amz-Security-Token=" + tok + "&X-Amz-SignedHeaders=host\nhost:" + g.B(Bucket) + ".s3.amazonaws.com\n\nhost\nUNSIGNED-PAYLOAD"
			var hexb strings.Builder
			for i := 0; i < len(sts) && i < 60; i++ {
				fmt.Fprintf(&hexb, "%02x ", sts[i])
			}
			return fmt.Sprintf("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message><AWSAccessKeyId>%s</AWSAccessKeyId><StringToSign>%s</StringToSign><SignatureProvided>%s</SignatureProvided><StringToSignBytes>%s</StringToSignBytes><CanonicalRequest>%s</CanonicalRequest><RequestId>%s</RequestId><HostId>%s</HostId></Error>\n",
				id, sts, g.K(SigV4, "SignatureProvided"), strings.TrimSpace(hexb.String()), cr, g.B(RequestID), g.B(HostID))
		}},
	{Name: "markdown-table",
		Source: "https://github.github.com/gfm/#tables-extension- (GFM tables); MinIO console / R2 dashboard pages list 'Access Key ID | Secret Access Key' in a table",
		gen: func(g *G) string {
			if g.r.IntN(2) == 0 {
				return fmt.Sprintf("| Access Key ID | Secret Access Key | Region |\n| --- | --- | --- |\n| %s | %s | %s |\n| %s | %s | %s |\n",
					g.AK("table column Access Key ID"), g.K(SecretKey, "table column Secret Access Key"), g.B(Region), g.K(KeyIDCompat, "table column Access Key ID"), g.K(SecretKey, "table column Secret Access Key"), g.B(Region))
			}
			return fmt.Sprintf("| Setting | Value |\n|---|---|\n| endpoint | https://minio.internal.example:9000 |\n| access key | `%s` |\n| secret key | `%s` |\n| smtp password | %s |\n| bucket | %s |\n",
				g.K(KeyIDCompat, "row access key"), g.K(SecretKey, "row secret key"), g.K(Password, "row smtp password"), g.B(Bucket))
		}},
	{Name: "gcp-service-account-json",
		Source: "https://cloud.google.com/iam/docs/keys-create-delete (service account key file: private_key as a JSON-escaped PEM)",
		gen: func(g *G) string {
			pem := g.K(PEM, "private_key (JSON-escaped PEM)")
			g.VE("json")
			return fmt.Sprintf("{\n  \"type\": \"service_account\",\n  \"project_id\": \"demo-%s\",\n  \"private_key_id\": \"%s\",\n  \"private_key\": \"%s\\n\",\n  \"client_email\": \"uploader@demo.iam.gserviceaccount.com\",\n  \"token_uri\": \"https://oauth2.googleapis.com/token\"\n}\n",
				g.str(lowdig, 6), g.str(hexl, 40), strings.ReplaceAll(pem, "\n", `\n`))
		}},
	{Name: "pem-private-key",
		Source: "RFC 7468 (textual encoding of PKCS#8, RSA, EC private keys); OpenSSH PROTOCOL.key (BEGIN OPENSSH PRIVATE KEY)",
		gen: func(g *G) string {
			return fmt.Sprintf("$ cat ~/.ssh/deploy_key\n%s\n$ cat ~/.ssh/deploy_key.pub\n%s deploy@ci\n", g.K(PEM, "key file"), g.B(SSHPublicKey))
		}},
	{Name: "smtp-config",
		Source: "https://docs.djangoproject.com/en/stable/ref/settings/#email-host-password; http://www.postfix.org/SASL_README.html (sasl_passwd: [host]:port user:password); https://nodemailer.com/smtp/ (auth: {user, pass}); Spring spring.mail.password",
		gen: func(g *G) string {
			switch g.r.IntN(3) {
			case 0:
				return fmt.Sprintf("EMAIL_HOST = 'email-smtp.%s.amazonaws.com'\nEMAIL_PORT = 587\nEMAIL_HOST_USER = '%s'\nEMAIL_HOST_PASSWORD = '%s'\nEMAIL_USE_TLS = True\n",
					g.B(Region), g.AK("EMAIL_HOST_USER"), g.K(Password, "EMAIL_HOST_PASSWORD"))
			case 1:
				return fmt.Sprintf("# /etc/postfix/sasl_passwd\n[smtp.example.com]:587 relay@example.com:%s\n\nspring.mail.host=smtp.example.com\nspring.mail.username=app\nspring.mail.password=%s\n",
					g.K(Password, "sasl_passwd password"), g.K(Password, "spring.mail.password"))
			}
			return fmt.Sprintf("const transporter = nodemailer.createTransport({\n  host: \"smtp.example.com\",\n  port: 465,\n  secure: true,\n  auth: { user: \"app@example.com\", pass: \"%s\" },\n});\n", g.K(Password, "auth.pass"))
		}},
	{Name: "saas-tokens",
		Source: "https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/; https://docs.gitlab.com/ee/security/token_overview.html; https://api.slack.com/authentication/token-types; https://docs.stripe.com/keys; https://docs.npmjs.com/cli/v10/configuring-npm/npmrc (_authToken)",
		gen: func(g *G) string {
			return fmt.Sprintf("GITHUB_TOKEN=%s\n//registry.npmjs.org/:_authToken=%s\ngit remote set-url origin https://oauth2:%s@gitlab.com/acme/app.git\nSLACK_BOT_TOKEN=%s\nstripe.api_key = \"%s\"\n",
				g.K(SaaS, "GITHUB_TOKEN"), g.K(SaaS, "_authToken"), g.K(SaaS, "git URL userinfo"), g.K(SaaS, "SLACK_BOT_TOKEN"), g.K(SaaS, "stripe.api_key"))
		}},
	{Name: "jwt-usage",
		Source: "RFC 7519 (JWT); https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-with-identity-providers.html (id_token, access_token)",
		gen: func(g *G) string {
			return fmt.Sprintf("localStorage.setItem('id_token', '%s');\nhttps://app.example.com/callback#access_token=%s&token_type=Bearer&expires_in=3600\n",
				g.K(JWT, "localStorage id_token"), g.K(JWT, "URL fragment access_token"))
		}},
	{Name: "shell-history",
		Source: "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Builtins.html (history output: numbered command lines, the same values reused)",
		gen: func(g *G) string {
			id, sk := g.AK("history export AWS_ACCESS_KEY_ID"), g.K(SecretKey, "history export AWS_SECRET_ACCESS_KEY")
			idKind := g.last2(id)
			grep := id
			if len(sk) >= 32 { // people grep for a part of the secret
				grep = g.K2(SecretKey, sk[:24], "history grep (24 characters of the secret)")
			} else {
				g.K2(idKind, id, "history grep (the key ID)")
			}
			return fmt.Sprintf("  501  export AWS_ACCESS_KEY_ID=%s\n  502  export AWS_SECRET_ACCESS_KEY=%s\n  503  aws configure set aws_secret_access_key %s\n  504  curl -u admin:%s http://localhost:9001/api/v1/login\n  505  mc alias set local http://localhost:9000 %s %s\n  506  git log -1 --format=%%H\n  507  history | grep %s\n",
				id, sk, g.K2(SecretKey, sk, "history aws configure set"), g.K(Password, "history curl -u"), g.K2(idKind, id, "history mc alias set arg 3"), g.K2(SecretKey, sk, "history mc alias set arg 4"), grep)
		}},
	{Name: "hadoop-core-site",
		Source: "https://hadoop.apache.org/docs/stable/hadoop-aws/tools/hadoop-aws/index.html and https://docs.cloudera.com/HDPDocuments/HDP3/HDP-3.1.0/bk_cloud-data-access/content/s3-config-props.html (fs.s3a.access.key, fs.s3a.secret.key, fs.s3a.session.token as <property><name>/<value> siblings)",
		gen: func(g *G) string {
			return fmt.Sprintf("<configuration>\n  <property>\n    <name>fs.s3a.access.key</name>\n    <value>%s</value>\n  </property>\n  <property>\n    <name>fs.s3a.secret.key</name>\n    <value>%s</value>\n  </property>\n  <property>\n    <name>fs.s3a.session.token</name>\n    <value>%s</value>\n  </property>\n</configuration>\n",
				g.AK("fs.s3a.access.key"), g.K(SecretKey, "fs.s3a.secret.key"), g.K(SessionToken, "fs.s3a.session.token"))
		}},
	{Name: "docker-config-json",
		Source: "https://docs.docker.com/reference/cli/docker/login/#credential-stores (~/.docker/config.json auths.<registry>.auth = base64(user:password))",
		gen: func(g *G) string {
			return fmt.Sprintf("{\n  \"auths\": {\n    \"registry.example.com\": {\n      \"auth\": \"%s\"\n    },\n    \"ghcr.io\": {\n      \"auth\": \"%s\"\n    }\n  }\n}\n",
				g.K(Basic, "auths.auth"), func() string {
					tok := g.K(SaaS, "ghcr auth (base64 user:token)")
					g.VE("base64")
					return base64.StdEncoding.EncodeToString([]byte("ci:" + tok))
				}())
		}},
	{Name: "forum-prose",
		Source: "https://repost.aws/questions/QUu-yvz_QlQ1SX1mP0ejnRSA (a question quoting 'Access Key = … Secret Key = …' in prose); keys in chat messages",
		gen: func(g *G) string {
			return fmt.Sprintf("Hi, I get SignatureDoesNotMatch. My access key is %s and the secret is %s (I also tried the other one, %s). The app also sends this header: X-Custom-Auth: %s\nrequest id %s, commit %s\n",
				g.AK("prose 'access key is'"), g.K(SecretKey, "prose 'the secret is'"), g.KShape(Unknown, "prose unlabelled"), g.K(Unknown, "X-Custom-Auth header"), g.B(UUID), g.B(GitSHA))
		}},
	{Name: "app-secrets-json",
		Source: "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets.html (GetSecretValue SecretString JSON with arbitrary keys); OAuth client_secret (RFC 6749 §2.3.1)",
		gen: func(g *G) string {
			return fmt.Sprintf("{\n  \"ARN\": \"arn:aws:secretsmanager:%s:111122223333:secret:app-AbCdEf\",\n  \"SecretString\": \"{\\\"client_id\\\":\\\"app\\\",\\\"client_secret\\\":\\\"%s\\\",\\\"signing_seed\\\":\\\"%s\\\",\\\"db_password\\\":\\\"%s\\\"}\",\n  \"VersionId\": \"%s\"\n}\n",
				g.B(Region), g.K(Unknown, "client_secret"), g.K(Unknown, "signing_seed"), g.K(Password, "db_password"), g.B(UUID))
		}},
	{Name: "netrc-pgpass-git-credentials",
		Source: "https://everything.curl.dev/usingcurl/netrc (machine … login … password …); https://www.postgresql.org/docs/current/libpq-pgpass.html (host:port:db:user:password); https://git-scm.com/docs/git-credential-store (https://user:token@host)",
		gen: func(g *G) string {
			return fmt.Sprintf("$ cat ~/.netrc\nmachine api.example.com login deploy password %s\n$ cat ~/.pgpass\ndb.internal:5432:app:app:%s\n$ cat ~/.git-credentials\nhttps://ci-bot:%s@github.com\n",
				g.K(Password, "netrc password"), g.K(Password, "pgpass password"), g.K(SaaS, "git-credentials userinfo"))
		}},
	{Name: "python-requests", Lang: "py",
		Source: "https://requests.readthedocs.io/en/latest/user/authentication/ (auth=('user', 'pass'), HTTPBasicAuth); https://requests.readthedocs.io/en/latest/user/quickstart/#custom-headers",
		gen: func(g *G) string {
			return fmt.Sprintf("import requests\nr = requests.get('https://api.example.com/files', auth=(%s, %s))\nr = requests.post(url, headers={'Authorization': 'Bearer ' + %s, 'X-Api-Key': %s})\n",
				g.QB("deploy"), g.Q(g.K(Password, "auth tuple password")), g.Q(g.K(Bearer, "headers Authorization Bearer")), g.Q(g.K(Unknown, "headers X-Api-Key")))
		}},
	{Name: "js-fetch-headers", Lang: "js",
		Source: "https://developer.mozilla.org/en-US/docs/Web/API/fetch#headers (fetch(url, { headers: { Authorization: … } })); https://axios-http.com/docs/req_config (auth: { username, password })",
		gen: func(g *G) string {
			return fmt.Sprintf("const res = await fetch(uploadUrl, {\n  method: \"PUT\",\n  headers: { Authorization: `Bearer ${%s}`, \"x-amz-security-token\": %s },\n});\nawait axios.get(url, { auth: { username: \"svc\", password: %s } });\n",
				g.Q(g.K(JWT, "fetch headers Authorization")), g.Q(g.K(SessionToken, "fetch headers x-amz-security-token")), g.Q(g.K(Password, "axios auth.password")))
		}},
	{Name: "azure-connection-string",
		Source: "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string (DefaultEndpointsProtocol=…;AccountName=…;AccountKey=…;EndpointSuffix=…)",
		gen: func(g *G) string {
			var key string
			if g.r.IntN(2) == 0 { // real account keys: 64 bytes, base64
				key = g.KV(SecretKey, "AccountKey", base64.StdEncoding.EncodeToString(g.bytes(64)))
			} else {
				key = g.K(SecretKey, "AccountKey")
			}
			return fmt.Sprintf("AZURE_STORAGE_CONNECTION_STRING=\"DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net\"\n",
				g.str(lowdig, 12), key)
		}},
	{Name: "s3-server-access-log",
		Source: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/LogFormat.html (Request-URI with the query string, Authentication type, Host Id, Signature version)",
		gen: func(g *G) string {
			u := g.presigned(g.r.IntN(2) == 0)
			path := u[strings.Index(u, ".com/")+4:]
			if i := strings.Index(u, ":9000/"); i >= 0 {
				path = u[i+5:]
			}
			return fmt.Sprintf("79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be %s [15/Jan/2024:12:00:00 +0000] 192.0.2.3 - %s REST.GET.OBJECT %s \"GET %s HTTP/1.1\" 403 SignatureDoesNotMatch 243 - 12 - \"-\" \"curl/8.5.0\" - %s SigV4 ECDHE-RSA-AES128-GCM-SHA256 QueryString s3.amazonaws.com TLSv1.2 - -\n",
				g.B(Bucket), g.B(RequestID), g.B(ObjectKey), path, g.B(HostID))
		}},
	{Name: "cloudtrail-event",
		Source: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html (userIdentity.accessKeyId); additionalEventData.SignatureVersion",
		gen: func(g *G) string {
			return fmt.Sprintf("{\"eventVersion\": \"1.09\", \"userIdentity\": {\"type\": \"AssumedRole\", \"principalId\": \"AROA%s:ci\", \"accessKeyId\": \"%s\"}, \"eventSource\": \"s3.amazonaws.com\", \"eventName\": \"GetObject\", \"awsRegion\": \"%s\", \"requestParameters\": {\"bucketName\": \"%s\", \"key\": \"%s\"}, \"requestID\": \"%s\", \"eventID\": \"%s\"}\n",
				g.str(b32, 17), g.K(KeyIDAWS, "userIdentity.accessKeyId"), g.B(Region), g.B(Bucket), g.B(ObjectKey), g.B(RequestID), g.B(UUID))
		}},
	{Name: "boto-legacy-config",
		Source: "https://boto.readthedocs.io/en/latest/boto_config_tut.html ([Credentials] aws_access_key_id / aws_secret_access_key in ~/.boto; also read by gsutil)",
		gen: func(g *G) string {
			return fmt.Sprintf("[Credentials]\naws_access_key_id = %s\naws_secret_access_key = %s\ngs_access_key_id = %s\ngs_secret_access_key = %s\n\n[Boto]\nhttps_validate_certificates = True\n",
				g.AK("aws_access_key_id"), g.K(SecretKey, "aws_secret_access_key"), g.K(KeyIDCompat, "gs_access_key_id"), g.K(SecretKey, "gs_secret_access_key"))
		}},
	{Name: "gitlab-ci-variables",
		Source: "https://docs.gitlab.com/ee/ci/variables/ (variables: in .gitlab-ci.yml); https://docs.gitlab.com/ee/ci/cloud_deployment/ (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)",
		gen: func(g *G) string {
			return fmt.Sprintf("variables:\n  AWS_DEFAULT_REGION: %s\n  AWS_ACCESS_KEY_ID: \"%s\"\n  AWS_SECRET_ACCESS_KEY: \"%s\"\ndeploy:\n  script:\n    - aws s3 sync ./public s3://%s --delete\n    - curl --header \"PRIVATE-TOKEN: %s\" \"https://gitlab.example.com/api/v4/projects\"\n",
				g.B(Region), g.AK("variables AWS_ACCESS_KEY_ID"), g.K(SecretKey, "variables AWS_SECRET_ACCESS_KEY"), g.B(Bucket), g.K(SaaS, "PRIVATE-TOKEN header"))
		}},
	// Benign-heavy contexts: nothing secret, everything must stay readable.
	{Name: "git-and-lockfile",
		Source: "https://git-scm.com/docs/git-log (commit <sha>); https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json (integrity: SRI); https://www.w3.org/TR/SRI/",
		gen: func(g *G) string {
			return fmt.Sprintf("commit %s\nAuthor: Dev <dev@example.com>\n\n    fix presign expiry\n\n\"node_modules/@aws-sdk/client-s3\": {\n  \"version\": \"3.490.0\",\n  \"integrity\": \"%s\"\n}\n<script src=\"https://cdn.example.com/app.js\" integrity=\"%s\" crossorigin=\"anonymous\"></script>\n",
				g.B(GitSHA), g.B(SRI), g.B(SRI))
		}},
	{Name: "html-with-image",
		Source: "RFC 2397 (data: URLs); https://developer.mozilla.org/en-US/docs/Web/URI/Schemes/data",
		gen: func(g *G) string {
			return fmt.Sprintf("<img alt=\"logo\" src=\"data:image/png;base64,%s\">\n<p>Upload id %s</p>\n", g.B(Image), g.B(UUID))
		}},
	{Name: "s3-response-headers",
		Source: "https://docs.aws.amazon.com/AmazonS3/latest/API/RESTCommonResponseHeaders.html (ETag, x-amz-request-id, x-amz-id-2); https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-auth-using-authorization-header.html (x-amz-content-sha256)",
		gen: func(g *G) string {
			return fmt.Sprintf("HTTP/1.1 200 OK\nx-amz-id-2: %s\nx-amz-request-id: %s\nDate: Mon, 15 Jan 2024 12:00:00 GMT\nETag: \"%s\"\nx-amz-version-id: %s\nx-amz-content-sha256: %s\nContent-Length: 3191\n",
				g.B(HostID), g.B(RequestID), g.B(ETag), g.B(UUID), g.B(PayloadHash))
		}},
	// written: before-code (the contexts below were added before the
	// redactor handled them; issue 18's held-out shapes)
	{Name: "ssh-key-cat-session",
		Source: "https://github.com/fifsky/ssh-action/issues/7 (Load key \"…/deploy_key\": invalid format after a key pasted without its armour); https://github.com/SamKirkland/web-deploy/issues/10 (-i ~/.ssh/deploy_key, 'error in libcrypto')",
		gen: func(g *G) string {
			path := g.pick("~/.ssh/deploy_key", "~/.ssh/id_rsa", "/home/runner/.ssh/web_deploy_key", "~/.ssh/id_ed25519")
			// the key file holds what the secret setting held: a key body
			// without its BEGIN/END lines, or a short garbled value
			var body string
			if g.r.IntN(2) == 0 {
				body = g.K(PEM, "key file (no armour)")
				if lines := strings.Split(body, "\n"); len(lines) > 2 && strings.HasPrefix(lines[0], "-----BEGIN") {
					body = strings.Join(lines[1:len(lines)-1], "\n")
					g.last.Value = body
				}
			} else {
				body = g.K(Unknown, "key file (garbled)")
			}
			return fmt.Sprintf("$ cat %s\n%s\n$ ssh -i %s git@github.com\nLoad key \"%s\": invalid format\ngit@github.com: Permission denied (publickey).\n",
				path, body, path, path)
		}},
	{Name: "mc-host-env",
		Source: "https://github.com/minio/mc/issues/5259 (MC_HOST_alias=https://access:secret:sessionkey@endpoint:port/); https://min.io/docs/minio/linux/reference/minio-mc.html#envvar.MC_HOST_ALIAS",
		gen: func(g *G) string {
			alias := g.pick("myminio", "local", "prod", "s3")
			host := g.pick("minio.internal.example:9000", "play.min.io", "s3.amazonaws.com", "garage.example.net:3900")
			id := g.AK("MC_HOST userinfo user")
			sec := g.K(SecretKey, "MC_HOST userinfo password")
			if g.r.IntN(2) == 0 {
				return fmt.Sprintf("$ export MC_HOST_%s=https://%s:%s@%s\n$ mc ls %s/%s\n", alias, id, sec, host, alias, g.B(Bucket))
			}
			tok := g.K(SessionToken, "MC_HOST userinfo session token")
			return fmt.Sprintf("MC_HOST_%s=https://%s:%s:%s@%s mc ls %s\n", alias, id, sec, tok, host, alias)
		}},
	{Name: "html-config-table",
		Source: "https://github.com/milvus-io/milvus-docs/pull/339 (configuration reference as an HTML table: <td><code>minio.secretAccessKey</code></td>, a description cell, then the value cell)",
		gen: func(g *G) string {
			row := func(name, desc, val string) string {
				if g.r.IntN(2) == 0 {
					return fmt.Sprintf("  <tr>\n    <td><code>%s</code></td>\n    <td>%s</td>\n    <td>%s</td>\n  </tr>\n", name, desc, val)
				}
				return fmt.Sprintf("  <tr><td><code>%s</code></td><td>%s</td></tr>\n", name, val)
			}
			return "<table>\n  <tr><th>Parameter</th><th>Description</th><th>Value</th></tr>\n" +
				row("minio.address", "IP address of MinIO or S3 service.", "localhost") +
				row("minio.accessKeyID", "Access key ID that MinIO or S3 issues to user for authorized access.", g.AK("HTML table row minio.accessKeyID")) +
				row("minio.secretAccessKey", "<details><summary>MinIO/S3 encryption string</summary><li>Environment variable: <code>MINIO_SECRET_KEY</code></li></details>", g.K(SecretKey, "HTML table row minio.secretAccessKey")) +
				row("minio.bucketName", "Name of the bucket", g.B(Bucket)) +
				"</table>\n"
		}},
	{Name: "authorized-keys-and-certs",
		Source: "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT; RFC 7468 (PUBLIC KEY, CERTIFICATE)",
		gen: func(g *G) string {
			return fmt.Sprintf("# ~/.ssh/authorized_keys\n%s ci@build\n\n%s\n", g.B(SSHPublicKey), g.B(PEMPublic))
		}},
	// written: before-code (issue 18, step 1 of the session of 2026-12-07:
	// formats people paste that no context modelled yet; run against the
	// redactor as written, survivors recorded in the commit message)
	{Name: "spring-application-properties",
		Source: "https://docs.spring.io/spring-cloud-aws/docs/2.2.3.RELEASE/reference/html/appendix.html (application.properties, cloud.aws.credentials.*); https://docs.oracle.com/javase/8/docs/api/java/util/Properties.html#load-java.io.Reader- (key=value, key: value or key value)",
		gen: func(g *G) string {
			sep := g.pick("=", " = ", ": ", " ")
			return fmt.Sprintf("# src/main/resources/application.properties\nspring.application.name=uploader\ncloud.aws.region.static%s%s\ncloud.aws.stack.auto=false\ncloud.aws.credentials.access-key%s%s\ncloud.aws.credentials.secret-key%s%s\napp.s3.bucket%s%s\nspring.datasource.password%s%s\n",
				sep, g.B(Region), sep, g.AK("cloud.aws.credentials.access-key"), sep, g.K(SecretKey, "cloud.aws.credentials.secret-key"), sep, g.B(Bucket), sep, g.K(Password, "spring.datasource.password"))
		}},
	{Name: "jupyter-notebook-cell",
		Source: "https://nbformat.readthedocs.io/en/latest/format_description.html (a cell's source written as a list of strings, one per line, JSON-escaped); https://boto3.amazonaws.com/v1/documentation/api/latest/reference/core/session.html (boto3.Session(aws_access_key_id, aws_secret_access_key, aws_session_token))",
		gen: func(g *G) string {
			tok := ""
			if g.r.IntN(2) == 0 {
				tok = "    \"    aws_session_token=\\\"" + g.K(SessionToken, "ipynb Session aws_session_token") + "\\\",\\n\",\n"
			}
			return fmt.Sprintf("  {\n   \"cell_type\": \"code\",\n   \"execution_count\": 3,\n   \"metadata\": {},\n   \"outputs\": [],\n   \"source\": [\n    \"import boto3\\n\",\n    \"session = boto3.Session(\\n\",\n    \"    aws_access_key_id=\\\"%s\\\",\\n\",\n    \"    aws_secret_access_key=\\\"%s\\\",\\n\",\n%s    \"    region_name=\\\"%s\\\")\\n\",\n    \"s3 = session.client(\\\"s3\\\")\\n\",\n    \"s3.generate_presigned_url(\\\"get_object\\\", Params={\\\"Bucket\\\": \\\"%s\\\", \\\"Key\\\": \\\"%s\\\"})\"\n   ]\n  }\n",
				g.AK("ipynb Session aws_access_key_id"), g.K(SecretKey, "ipynb Session aws_secret_access_key"), tok, g.B(Region), g.B(Bucket), g.B(ObjectKey))
		}},
	{Name: "laravel-env-filesystems", Lang: "php",
		Source: "https://laravel.com/docs/filesystem (config/filesystems.php, the s3 disk, AWS_* in .env); https://github.com/laravel/laravel/blob/5639581ea56ecd556cdf6e6edc37ce5795740fd7/config/filesystems.php ('key' => env('AWS_ACCESS_KEY_ID'))",
		gen: func(g *G) string {
			return fmt.Sprintf("# .env\nFILESYSTEM_DISK=s3\nAWS_ACCESS_KEY_ID=%s\nAWS_SECRET_ACCESS_KEY=%s\nAWS_DEFAULT_REGION=%s\nAWS_BUCKET=%s\nAWS_USE_PATH_STYLE_ENDPOINT=false\n\n// config/filesystems.php\n        's3' => [\n            'driver' => 's3',\n            'key' => env('AWS_ACCESS_KEY_ID', %s),\n            'secret' => %s,\n            'region' => env('AWS_DEFAULT_REGION'),\n            'bucket' => env('AWS_BUCKET'),\n            'endpoint' => env('AWS_ENDPOINT'),\n            'throw' => false,\n        ],\n",
				g.AK(".env AWS_ACCESS_KEY_ID"), g.K(SecretKey, ".env AWS_SECRET_ACCESS_KEY"), g.B(Region), g.B(Bucket),
				g.Q(g.AK("env() default of 'key'")), g.Q(g.K(SecretKey, "'secret' literal")))
		}},
	{Name: "nginx-proxy-auth",
		Source: "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header; https://joshuarogers.net/passing-static-credentials-upstream-through-nginx (proxy_set_header Authorization \"Basic …\" to pass fixed credentials upstream)",
		gen: func(g *G) string {
			auth := g.pick("\"Basic %s\"", "'Basic %s'")
			return fmt.Sprintf("location /files/ {\n    proxy_pass              https://%s.s3.%s.amazonaws.com/;\n    proxy_set_header        Host            $host;\n    proxy_set_header        X-Real-IP       $remote_addr;\n    proxy_set_header        Authorization   "+auth+";\n    proxy_set_header        X-Api-Key %s;\n}\nlocation /internal/ {\n    proxy_set_header Authorization \"Bearer %s\";\n    proxy_pass http://127.0.0.1:8080;\n}\n",
				g.B(Bucket), g.B(Region), g.K(Basic, "proxy_set_header Authorization Basic"), g.K(Unknown, "proxy_set_header X-Api-Key"), g.K(Bearer, "proxy_set_header Authorization Bearer"))
		}},
	{Name: "dotnet-appsettings-json",
		Source: "https://docs.aws.amazon.com/sdk-for-net/latest/developer-guide/net-dg-config-netcore.html (appsettings.json \"AWS\" section read by GetAWSOptions); https://github.com/aws/aws-sdk-net/issues/499; https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring (Password= in a connection string)",
		gen: func(g *G) string {
			return fmt.Sprintf("{\n  \"Logging\": {\n    \"LogLevel\": { \"Default\": \"Information\" }\n  },\n  \"AWS\": {\n    \"Profile\": \"default\",\n    \"Region\": \"%s\",\n    \"AccessKey\": \"%s\",\n    \"SecretKey\": \"%s\",\n    \"ServiceURL\": \"https://minio.internal.example:9000\"\n  },\n  \"S3\": { \"BucketName\": \"%s\" },\n  \"ConnectionStrings\": {\n    \"Default\": \"Server=db.internal;Database=app;User Id=app;Password=%s;TrustServerCertificate=True\"\n  }\n}\n",
				g.B(Region), g.AK("AWS.AccessKey"), g.K(SecretKey, "AWS.SecretKey"), g.B(Bucket), g.K(Password, "ConnectionStrings Password="))
		}},
	{Name: "spark-s3a-conf",
		Source: "https://hadoop.apache.org/docs/stable/hadoop-aws/tools/hadoop-aws/index.html (fs.s3a.access.key, fs.s3a.secret.key, fs.s3a.session.token); https://docs.ezmeral.hpe.com/runtime-enterprise/56/reference/kubernetes-applications/spark/Accessing_Data_on_Amazon_S3_Using_Spark_Operator.html (spark-defaults.conf: spark.hadoop.fs.s3a.access.key <key>, whitespace-separated); https://spark.apache.org/docs/latest/submitting-applications.html (--conf key=value)",
		gen: func(g *G) string {
			return fmt.Sprintf("# conf/spark-defaults.conf\nspark.hadoop.fs.s3a.endpoint          s3.%s.amazonaws.com\nspark.hadoop.fs.s3a.access.key        %s\nspark.hadoop.fs.s3a.secret.key        %s\n\n$ spark-submit --conf spark.hadoop.fs.s3a.session.token=%s --conf spark.hadoop.fs.s3a.aws.credentials.provider=org.apache.hadoop.fs.s3a.TemporaryAWSCredentialsProvider job.py s3a://%s/input/\n\n>>> hadoop_conf = spark.sparkContext._jsc.hadoopConfiguration()\n>>> hadoop_conf.set(\"fs.s3a.secret.key\", \"%s\")\n",
				g.B(Region), g.AK("spark-defaults fs.s3a.access.key"), g.K(SecretKey, "spark-defaults fs.s3a.secret.key"), g.K(SessionToken, "--conf fs.s3a.session.token"), g.B(Bucket), g.K(SecretKey, "hadoopConfiguration().set fs.s3a.secret.key"))
		}},
	{Name: "postman-environment",
		Source: "https://learning.postman.com/docs/sending-requests/variables/managing-environments/ (exported environment: values[] of {key, value, type, enabled}); https://learning.postman.com/docs/sending-requests/authorization/aws-signature/ (collection auth type awsv4: accessKey, secretKey, sessionToken)",
		gen: func(g *G) string {
			return fmt.Sprintf("{\n\t\"id\": \"%s\",\n\t\"name\": \"minio dev\",\n\t\"values\": [\n\t\t{\n\t\t\t\"key\": \"bucket\",\n\t\t\t\"value\": \"%s\",\n\t\t\t\"type\": \"default\",\n\t\t\t\"enabled\": true\n\t\t},\n\t\t{\n\t\t\t\"key\": \"secretKey\",\n\t\t\t\"value\": \"%s\",\n\t\t\t\"type\": \"secret\",\n\t\t\t\"enabled\": true\n\t\t}\n\t],\n\t\"_postman_variable_scope\": \"environment\"\n}\n\"auth\": {\n\t\"type\": \"awsv4\",\n\t\"awsv4\": [\n\t\t{ \"key\": \"accessKey\", \"value\": \"%s\", \"type\": \"string\" },\n\t\t{ \"key\": \"sessionToken\", \"value\": \"%s\", \"type\": \"string\" },\n\t\t{ \"key\": \"service\", \"value\": \"s3\", \"type\": \"string\" }\n\t]\n}\n",
				g.B(UUID), g.B(Bucket), g.K(SecretKey, "values[] secretKey"), g.AK("awsv4 accessKey"), g.K(SessionToken, "awsv4 sessionToken"))
		}},
	{Name: "fluentd-s3-output",
		Source: "https://docs.fluentd.org/output/s3 (<match> @type s3, aws_key_id, aws_sec_key as 'name value' lines); https://www.rubydoc.info/gems/fluent-plugin-s3/1.1.6",
		gen: func(g *G) string {
			return fmt.Sprintf("<match app.**>\n  @type s3\n  aws_key_id %s\n  aws_sec_key %s\n  s3_bucket %s\n  s3_region %s\n  s3_endpoint https://minio.internal.example:9000\n  force_path_style true\n  path logs/${tag}/%%Y/%%m/%%d/\n  <buffer tag,time>\n    @type file\n    path /var/log/fluent/s3\n    timekey 3600\n  </buffer>\n</match>\n",
				g.AK("aws_key_id"), g.K(SecretKey, "aws_sec_key"), g.B(Bucket), g.B(Region))
		}},
}

// KV plants v, a value the context made itself, as a secret of kind k at
// slot (unless the fuzzer's value takes the slot).
func (g *G) KV(k Kind, slot, v string) string {
	if g.override != "" && g.n == g.overrideAt {
		v = g.override
	}
	g.n++
	s := &Secret{Kind: k, Value: v, Context: g.ctx.Name, Slot: slot, Enc: g.enc}
	g.doc.Secrets = append(g.doc.Secrets, s)
	g.last = s
	return v
}

// KShape plants a secret whose only sign is its own shape (a long random
// run in prose, under no label): the fuzzer's value takes the place only
// when it has that shape (32+ characters, 16+ distinct ones, none over a
// sixth of them), since a short
// word in prose is no secret anyone could tell (FuzzPlantedSlot planted
// "A0000172" there). Slots (a label, a header, a flag) take any value: K.
func (g *G) KShape(k Kind, slot string) string {
	if g.override != "" && g.n == g.overrideAt && !randomShape(g.override) {
		saved := g.override
		g.override = ""
		v := g.K(k, slot)
		g.override = saved
		return v
	}
	return g.K(k, slot)
}

func randomShape(v string) bool {
	count := map[byte]int{}
	for i := 0; i < len(v); i++ {
		count[v[i]]++
		if count[v[i]]*6 > len(v) {
			return false // mostly one character ("0000…0170020080ABC"): no random run
		}
	}
	if len(v) < 32 || len(count) < 16 {
		return false
	}
	// high entropy, as issue 18's residue layer promises to catch: a
	// Shannon entropy per character near that of a random run of this
	// length (4.3 bits up to 40 characters, rising to 4.6 at 64), of at
	// least two character classes, not mostly words. An unlabelled value
	// below that is a word or an ID of prose, which no reader can call a
	// secret (FuzzPlantedSlot 8d9e005a00003bad planted
	// A001110222B28CX.Y211797Z0a7707bc, 3.55 bits per character, in
	// forum prose with no label)
	h := 0.0
	for _, n := range count {
		p := float64(n) / float64(len(v))
		h -= p * math.Log2(p)
	}
	want := 4.3
	if len(v) >= 64 {
		want = 4.6
	} else if len(v) > 40 {
		want = 4.3 + 0.3*float64(len(v)-40)/24
	}
	classes, letters, wordy := 0, 0, 0
	for _, set := range []string{"ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz", "0123456789"} {
		if strings.ContainsAny(v, set) {
			classes++
		}
	}
	for i := 0; i <= len(v); i++ {
		if i < len(v) && v[i] >= 'a' && v[i] <= 'z' {
			letters++
			continue
		}
		if letters >= 4 {
			wordy += letters
		}
		letters = 0
	}
	return h >= want && classes >= 2 && wordy*2 <= len(v)
}

// K2 plants value v (already planted in this block) at another slot.
func (g *G) K2(k Kind, v, slot string) string {
	s := &Secret{Kind: k, Value: v, Context: g.ctx.Name, Slot: slot, Enc: g.enc}
	g.doc.Secrets = append(g.doc.Secrets, s)
	g.n++
	return v
}

// last2 is the kind of the access key ID just planted (AWS or compatible).
func (g *G) last2(id string) Kind {
	for i := len(g.doc.Secrets) - 1; i >= 0; i-- {
		if g.doc.Secrets[i].Value == id {
			return g.doc.Secrets[i].Kind
		}
	}
	return KeyIDAWS
}
