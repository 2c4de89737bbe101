// Presign GET (get_object) with credentials from the default chain
// (environment, shared config, container or instance role).
// The AWS SDK for JavaScript v2 has reached end of support: the v3 program does the same.
const AWS = require("aws-sdk");

const s3 = new AWS.S3({
  region: "ap-northeast-1",
  signatureVersion: "v4",
});

const url = s3.getSignedUrl("getObject", {
  Bucket: "media-tokyo",
  Key: "videos/intro 1.mp4",
  ResponseContentDisposition: "attachment; filename=\"intro 1.mp4\"",
  ResponseContentType: "video/mp4",
  ResponseCacheControl: "max-age=60",
  ResponseContentEncoding: "identity",
  ResponseContentLanguage: "ja",
  VersionId: "3sL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY+MTRCxf3vjVBH40Nr8X8gdRQBpUMLUo",
  Range: "bytes=0-1023",
  PartNumber: 1,
  IfMatch: "\"9b2cf535f27731c974343645a3985328\"",
  Expires: 1200,
});
// Send the signed headers with the URL, as the curl line shows.
console.log(url);
