"""Presign POST (a browser form upload) with credentials from the default chain.

Written by Presign Doctor from the facts of your paste.
"""
import boto3
from botocore.config import Config

REGION = 'eu-west-1'
CONFIG = Config(
    signature_version='s3v4',
    s3={'addressing_style': 'virtual'},
)

# The default credential chain: environment, shared config, SSO, container or instance role.
s3 = boto3.Session().client('s3', region_name=REGION, config=CONFIG)


def create_presigned_post():
    """Return a presigned POST for POST (a browser form upload)."""
    post = s3.generate_presigned_post(
        Bucket='avatars',
        Key='users/42/${filename}',
        Fields={
            'acl': 'public-read',
            'Content-Type': 'image/jpeg',
        },
        ExpiresIn=300,
    )
    return post


if __name__ == '__main__':
    print(create_presigned_post())
