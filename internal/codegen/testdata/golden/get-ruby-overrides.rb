# Presign GET (get_object) with credentials from the default chain
# (environment, shared config, SSO, container or instance role).
require 'aws-sdk-s3'

client = Aws::S3::Client.new(
  region: "ap-northeast-1"
)
signer = Aws::S3::Presigner.new(client: client)
url = signer.presigned_url(
  :get_object,
  bucket: "media-tokyo",
  key: "videos/intro 1.mp4",
  response_content_disposition: "attachment; filename=\"intro 1.mp4\"",
  response_content_type: "video/mp4",
  response_cache_control: "max-age=60",
  response_content_encoding: "identity",
  response_content_language: "ja",
  version_id: "3sL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY+MTRCxf3vjVBH40Nr8X8gdRQBpUMLUo",
  range: "bytes=0-1023",
  part_number: 1,
  if_match: "\"9b2cf535f27731c974343645a3985328\"",
  expires_in: 1200
)
# Send the signed headers with the URL (presigned_request returns them), as the curl line shows.
puts url
