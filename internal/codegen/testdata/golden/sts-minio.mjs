// Presign GET (get_object) with credentials from the default chain.
import { S3Client, GetObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { fromTemporaryCredentials } from "@aws-sdk/credential-providers";

const client = new S3Client({
  region: "eu-west-1",
  endpoint: "http://127.0.0.1:9000",
  forcePathStyle: true,
  // No default integrity checksums in the URL (a checksum of an empty body, checksum mode):
  // S3-compatible stores reject them.
  requestChecksumCalculation: "WHEN_REQUIRED",
  responseChecksumValidation: "WHEN_REQUIRED",
  // Assume the role (with credentials from the default chain) for at least as long as the URL lives.
  credentials: fromTemporaryCredentials({
    params: {
      RoleArn: "arn:aws:iam::ACCOUNT_ID_1:role/uploader",
      RoleSessionName: "presign",
      DurationSeconds: 900,
    },
    clientConfig: { region: "eu-west-1", endpoint: "http://127.0.0.1:9000" },
  }),
});

const url = await getSignedUrl(
  client,
  new GetObjectCommand({
    Bucket: "e2e-bucket",
    Key: "report.csv",
  }),
  { expiresIn: 600 },
);
console.log(url);
