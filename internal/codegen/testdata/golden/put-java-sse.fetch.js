// url is the presigned URL; send exactly these headers.
const response = await fetch(url, {
  method: "PUT",
  headers: {
    "Content-Type": "application/pdf",
    "x-amz-acl": "bucket-owner-full-control",
    "x-amz-server-side-encryption": "aws:kms",
    "x-amz-server-side-encryption-aws-kms-key-id": "arn:aws:kms:eu-west-3:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
    "Content-Length": "1048576",
    "x-amz-storage-class": "STANDARD_IA",
    "x-amz-tagging": "team=billing",
    "Cache-Control": "no-cache",
    "Content-Disposition": "inline",
    "Content-Encoding": "gzip",
    "Content-Language": "fr",
    "Content-MD5": "1B2M2Y8AsgTpgAmY7PhCfg==",
  },
  body: file,
});
