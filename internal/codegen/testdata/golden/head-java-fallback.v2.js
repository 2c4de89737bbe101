// Presign HEAD (head_object) with credentials from the default chain
// (environment, shared config, container or instance role).
// The AWS SDK for JavaScript v2 has reached end of support: the v3 program does the same.
const AWS = require("aws-sdk");

const s3 = new AWS.S3({
  region: "ca-central-1",
  signatureVersion: "v4",
});

const url = s3.getSignedUrl("headObject", {
  Bucket: "reports",
  Key: "q1.csv",
  VersionId: "v1",
  Expires: 60,
});
// Send the signed headers with the URL, as the curl line shows.
console.log(url);
