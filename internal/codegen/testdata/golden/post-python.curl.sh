# $URL and the fields are what generate_presigned_post returns; send every field, the file last.
curl --fail-with-body -F acl=private -F Content-Type=text/plain -F 'file=@./file' "$URL"
