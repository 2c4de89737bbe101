// Presign GET (get_object) with credentials from the default chain.
import { S3Client, GetObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";

const client = new S3Client({
  region: "ap-northeast-1",
  // No default integrity checksums in the URL (a checksum of an empty body, checksum mode):
  // S3-compatible stores reject them.
  requestChecksumCalculation: "WHEN_REQUIRED",
  responseChecksumValidation: "WHEN_REQUIRED",
  // Credentials come from the default chain: environment, shared config, SSO, container or instance role.
});

const url = await getSignedUrl(
  client,
  new GetObjectCommand({
    Bucket: "media-tokyo",
    Key: "videos/intro 1.mp4",
    ResponseContentDisposition: "attachment; filename=\"intro 1.mp4\"",
    ResponseContentType: "video/mp4",
    ResponseCacheControl: "max-age=60",
    ResponseContentEncoding: "identity",
    ResponseContentLanguage: "ja",
    VersionId: "3sL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY+MTRCxf3vjVBH40Nr8X8gdRQBpUMLUo",
    Range: "bytes=0-1023",
    PartNumber: 1,
    IfMatch: "\"9b2cf535f27731c974343645a3985328\"",
  }),
  { expiresIn: 1200 },
);
console.log(url);
