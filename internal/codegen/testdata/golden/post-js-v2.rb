# Presign POST (a browser form upload) with credentials from the default chain
# (environment, shared config, SSO, container or instance role).
require 'aws-sdk-s3'

client = Aws::S3::Client.new(
  region: "eu-west-1"
)
bucket = Aws::S3::Bucket.new("avatars", client: client)
post = bucket.presigned_post(
  key: "users/42/${filename}",
  acl: "public-read",
  content_type: "image/jpeg",
  # Carry over the other fields and conditions of your code here.
  signature_expiration: Time.now + 300
)
puts post.url
puts post.fields
