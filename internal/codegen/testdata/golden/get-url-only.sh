# Presign GET (get_object) with credentials from the default chain.
aws s3 presign 's3://demo-bucket/reports/2024/q1 summary.pdf' --region us-west-2 --expires-in 900
