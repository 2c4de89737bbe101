# Presign PUT (put_object) with credentials from the default chain
# (environment, shared config, SSO, container or instance role).
# Note: temporary credentials may end within the hour: the expiry is set to 3600 seconds (sign with credentials that live longer, or mint URLs on demand).
require 'aws-sdk-s3'

client = Aws::S3::Client.new(
  region: "eu-central-1"
)
signer = Aws::S3::Presigner.new(client: client)
url = signer.presigned_url(
  :put_object,
  bucket: "uploads",
  key: "in/photo.png",
  expires_in: 3600
)
# Send the signed headers with the URL (presigned_request returns them), as the curl line shows.
puts url
