# Presign GET (get_object) with credentials from the default chain.
aws s3 presign s3://logs-eu/app/2024-01-15.log --region eu-west-1 --expires-in 3600
