// Presign PUT (put_object) with credentials from the default chain
// (environment, shared config, container or instance role).
// The AWS SDK for JavaScript v2 has reached end of support: the v3 program does the same.
// Note: the paste sends the URL with PUT: it is presigned for put_object, the operation actually called.
// Note: an assumed-role session lives at most 12 hours: the expiry is set to 43200 seconds, and DurationSeconds covers it (raise the role's MaxSessionDuration to match).
// The paste assumes a role: let the default chain assume it (a profile with role_arn and
// duration_seconds = 43200), so that the credentials outlive the URL.
const AWS = require("aws-sdk");

// No region in the paste: set your bucket's region.
const s3 = new AWS.S3({
  region: "us-east-1",
  signatureVersion: "v4",
});

const url = s3.getSignedUrl("putObject", {
  Bucket: "archive",
  Key: "2024/backup.tar.gz",
  Expires: 43200,
});
// Send the signed headers with the URL, as the curl line shows.
console.log(url);
