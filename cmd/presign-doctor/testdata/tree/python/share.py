# written: after-code
# source: https://aws.amazon.com/premiumsupport/knowledge-center/presigned-url-s3-bucket-expiration/
# (the knowledge-center snippet, with the keys written in and Params['Expires'] as users try it)
import boto3


def share_link(bucket, key):
    s3 = boto3.client(
        "s3",
        aws_access_key_id="AKIAIOSFODNN7EXAMPLE",
        aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    )
    return s3.generate_presigned_url(
        ClientMethod="get_object",
        Params={"Bucket": bucket, "Key": key, "Expires": 3600},
        ExpiresIn=700000,
    )
