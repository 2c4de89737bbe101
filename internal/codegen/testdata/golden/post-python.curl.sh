# $URL and the fields are what generate_presigned_post returns; send every field, the file last.
curl --fail-with-body --form-string acl=private --form-string Content-Type=text/plain --form-string x-amz-meta-note=@/etc/passwd -F 'file=@./file' "$URL"
