// Presign PUT (put_object) with credentials from the default chain
// (environment, shared config, container or instance role).
// The AWS SDK for JavaScript v2 has reached end of support: the v3 program does the same.
const AWS = require("aws-sdk");

const s3 = new AWS.S3({
  region: "us-east-2",
  signatureVersion: "v4",
  endpoint: "https://minio.example.com/\u003cscript\u003ealert(1)\u003c/script\u003e\"'`$(rm -rf ~)`\n\\x00 \u003cimg src=x onerror=alert(2)\u003e [x](javascript:alert(3)) \u2028 */ --\u003e ]]\u003e",
  s3ForcePathStyle: true,
});

const url = s3.getSignedUrl("putObject", {
  Bucket: "b\u003cscript\u003e\u003cscript\u003ealert(1)\u003c/script\u003e\"'`$(rm -rf ~)`\n\\x00 \u003cimg src=x onerror=alert(2)\u003e [x](javascript:alert(3)) \u2028 */ --\u003e ]]\u003e",
  Key: "\u003cscript\u003ealert(1)\u003c/script\u003e\"'`$(rm -rf ~)`\n\\x00 \u003cimg src=x onerror=alert(2)\u003e [x](javascript:alert(3)) \u2028 */ --\u003e ]]\u003e",
  ContentType: "\u003cscript\u003ealert(1)\u003c/script\u003e\"'`$(rm -rf ~)`\n\\x00 \u003cimg src=x onerror=alert(2)\u003e [x](javascript:alert(3)) \u2028 */ --\u003e ]]\u003e",
  ACL: "public-read'",
  Tagging: "a=b\u0026c=\u003cscript\u003ealert(1)\u003c/script\u003e\"'`$(rm -rf ~)`\n\\x00 \u003cimg src=x onerror=alert(2)\u003e [x](javascript:alert(3)) \u2028 */ --\u003e ]]\u003e",
  Expires: 3600,
});
// Send the signed headers with the URL, as the curl line shows.
console.log(url);
