// Presign PUT (upload_part) with credentials from the default chain.
import { S3Client, UploadPartCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";

const client = new S3Client({
  region: "us-east-1",
  endpoint: "http://127.0.0.1:9000",
  forcePathStyle: true,
  // No default integrity checksums in the URL (a checksum of an empty body, checksum mode):
  // S3-compatible stores reject them.
  requestChecksumCalculation: "WHEN_REQUIRED",
  responseChecksumValidation: "WHEN_REQUIRED",
  // Credentials come from the default chain: environment, shared config, SSO, container or instance role.
});

const url = await getSignedUrl(
  client,
  new UploadPartCommand({
    Bucket: "big-files",
    Key: "backups/db.tar",
    UploadId: "VXBsb2FkIElEIGZvciA2aWWpbmcncyBteS1tb3ZpZS5tMnRzIHVwbG9hZA",
    PartNumber: 3,
    ContentMD5: "1B2M2Y8AsgTpgAmY7PhCfg==",
  }),
  { expiresIn: 3600 },
);
console.log(url);
