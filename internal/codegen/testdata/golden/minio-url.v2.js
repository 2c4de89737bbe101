// Presign GET (get_object) with credentials from the default chain
// (environment, shared config, container or instance role).
// The AWS SDK for JavaScript v2 has reached end of support: the v3 program does the same.
// Note: the expiry was above the SigV4 maximum: it is set to 604800 seconds (7 days).
const AWS = require("aws-sdk");

const s3 = new AWS.S3({
  region: "us-east-1",
  signatureVersion: "v4",
  endpoint: "http://localhost:9000",
  s3ForcePathStyle: true,
});

const url = s3.getSignedUrl("getObject", {
  Bucket: "media",
  Key: "videos/intro.mp4",
  Expires: 604800,
});
// Send the signed headers with the URL, as the curl line shows.
console.log(url);
