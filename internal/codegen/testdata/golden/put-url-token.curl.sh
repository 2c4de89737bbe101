# $URL is the presigned URL the code prints; send exactly these headers.
curl --fail-with-body -X PUT --upload-file ./file "$URL"
# The URL you pasted signs more than host: send these headers with exactly the signed values.
curl --fail-with-body -X PUT -H 'content-type: THE-SIGNED-VALUE' -H 'x-amz-acl: THE-SIGNED-VALUE' --upload-file ./file "$PASTED_URL"
