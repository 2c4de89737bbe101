// Presign PUT (put_object) with credentials from the default chain.
import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";

const client = new S3Client({
  region: "eu-west-3",
  // No default integrity checksums in the URL (a checksum of an empty body, checksum mode):
  // S3-compatible stores reject them.
  requestChecksumCalculation: "WHEN_REQUIRED",
  responseChecksumValidation: "WHEN_REQUIRED",
  // Credentials come from the default chain: environment, shared config, SSO, container or instance role.
});

const url = await getSignedUrl(
  client,
  new PutObjectCommand({
    Bucket: "invoices",
    Key: "2024/01/inv-0001.pdf",
    ContentType: "application/pdf",
    ACL: "bucket-owner-full-control",
    ServerSideEncryption: "aws:kms",
    SSEKMSKeyId: "arn:aws:kms:eu-west-3:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
    ContentLength: 1048576,
    StorageClass: "STANDARD_IA",
    Tagging: "team=billing",
    CacheControl: "no-cache",
    ContentDisposition: "inline",
    ContentEncoding: "gzip",
    ContentLanguage: "fr",
    ContentMD5: "1B2M2Y8AsgTpgAmY7PhCfg==",
    ChecksumSHA256: "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
  }),
  { expiresIn: 600 },
);
console.log(url);
