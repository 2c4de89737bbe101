// url is the presigned URL; send exactly these headers.
const response = await fetch(url, {
  method: "PUT",
  headers: {
    "Content-Type": "\u003cscript\u003ealert(1)\u003c/script\u003e\"'`$(rm -rf ~)`\n\\x00 \u003cimg src=x onerror=alert(2)\u003e [x](javascript:alert(3)) \u2028 */ --\u003e ]]\u003e",
    "x-amz-acl": "public-read'",
    "x-amz-tagging": "a=b\u0026c=\u003cscript\u003ealert(1)\u003c/script\u003e\"'`$(rm -rf ~)`\n\\x00 \u003cimg src=x onerror=alert(2)\u003e [x](javascript:alert(3)) \u2028 */ --\u003e ]]\u003e",
  },
  body: file,
});
