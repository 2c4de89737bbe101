# written: after-code
# source: https://github.com/boto/boto3/issues/1644 (the fix the thread settled on: regional, s3v4, virtual addressing; must stay silent)
import boto3
from botocore.client import Config

s3 = boto3.client(
    "s3",
    region_name="eu-central-1",
    config=Config(signature_version="s3v4", s3={"addressing_style": "virtual"}),
)


def link(bucket, key):
    return s3.generate_presigned_url("get_object", Params={"Bucket": bucket, "Key": key}, ExpiresIn=3600)
