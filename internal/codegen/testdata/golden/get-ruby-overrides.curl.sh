# $URL is the presigned URL the code prints; send exactly these headers.
curl --fail-with-body -H 'Range: bytes=0-1023' -H 'If-Match: "9b2cf535f27731c974343645a3985328"' -o ./object "$URL"
