// Presign PUT (put_object) with credentials from the default chain.
import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";

const client = new S3Client({
  region: "us-east-2",
  endpoint: "https://minio.example.com/\u003cscript\u003ealert(1)\u003c/script\u003e\"'`$(rm -rf ~)`\n\\x00 \u003cimg src=x onerror=alert(2)\u003e [x](javascript:alert(3)) \u2028 */ --\u003e ]]\u003e",
  forcePathStyle: true,
  // No default integrity checksums in the URL (a checksum of an empty body, checksum mode):
  // S3-compatible stores reject them.
  requestChecksumCalculation: "WHEN_REQUIRED",
  responseChecksumValidation: "WHEN_REQUIRED",
  // Credentials come from the default chain: environment, shared config, SSO, container or instance role.
});

const url = await getSignedUrl(
  client,
  new PutObjectCommand({
    Bucket: "b\u003cscript\u003e\u003cscript\u003ealert(1)\u003c/script\u003e\"'`$(rm -rf ~)`\n\\x00 \u003cimg src=x onerror=alert(2)\u003e [x](javascript:alert(3)) \u2028 */ --\u003e ]]\u003e",
    Key: "\u003cscript\u003ealert(1)\u003c/script\u003e\"'`$(rm -rf ~)`\n\\x00 \u003cimg src=x onerror=alert(2)\u003e [x](javascript:alert(3)) \u2028 */ --\u003e ]]\u003e",
    ContentType: "\u003cscript\u003ealert(1)\u003c/script\u003e\"'`$(rm -rf ~)`\n\\x00 \u003cimg src=x onerror=alert(2)\u003e [x](javascript:alert(3)) \u2028 */ --\u003e ]]\u003e",
    ACL: "public-read'",
    Tagging: "a=b\u0026c=\u003cscript\u003ealert(1)\u003c/script\u003e\"'`$(rm -rf ~)`\n\\x00 \u003cimg src=x onerror=alert(2)\u003e [x](javascript:alert(3)) \u2028 */ --\u003e ]]\u003e",
  }),
  { expiresIn: 3600 },
);
console.log(url);
