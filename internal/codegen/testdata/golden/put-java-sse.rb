# Presign PUT (put_object) with credentials from the default chain
# (environment, shared config, SSO, container or instance role).
require 'aws-sdk-s3'

client = Aws::S3::Client.new(
  region: "eu-west-3"
)
signer = Aws::S3::Presigner.new(client: client)
url = signer.presigned_url(
  :put_object,
  bucket: "invoices",
  key: "2024/01/inv-0001.pdf",
  content_type: "application/pdf",
  acl: "bucket-owner-full-control",
  server_side_encryption: "aws:kms",
  ssekms_key_id: "arn:aws:kms:eu-west-3:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
  content_length: 1048576,
  storage_class: "STANDARD_IA",
  tagging: "team=billing",
  cache_control: "no-cache",
  content_disposition: "inline",
  content_encoding: "gzip",
  content_language: "fr",
  content_md5: "1B2M2Y8AsgTpgAmY7PhCfg==",
  expires_in: 600
)
# Not carried over (set them as in your code): ChecksumSHA256.
# Send the signed headers with the URL (presigned_request returns them), as the curl line shows.
puts url
