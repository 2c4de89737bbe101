# Presign GET (get_object) with credentials from the default chain
# (environment, shared config, SSO, container or instance role).
require 'aws-sdk-s3'

client = Aws::S3::Client.new(
  region: "us-west-2"
)
signer = Aws::S3::Presigner.new(client: client)
url = signer.presigned_url(
  :get_object,
  bucket: "demo-bucket",
  key: "reports/2024/q1 summary.pdf",
  expires_in: 900
)
# Send the signed headers with the URL (presigned_request returns them), as the curl line shows.
puts url
