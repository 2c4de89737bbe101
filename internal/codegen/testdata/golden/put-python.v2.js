// Presign PUT (put_object) with credentials from the default chain
// (environment, shared config, container or instance role).
// The AWS SDK for JavaScript v2 has reached end of support: the v3 program does the same.
// Note: Params['Expires'] is the object's Expires header, not the URL's lifetime: it is dropped and ExpiresIn sets the lifetime.
const AWS = require("aws-sdk");

const s3 = new AWS.S3({
  region: "eu-west-1",
  signatureVersion: "v4",
});

const url = s3.getSignedUrl("putObject", {
  Bucket: "user-uploads",
  Key: "path/to/object",
  ContentType: "image/png",
  Expires: 900,
});
// Send the signed headers with the URL, as the curl line shows.
console.log(url);
