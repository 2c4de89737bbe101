# written: after-code; re-included by !keep.generated.py in the root .gitignore
# source: https://github.com/aws/aws-cli/issues/5464
import boto3
s3 = boto3.client("s3", region_name="us-east-1")
url = s3.generate_presigned_url("get_object", Params={"Bucket": "b", "Key": "k"}, ExpiresIn=604801)
