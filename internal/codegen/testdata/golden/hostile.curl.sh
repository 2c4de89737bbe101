# $URL is the presigned URL the code prints; send exactly these headers.
curl --fail-with-body -X PUT -H 'Content-Type: <script>alert(1)</script>"'\''`$(rm -rf ~)`
\x00 <img src=x onerror=alert(2)> [x](javascript:alert(3))   */ --> ]]>' -H 'x-amz-acl: public-read'\''' -H 'x-amz-tagging: a=b&c=<script>alert(1)</script>"'\''`$(rm -rf ~)`
\x00 <img src=x onerror=alert(2)> [x](javascript:alert(3))   */ --> ]]>' --upload-file ./file "$URL"
