# Presign PUT (upload_part) with credentials from the default chain
# (environment, shared config, SSO, container or instance role).
require 'aws-sdk-s3'

client = Aws::S3::Client.new(
  region: "us-east-1",
  endpoint: "http://127.0.0.1:9000",
  force_path_style: true
)
signer = Aws::S3::Presigner.new(client: client)
url = signer.presigned_url(
  :upload_part,
  bucket: "big-files",
  key: "backups/db.tar",
  upload_id: "VXBsb2FkIElEIGZvciA2aWWpbmcncyBteS1tb3ZpZS5tMnRzIHVwbG9hZA",
  part_number: 3,
  content_md5: "1B2M2Y8AsgTpgAmY7PhCfg==",
  expires_in: 3600
)
# Send the signed headers with the URL (presigned_request returns them), as the curl line shows.
puts url
