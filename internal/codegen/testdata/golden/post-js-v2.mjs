// Presign POST (a browser form upload) with credentials from the default chain.
import { S3Client } from "@aws-sdk/client-s3";
import { createPresignedPost } from "@aws-sdk/s3-presigned-post";

const client = new S3Client({
  region: "eu-west-1",
  // No default integrity checksums in the URL (a checksum of an empty body, checksum mode):
  // S3-compatible stores reject them.
  requestChecksumCalculation: "WHEN_REQUIRED",
  responseChecksumValidation: "WHEN_REQUIRED",
  // Credentials come from the default chain: environment, shared config, SSO, container or instance role.
});

const { url, fields } = await createPresignedPost(client, {
  Bucket: "avatars",
  Key: "users/42/${filename}",
  Fields: {
    "acl": "public-read",
    "Content-Type": "image/jpeg",
  },
  Expires: 300,
});
console.log(url, fields);
