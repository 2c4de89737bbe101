// Presign GET (get_object) with credentials from the default chain
// (environment, shared config, container or instance role).
// The AWS SDK for JavaScript v2 has reached end of support: the v3 program does the same.
// The paste assumes a role: let the default chain assume it (a profile with role_arn and
// duration_seconds = 900), so that the credentials outlive the URL.
const AWS = require("aws-sdk");

const s3 = new AWS.S3({
  region: "eu-west-1",
  signatureVersion: "v4",
  endpoint: "http://127.0.0.1:9000",
  s3ForcePathStyle: true,
});

const url = s3.getSignedUrl("getObject", {
  Bucket: "e2e-bucket",
  Key: "report.csv",
  Expires: 600,
});
// Send the signed headers with the URL, as the curl line shows.
console.log(url);
