# $URL is the presigned URL the code prints; send exactly these headers.
curl --fail-with-body -X PUT -H 'Content-MD5: 1B2M2Y8AsgTpgAmY7PhCfg==' --upload-file ./file "$URL"
