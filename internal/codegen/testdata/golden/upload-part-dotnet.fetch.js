// url is the presigned URL; send exactly these headers.
const response = await fetch(url, {
  method: "PUT",
  headers: {
    "Content-MD5": "1B2M2Y8AsgTpgAmY7PhCfg==",
  },
  body: file,
});
