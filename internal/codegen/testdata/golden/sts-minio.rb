# Presign GET (get_object) with credentials from the default chain
# (environment, shared config, SSO, container or instance role).
# The paste assumes a role: let the default chain assume it (a profile with role_arn and
# duration_seconds = 900), so that the credentials outlive the URL.
require 'aws-sdk-s3'

client = Aws::S3::Client.new(
  region: "eu-west-1",
  endpoint: "http://127.0.0.1:9000",
  force_path_style: true
)
signer = Aws::S3::Presigner.new(client: client)
url = signer.presigned_url(
  :get_object,
  bucket: "e2e-bucket",
  key: "report.csv",
  expires_in: 600
)
# Send the signed headers with the URL (presigned_request returns them), as the curl line shows.
puts url
