// Presign PUT (put_object) with credentials from the default chain.
// Note: the paste sends the URL with PUT: it is presigned for put_object, the operation actually called.
// Note: an assumed-role session lives at most 12 hours: the expiry is set to 43200 seconds, and DurationSeconds covers it (raise the role's MaxSessionDuration to match).
import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { fromTemporaryCredentials } from "@aws-sdk/credential-providers";

const client = new S3Client({
  region: "us-east-1", // no region in the paste: set your bucket's region
  // No default integrity checksums in the URL (a checksum of an empty body, checksum mode):
  // S3-compatible stores reject them.
  requestChecksumCalculation: "WHEN_REQUIRED",
  responseChecksumValidation: "WHEN_REQUIRED",
  // Assume the role (with credentials from the default chain) for at least as long as the URL lives.
  credentials: fromTemporaryCredentials({
    params: {
      RoleArn: "arn:aws:iam::ACCOUNT_ID_1:role/uploader",
      RoleSessionName: "presign",
      DurationSeconds: 43200,
    },
    clientConfig: { region: "us-east-1" },
  }),
});

const url = await getSignedUrl(
  client,
  new PutObjectCommand({
    Bucket: "archive",
    Key: "2024/backup.tar.gz",
  }),
  { expiresIn: 43200 },
);
console.log(url);
