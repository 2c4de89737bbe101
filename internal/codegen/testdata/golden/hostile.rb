# Presign PUT (put_object) with credentials from the default chain
# (environment, shared config, SSO, container or instance role).
require 'aws-sdk-s3'

client = Aws::S3::Client.new(
  region: "us-east-2",
  endpoint: "https://minio.example.com/<script>alert(1)</script>\"'`$(rm -rf ~)`\u{a}\\x00 <img src=x onerror=alert(2)> [x](javascript:alert(3)) \u{2028} */ --> ]]>",
  force_path_style: true
)
signer = Aws::S3::Presigner.new(client: client)
url = signer.presigned_url(
  :put_object,
  bucket: "b<script><script>alert(1)</script>\"'`$(rm -rf ~)`\u{a}\\x00 <img src=x onerror=alert(2)> [x](javascript:alert(3)) \u{2028} */ --> ]]>",
  key: "<script>alert(1)</script>\"'`$(rm -rf ~)`\u{a}\\x00 <img src=x onerror=alert(2)> [x](javascript:alert(3)) \u{2028} */ --> ]]>",
  content_type: "<script>alert(1)</script>\"'`$(rm -rf ~)`\u{a}\\x00 <img src=x onerror=alert(2)> [x](javascript:alert(3)) \u{2028} */ --> ]]>",
  acl: "public-read'",
  tagging: "a=b&c=<script>alert(1)</script>\"'`$(rm -rf ~)`\u{a}\\x00 <img src=x onerror=alert(2)> [x](javascript:alert(3)) \u{2028} */ --> ]]>",
  expires_in: 3600
)
# Send the signed headers with the URL (presigned_request returns them), as the curl line shows.
puts url
