package plant

import (
	"encoding/base64"
	"fmt"
	"strings"
)

// heldOut7 is a seventh held-out wave (issue 18): formats people paste around
// an S3 incident that none of the contexts above models, each written from
// the format's documentation or a real thread BEFORE internal/redact was read
// (and before the redactor was run on it), and never edited to suit it:
// shells' own dumps of their environment (declare -x, typeset, csh setenv,
// nushell $env.X =), docker history's |N build-arg prefix and BuildKit's
// progress log, terraform plan's diff (+ / ~ … -> …), IDE run
// configurations (IntelliJ <env name= value=>, Eclipse <mapEntry key=
// value=>, launchSettings.json), Cloud Foundry's cf env (VCAP_SERVICES
// credentials, cf set-env NAME VALUE, cups -p JSON), Netlify's env:list
// ASCII table and vercel env pull, Apache Camel endpoint URIs with RAW() and
// Mule XML attributes, SeaweedFS / Zenko identities JSON, kubeconfig users
// and aws eks get-token's ExecCredential, the AWS CLI's service-specific and
// short-lived credentials (ServicePassword, rds generate-db-auth-token,
// ecr get-login-password, cognito SecretKey), cloud-init user data (YAML
// flow sequences of a command's words), PowerShell SecretManagement and
// Credential Manager, object storage providers' key tables (doctl,
// linode-cli, scw), Chinese clouds' CLIs (aliyun, ossutil, coscmd, obsutil
// ak=/sk=), and Argo / Tekton parameters with Velero's install flags.
//
// written: before-code (issue 18, session of 2026-12-07, helper h-rprobe7,
// wave 7; survivors as written are in the commit message that measured
// them).
var heldOut7 = []Context{
	{Name: "shell-declare-typeset-csh",
		Source: "https://www.gnu.org/software/bash/manual/html_node/Bash-Builtins.html (declare -p / export -p print 'declare -x NAME=\"value\"'); https://zsh.sourceforge.io/Doc/Release/Shell-Builtin-Commands.html (typeset -x; export -p prints 'export NAME=value' or typeset); https://www.ibm.com/docs/en/aix/7.2?topic=s-setenv-command (csh/tcsh: setenv NAME value, no =); https://www.nushell.sh/book/environment.html ($env.FOO = 'BAR'); https://pubs.opengroup.org/onlinepubs/9699919799/utilities/env.html (env NAME=value utility)",
		gen: func(g *G) string {
			ak, sk := g.AK("bash declare -x AWS_ACCESS_KEY_ID=\"…\""), g.K(SecretKey, "bash declare -x AWS_SECRET_ACCESS_KEY=\"…\"")
			tok := g.K(SessionToken, "bash declare -x AWS_SESSION_TOKEN=\"…\"")
			cak, csk := g.AK("csh setenv AWS_ACCESS_KEY_ID …"), g.K(SecretKey, "csh setenv AWS_SECRET_ACCESS_KEY …")
			return fmt.Sprintf(`$ declare -p | grep -i aws
declare -x AWS_ACCESS_KEY_ID="%s"
declare -x AWS_DEFAULT_REGION="%s"
declare -x AWS_SECRET_ACCESS_KEY="%s"
declare -x AWS_SESSION_TOKEN="%s"
declare -- S3_BUCKET="%s"
%% typeset -x | grep MINIO
MINIO_ROOT_PASSWORD=%s
MINIO_ROOT_USER=%s
> setenv AWS_ACCESS_KEY_ID %s
> setenv AWS_SECRET_ACCESS_KEY %s
> printenv AWS_SECRET_ACCESS_KEY
%s
〉$env.AWS_ACCESS_KEY_ID = "%s"
〉$env.AWS_SECRET_ACCESS_KEY = '%s'
$ env -i HOME=/root AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY=%s aws s3 cp s3://%s/%s .
`,
				ak, g.B(Region), sk, tok, g.B(Bucket),
				g.K(Password, "zsh typeset -x MINIO_ROOT_PASSWORD="), g.K(KeyIDCompat, "zsh typeset -x MINIO_ROOT_USER="),
				cak, csk, csk,
				g.AK("nushell $env.AWS_ACCESS_KEY_ID = \"…\""), g.K(SecretKey, "nushell $env.AWS_SECRET_ACCESS_KEY = '…'"),
				g.AK("env -i … AWS_ACCESS_KEY_ID=…"), g.K(SecretKey, "env -i … AWS_SECRET_ACCESS_KEY=…"), g.B(Bucket), g.B(ObjectKey))
		}},
	{Name: "docker-history-buildkit-log",
		Source: "https://github.com/docker/docs/pull/5974 (docker history --no-trunc: 'the value of build-args is prefixed for each RUN', /bin/sh -c #(nop) ENV TOP_SECRET=…); https://github.com/docker/cli/issues/2473 ('|1 myarg=zzz /bin/sh -c apk update' in CREATED BY); https://github.com/genuinetools/img/issues/253 (BuildKit progress '#5 [2/2] RUN echo \"${SECRET}\"' shows the build arg); https://github.com/mthssdrbrg/ddns-route53/pull/12 (ENV AWS_SECRET_ACCESS_KEY SECRETACCESSKEY, space form)",
		gen: func(g *G) string {
			ak, sk := g.AK("docker history |2 AWS_ACCESS_KEY_ID="), g.K(SecretKey, "docker history |2 AWS_SECRET_ACCESS_KEY=")
			img := g.B(GitSHA) + g.str(hexl, 24)
			return fmt.Sprintf(`$ docker build --build-arg AWS_ACCESS_KEY_ID=%s --build-arg AWS_SECRET_ACCESS_KEY=%s -t uploader .
#7 [3/5] RUN aws s3 cp s3://%s/%s /app/model.bin
#7 0.412 download: s3://%s/%s to app/model.bin
#8 [4/5] RUN MINIO_SECRET_KEY=%s ./seed.sh
#8 DONE 1.2s
$ docker history --no-trunc uploader
IMAGE                                                                     CREATED         CREATED BY                                                                                                   SIZE      COMMENT
sha256:%s   2 minutes ago   |2 AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY=%s /bin/sh -c aws s3 cp s3://%s/%s /app/model.bin   48.1MB
<missing>       2 minutes ago   /bin/sh -c #(nop)  ENV S3_SECRET=%s   0B
<missing>       2 minutes ago   /bin/sh -c #(nop)  ARG AWS_SECRET_ACCESS_KEY   0B
# Dockerfile (space form)
ENV AWS_ACCESS_KEY_ID %s
ENV AWS_SECRET_ACCESS_KEY %s
`,
				ak, sk, g.B(Bucket), g.B(ObjectKey), g.B(Bucket), g.B(ObjectKey),
				g.K(SecretKey, "buildkit log RUN MINIO_SECRET_KEY=… ./seed.sh"),
				img, ak, sk, g.B(Bucket), g.B(ObjectKey),
				g.K(SecretKey, "docker history #(nop) ENV S3_SECRET="),
				g.AK("Dockerfile ENV AWS_ACCESS_KEY_ID <space> value"), g.K(SecretKey, "Dockerfile ENV AWS_SECRET_ACCESS_KEY <space> value"))
		}},
	{Name: "terraform-plan-diff",
		Source: "https://developer.hashicorp.com/terraform/cli/commands/plan (plan output: '+ create', '~ update in-place', attribute = value, old -> new, (sensitive value)); https://github.com/hashicorp/terraform/issues/16554 (environment variables of aws_lambda_function printed in the plan: ~ variables.% / \"KEY\" = \"old\" => \"new\"); https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files (terraform.tfvars, TF_VAR_name)",
		gen: func(g *G) string {
			old, nw := g.K(SecretKey, "plan ~ \"AWS_SECRET_ACCESS_KEY\" = \"old\" -> …"), g.K(SecretKey, "plan ~ \"AWS_SECRET_ACCESS_KEY\" = … -> \"new\"")
			return fmt.Sprintf(`Terraform will perform the following actions:

  # aws_lambda_function.thumbnailer will be updated in-place
  ~ resource "aws_lambda_function" "thumbnailer" {
        id            = "thumbnailer"
      ~ environment {
          ~ variables = {
                "BUCKET"                = "%s"
              ~ "AWS_SECRET_ACCESS_KEY" = "%s" -> "%s"
              + "MINIO_ACCESS_KEY"      = "%s"
              - "LEGACY_API_TOKEN"      = "%s" -> null
            }
        }
    }

  # minio_iam_service_account.ci will be created
  + resource "minio_iam_service_account" "ci" {
      + access_key  = "%s"
      + secret_key  = (sensitive value)
      + target_user = "ci"
    }

Plan: 1 to add, 1 to change, 0 to destroy.
$ cat terraform.tfvars
region        = "%s"
s3_access_key = "%s"
s3_secret_key = "%s"
db_password   = "%s"
$ TF_VAR_s3_secret_key=%s terraform apply
`,
				g.B(Bucket), old, nw, g.K(KeyIDCompat, "plan + \"MINIO_ACCESS_KEY\" = \"…\""), g.K(Bearer, "plan - \"LEGACY_API_TOKEN\" = \"…\" -> null"),
				g.K(KeyIDCompat, "plan + access_key = \"…\""),
				g.B(Region), g.AK("tfvars s3_access_key ="), g.K(SecretKey, "tfvars s3_secret_key ="), g.K(Password, "tfvars db_password ="),
				g.K(SecretKey, "TF_VAR_s3_secret_key= terraform apply"))
		}},
	{Name: "ide-run-configurations",
		Source: "https://github.com/Turbo87/intellij-emberjs/pull/257 (workspace.xml serialization: <envs><env name=\"FOO\" value=\"BAR\" /></envs>); https://github.com/CDCgov/prime-simplereport/pull/3715 (.run/*.run.xml: <configuration …><envs><env name=\"OKTA_API_KEY\" value=…/>); https://help.eclipse.org/latest/topic/org.eclipse.platform.doc.user/concepts/concepts-exttools.htm (.launch files: <mapAttribute key=\"org.eclipse.debug.core.environmentVariables\"><mapEntry key=… value=…/>); https://learn.microsoft.com/en-us/aspnet/core/fundamentals/environments (Properties/launchSettings.json profiles.<name>.environmentVariables)",
		gen: func(g *G) string {
			return fmt.Sprintf(`<!-- .run/Uploader.run.xml -->
<component name="ProjectRunConfigurationManager">
  <configuration default="false" name="Uploader" type="SpringBootApplicationConfigurationType" factoryName="Spring Boot">
    <option name="ACTIVE_PROFILES" value="local" />
    <envs>
      <env name="AWS_ACCESS_KEY_ID" value="%s" />
      <env name="AWS_SECRET_ACCESS_KEY" value="%s" />
      <env name="AWS_REGION" value="%s" />
      <env name="S3_BUCKET" value="%s" />
      <env name="SPRING_DATASOURCE_PASSWORD" value="%s" />
    </envs>
    <method v="2" />
  </configuration>
</component>
<!-- Uploader.launch (Eclipse) -->
<launchConfiguration type="org.eclipse.jdt.launching.localJavaApplication">
  <mapAttribute key="org.eclipse.debug.core.environmentVariables">
    <mapEntry key="MINIO_ACCESS_KEY" value="%s"/>
    <mapEntry key="MINIO_SECRET_KEY" value="%s"/>
  </mapAttribute>
  <stringAttribute key="org.eclipse.jdt.launching.MAIN_TYPE" value="com.acme.Uploader"/>
</launchConfiguration>
// Properties/launchSettings.json
{
  "profiles": {
    "Uploader": {
      "commandName": "Project",
      "environmentVariables": {
        "ASPNETCORE_ENVIRONMENT": "Development",
        "AWS__AccessKey": "%s",
        "AWS__SecretKey": "%s",
        "AWS__SessionToken": "%s"
      },
      "applicationUrl": "https://localhost:7071"
    }
  }
}
`,
				g.AK("IntelliJ <env name=\"AWS_ACCESS_KEY_ID\" value=…/>"), g.K(SecretKey, "IntelliJ <env name=\"AWS_SECRET_ACCESS_KEY\" value=…/>"), g.B(Region), g.B(Bucket),
				g.K(Password, "IntelliJ <env name=\"SPRING_DATASOURCE_PASSWORD\" value=…/>"),
				g.K(KeyIDCompat, "Eclipse <mapEntry key=\"MINIO_ACCESS_KEY\" value=…/>"), g.K(SecretKey, "Eclipse <mapEntry key=\"MINIO_SECRET_KEY\" value=…/>"),
				g.AK("launchSettings.json AWS__AccessKey"), g.K(SecretKey, "launchSettings.json AWS__SecretKey"), g.K(SessionToken, "launchSettings.json AWS__SessionToken"))
		}},
	{Name: "cloud-foundry-cf-env",
		Source: "https://github.com/GoogleCloudPlatform/gcp-service-broker/issues/45 (VCAP_SERVICES {\"aws-s3\": [{\"credentials\": {\"access_key_id\", \"bucket\", \"region\", \"secret_access_key\"}, \"label\", \"name\", \"plan\"…}]}); https://github.com/cloud-gov/cf-blue-green/issues/28 (cf create-user-provided-service NAME -p '{\"AWS_KEY\":…,\"AWS_SECRET\":…}'; 'cf env APP_NAME' displays the full envs); https://cli.cloudfoundry.org/en-US/v8/set-env.html (cf set-env APP_NAME ENV_VAR_NAME ENV_VAR_VALUE — positional)",
		gen: func(g *G) string {
			return fmt.Sprintf(`$ cf env uploader
Getting env variables for app uploader in org acme / space prod as admin...
System-Provided:
VCAP_SERVICES: {
  "aws-s3": [
    {
      "binding_guid": "%s",
      "credentials": {
        "access_key_id": "%s",
        "bucket": "%s",
        "region": "%s",
        "secret_access_key": "%s"
      },
      "label": "aws-s3",
      "name": "s3-bucket",
      "plan": "standard",
      "tags": []
    }
  ],
  "user-provided": [
    {
      "credentials": {
        "AWS_KEY": "%s",
        "AWS_SECRET": "%s",
        "uri": "postgres://app:%s@db.internal:5432/app"
      },
      "name": "uploader-env"
    }
  ]
}

User-Provided:
MINIO_SECRET: %s
S3_ENDPOINT: https://minio.internal.example:9000

$ cf set-env uploader AWS_SECRET_ACCESS_KEY %s
$ cf cups uploader-env -p '{"AWS_BUCKET":"%s","AWS_KEY":"%s","AWS_SECRET":"%s","AWS_REGION":"%s"}'
`,
				g.B(UUID), g.AK("VCAP_SERVICES credentials.access_key_id"), g.B(Bucket), g.B(Region), g.K(SecretKey, "VCAP_SERVICES credentials.secret_access_key"),
				g.AK("user-provided credentials.AWS_KEY"), g.K(SecretKey, "user-provided credentials.AWS_SECRET"), g.K(Password, "user-provided credentials.uri postgres://app:…@"),
				g.K(SecretKey, "cf env User-Provided MINIO_SECRET:"),
				g.K(SecretKey, "cf set-env APP AWS_SECRET_ACCESS_KEY VALUE (positional)"),
				g.B(Bucket), g.AK("cf cups -p '{\"AWS_KEY\":…}'"), g.K(SecretKey, "cf cups -p '{\"AWS_SECRET\":…}'"), g.B(Region))
		}},
	{Name: "netlify-vercel-env",
		Source: "https://app.unpkg.com/netlify@23.1.4/files/dist/commands/env/env-list.js (netlify env:list draws an AsciiTable 'Environment variables' with headings Key, Value, Scope); https://raw.githubusercontent.com/netlify/cli/HEAD//docs/commands/env.md (netlify env:set VAR_NAME value — positional; env:get prints the bare value); https://vercel.com/docs/cli/env (vercel env pull writes .env.local with '# Created by Vercel CLI' and quoted values; vercel env add NAME prompts 'What's the value of NAME?')",
		gen: func(g *G) string {
			sk := g.K(SecretKey, "netlify env:list | AWS_SECRET_ACCESS_KEY | … |")
			return fmt.Sprintf(`$ netlify env:list
site: acme-uploads
.--------------------------------------------------------------------------------.
|                             Environment variables                              |
|--------------------------------------------------------------------------------|
|          Key          |                  Value                   |   Scope     |
|-----------------------|------------------------------------------|-------------|
| AWS_ACCESS_KEY_ID     | %s | All         |
| AWS_SECRET_ACCESS_KEY | %s | Functions   |
| S3_BUCKET             | %s | All         |
| SUPABASE_SERVICE_KEY  | %s | Builds      |
'--------------------------------------------------------------------------------'
$ netlify env:get AWS_SECRET_ACCESS_KEY
%s
$ netlify env:set R2_SECRET_ACCESS_KEY %s --scope functions
$ vercel env pull .env.local && cat .env.local
# Created by Vercel CLI
AWS_REGION="%s"
BLOB_READ_WRITE_TOKEN="%s"
S3_UPLOAD_KEY="%s"
S3_UPLOAD_SECRET="%s"
VERCEL_OIDC_TOKEN="%s"
$ vercel env add S3_UPLOAD_SECRET production
? What's the value of S3_UPLOAD_SECRET? %s
`,
				g.AK("netlify env:list | AWS_ACCESS_KEY_ID | … |"), sk, g.B(Bucket), g.K(JWT, "netlify env:list | SUPABASE_SERVICE_KEY | … |"),
				sk, g.K(SecretKey, "netlify env:set R2_SECRET_ACCESS_KEY <value> (positional)"),
				g.B(Region), g.K(Bearer, "vercel .env.local BLOB_READ_WRITE_TOKEN="), g.AK("vercel .env.local S3_UPLOAD_KEY="), g.K(SecretKey, "vercel .env.local S3_UPLOAD_SECRET="),
				g.K(JWT, "vercel .env.local VERCEL_OIDC_TOKEN="), g.K(SecretKey, "vercel env add prompt 'What's the value of S3_UPLOAD_SECRET?'"))
		}},
	{Name: "camel-mule-integration",
		Source: "https://camel.apache.org/components/latest/aws2-s3-component.html (aws2-s3://bucketNameOrArn?options: accessKey, secretKey, sessionToken, region; RAW(value) keeps + and & of a secret as they are); https://docs.redhat.com/en/documentation/red_hat_fuse/7.9/html/apache_camel_component_reference/aws-s3-component (from(\"aws-s3:helloBucket?accessKey=yourAccessKey&secretKey=yourSecretKey&prefix=hello.txt\")); https://docs.mulesoft.com/amazon-s3-connector/latest/amazon-s3-connector-config-topics (<s3:config><s3:connection accessKey=\"…\" secretKey=\"…\" region=\"…\"/>)",
		gen: func(g *G) string {
			return fmt.Sprintf(`// RouteBuilder
from("aws2-s3://%s?accessKey=RAW(%s)&secretKey=RAW(%s)&region=%s&prefix=incoming/&deleteAfterRead=false")
    .to("file:/var/inbox");
from("aws-s3:%s?accessKey=%s&secretKey=%s&prefix=%s")
    .to("log:s3");
# application.properties (camel-main)
camel.component.aws2-s3.access-key=%s
camel.component.aws2-s3.secret-key=%s
camel.component.aws2-s3.session-token=%s
<!-- mule-config.xml -->
<s3:config name="Amazon_S3_Configuration" doc:name="Amazon S3 Configuration">
    <s3:connection accessKey="%s" secretKey="%s" region="%s" />
</s3:config>
`,
				g.B(Bucket), g.AK("camel aws2-s3 accessKey=RAW(…)"), g.K(SecretKey, "camel aws2-s3 secretKey=RAW(…)"), g.B(Region),
				g.B(Bucket), g.AK("camel aws-s3 accessKey="), g.K(SecretKey, "camel aws-s3 secretKey="), g.B(ObjectKey),
				g.AK("camel.component.aws2-s3.access-key="), g.K(SecretKey, "camel.component.aws2-s3.secret-key="), g.K(SessionToken, "camel.component.aws2-s3.session-token="),
				g.AK("mule <s3:connection accessKey=\"…\">"), g.K(SecretKey, "mule <s3:connection secretKey=\"…\">"), g.B(Region))
		}},
	{Name: "seaweedfs-zenko-identities",
		Source: "https://github.com/seaweedfs/seaweedfs/wiki/Amazon-S3-API (s3.json: {\"identities\": [{\"name\": …, \"credentials\": [{\"accessKey\": …, \"secretKey\": …}], \"actions\": [\"Read\", \"Write\"]}]}; weed s3 -config=s3.json); https://github.com/scality/cloudserver/blob/development/8.8/conf/authdata.json (Zenko CloudServer accounts: \"keys\": [{\"access\": …, \"secret\": …}]); https://docs.localstack.cloud/references/credentials/ (LocalStack test keys)",
		gen: func(g *G) string {
			return fmt.Sprintf(`$ cat /etc/seaweedfs/s3.json
{
  "identities": [
    {
      "name": "admin",
      "credentials": [
        {
          "accessKey": "%s",
          "secretKey": "%s"
        }
      ],
      "actions": ["Admin", "Read", "List", "Tagging", "Write"]
    },
    {
      "name": "uploader",
      "credentials": [{"accessKey": "%s", "secretKey": "%s"}],
      "actions": ["Read:%s", "Write:%s"]
    }
  ]
}
$ cat conf/authdata.json
{
    "accounts": [{
        "name": "Bart",
        "email": "sampleaccount1@sampling.com",
        "arn": "arn:aws:iam::123456789012:root",
        "canonicalID": "%s",
        "shortid": "123456789012",
        "keys": [{
            "access": "%s",
            "secret": "%s"
        }]
    }]
}
`,
				g.K(KeyIDCompat, "seaweedfs identities[].credentials[].accessKey"), g.K(SecretKey, "seaweedfs identities[].credentials[].secretKey"),
				g.K(KeyIDCompat, "seaweedfs inline {\"accessKey\": …}"), g.K(SecretKey, "seaweedfs inline {\"secretKey\": …}"), g.B(Bucket), g.B(Bucket),
				g.B(StringToSignHash),
				g.K(KeyIDCompat, "zenko authdata keys[].access"), g.K(SecretKey, "zenko authdata keys[].secret"))
		}},
	{Name: "kubeconfig-eks-token",
		Source: "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/ (users: - name: … user: token / client-key-data / exec: env: - name: … value: …); https://docs.aws.amazon.com/cli/latest/reference/eks/get-token.html (output: ExecCredential {status: {expirationTimestamp, token: k8s-aws-v1.…}}); https://kubernetes.io/docs/reference/kubectl/generated/kubectl_config/kubectl_config_set-credentials/ (--token=bearer_token, --username, --password)",
		gen: func(g *G) string {
			key, _ := g.pem()
			keyB64 := base64.StdEncoding.EncodeToString([]byte(key + "\n"))
			return fmt.Sprintf(`apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: %s
    server: https://%s.gr7.%s.eks.amazonaws.com
  name: prod
users:
- name: ci-bot
  user:
    token: %s
- name: admin
  user:
    client-certificate-data: %s
    client-key-data: %s
- name: eks-uploader
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args: ["eks", "get-token", "--cluster-name", "prod"]
      env:
      - name: AWS_ACCESS_KEY_ID
        value: %s
      - name: AWS_SECRET_ACCESS_KEY
        value: %s
$ aws eks get-token --cluster-name prod
{"kind": "ExecCredential", "apiVersion": "client.authentication.k8s.io/v1beta1", "spec": {}, "status": {"expirationTimestamp": "2024-01-15T12:44:00Z", "token": "k8s-aws-v1.%s"}}
$ kubectl config set-credentials deployer --token=%s
$ kubectl config set-credentials legacy --username=admin --password=%s
`,
				base64.StdEncoding.EncodeToString(g.bytes(90)), strings.ToUpper(g.str(hexl, 32)), g.B(Region),
				g.K(Bearer, "kubeconfig users[].user.token"),
				base64.StdEncoding.EncodeToString(g.bytes(120)), g.kAs(PEM, "kubeconfig client-key-data (base64 of a PEM key)", keyB64, 0),
				g.AK("kubeconfig exec env - name: AWS_ACCESS_KEY_ID value:"), g.K(SecretKey, "kubeconfig exec env - name: AWS_SECRET_ACCESS_KEY value:"),
				g.kAs(Bearer, "eks get-token status.token k8s-aws-v1.<base64url>", b64u(g.bytes(g.between(400, 600))), 0),
				g.K(Bearer, "kubectl config set-credentials --token="), g.K(Password, "kubectl config set-credentials --password="))
		}},
	{Name: "aws-service-specific-credentials",
		Source: "https://docs.aws.amazon.com/cli/latest/reference/iam/create-service-specific-credential.html (ServiceSpecificCredential: ServiceName, ServiceUserName, ServicePassword, ServiceSpecificCredentialId); https://docs.aws.amazon.com/cli/latest/reference/rds/generate-db-auth-token.html and https://rubydoc.info/gems/aws-sdk-core/2.9.27/Aws/RDS/AuthTokenGenerator (a presigned URL without scheme: host:port/?Action=connect&DBUser=…&X-Amz-…, used as the password); https://docs.aws.amazon.com/cli/latest/reference/ecr/get-login-password.html; https://docs.aws.amazon.com/cli/latest/reference/codeartifact/get-authorization-token.html (authorizationToken); https://docs.aws.amazon.com/cli/latest/reference/cognito-identity/get-credentials-for-identity.html (Credentials: AccessKeyId, SecretKey, SessionToken, Expiration)",
		gen: func(g *G) string {
			host := "db-1.cluster-" + g.str(lowdig, 12) + ".us-east-1.rds.amazonaws.com"
			tokAK := g.K(KeyIDAWS, "rds auth token X-Amz-Credential=<id>/…")
			tokST := g.K(SessionToken, "rds auth token X-Amz-Security-Token=")
			g.VE("percent")
			sig := g.K(SigV4, "rds auth token X-Amz-Signature=")
			date := g.B(Date)
			idn := g.B(UUID)
			ecr := base64.StdEncoding.EncodeToString([]byte(`{"payload":"` + g.str(b64c, 300) + `","datakey":"` + g.str(b64c, 200) + `","version":"2","type":"DATA_KEY","expiration":1705334400}`))
			return fmt.Sprintf(`$ aws iam create-service-specific-credential --user-name git-user --service-name codecommit.amazonaws.com
{
    "ServiceSpecificCredential": {
        "CreateDate": "2024-01-15T12:30:00Z",
        "ServiceName": "codecommit.amazonaws.com",
        "ServiceUserName": "git-user-at-123456789012",
        "ServicePassword": "%s",
        "ServiceSpecificCredentialId": "ACCA%s",
        "UserName": "git-user",
        "Status": "Active"
    }
}
$ aws rds generate-db-auth-token --hostname %s --port 5432 --username app_iam
%s:5432/?Action=connect&DBUser=app_iam&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F20240115%%2Fus-east-1%%2Frds-db%%2Faws4_request&X-Amz-Date=%s&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Security-Token=%s&X-Amz-Signature=%s
$ aws ecr get-login-password --region %s
%s
$ aws codeartifact get-authorization-token --domain acme --query authorizationToken --output text
%s
$ aws cognito-identity get-credentials-for-identity --identity-id us-east-1:%s
{
    "IdentityId": "us-east-1:%s",
    "Credentials": {
        "AccessKeyId": "%s",
        "SecretKey": "%s",
        "SessionToken": "%s",
        "Expiration": "2024-01-15T13:30:00+00:00"
    }
}
`,
				g.K(Password, "iam create-service-specific-credential ServicePassword"), strings.ToUpper(g.str(b32, 17)),
				host, host, tokAK, date, PctEncode(tokST), sig,
				g.B(Region), g.kAs(Bearer, "ecr get-login-password output (bare)", ecr, 0),
				g.K(JWT, "codeartifact get-authorization-token --output text (bare)"),
				idn, idn,
				g.K(KeyIDAWS, "cognito Credentials.AccessKeyId"), g.K(SecretKey, "cognito Credentials.SecretKey"), g.K(SessionToken, "cognito Credentials.SessionToken"))
		}},
	{Name: "cloud-init-user-data",
		Source: "https://cloudinit.readthedocs.io/en/latest/reference/examples.html (#cloud-config; write_files: - path, content: |, permissions; runcmd: - [ ls, -l, / ] flow sequences and strings); https://cloudinit.readthedocs.io/en/latest/reference/modules.html#runcmd; https://docs.aws.amazon.com/cli/latest/reference/ec2/describe-instance-attribute.html (--attribute userData returns it base64)",
		gen: func(g *G) string {
			return fmt.Sprintf(`#cloud-config
write_files:
  - path: /root/.aws/credentials
    permissions: '0600'
    content: |
      [default]
      aws_access_key_id = %s
      aws_secret_access_key = %s
  - path: /etc/default/uploader
    content: "S3_BUCKET=%s\nMINIO_SECRET_KEY=%s\n"
runcmd:
  - [ aws, configure, set, aws_access_key_id, %s ]
  - [ aws, configure, set, aws_secret_access_key, "%s" ]
  - [ mc, alias, set, backup, "https://minio.internal.example:9000", %s, %s ]
  - export RESTIC_PASSWORD='%s' && restic -r s3:s3.amazonaws.com/%s snapshots
bootcmd:
  - [ sh, -c, "echo %s > /etc/s3-region" ]
`,
				g.AK("cloud-init write_files content INI aws_access_key_id"), g.K(SecretKey, "cloud-init write_files content INI aws_secret_access_key"),
				g.B(Bucket), g.K(SecretKey, "cloud-init content: \"…\\nMINIO_SECRET_KEY=…\\n\""),
				g.AK("runcmd [ aws, configure, set, aws_access_key_id, VALUE ]"), g.K(SecretKey, "runcmd [ aws, configure, set, aws_secret_access_key, \"VALUE\" ]"),
				g.K(KeyIDCompat, "runcmd [ mc, alias, set, …, ACCESS, SECRET ] access"), g.K(SecretKey, "runcmd [ mc, alias, set, …, ACCESS, SECRET ] secret"),
				g.K(Password, "runcmd export RESTIC_PASSWORD='…'"), g.B(Bucket), g.B(Region))
		}},
	{Name: "powershell-secretmanagement",
		Source: "https://learn.microsoft.com/powershell/utility-modules/secretmanagement/get-started/using-secretstore (Set-Secret -Name TestSecret -Secret \"TestSecretPassword\"); https://learn.microsoft.com/powershell/module/microsoft.powershell.secretmanagement/get-secret (Get-Secret -Name Secret1 -AsPlainText prints the bare value); https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/cmdkey (cmdkey /list: Target:, Type:, User:); https://learn.microsoft.com/en-us/dotnet/api/system.management.automation.pscredential (New-Object PSCredential(user, (ConvertTo-SecureString 'pw' -AsPlainText -Force)))",
		gen: func(g *G) string {
			sk := g.K(SecretKey, "Set-Secret -Name S3SecretKey -Secret \"…\"")
			return fmt.Sprintf(`PS C:\> Set-Secret -Name S3SecretKey -Secret "%s" -Vault SecretStore
PS C:\> Set-Secret -Name S3AccessKey -Secret '%s'
PS C:\> Get-Secret -Name S3SecretKey -AsPlainText
%s
PS C:\> Get-Secret -Name MinioCreds -AsPlainText

Name                           Value
----                           -----
AccessKey                      %s
SecretKey                      %s
Endpoint                       https://minio.internal.example:9000

PS C:\> $pw = ConvertTo-SecureString '%s' -AsPlainText -Force
PS C:\> $cred = New-Object System.Management.Automation.PSCredential ('%s', $pw)
PS C:\> cmdkey /list

Currently stored credentials:

    Target: LegacyGeneric:target=s3.%s.amazonaws.com
    Type: Generic
    User: %s
    Local machine persistence
`,
				sk, g.AK("Set-Secret -Name S3AccessKey -Secret '…'"), sk,
				g.K(KeyIDCompat, "Get-Secret hashtable row AccessKey"), g.K(SecretKey, "Get-Secret hashtable row SecretKey"),
				g.K(SecretKey, "ConvertTo-SecureString '…' -AsPlainText"), g.AK("PSCredential ('<access key>', $pw)"),
				g.B(Region), g.AK("cmdkey /list User: (an access key ID)"))
		}},
	{Name: "object-storage-key-tables",
		Source: "https://docs.digitalocean.com/reference/doctl/reference/spaces/keys/create (doctl spaces keys create <name> --grants …; --format columns Name, AccessKey, SecretKey, Grants, CreatedAt); https://www.linode.com/docs/products/tools/cli/guides/object-storage/ (linode-cli object-storage keys-create --label …: a box-drawn table with id, label, access_key, secret_key); https://www.scaleway.com/en/docs/iam/api-cli/using-api-key-object-storage/ (scw iam api-key create: AccessKey / SecretKey rows, key and value separated by spaces)",
		gen: func(g *G) string {
			return fmt.Sprintf(`$ doctl spaces keys create uploader --grants 'bucket=%s;permission=readwrite'
Name        Access Key              Secret Key                                     Grants                                   Created At
uploader    %s    %s    bucket=%s;permission=readwrite    2024-01-15 12:30:00 +0000 UTC
$ linode-cli object-storage keys-create --label backups
┌────────┬─────────┬──────────────────────┬──────────────────────────────────────────┐
│ id     │ label   │ access_key           │ secret_key                               │
├────────┼─────────┼──────────────────────┼──────────────────────────────────────────┤
│ 412977 │ backups │ %s │ %s │
└────────┴─────────┴──────────────────────┴──────────────────────────────────────────┘
$ scw iam api-key create application-id=%s description=uploader
AccessKey           %s
SecretKey           %s
ApplicationID       %s
CreatedAt           now
DefaultProjectID    %s
`,
				g.B(Bucket), g.K(KeyIDCompat, "doctl spaces keys create table, Access Key column"), g.K(SecretKey, "doctl spaces keys create table, Secret Key column"), g.B(Bucket),
				g.K(KeyIDCompat, "linode-cli box table access_key column"), g.K(SecretKey, "linode-cli box table secret_key column"),
				g.B(UUID), g.K(KeyIDCompat, "scw iam api-key create AccessKey row"), g.K(SecretKey, "scw iam api-key create SecretKey row"), g.B(UUID), g.B(UUID))
		}},
	{Name: "cn-cloud-cli-configs",
		Source: "https://www.alibabacloud.com/help/en/cli/configure-credentials (aliyun configure --mode AK prompts 'Access Key Id []:', 'Access Key Secret []:'; ~/.aliyun/config.json profiles[].access_key_id / access_key_secret); https://www.alibabacloud.com/help/en/oss/developer-reference/configure-ossutil (~/.ossutilconfig [Credentials] accessKeyID= accessKeySecret=); https://www.tencentcloud.com/document/product/436/10976 (coscmd config -a SecretId -s SecretKey -b bucket -r region; ~/.cos.conf secret_id = / secret_key =); https://support.huaweicloud.com/intl/en-us/utiltg-obs/obs_11_0005.html (obsutil config -i=AK -k=SK -t=token -e=endpoint; 'Please input your ak:' prompts; .obsutilconfig ak= sk= token=)",
		gen: func(g *G) string {
			ali, alis := g.K(KeyIDCompat, "aliyun configure prompt 'Access Key Id []:'"), g.K(SecretKey, "aliyun configure prompt 'Access Key Secret []:'")
			ak, sk := g.K(KeyIDCompat, "obsutil config -i="), g.K(SecretKey, "obsutil config -k=")
			return fmt.Sprintf(`$ aliyun configure --mode AK --profile prod
Configuring profile 'prod' in 'AK' authenticate mode...
Access Key Id []: %s
Access Key Secret []: %s
Default Region Id []: cn-hangzhou
Default Output Format [json]: json (Only support json)
Configure Done!!!
$ cat ~/.aliyun/config.json
{"current": "prod", "profiles": [{"name": "prod", "mode": "AK", "access_key_id": "%s", "access_key_secret": "%s", "region_id": "cn-hangzhou"}]}
$ cat ~/.ossutilconfig
[Credentials]
language=EN
endpoint=oss-cn-hangzhou.aliyuncs.com
accessKeyID=%s
accessKeySecret=%s
$ coscmd config -a %s -s %s -b %s-1250000000 -r ap-guangzhou
$ cat ~/.cos.conf
[common]
secret_id = %s
secret_key = %s
bucket = %s-1250000000
region = ap-guangzhou
$ ./obsutil config -i=%s -k=%s -t=%s -e=https://obs.%s.myhuaweicloud.com
$ cat ~/.obsutilconfig
endpoint=https://obs.%s.myhuaweicloud.com
ak=%s
sk=%s
connectTimeout=30
`,
				ali, alis, ali, alis,
				g.K(KeyIDCompat, "ossutilconfig accessKeyID="), g.K(SecretKey, "ossutilconfig accessKeySecret="),
				g.K(KeyIDCompat, "coscmd config -a"), g.K(SecretKey, "coscmd config -s"), g.B(Bucket),
				g.K(KeyIDCompat, "cos.conf secret_id ="), g.K(SecretKey, "cos.conf secret_key ="), g.B(Bucket),
				ak, sk, g.K(SessionToken, "obsutil config -t="), g.B(Region), "ap-southeast-1", ak, sk)
		}},
	{Name: "argo-tekton-velero",
		Source: "https://argo-workflows.readthedocs.io/en/latest/walk-through/parameters/ (argo submit … -p message=…; spec.arguments.parameters: - name: value:); https://tekton.dev/docs/pipelines/taskruns/#specifying-parameters (params: - name: value:); https://velero.io/docs/main/contributions/minio/ (credentials-velero [default] aws_access_key_id / aws_secret_access_key; velero install --secret-file; --backup-location-config region=minio,s3ForcePathStyle=\"true\",s3Url=http://minio.velero.svc:9000)",
		gen: func(g *G) string {
			bucket, aak, ask := g.B(Bucket), g.AK("argo submit -p aws-access-key="), g.K(SecretKey, "argo submit -p aws-secret-key=")
			return fmt.Sprintf(`$ argo submit -n ci sync.yaml -p bucket=%s -p aws-access-key=%s -p aws-secret-key=%s
Name:                sync-%s
Parameters:
  bucket:            %s
  aws-access-key:    %s
  aws-secret-key:    %s
# tekton TaskRun
apiVersion: tekton.dev/v1
kind: TaskRun
spec:
  taskRef:
    name: s3-upload
  params:
    - name: bucket
      value: %s
    - name: minio-secret-key
      value: "%s"
    - name: registry-password
      value: %s
$ cat credentials-velero
[default]
aws_access_key_id=%s
aws_secret_access_key=%s
$ velero install --provider aws --plugins velero/velero-plugin-for-aws:v1.9.0 --bucket %s --secret-file ./credentials-velero --backup-location-config region=minio,s3ForcePathStyle="true",s3Url=http://minio.velero.svc:9000
`,
				bucket, aak, ask, g.str(lowdig, 5), bucket, aak, ask,
				g.B(Bucket), g.K(SecretKey, "tekton params - name: minio-secret-key value:"), g.K(Password, "tekton params - name: registry-password value:"),
				g.AK("credentials-velero aws_access_key_id="), g.K(SecretKey, "credentials-velero aws_secret_access_key="), g.B(Bucket))
		}},
}

// HeldOut7 names the contexts of the seventh held-out wave.
func HeldOut7() []string {
	var out []string
	for _, c := range heldOut7 {
		out = append(out, c.Name)
	}
	return out
}

// The seventh wave is measured by its own test only (TestRedactHeldOutWave7):
// none of its contexts is planted by Generate until its survivors are read
// and fixed, so the property test's ratchet is not moved by it.
func init() { heldOutOnly = append(heldOutOnly, heldOut7...) }
