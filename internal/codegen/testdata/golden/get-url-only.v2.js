// Presign GET (get_object) with credentials from the default chain
// (environment, shared config, container or instance role).
// The AWS SDK for JavaScript v2 has reached end of support: the v3 program does the same.
const AWS = require("aws-sdk");

const s3 = new AWS.S3({
  region: "us-west-2",
  signatureVersion: "v4",
});

const url = s3.getSignedUrl("getObject", {
  Bucket: "demo-bucket",
  Key: "reports/2024/q1 summary.pdf",
  Expires: 900,
});
// Send the signed headers with the URL, as the curl line shows.
console.log(url);
