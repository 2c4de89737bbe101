# $URL is the presigned URL the code prints; send exactly these headers.
curl --fail-with-body -X PUT -H 'Content-Type: image/png' --upload-file ./file "$URL"
