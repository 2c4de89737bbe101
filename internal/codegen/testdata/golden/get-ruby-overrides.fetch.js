// url is the presigned URL; send exactly these headers.
const response = await fetch(url, {
  method: "GET",
  headers: {
    "Range": "bytes=0-1023",
    "If-Match": "\"9b2cf535f27731c974343645a3985328\"",
  },
});
