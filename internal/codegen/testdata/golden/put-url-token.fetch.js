// url is the presigned URL; send exactly these headers.
const response = await fetch(url, {
  method: "PUT",
  body: file,
});
// The URL you pasted signs more than host: send these headers with exactly the signed values.
const pastedResponse = await fetch(pastedUrl, {
  method: "PUT",
  headers: {
    "content-type": "THE-SIGNED-VALUE",
    "x-amz-acl": "THE-SIGNED-VALUE",
  },
  body: file,
});
