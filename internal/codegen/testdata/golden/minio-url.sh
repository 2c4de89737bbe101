# Presign GET (get_object) with credentials from the default chain.
# Note: the expiry was above the SigV4 maximum: it is set to 604800 seconds (7 days).
aws s3 presign s3://media/videos/intro.mp4 --region us-east-1 --expires-in 604800 --endpoint-url http://localhost:9000
