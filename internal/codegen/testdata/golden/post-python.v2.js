// Presign POST (a browser form upload) with credentials from the default chain
// (environment, shared config, container or instance role).
// The AWS SDK for JavaScript v2 has reached end of support: the v3 program does the same.
const AWS = require("aws-sdk");

const s3 = new AWS.S3({
  region: "ap-southeast-2",
  signatureVersion: "v4",
});

const post = s3.createPresignedPost({
  Bucket: "forms",
  Fields: {
    key: "uploads/${filename}",
    "acl": "private",
    "Content-Type": "text/plain",
    "x-amz-meta-note": "@/etc/passwd",
  },
  // Carry over the Conditions of your code here.
  Expires: 600,
});
console.log(post.url, post.fields);
