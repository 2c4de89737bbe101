// written: after-code
// source: https://github.com/aws/aws-sdk-js-v3/issues/5577 (the maintainer's example, within a week: silent)
import { S3Client, GetObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";

const client = new S3Client({ region: "us-east-1" });
const command = new GetObjectCommand({ Bucket: "foo-bucket-999", Key: "sample.xlsx" });
export const url = await getSignedUrl(client, command, { expiresIn: 604800 });
