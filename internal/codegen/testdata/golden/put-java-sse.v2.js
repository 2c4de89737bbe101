// Presign PUT (put_object) with credentials from the default chain
// (environment, shared config, container or instance role).
// The AWS SDK for JavaScript v2 has reached end of support: the v3 program does the same.
const AWS = require("aws-sdk");

const s3 = new AWS.S3({
  region: "eu-west-3",
  signatureVersion: "v4",
});

const url = s3.getSignedUrl("putObject", {
  Bucket: "invoices",
  Key: "2024/01/inv-0001.pdf",
  ContentType: "application/pdf",
  ACL: "bucket-owner-full-control",
  ServerSideEncryption: "aws:kms",
  SSEKMSKeyId: "arn:aws:kms:eu-west-3:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
  ContentLength: 1048576,
  StorageClass: "STANDARD_IA",
  Tagging: "team=billing",
  CacheControl: "no-cache",
  ContentDisposition: "inline",
  ContentEncoding: "gzip",
  ContentLanguage: "fr",
  ContentMD5: "1B2M2Y8AsgTpgAmY7PhCfg==",
  Expires: 600,
});
// Not carried over (set them as in your code): ChecksumSHA256.
// Send the signed headers with the URL, as the curl line shows.
console.log(url);
