package plant

import "fmt"

// heldOut6 is a sixth held-out wave (issue 18): formats people paste around
// an S3 incident that none of the contexts above models, each written from
// the format's documentation or a real thread BEFORE the redactor was run on
// it (and before internal/redact was read), and never edited to suit it:
// PHP's serialize() inside wp-config.php and a wp_options row (WP Offload
// Media), Salt pillars (s3.keyid / s3.key, pillar.items output), Ruby's
// hash-index and attribute assignments (knife.rb, Vagrantfile), Clojure
// keyword maps, Perl's fat comma, .NET user-secrets (AWS:SecretKey = …,
// AWS__SecretKey), Makefile assignment operators and crontab lines, logfmt,
// Docker's json-file log and journalctl -o json, SQL credential clauses
// (USER MAPPING OPTIONS, IDENTIFIED BY, PASSWORD '…', SOURCE_PASSWORD=),
// redis.conf / redis-cli and HAProxy directives, password managers' JSON
// (1Password fields label/value, Bitwarden), Spring's /actuator/env and
// Quarkus properties, Rails credentials and storage.yml, Django STORAGES,
// gitlab-runner's config.toml and register flags, Jenkins JCasC and
// Jenkinsfile withEnv, the Elasticsearch keystore (a value piped before its
// name) and snapshot settings, grafana.ini / Alertmanager / Prometheus
// remote_write, s3ql's authinfo2 and JuiceFS format, the AWS CLI's
// shorthand Variables={K=v,…}, podman secret inspect --showsecret, and MinIO's
// mc admin config get (space-separated key=value on one line).
//
// written: before-code (issue 18, session of 2026-12-07, helper h-rprobe6,
// wave 6; survivors as written are in the commit message that measured
// them).
var heldOut6 = []Context{
	{Name: "wp-offload-php-serialized",
		Source: "https://deliciousbrains.com/wp-offload-s3/doc/settings-constants/ (define( 'AS3CF_SETTINGS', serialize( array( 'provider' => 'aws', 'access-key-id' => …, 'secret-access-key' => … ) ) )); https://gist.github.com/aaemnnosttv/785ac5ab5c6efbf48cbfe9a9e5f32451 (define( 'DBI_AWS_ACCESS_KEY_ID', … )); https://gist.github.com/antonmaju/eccf799602e95e386670 (get_option('tantan_wordpress_s3'): the plugin's settings row, stored serialized)",
		Lang:   "php",
		gen: func(g *G) string {
			ak, sk := g.AK("AS3CF_SETTINGS 'access-key-id' =>"), g.K(SecretKey, "AS3CF_SETTINGS 'secret-access-key' =>")
			bucket, region := g.B(Bucket), g.B(Region)
			ak2, sk2 := g.AK("define( 'DBI_AWS_ACCESS_KEY_ID', … )"), g.K(SecretKey, "define( 'DBI_AWS_SECRET_ACCESS_KEY', … )")
			ak3, sk3 := g.AK("serialized option s:13:\"access-key-id\";s:N:\"…\""), g.K(SecretKey, "serialized option s:17:\"secret-access-key\";s:N:\"…\"")
			ser := func(k, v string) string { return fmt.Sprintf(`s:%d:"%s";s:%d:"%s";`, len(k), k, len(v), v) }
			return fmt.Sprintf(`<?php
// wp-config.php
define( 'AS3CF_SETTINGS', serialize( array(
    'provider' => 'aws',
    'access-key-id' => %s,
    'secret-access-key' => %s,
    'bucket' => '%s',
    'region' => '%s',
    'copy-to-s3' => true,
    'enable-object-prefix' => true,
    'object-prefix' => 'wp-content/uploads/',
) ) );
define( 'DBI_AWS_ACCESS_KEY_ID', %s );
define( 'DBI_AWS_SECRET_ACCESS_KEY', %s );

mysql> SELECT option_value FROM wp_options WHERE option_name = 'tantan_wordpress_s3'\G
*************************** 1. row ***************************
option_value: a:4:{%s%s%s%s}
`, g.Q(ak), g.Q(sk), bucket, region, g.Q(ak2), g.Q(sk2),
				ser("provider", "aws"), ser("access-key-id", ak3), ser("secret-access-key", sk3), ser("bucket", g.B(Bucket)))
		}},
	{Name: "salt-pillar-s3",
		Source: "https://docs.saltproject.io/en/3007/ref/pillar/all/salt.pillar.s3.html (ext_pillar: - s3: bucket, keyid, key, service_url, kms_keyid); https://docs.saltproject.io/en/3007/ref/modules/all/salt.modules.s3.html (s3.keyid: / s3.key: literally, in a pillar or the minion config); https://gist.github.com/seenae/67ce561cf636a73cc8cd (salt \"*\" pillar.items s3.key prints the minion, ----------, the key and its value on the next line)",
		gen: func(g *G) string {
			key := g.K(SecretKey, "salt minion s3.key:")
			return fmt.Sprintf(`# /etc/salt/master.d/pillar.conf
ext_pillar:
  - s3:
      bucket: %s
      keyid: %s
      key: %s
      multiple_env: False
      service_url: s3.amazonaws.com
      kms_keyid: %s
      path_style: False
# /etc/salt/minion.d/s3.conf
s3.keyid: %s
s3.key: %s
s3.region: %s
$ sudo salt 'web*' pillar.items s3.key
web01.example.com:
    ----------
    s3.key:
        %s
$ sudo salt-call boto_s3.get_object_metadata %s %s profile='{"keyid": "%s", "key": "%s", "region": "%s"}'
`,
				g.B(Bucket), g.AK("salt ext_pillar s3 keyid:"), g.K(SecretKey, "salt ext_pillar s3 key:"), g.B(UUID),
				g.AK("salt minion s3.keyid:"), key, g.B(Region),
				key,
				g.B(Bucket), g.B(ObjectKey), g.AK("salt profile={\"keyid\": …}"), g.K(SecretKey, "salt profile={\"key\": …}"), g.B(Region))
		}},
	{Name: "ruby-knife-vagrantfile",
		Source: "https://docs-archive.chef.io/release/11-0/knife_using.html (knife.rb is Ruby: knife[:editor] = \"/usr/bin/vim\"); https://github.com/redhat-beyond/tiger/blob/main/Vagrantfile and https://github.com/gaurav04/vagrant-aws-provisioning/blob/master/Vagrantfile (config.vm.provider :aws do |aws, override| aws.access_key_id = …, aws.secret_access_key = …, #aws.session_token)",
		Lang:   "rb",
		gen: func(g *G) string {
			return fmt.Sprintf(`# ~/.chef/knife.rb
current_dir = File.dirname(__FILE__)
node_name                "deploy"
client_key               "#{current_dir}/deploy.pem"
knife[:aws_access_key_id]     = %s
knife[:aws_secret_access_key] = %s
knife[:aws_session_token]     = %s
knife[:region]                = "%s"

# Vagrantfile
Vagrant.configure("2") do |config|
  config.vm.box = "dummy"
  config.vm.provider :aws do |aws, override|
    aws.access_key_id = %s
    aws.secret_access_key = %s
    aws.session_token = %s
    aws.keypair_name = "vagrant_aws"
    aws.region = "%s"
    aws.ami = "ami-0851b76e8b1bce90b"
    override.ssh.username = "ubuntu"
  end
end
`,
				g.Q(g.AK("knife[:aws_access_key_id] =")), g.Q(g.K(SecretKey, "knife[:aws_secret_access_key] =")), g.Q(g.K(SessionToken, "knife[:aws_session_token] =")), g.B(Region),
				g.Q(g.AK("Vagrantfile aws.access_key_id =")), g.Q(g.K(SecretKey, "Vagrantfile aws.secret_access_key =")), g.Q(g.K(SessionToken, "Vagrantfile aws.session_token =")), g.B(Region))
		}},
	{Name: "clojure-keyword-maps",
		Source: "https://github.com/lunkdjedi/clj-aws-s3 README (s3-client :access-key \"AAAAAA\" :secret-key \"SSSSSS\" :token \"accesstoken\"); https://github.com/xTunner/frontend/blob/master/src/circle/aws_credentials.clj (a def of {:user … :password …} handed to BasicAWSCredentials); https://github.com/konradszydlo/clojure-exercises/tree/master/aws (local-conf.edn holding the AWS keys)",
		gen: func(g *G) string {
			return fmt.Sprintf(`;; local-conf.edn
{:aws {:access-key-id "%s"
       :secret-access-key "%s"
       :region "%s"
       :bucket "%s"}}

;; src/app/storage.clj
(def cred {:access-key "%s"
           :secret-key "%s"
           :endpoint "https://minio.internal.example:9000"})

(def client (s3-client :access-key "%s" :secret-key "%s" :token "%s"))

(def AWS-access-credentials {:user "%s"
                             :password "%s"})
`,
				g.AK("edn :access-key-id"), g.K(SecretKey, "edn :secret-access-key"), g.B(Region), g.B(Bucket),
				g.AK("clojure map :access-key"), g.K(SecretKey, "clojure map :secret-key"),
				g.AK("(s3-client :access-key …)"), g.K(SecretKey, "(s3-client … :secret-key …)"), g.K(SessionToken, "(s3-client … :token …)"),
				g.AK("clojure {:user …} (an access key)"), g.K(SecretKey, "clojure {:password …} (a secret key)"))
		}},
	{Name: "perl-fat-comma",
		Source: "https://metacpan.org/pod/Net::Amazon::S3 (Net::Amazon::S3->new( authorization_context => Net::Amazon::S3::Authorization::Basic->new( aws_access_key_id => $aws_access_key_id, aws_secret_access_key => … ), retry => 1 ); my $aws_secret_access_key = 'fill me in too'); https://manpages.ubuntu.com/manpages/bionic/man3/Amazon%3A%3AS3.3pm.html (Amazon::S3->new({ aws_access_key_id => …, aws_secret_access_key => … }))",
		gen: func(g *G) string {
			ak := g.AK("perl my $aws_access_key_id = '…'")
			return fmt.Sprintf(`use Net::Amazon::S3;
use Net::Amazon::S3::Authorization::Basic;
my $aws_access_key_id     = '%s';
my $aws_secret_access_key = '%s';
my $s3 = Net::Amazon::S3->new (
  authorization_context => Net::Amazon::S3::Authorization::Basic->new (
    aws_access_key_id     => '%s',
    aws_secret_access_key => '%s',
  ),
  retry => 1,
);
my $legacy = Amazon::S3->new(
    {   aws_access_key_id     => "%s",
        aws_secret_access_key => "%s",
        aws_session_token     => "%s",
        host                  => 's3.%s.amazonaws.com',
        retry                 => 1
    }
);
my %%creds = (key => '%s', secret => '%s');
my $bucket = $s3->bucket('%s');
`,
				ak, g.K(SecretKey, "perl my $aws_secret_access_key = '…'"),
				g.K2(g.last2(ak), ak, "perl aws_access_key_id => '…'"), g.K(SecretKey, "perl aws_secret_access_key => '…'"),
				g.AK("perl { aws_access_key_id => \"…\" }"), g.K(SecretKey, "perl { aws_secret_access_key => \"…\" }"), g.K(SessionToken, "perl aws_session_token => \"…\""), g.B(Region),
				g.AK("perl %creds = (key => '…')"), g.K(SecretKey, "perl %creds = (secret => '…')"), g.B(Bucket))
		}},
	{Name: "dotnet-user-secrets",
		Source: "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets (dotnet user-secrets set \"Movies:ServiceApiKey\" \"12345\"; list prints Movies:ServiceApiKey = 12345; secrets.json under ~/.microsoft/usersecrets/<id>/; __ in environment variables stands for :); https://github.com/freemanke/learning-user-secrets (Successfully saved ConnectionString = … to the secret store.)",
		gen: func(g *G) string {
			ak, sk, pw := g.AK("dotnet user-secrets set \"AWS:AccessKey\" \"…\""), g.K(SecretKey, "dotnet user-secrets set \"AWS:SecretKey\" \"…\""), g.K(Password, "ConnectionStrings:Default Password=")
			id := g.B(UUID)
			return fmt.Sprintf(`$ dotnet user-secrets init
Set UserSecretsId to '%s' for MSBuild project '/src/Uploader/Uploader.csproj'.
$ dotnet user-secrets set "AWS:AccessKey" "%s"
Successfully saved AWS:AccessKey = %s to the secret store.
$ dotnet user-secrets set "AWS:SecretKey" "%s"
Successfully saved AWS:SecretKey = %s to the secret store.
$ dotnet user-secrets list
AWS:AccessKey = %s
AWS:Region = %s
AWS:SecretKey = %s
AWS:ServiceURL = https://minio.internal.example:9000
ConnectionStrings:Default = Server=db;Database=app;User Id=app;Password=%s;
$ cat ~/.microsoft/usersecrets/%s/secrets.json
{
  "AWS:AccessKey": "%s",
  "AWS:SecretKey": "%s",
  "ConnectionStrings:Default": "Server=db;Database=app;User Id=app;Password=%s;"
}
$ docker run -e AWS__AccessKey=%s -e AWS__SecretKey=%s -e Minio__SecretKey=%s uploader:latest
`, id, ak, ak, sk, sk, ak, g.B(Region), sk, pw, id, ak, sk, pw,
				g.AK("docker -e AWS__AccessKey="), g.K(SecretKey, "docker -e AWS__SecretKey="), g.K(SecretKey, "docker -e Minio__SecretKey="))
		}},
	{Name: "makefile-and-crontab",
		Source: "https://www.gnu.org/software/make/manual/html_node/Setting.html (VAR = value, :=, ::=, :::=, ?=; a variable set on the command line: make VAR=value); https://gist.github.com/weshouman/1d6c4a4555aba8f80db221b3b746fb9d (?=, +=, !=, export); https://man7.org/linux/man-pages/man5/crontab.5.html (NAME = value environment lines, then five time fields and a command)",
		gen: func(g *G) string {
			return fmt.Sprintf(`# Makefile
BUCKET ?= %s
AWS_REGION ?= %s
AWS_ACCESS_KEY_ID ?= %s
export AWS_SECRET_ACCESS_KEY := %s
MINIO_SECRET_KEY = %s
S3_SESSION_TOKEN::=%s
override DB_PASSWORD=%s

deploy:
	aws s3 sync dist/ s3://$(BUCKET)/ --region $(AWS_REGION)

$ make deploy AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY=%s
make: *** [Makefile:12: deploy] Error 1
$ crontab -l
MAILTO=ops@example.com
AWS_ACCESS_KEY_ID = %s
AWS_SECRET_ACCESS_KEY = %s
# m h dom mon dow command
15 3 * * * AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY=%s /usr/local/bin/aws s3 sync /srv/backups s3://%s/nightly >> /var/log/s3sync.log 2>&1
`,
				g.B(Bucket), g.B(Region), g.AK("Makefile AWS_ACCESS_KEY_ID ?="), g.K(SecretKey, "Makefile export AWS_SECRET_ACCESS_KEY :="), g.K(SecretKey, "Makefile MINIO_SECRET_KEY ="),
				g.K(SessionToken, "Makefile S3_SESSION_TOKEN::="), g.K(Password, "Makefile override DB_PASSWORD="),
				g.AK("make deploy AWS_ACCESS_KEY_ID="), g.K(SecretKey, "make deploy AWS_SECRET_ACCESS_KEY="),
				g.AK("crontab AWS_ACCESS_KEY_ID = "), g.K(SecretKey, "crontab AWS_SECRET_ACCESS_KEY = "),
				g.AK("crontab command AWS_ACCESS_KEY_ID="), g.K(SecretKey, "crontab command AWS_SECRET_ACCESS_KEY="), g.B(Bucket))
		}},
	{Name: "logfmt-and-container-json-logs",
		Source: "https://betterstack.com/community/guides/logging/logfmt/ (level=INFO host=Ubuntu msg=\"Connected to PostgreSQL database\": space-separated key=value, quoted when needed); https://docs.docker.com/engine/logging/drivers/json-file/ ({\"log\":\"Log line is here\\n\",\"stream\":\"stdout\",\"time\":\"2019-01-01T11:11:11.111111111Z\"}); https://www.freedesktop.org/software/systemd/man/latest/journalctl.html (-o json: one JSON object per entry, MESSAGE field)",
		gen: func(g *G) string {
			cid := g.B(PayloadHash) // a container ID: 64 hex, benign
			return fmt.Sprintf(`time=2024-01-15T12:30:00Z level=debug msg="loaded storage config" endpoint=https://minio.internal.example:9000 bucket=%s access_key=%s secret_key=%s region=%s
time=2024-01-15T12:30:00Z level=info msg="s3 client ready" request_id=%s
ts=2024-01-15T12:30:01.220Z caller=s3.go:88 level=debug component=uploader aws_access_key_id=%s aws_secret_access_key="%s" aws_session_token=%s
$ sudo tail -n 2 /var/lib/docker/containers/%s/%s-json.log
{"log":"AWS_SECRET_ACCESS_KEY=%s\n","stream":"stdout","time":"2024-01-15T12:30:00.123456789Z"}
{"log":"boto: using access key %s with secret %s\n","stream":"stderr","time":"2024-01-15T12:30:00.223456789Z"}
$ journalctl -u uploader -o json | tail -n 1
{"__REALTIME_TIMESTAMP":"1705321800123456","_SYSTEMD_UNIT":"uploader.service","PRIORITY":"6","MESSAGE":"minio: accessKey=%s secretKey=%s password=%s"}
`,
				g.B(Bucket), g.AK("logfmt access_key="), g.K(SecretKey, "logfmt secret_key="), g.B(Region), g.B(RequestID),
				g.AK("logfmt aws_access_key_id="), g.K(SecretKey, "logfmt aws_secret_access_key=\"…\""), g.K(SessionToken, "logfmt aws_session_token="),
				cid[:12], cid,
				g.K(SecretKey, "docker json-file log \"AWS_SECRET_ACCESS_KEY=…\\n\""),
				g.AK("docker json-file log 'using access key …'"), g.K(SecretKey, "docker json-file log 'with secret …'"),
				g.AK("journalctl MESSAGE accessKey="), g.K(SecretKey, "journalctl MESSAGE secretKey="), g.K(Password, "journalctl MESSAGE password="))
		}},
	{Name: "sql-credential-clauses",
		Source: "https://www.postgresql.org/docs/current/sql-createusermapping.html (CREATE USER MAPPING FOR bob SERVER foo OPTIONS (user 'bob', password 'secret')); parquet_s3_fdw's README and regression tests (CREATE USER MAPPING FOR PUBLIC SERVER parquet_s3_srv OPTIONS (user 'minioadmin', password 'minioadmin'): user is the access key, password the secret); https://github.com/georgelza/MongoCreator-GoProducer-avro/blob/main/paradedb/sql/server.sql (OPTIONS (type 'S3', key_id '…', secret '…', region …)); https://dev.mysql.com/doc/refman/8.0/en/create-user.html (IDENTIFIED BY 'password'); https://dev.mysql.com/doc/refman/8.0/en/change-replication-source-to.html (SOURCE_PASSWORD = 'password')",
		gen: func(g *G) string {
			return fmt.Sprintf(`CREATE EXTENSION parquet_s3_fdw;
CREATE SERVER parquet_s3_srv FOREIGN DATA WRAPPER parquet_s3_fdw OPTIONS (use_minio 'true', endpoint 'minio.internal.example:9000');
CREATE USER MAPPING FOR PUBLIC SERVER parquet_s3_srv OPTIONS (user '%s', password '%s');
CREATE FOREIGN TABLE events (ts timestamp, id text) SERVER parquet_s3_srv OPTIONS (filename 's3://%s/%s');
CREATE USER MAPPING FOR dbadmin
SERVER parquet_server
OPTIONS (
  type 'S3',
  key_id '%s',
  secret '%s',
  region '%s',
  endpoint '10.0.0.24:9000',
  url_style 'path'
);
CREATE USER MAPPING FOR app_user SERVER warehouse OPTIONS (user 'etl', password '%s');
ALTER USER MAPPING FOR app_user SERVER warehouse OPTIONS (SET password '%s');
ALTER ROLE reporting WITH LOGIN PASSWORD '%s';
mysql> CREATE USER 'backup'@'%%' IDENTIFIED BY '%s';
mysql> CHANGE REPLICATION SOURCE TO SOURCE_HOST='db1.internal', SOURCE_USER='repl', SOURCE_PASSWORD='%s', SOURCE_AUTO_POSITION=1;
`,
				g.AK("USER MAPPING OPTIONS (user '…') (an access key)"), g.K(SecretKey, "USER MAPPING OPTIONS (password '…') (a secret key)"), g.B(Bucket), g.B(ObjectKey),
				g.AK("USER MAPPING OPTIONS key_id '…'"), g.K(SecretKey, "USER MAPPING OPTIONS secret '…'"), g.B(Region),
				g.K(Password, "USER MAPPING OPTIONS password '…'"), g.K(Password, "ALTER USER MAPPING OPTIONS (SET password '…')"),
				g.K(Password, "ALTER ROLE … PASSWORD '…'"), g.K(Password, "IDENTIFIED BY '…'"), g.K(Password, "SOURCE_PASSWORD='…'"))
		}},
	{Name: "redis-haproxy-directives",
		Source: "https://raw.githubusercontent.com/redis/redis/unstable/redis.conf (requirepass foobared; masterauth <master-password>); https://yq.aliyun.com/articles/44390 (redis-cli -a test123; config get requirepass prints 1) \"requirepass\" 2) \"test123\"); https://gist.github.com/murarisumit/45fae1d1c21c1afa386e (userlist stats-auth / user admin insecure-password pass); https://gist.github.com/davidmlentz/c40f57ab38b9da8e55564908d4cb2c36 (stats auth Username:Password)",
		gen: func(g *G) string {
			rp := g.K(Password, "redis.conf requirepass")
			return fmt.Sprintf(`# /etc/redis/redis.conf
bind 127.0.0.1 10.0.0.8
port 6379
requirepass %s
masterauth %s
$ redis-cli -h cache.internal -a %s --no-auth-warning
cache.internal:6379> CONFIG GET requirepass
1) "requirepass"
2) "%s"
cache.internal:6379> CONFIG SET masterauth %s
OK
# /etc/haproxy/haproxy.cfg
userlist stats-auth
    group admin users admin
    user  admin insecure-password %s
listen stats
    bind *:1936
    stats enable
    stats uri /
    stats auth ops:%s
backend minio
    server minio1 10.0.0.21:9000 check
    http-request set-header Authorization "Basic %s"
`,
				rp, g.K(Password, "redis.conf masterauth"), g.K2(Password, rp, "redis-cli -a"), rp, g.K(Password, "redis CONFIG SET masterauth"),
				g.K(Password, "haproxy user admin insecure-password"), g.K(Password, "haproxy stats auth user:"), g.K(Basic, "haproxy set-header Authorization \"Basic …\""))
		}},
	{Name: "password-manager-json",
		Source: "https://developer.1password.com/docs/cli/item-template-json (op item get --format json: fields [{id, type, label, value}], CONCEALED for secrets); https://chezmoi.io/reference/templates/1password-functions/onepasswordItemFields/ (the output of op item get $UUID --format json, each field's label and value); https://bitwarden.com/help/cli/#get (bw get item: login.username / login.password, fields [{name, value, type}])",
		gen: func(g *G) string {
			sk := g.K(SecretKey, "op fields label secret_access_key value")
			return fmt.Sprintf(`$ op item get "MinIO prod" --format json --reveal
{
  "id": "nerlnqbfzdm5q5g6ydsgdqgdw4",
  "title": "MinIO prod",
  "version": 3,
  "vault": {
    "id": "%s",
    "name": "Infra"
  },
  "category": "API_CREDENTIAL",
  "fields": [
    {
      "id": "username",
      "type": "STRING",
      "label": "username",
      "value": "%s"
    },
    {
      "id": "credential",
      "type": "CONCEALED",
      "label": "credential",
      "value": "%s"
    },
    {
      "id": "k4x2aqmvhq3o4zl7kk3xvyyk5e",
      "section": {"id": "add more", "label": "S3"},
      "type": "CONCEALED",
      "label": "secret_access_key",
      "value": "%s"
    },
    {
      "id": "p2ybqf6yqkc6bo2sb3lsy3lxty",
      "type": "STRING",
      "label": "bucket",
      "value": "%s"
    }
  ]
}
$ op item get "MinIO prod" --fields label=secret_access_key --reveal
%s
$ bw get item s3-backup | jq .
{
  "object": "item",
  "id": "%s",
  "name": "s3-backup",
  "login": {
    "username": "%s",
    "password": "%s",
    "totp": null
  },
  "fields": [
    {
      "name": "session_token",
      "value": "%s",
      "type": 1
    },
    {
      "name": "region",
      "value": "%s",
      "type": 0
    }
  ]
}
`,
				g.B(UUID), g.AK("op fields label username value (an access key)"), g.K(SecretKey, "op fields label credential (CONCEALED) value"), sk, g.B(Bucket),
				sk,
				g.B(UUID), g.AK("bw login.username (an access key)"), g.K(SecretKey, "bw login.password (a secret key)"), g.K(SessionToken, "bw fields name session_token value"), g.B(Region))
		}},
	{Name: "spring-actuator-env-quarkus",
		Source: "https://docs.spring.io/spring-boot/4.0/api/rest/actuator/env.html (GET /actuator/env: propertySources [{name, properties {NAME: {value, origin}}}]); https://livebook.manning.com/learn/concepts/env-endpoint--api-element/spring-in-action-sixth-edition (curl localhost:8080/actuator/env output); https://docs.awspring.io/spring-cloud-aws/docs/3.0.0/reference/html/index.html#credentials (spring.cloud.aws.credentials.access-key / secret-key); https://docs.quarkiverse.io/quarkus-amazon-services/dev/amazon-s3.html (quarkus.s3.aws.credentials.type=static, static-provider.access-key-id / secret-access-key)",
		gen: func(g *G) string {
			return fmt.Sprintf(`# application.properties: management.endpoint.env.show-values=ALWAYS
$ curl -s localhost:8080/actuator/env | jq '.propertySources[2]'
{
  "name": "Config resource 'class path resource [application.yml]' via location 'optional:classpath:/'",
  "properties": {
    "spring.cloud.aws.credentials.access-key": {
      "value": "%s",
      "origin": "class path resource [application.yml] - 5:21"
    },
    "spring.cloud.aws.credentials.secret-key": {
      "value": "%s",
      "origin": "class path resource [application.yml] - 6:21"
    },
    "spring.cloud.aws.s3.region": {
      "value": "%s",
      "origin": "class path resource [application.yml] - 9:17"
    },
    "spring.datasource.password": {
      "value": "%s",
      "origin": "System Environment Property \"SPRING_DATASOURCE_PASSWORD\""
    }
  }
}
$ SPRING_APPLICATION_JSON='{"spring":{"cloud":{"aws":{"credentials":{"access-key":"%s","secret-key":"%s"}}}}}' java -jar app.jar
# src/main/resources/application.properties (Quarkus)
quarkus.s3.aws.region=%s
quarkus.s3.aws.credentials.type=static
quarkus.s3.aws.credentials.static-provider.access-key-id=%s
quarkus.s3.aws.credentials.static-provider.secret-access-key=%s
quarkus.s3.aws.credentials.static-provider.session-token=%s
quarkus.datasource.password=%s
`,
				g.AK("actuator env properties spring.cloud.aws.credentials.access-key value"), g.K(SecretKey, "actuator env properties …secret-key value"), g.B(Region), g.K(Password, "actuator env spring.datasource.password value"),
				g.AK("SPRING_APPLICATION_JSON access-key"), g.K(SecretKey, "SPRING_APPLICATION_JSON secret-key"),
				g.B(Region), g.AK("quarkus static-provider.access-key-id="), g.K(SecretKey, "quarkus static-provider.secret-access-key="), g.K(SessionToken, "quarkus static-provider.session-token="), g.K(Password, "quarkus.datasource.password="))
		}},
	{Name: "rails-credentials-storage-yml",
		Source: "https://pastebin.com/ZrvdY0LJ (EDITOR='cat' rails credentials:edit prints aws: access_key_id: / secret_access_key: and secret_key_base:); https://gist.github.com/asssis/fb03d8469126de8f42c7f96bb2db53f9 (Rails.application.credentials.aws[:access_key_id] # => \"123\"); https://github.com/rafaelfranca/simple_form-bootstrap/blob/master/config/storage.yml (amazon: service: S3, access_key_id:, secret_access_key:, region:, bucket:); https://docs.gitguardian.com/secrets-detection/secrets-detection-engine/detectors/specifics/rails_secret_key_base",
		gen: func(g *G) string {
			ak, sk := g.AK("rails credentials aws: access_key_id:"), g.K(SecretKey, "rails credentials aws: secret_access_key:")
			return fmt.Sprintf(`$ EDITOR='cat' bin/rails credentials:edit
Editing config/credentials.yml.enc...
aws:
  access_key_id: %s
  secret_access_key: %s

# Used as the base secret for all MessageVerifiers in Rails, including the one protecting cookies.
secret_key_base: %s
File encrypted and saved.
$ bin/rails runner 'p Rails.application.credentials.aws'
{:access_key_id=>"%s", :secret_access_key=>"%s"}
$ cat config/storage.yml
amazon:
  service: S3
  access_key_id: %s
  secret_access_key: %s
  region: %s
  bucket: %s
minio:
  service: S3
  endpoint: http://minio.internal.example:9000
  access_key_id: "%s"
  secret_access_key: "%s"
  force_path_style: true
  bucket: %s
`, ak, sk, g.kAs(Unknown, "rails credentials secret_key_base:", g.str(hexl, 128), 0), ak, sk,
				g.AK("storage.yml access_key_id:"), g.K(SecretKey, "storage.yml secret_access_key:"), g.B(Region), g.B(Bucket),
				g.K(KeyIDCompat, "storage.yml minio access_key_id: \"…\""), g.K(SecretKey, "storage.yml minio secret_access_key: \"…\""), g.B(Bucket))
		}},
	{Name: "django-storages-settings",
		Source: "https://django-storages.readthedocs.io/en/latest/backends/amazon-S3.html (STORAGES = {\"default\": {\"BACKEND\": \"storages.backends.s3.S3Storage\", \"OPTIONS\": {…}}}; access_key / secret_key / security_token options, AWS_S3_ACCESS_KEY_ID settings); https://github.com/mytardis/mytardis/blob/v4.1.5/docs/admin/s3_storage.rst (access_key | AWS_S3_ACCESS_KEY_ID, secret_key | AWS_S3_SECRET_ACCESS_KEY); https://raw.githubusercontent.com/Telecom-Cloud-UzCloud/docs/77892582abc5b694cdc34fe1c2762887b4fe0da9/en/object-storage/sdk/django.md (S3_OPTIONS dict spread into OPTIONS)",
		Lang:   "py",
		gen: func(g *G) string {
			return fmt.Sprintf(`# settings.py
S3_OPTIONS = {
    "bucket_name": "%s",
    "endpoint_url": "https://s3.fr-par.scw.cloud",
    "region_name": "%s",
    "access_key": %s,
    "secret_key": %s,
}
STORAGES = {
    "default": {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {**S3_OPTIONS, "location": "media", "security_token": %s},
    },
    "staticfiles": {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": {"access_key": %s, "secret_key": %s, "bucket_name": "%s"}},
}
AWS_S3_ACCESS_KEY_ID = %s
AWS_S3_SECRET_ACCESS_KEY = %s
EMAIL_HOST_PASSWORD = %s
SECRET_KEY = %s
`,
				g.B(Bucket), g.B(Region), g.Q(g.AK("STORAGES OPTIONS \"access_key\":")), g.Q(g.K(SecretKey, "STORAGES OPTIONS \"secret_key\":")), g.Q(g.K(SessionToken, "STORAGES OPTIONS \"security_token\":")),
				g.Q(g.AK("STORAGES staticfiles inline \"access_key\":")), g.Q(g.K(SecretKey, "STORAGES staticfiles inline \"secret_key\":")), g.B(Bucket),
				g.Q(g.AK("AWS_S3_ACCESS_KEY_ID =")), g.Q(g.K(SecretKey, "AWS_S3_SECRET_ACCESS_KEY =")), g.Q(g.K(Password, "EMAIL_HOST_PASSWORD =")),
				g.Q(g.kAs(Unknown, "django SECRET_KEY =", "django-insecure-"+g.str(lowdig+"!@#^*-_=+", 50), 16)))
		}},
	{Name: "gitlab-runner-config-toml",
		Source: "https://gitlab.com/gitlab-org/gitlab-runner/-/merge_requests/88 ([runners.cache] Type = \"s3\", ServerAddress, AccessKey, SecretKey, BucketName, Insecure); https://gist.github.com/AndrewFarley/1be79a294415aea34e21e36f01e894de (config.toml: token = …, [runners.cache.s3] AccessKey / SecretKey, MachineOptions = [\"amazonec2-access-key=TODO\", \"amazonec2-secret-key=TODO\", …]); https://docs.gitlab.com/runner/commands/#gitlab-runner-register (--cache-s3-access-key, --cache-s3-secret-key)",
		gen: func(g *G) string {
			tok := g.kAs(SaaS, "gitlab-runner config.toml token = \"glrt-…\"", "glrt-"+g.str(b64url, 20), 5)
			return fmt.Sprintf(`$ sudo cat /etc/gitlab-runner/config.toml
concurrent = 4
check_interval = 0

[[runners]]
  name = "docker-autoscaler"
  url = "https://gitlab.example.com/"
  id = 42
  token = "%s"
  executor = "docker+machine"
  [runners.cache]
    Type = "s3"
    Shared = true
    [runners.cache.s3]
      ServerAddress = "minio.internal.example:9000"
      AccessKey = "%s"
      SecretKey = "%s"
      SessionToken = "%s"
      BucketName = "%s"
      BucketLocation = "%s"
      Insecure = false
  [runners.machine]
    IdleCount = 1
    MachineDriver = "amazonec2"
    MachineOptions = ["amazonec2-access-key=%s", "amazonec2-secret-key=%s", "amazonec2-region=%s"]
$ sudo gitlab-runner register --non-interactive --url https://gitlab.example.com/ --token %s --executor docker --docker-image alpine:3.19 --cache-type s3 --cache-s3-server-address s3.amazonaws.com --cache-s3-access-key %s --cache-s3-secret-key %s --cache-s3-bucket-name %s
`,
				tok, g.AK("[runners.cache.s3] AccessKey ="), g.K(SecretKey, "[runners.cache.s3] SecretKey ="), g.K(SessionToken, "[runners.cache.s3] SessionToken ="), g.B(Bucket), g.B(Region),
				g.AK("MachineOptions \"amazonec2-access-key=…\""), g.K(SecretKey, "MachineOptions \"amazonec2-secret-key=…\""), g.B(Region),
				g.kAs(SaaS, "gitlab-runner register --token", "glrt-"+g.str(b64url, 20), 5), g.AK("gitlab-runner register --cache-s3-access-key"), g.K(SecretKey, "gitlab-runner register --cache-s3-secret-key"), g.B(Bucket))
		}},
	{Name: "jenkins-casc-and-jenkinsfile",
		Source: "https://github.com/jenkinsci/configuration-as-code-plugin/tree/master/demos/credentials (credentials: system: domainCredentials: - credentials: - usernamePassword / string / aws {accessKey, secretKey}); https://github.com/zebrunner/jenkins/blob/master/resources/init.groovy.d/setup_aws_credentials.groovy (new AWSCredentialsImpl(scope, id, accessKey, secretKey, description): positional); https://www.jenkins.io/doc/pipeline/steps/workflow-basic-steps/#withenv-set-environment-variables (withEnv([\"NAME=value\"]) { … })",
		gen: func(g *G) string {
			return fmt.Sprintf(`# jenkins.yaml (JCasC)
credentials:
  system:
    domainCredentials:
      - credentials:
          - aws:
              scope: GLOBAL
              id: "s3-artifacts"
              accessKey: "%s"
              secretKey: "%s"
              description: "artifact bucket %s"
          - usernamePassword:
              scope: GLOBAL
              id: "minio"
              username: "%s"
              password: "%s"
          - string:
              scope: GLOBAL
              id: "slack-token"
              secret: "%s"
// init.groovy.d/setup_aws_credentials.groovy
def awsCredentials = new AWSCredentialsImpl(CredentialsScope.GLOBAL, "aws-backup", "%s", "%s", "AWS S3 token")
// Jenkinsfile
pipeline {
  agent any
  environment {
    MINIO_SECRET_KEY = '%s'
  }
  stages {
    stage('upload') {
      steps {
        withEnv(["AWS_ACCESS_KEY_ID=%s", "AWS_SECRET_ACCESS_KEY=%s", "AWS_DEFAULT_REGION=%s"]) {
          sh 'aws s3 cp build.tar.gz s3://%s/'
        }
      }
    }
  }
}
`,
				g.AK("JCasC aws: accessKey:"), g.K(SecretKey, "JCasC aws: secretKey:"), g.B(Bucket),
				g.K(KeyIDCompat, "JCasC usernamePassword username: (an access key)"), g.K(SecretKey, "JCasC usernamePassword password: (a secret key)"), g.K(SaaS, "JCasC string: secret:"),
				g.AK("new AWSCredentialsImpl(…, id, accessKey, …) positional"), g.K(SecretKey, "new AWSCredentialsImpl(…, secretKey, description) positional"),
				g.K(SecretKey, "Jenkinsfile environment { MINIO_SECRET_KEY = '…' }"),
				g.AK("withEnv([\"AWS_ACCESS_KEY_ID=…\"])"), g.K(SecretKey, "withEnv([\"AWS_SECRET_ACCESS_KEY=…\"])"), g.B(Region), g.B(Bucket))
		}},
	{Name: "elasticsearch-keystore-snapshot",
		Source: "https://www.elastic.co/guide/en/elasticsearch/reference/master/repository-s3.html (bin/elasticsearch-keystore add s3.client.default.access_key / secret_key / session_token; PUT _snapshot/my_s3_repository {\"type\": \"s3\", \"settings\": {\"bucket\": …}}); https://gist.github.com/cdimascio/900606ede06b0a173d9cceb57716f60f (echo 'XXX' | ./bin/elasticsearch-keystore add --stdin s3.client.default.secret_key: the value comes before its name); https://elastic.co/docs/reference/cloud/cloud-enterprise/ece-restful-api-examples-configuring-keystore ({\"secrets\": {\"s3.client.NAME.access_key\": {\"as_file\": false, \"value\": …}}})",
		gen: func(g *G) string {
			sk := g.K(SecretKey, "echo '…' | elasticsearch-keystore add --stdin s3.client.default.secret_key")
			return fmt.Sprintf(`$ echo '%s' | bin/elasticsearch-keystore add --stdin s3.client.default.access_key
$ echo '%s' | bin/elasticsearch-keystore add --stdin s3.client.default.secret_key
$ printf '%%s' '%s' | bin/elasticsearch-keystore add --stdin --force s3.client.default.session_token
$ bin/elasticsearch-keystore show s3.client.default.secret_key
%s
PUT _snapshot/my_s3_repository
{
  "type": "s3",
  "settings": {
    "bucket": "%s",
    "endpoint": "minio.internal.example:9000",
    "path_style_access": true,
    "access_key": "%s",
    "secret_key": "%s"
  }
}
$ curl -k -X PATCH -H "Authorization: ApiKey %s" https://ece.example.com:12443/api/v1/deployments/%s/elasticsearch/main-elasticsearch/keystore -d '{"secrets":{"s3.client.backup.access_key":{"as_file":false,"value":"%s"},"s3.client.backup.secret_key":{"value":"%s"}}}'
`,
				g.AK("echo '…' | elasticsearch-keystore add --stdin s3.client.default.access_key"), sk, g.K(SessionToken, "printf '%s' '…' | elasticsearch-keystore add … session_token"), sk,
				g.B(Bucket), g.AK("PUT _snapshot settings access_key"), g.K(SecretKey, "PUT _snapshot settings secret_key"),
				g.K(Bearer, "curl -H \"Authorization: ApiKey …\""), g.B(GitSHA)[:32],
				g.AK("ECE keystore secrets s3.client.backup.access_key value"), g.K(SecretKey, "ECE keystore secrets s3.client.backup.secret_key value"))
		}},
	{Name: "grafana-alertmanager-prometheus",
		Source: "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/ ([security] admin_password, secret_key; [external_image_storage.s3] endpoint, bucket, region, path, access_key, secret_key; [smtp] password with \"\"\"…\"\"\" for # or ;); https://pastebin.com/MVSi6ceB (a pasted grafana.ini); https://prometheus.io/docs/alerting/latest/configuration/ (global: smtp_auth_password, slack_api_url); https://prometheus.io/docs/prometheus/latest/configuration/configuration/#remote_write (basic_auth: username, password)",
		gen: func(g *G) string {
			return fmt.Sprintf(`# /etc/grafana/grafana.ini
[security]
admin_user = admin
admin_password = %s
secret_key = %s

[external_image_storage]
provider = s3

[external_image_storage.s3]
endpoint = https://minio.internal.example:9000
path_style_access = true
bucket = %s
region = %s
path = grafana/
access_key = %s
secret_key = %s

[smtp]
enabled = true
host = smtp.example.com:587
user = alerts@example.com
password = """%s"""

# alertmanager.yml
global:
  smtp_auth_username: alerts@example.com
  smtp_auth_password: '%s'
  slack_api_url: 'https://hooks.slack.com/services/T024BE7LD/B01A2BCD3EF/%s'
# prometheus.yml
remote_write:
  - url: https://prometheus-prod-01-eu-west-0.grafana.net/api/prom/push
    basic_auth:
      username: 123456
      password: %s
`,
				g.K(Password, "grafana.ini [security] admin_password ="), g.K(SecretKey, "grafana.ini [security] secret_key ="),
				g.B(Bucket), g.B(Region), g.AK("grafana.ini [external_image_storage.s3] access_key ="), g.K(SecretKey, "grafana.ini [external_image_storage.s3] secret_key ="),
				g.K(Password, "grafana.ini [smtp] password = \"\"\"…\"\"\""), g.K(Password, "alertmanager smtp_auth_password:"),
				g.kAs(SaaS, "alertmanager slack_api_url …/services/T…/B…/<secret>", g.str(alnum, 24), 0),
				g.kAs(Bearer, "prometheus remote_write basic_auth password:", "glc_"+g.str(b64c, 80)+"=", 4))
		}},
	{Name: "s3ql-juicefs-mounts",
		Source: "https://manpages.ubuntu.com/manpages/jammy/man1/mkfs.s3ql.1.html (--authfile, default ~/.s3ql/authinfo2); https://www.rath.org/s3ql-docs/authinfo.html ([section] storage-url:, backend-login:, backend-password:, fs-passphrase:); https://www.juicefs.com/docs/community/command_reference/ (juicefs format --storage s3 --bucket … --access-key … --secret-key … META-URL NAME); https://github.com/juicedata/juicefs/discussions/6745 (a pasted juicefs format with --access-key/--secret-key)",
		gen: func(g *G) string {
			return fmt.Sprintf(`$ cat ~/.s3ql/authinfo2
[s3]
storage-url: s3://%s/%s/s3ql
backend-login: %s
backend-password: %s
fs-passphrase: %s

[minio]
storage-url: s3c://minio.internal.example:9000/%s/
backend-login: %s
backend-password: %s
$ juicefs format \
    --storage s3 \
    --bucket https://%s.s3.%s.amazonaws.com \
    --access-key %s \
    --secret-key %s \
    --session-token %s \
    "redis://:%s@10.0.0.8:6379/1" \
    myjfs
2024/01/15 12:30:00.123456 juicefs[2411] <INFO>: Meta address: redis://:****@10.0.0.8:6379/1 [interface.go:504]
`,
				g.B(Region), g.B(Bucket), g.AK("s3ql authinfo2 backend-login:"), g.K(SecretKey, "s3ql authinfo2 backend-password:"), g.K(Password, "s3ql authinfo2 fs-passphrase:"),
				g.B(Bucket), g.K(KeyIDCompat, "s3ql authinfo2 [minio] backend-login:"), g.K(SecretKey, "s3ql authinfo2 [minio] backend-password:"),
				g.B(Bucket), g.B(Region), g.AK("juicefs format --access-key"), g.K(SecretKey, "juicefs format --secret-key"), g.K(SessionToken, "juicefs format --session-token"),
				g.K(Password, "juicefs meta URL redis://:<password>@"))
		}},
	{Name: "aws-cli-shorthand-env",
		Source: "https://github.com/aws/aws-cli/issues/3519 (aws lambda update-function-configuration --environment Variables=\"{VAR1=$VAR1,VAR2=$VAR2,…}\"); https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-shorthand.html (shorthand syntax: Key=value pairs in braces, separated by commas); https://www.npmjs.com/package/@resourcefulhumans/update-lambda-environment-config (FOO=\"BAR\",VERSION=\"1.2.3\" passed as \"Variables={…}\"); https://docs.aws.amazon.com/cli/latest/reference/lambda/get-function-configuration.html (\"Environment\": {\"Variables\": {…}})",
		gen: func(g *G) string {
			return fmt.Sprintf(`$ aws lambda update-function-configuration \
    --region %s \
    --function-name thumbnailer \
    --environment "Variables={BUCKET=%s,MINIO_ACCESS_KEY=%s,MINIO_SECRET_KEY=%s,DB_PASSWORD=%s}"
{
    "FunctionName": "thumbnailer",
    "Runtime": "python3.12",
    "Environment": {
        "Variables": {
            "BUCKET": "%s",
            "UPSTREAM_AWS_KEY_ID": "%s",
            "UPSTREAM_AWS_SECRET": "%s"
        }
    },
    "RevisionId": "%s"
}
$ aws ecs register-task-definition --family uploader --container-definitions 'name=app,image=uploader:1.4,environment=[{name=S3_ACCESS_KEY,value=%s},{name=S3_SECRET_KEY,value=%s}]'
$ aws batch submit-job --job-name sync --job-queue q --job-definition sync:3 --container-overrides 'environment=[{name=AWS_SESSION_TOKEN,value=%s}]'
`,
				g.B(Region), g.B(Bucket), g.K(KeyIDCompat, "lambda --environment \"Variables={MINIO_ACCESS_KEY=…}\""), g.K(SecretKey, "lambda --environment \"Variables={…,MINIO_SECRET_KEY=…}\""), g.K(Password, "lambda Variables={…,DB_PASSWORD=…}"),
				g.B(Bucket), g.AK("lambda Environment.Variables UPSTREAM_AWS_KEY_ID"), g.K(SecretKey, "lambda Environment.Variables UPSTREAM_AWS_SECRET"), g.B(UUID),
				g.AK("ecs shorthand environment=[{name=S3_ACCESS_KEY,value=…}]"), g.K(SecretKey, "ecs shorthand {name=S3_SECRET_KEY,value=…}"), g.K(SessionToken, "batch shorthand {name=AWS_SESSION_TOKEN,value=…}"))
		}},
	{Name: "podman-secret-inspect",
		Source: "https://man.archlinux.org/man/podman-secret-inspect.1.en (podman secret inspect renders a JSON array; .SecretData displayed only with --showsecret; --pretty human-readable); https://docs.podman.io/en/latest/markdown/podman-secret-create.1.html (printf value | podman secret create NAME -)",
		gen: func(g *G) string {
			sk := g.K(SecretKey, "podman secret inspect --showsecret SecretData")
			id := g.str(hexl, 25) // podman's secret ID
			return fmt.Sprintf(`$ printf '%%s' '%s' | podman secret create minio_secret_key -
%s
$ podman secret inspect --showsecret minio_secret_key
[
    {
        "ID": "%s",
        "CreatedAt": "2024-01-15T12:30:00.123456789Z",
        "UpdatedAt": "2024-01-15T12:30:00.123456789Z",
        "Spec": {
            "Name": "minio_secret_key",
            "Driver": {
                "Name": "file",
                "Options": {
                    "path": "/home/ops/.local/share/containers/storage/secrets/filedriver"
                }
            },
            "Labels": {}
        },
        "SecretData": "%s"
    }
]
$ podman secret inspect --showsecret --format '{{.Spec.Name}}={{.SecretData}}' minio_access_key minio_root_password
minio_access_key=%s
minio_root_password=%s
`, sk, id, id, sk,
				g.K(KeyIDCompat, "podman --format '{{.Spec.Name}}={{.SecretData}}' minio_access_key="), g.K(Password, "podman --format … minio_root_password="))
		}},
	{Name: "mc-admin-config-kv",
		Source: "https://min.io/docs/minio/linux/reference/minio-server/settings/notifications/webhook-service.html (mc admin config set ALIAS notify_webhook:PRIMARY endpoint=… auth_token=…); https://min.io/docs/minio/linux/reference/minio-mc-admin/mc-admin-config.html (mc admin config get prints SUBSYS:TARGET key=value key=\"value\" on one line); https://min.io/docs/minio/linux/reference/minio-server/settings/iam/openid.html (identity_openid client_id= client_secret=)",
		gen: func(g *G) string {
			return fmt.Sprintf(`$ mc admin config get myminio notify_webhook
notify_webhook:primary endpoint=https://hooks.internal.example/minio auth_token=%s queue_limit=0 queue_dir= client_cert= client_key=
$ mc admin config get myminio identity_openid
identity_openid enable=on config_url=https://sso.example.com/.well-known/openid-configuration client_id=minio client_secret="%s" claim_name=policy scopes="openid,profile,email" redirect_uri_dynamic=on
$ mc admin config get myminio notify_postgres
notify_postgres:audit connection_string="host=db.internal port=5432 user=minio password=%s dbname=events sslmode=require" table=bucket_events format=namespace
$ mc admin config set myminio site region=%s name=eu-dc1
$ mc admin config get myminio lambda_webhook
lambda_webhook:resize endpoint=http://resizer:5000 auth_token="Bearer %s"
`,
				g.K(Bearer, "mc admin config notify_webhook auth_token="), g.K(Password, "mc admin config identity_openid client_secret=\"…\""),
				g.K(Password, "mc admin config notify_postgres connection_string=\"… password=…\""), g.B(Region), g.K(Bearer, "mc admin config lambda_webhook auth_token=\"Bearer …\""))
		}},
}

// HeldOut6 names the contexts of the sixth held-out wave.
func HeldOut6() []string {
	var out []string
	for _, c := range heldOut6 {
		out = append(out, c.Name)
	}
	return out
}

// The sixth wave is measured by its own test only (TestRedactHeldOutWave6):
// none of its contexts is planted by Generate until its survivors are read
// and fixed, so the property test's ratchet is not moved by it.
func init() { heldOutOnly = append(heldOutOnly, heldOut6...) }
