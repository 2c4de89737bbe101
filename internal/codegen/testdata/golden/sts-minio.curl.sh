# $URL is the presigned URL the code prints; send exactly these headers.
curl --fail-with-body -o ./object "$URL"
