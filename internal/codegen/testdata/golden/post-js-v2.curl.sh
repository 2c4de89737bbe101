# $URL and the fields are what generate_presigned_post returns; send every field, the file last.
curl --fail-with-body --form-string acl=public-read --form-string Content-Type=image/jpeg -F 'file=@./file' "$URL"
