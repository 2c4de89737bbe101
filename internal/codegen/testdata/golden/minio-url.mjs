// Presign GET (get_object) with credentials from the default chain.
// Note: the expiry was above the SigV4 maximum: it is set to 604800 seconds (7 days).
import { S3Client, GetObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";

const client = new S3Client({
  region: "us-east-1",
  endpoint: "http://localhost:9000",
  forcePathStyle: true,
  // No default integrity checksums in the URL (a checksum of an empty body, checksum mode):
  // S3-compatible stores reject them.
  requestChecksumCalculation: "WHEN_REQUIRED",
  responseChecksumValidation: "WHEN_REQUIRED",
  // Credentials come from the default chain: environment, shared config, SSO, container or instance role.
});

const url = await getSignedUrl(
  client,
  new GetObjectCommand({
    Bucket: "media",
    Key: "videos/intro.mp4",
  }),
  { expiresIn: 604800 },
);
console.log(url);
