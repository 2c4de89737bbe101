"""Presign DELETE (delete_object) with credentials from the default chain.

Written by Presign Doctor from the facts of your paste.
"""
import boto3
from botocore.config import Config

REGION = 'sa-east-1'
CONFIG = Config(
    signature_version='s3v4',
    s3={'addressing_style': 'virtual'},
)

# The default credential chain: environment, shared config, SSO, container or instance role.
s3 = boto3.Session().client('s3', region_name=REGION, config=CONFIG)


def create_presigned_url():
    """Return a presigned URL for DELETE (delete_object)."""
    url = s3.generate_presigned_url(
        'delete_object',
        Params={
            'Bucket': 'o\'brien-bucket',
            'Key': 'it\'s\\a "quoted" key.txt',
            'VersionId': 'null',
        },
        ExpiresIn=300,
    )
    return url


if __name__ == '__main__':
    print(create_presigned_url())
