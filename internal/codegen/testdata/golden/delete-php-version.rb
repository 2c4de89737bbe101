# Presign DELETE (delete_object) with credentials from the default chain
# (environment, shared config, SSO, container or instance role).
require 'aws-sdk-s3'

client = Aws::S3::Client.new(
  region: "sa-east-1"
)
signer = Aws::S3::Presigner.new(client: client)
url = signer.presigned_url(
  :delete_object,
  bucket: "o'brien-bucket",
  key: "it's\\a \"quoted\" key.txt",
  version_id: "null",
  expires_in: 300
)
# Send the signed headers with the URL (presigned_request returns them), as the curl line shows.
puts url
