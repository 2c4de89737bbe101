# Presign GET (get_object) with credentials from the default chain
# (environment, shared config, SSO, container or instance role).
require 'aws-sdk-s3'

client = Aws::S3::Client.new(
  region: "eu-north-1"
)
signer = Aws::S3::Presigner.new(client: client)
url = signer.presigned_url(
  :get_object,
  bucket: "exports",
  key: "2024/report.csv",
  response_content_disposition: "attachment; filename=\"report.csv\"",
  version_id: "3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY",
  part_number: 1,
  expires_in: 300
)
# Send the signed headers with the URL (presigned_request returns them), as the curl line shows.
puts url
