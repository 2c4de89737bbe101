"""Presign PUT (put_object) with credentials from the default chain.

Written by Presign Doctor from the facts of your paste.
- Params['Expires'] is the object's Expires header, not the URL's lifetime: it is dropped and ExpiresIn sets the lifetime.
"""
import sys

import boto3
from botocore.config import Config

REGION = 'eu-west-1'
CONFIG = Config(
    signature_version='s3v4',
    s3={'addressing_style': 'virtual'},
)

# The default credential chain: environment, shared config, SSO, container or instance role.
s3_client = boto3.Session().client('s3', region_name=REGION, config=CONFIG)


def make_upload_url(key):
    """Return a presigned URL for PUT (put_object)."""
    upload_url = s3_client.generate_presigned_url(
        'put_object',
        Params={
            'Bucket': 'user-uploads',
            'Key': key,
            'ContentType': 'image/png',
        },
        ExpiresIn=900,
    )
    return upload_url


if __name__ == '__main__':
    print(make_upload_url(*sys.argv[1:]))
