// written: after-code
// source: https://github.com/aws/aws-sdk-js/issues/1099 (links for 30 days, v3 syntax as in aws-sdk-js-v3#5577)
import { S3Client, GetObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";

const s3 = new S3Client({ region: "eu-west-1" });

export async function invoiceLink(id) {
  return getSignedUrl(
    s3,
    new GetObjectCommand({ Bucket: "invoices-prod", Key: `inv/${id}.pdf` }),
    { expiresIn: 60 * 60 * 24 * 30 } // 30 days
  );
}
