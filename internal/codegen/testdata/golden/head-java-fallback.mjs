// Presign HEAD (head_object) with credentials from the default chain.
import { S3Client, HeadObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";

const client = new S3Client({
  region: "ca-central-1",
  // No default integrity checksums in the URL (a checksum of an empty body, checksum mode):
  // S3-compatible stores reject them.
  requestChecksumCalculation: "WHEN_REQUIRED",
  responseChecksumValidation: "WHEN_REQUIRED",
  // Credentials come from the default chain: environment, shared config, SSO, container or instance role.
});

const url = await getSignedUrl(
  client,
  new HeadObjectCommand({
    Bucket: "reports",
    Key: "q1.csv",
    VersionId: "v1",
  }),
  { expiresIn: 60 },
);
console.log(url);
