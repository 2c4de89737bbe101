"""Presign PUT (put_object) with credentials from the default chain.

Written by Presign Doctor from the facts of your paste.
- temporary credentials may end within the hour: the expiry is set to 3600 seconds (sign with credentials that live longer, or mint URLs on demand).
"""
import boto3
from botocore.config import Config

REGION = 'eu-central-1'
CONFIG = Config(
    signature_version='s3v4',
    s3={'addressing_style': 'virtual'},
)

# The default credential chain: environment, shared config, SSO, container or instance role.
s3 = boto3.Session().client('s3', region_name=REGION, config=CONFIG)


def create_presigned_url():
    """Return a presigned URL for PUT (put_object)."""
    url = s3.generate_presigned_url(
        'put_object',
        Params={
            'Bucket': 'uploads',
            'Key': 'in/photo.png',
        },
        ExpiresIn=3600,
    )
    return url


if __name__ == '__main__':
    print(create_presigned_url())
