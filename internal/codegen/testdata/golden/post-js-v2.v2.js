// Presign POST (a browser form upload) with credentials from the default chain
// (environment, shared config, container or instance role).
// The AWS SDK for JavaScript v2 has reached end of support: the v3 program does the same.
const AWS = require("aws-sdk");

const s3 = new AWS.S3({
  region: "eu-west-1",
  signatureVersion: "v4",
});

const post = s3.createPresignedPost({
  Bucket: "avatars",
  Fields: {
    key: "users/42/${filename}",
    "acl": "public-read",
    "Content-Type": "image/jpeg",
  },
  Expires: 300,
});
console.log(post.url, post.fields);
