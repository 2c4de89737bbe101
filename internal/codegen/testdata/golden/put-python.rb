# Presign PUT (put_object) with credentials from the default chain
# (environment, shared config, SSO, container or instance role).
# Note: Params['Expires'] is the object's Expires header, not the URL's lifetime: it is dropped and ExpiresIn sets the lifetime.
require 'aws-sdk-s3'

client = Aws::S3::Client.new(
  region: "eu-west-1"
)
signer = Aws::S3::Presigner.new(client: client)
url = signer.presigned_url(
  :put_object,
  bucket: "user-uploads",
  key: "path/to/object",
  content_type: "image/png",
  expires_in: 900
)
# Send the signed headers with the URL (presigned_request returns them), as the curl line shows.
puts url
