# Presign GET (get_object) with credentials from the default chain
# (environment, shared config, SSO, container or instance role).
require 'aws-sdk-s3'

client = Aws::S3::Client.new(
  region: "eu-west-1"
)
signer = Aws::S3::Presigner.new(client: client)
url = signer.presigned_url(
  :get_object,
  bucket: "logs-eu",
  key: "app/2024-01-15.log",
  expires_in: 3600
)
# Send the signed headers with the URL (presigned_request returns them), as the curl line shows.
puts url
