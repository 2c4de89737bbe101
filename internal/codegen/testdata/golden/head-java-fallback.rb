# Presign HEAD (head_object) with credentials from the default chain
# (environment, shared config, SSO, container or instance role).
require 'aws-sdk-s3'

client = Aws::S3::Client.new(
  region: "ca-central-1"
)
signer = Aws::S3::Presigner.new(client: client)
url = signer.presigned_url(
  :head_object,
  bucket: "reports",
  key: "q1.csv",
  version_id: "v1",
  expires_in: 60
)
# Send the signed headers with the URL (presigned_request returns them), as the curl line shows.
puts url
