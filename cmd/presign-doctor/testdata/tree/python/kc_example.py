# written: after-code
# source: https://aws.amazon.com/premiumsupport/knowledge-center/presigned-url-s3-bucket-expiration/ (the fixed form of the page, which still presigns on the global host: boto3#1644)
import boto3
from botocore.client import Config

s3 = boto3.client("s3", region_name="eu-west-1", config=Config(signature_version="s3v4"))


def link(bucket, key):
    return s3.generate_presigned_url(
        ClientMethod="get_object",
        Params={"Bucket": bucket, "Key": key},
        ExpiresIn=3600,
    )
