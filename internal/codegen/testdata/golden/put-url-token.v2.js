// Presign PUT (put_object) with credentials from the default chain
// (environment, shared config, container or instance role).
// The AWS SDK for JavaScript v2 has reached end of support: the v3 program does the same.
// Note: temporary credentials may end within the hour: the expiry is set to 3600 seconds (sign with credentials that live longer, or mint URLs on demand).
const AWS = require("aws-sdk");

const s3 = new AWS.S3({
  region: "eu-central-1",
  signatureVersion: "v4",
});

const url = s3.getSignedUrl("putObject", {
  Bucket: "uploads",
  Key: "in/photo.png",
  Expires: 3600,
});
// Send the signed headers with the URL, as the curl line shows.
console.log(url);
