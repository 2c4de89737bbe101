// Presign PUT (upload_part) with credentials from the default chain
// (environment, shared config, container or instance role).
// The AWS SDK for JavaScript v2 has reached end of support: the v3 program does the same.
const AWS = require("aws-sdk");

const s3 = new AWS.S3({
  region: "us-east-1",
  signatureVersion: "v4",
  endpoint: "http://127.0.0.1:9000",
  s3ForcePathStyle: true,
});

const url = s3.getSignedUrl("uploadPart", {
  Bucket: "big-files",
  Key: "backups/db.tar",
  UploadId: "VXBsb2FkIElEIGZvciA2aWWpbmcncyBteS1tb3ZpZS5tMnRzIHVwbG9hZA",
  PartNumber: 3,
  ContentMD5: "1B2M2Y8AsgTpgAmY7PhCfg==",
  Expires: 3600,
});
// Send the signed headers with the URL, as the curl line shows.
console.log(url);
