# Presign GET (get_object) with credentials from the default chain.
# Assume the role for this use only, for at least as long as the URL lives.
read -r AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN < <(
  aws sts assume-role --region eu-west-1 --endpoint-url http://127.0.0.1:9000 \
    --role-arn arn:aws:iam::ACCOUNT_ID_1:role/uploader \
    --role-session-name presign \
    --duration-seconds 900 \
    --query 'Credentials.[AccessKeyId,SecretAccessKey,SessionToken]' --output text)
export AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN
aws s3 presign s3://e2e-bucket/report.csv --region eu-west-1 --expires-in 600 --endpoint-url http://127.0.0.1:9000
