# Presign PUT (put_object) with credentials from the default chain
# (environment, shared config, SSO, container or instance role).
# Note: the paste sends the URL with PUT: it is presigned for put_object, the operation actually called.
# Note: an assumed-role session lives at most 12 hours: the expiry is set to 43200 seconds, and DurationSeconds covers it (raise the role's MaxSessionDuration to match).
# The paste assumes a role: let the default chain assume it (a profile with role_arn and
# duration_seconds = 43200), so that the credentials outlive the URL.
require 'aws-sdk-s3'

# No region in the paste: set your bucket's region.
client = Aws::S3::Client.new(
  region: "us-east-1"
)
signer = Aws::S3::Presigner.new(client: client)
url = signer.presigned_url(
  :put_object,
  bucket: "archive",
  key: "2024/backup.tar.gz",
  expires_in: 43200
)
# Send the signed headers with the URL (presigned_request returns them), as the curl line shows.
puts url
