// Presign GET (get_object) with credentials from the default chain
// (environment, shared config, container or instance role).
// The AWS SDK for JavaScript v2 has reached end of support: the v3 program does the same.
const AWS = require("aws-sdk");

const s3 = new AWS.S3({
  region: "eu-north-1",
  signatureVersion: "v4",
});

const url = s3.getSignedUrl("getObject", {
  Bucket: "exports",
  Key: "2024/report.csv",
  ResponseContentDisposition: "attachment; filename=\"report.csv\"",
  VersionId: "3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY",
  PartNumber: 1,
  Expires: 300,
});
// Send the signed headers with the URL, as the curl line shows.
console.log(url);
