# Presign POST (a browser form upload) with credentials from the default chain
# (environment, shared config, SSO, container or instance role).
require 'aws-sdk-s3'

client = Aws::S3::Client.new(
  region: "ap-southeast-2"
)
bucket = Aws::S3::Bucket.new("forms", client: client)
post = bucket.presigned_post(
  key: "uploads/${filename}",
  acl: "private",
  content_type: "text/plain",
  # Carry over the other fields and conditions of your code here.
  signature_expiration: Time.now + 600
)
puts post.url
puts post.fields
