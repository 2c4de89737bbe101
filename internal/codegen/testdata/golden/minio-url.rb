# Presign GET (get_object) with credentials from the default chain
# (environment, shared config, SSO, container or instance role).
# Note: the expiry was above the SigV4 maximum: it is set to 604800 seconds (7 days).
require 'aws-sdk-s3'

client = Aws::S3::Client.new(
  region: "us-east-1",
  endpoint: "http://localhost:9000",
  force_path_style: true
)
signer = Aws::S3::Presigner.new(client: client)
url = signer.presigned_url(
  :get_object,
  bucket: "media",
  key: "videos/intro.mp4",
  expires_in: 604800
)
# Send the signed headers with the URL (presigned_request returns them), as the curl line shows.
puts url
