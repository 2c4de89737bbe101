// url is the presigned URL; send exactly these headers.
const response = await fetch(url, {
  method: "GET",
});
