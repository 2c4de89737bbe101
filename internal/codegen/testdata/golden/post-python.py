"""Presign POST (a browser form upload) with credentials from the default chain.

Written by Presign Doctor from the facts of your paste.
"""
import boto3
from botocore.config import Config

REGION = 'ap-southeast-2'
CONFIG = Config(
    signature_version='s3v4',
    s3={'addressing_style': 'virtual'},
)

# The default credential chain: environment, shared config, SSO, container or instance role.
client = boto3.Session().client('s3', region_name=REGION, config=CONFIG)


def presign_form():
    """Return a presigned POST for POST (a browser form upload)."""
    post = client.generate_presigned_post(
        Bucket='forms',
        Key='uploads/${filename}',
        Fields={
            'acl': 'private',
            'Content-Type': 'text/plain',
            'x-amz-meta-note': '@/etc/passwd',
        },
        Conditions=[
            {"acl": "private"},
            ["starts-with", "$Content-Type", "text/"],
            ["content-length-range", 0, 1048576],
        ],
        ExpiresIn=600,
    )
    return post


if __name__ == '__main__':
    print(presign_form())
