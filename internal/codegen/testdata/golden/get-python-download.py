"""Presign GET (get_object) with credentials from the default chain.

Written by Presign Doctor from the facts of your paste.
"""
import boto3
from botocore.config import Config

REGION = 'eu-north-1'
CONFIG = Config(
    signature_version='s3v4',
    s3={'addressing_style': 'virtual'},
)

# The default credential chain: environment, shared config, SSO, container or instance role.
s3 = boto3.Session().client('s3', region_name=REGION, config=CONFIG)


def download_link():
    """Return a presigned URL for GET (get_object)."""
    download_url = s3.generate_presigned_url(
        'get_object',
        Params={
            'Bucket': 'exports',
            'Key': '2024/report.csv',
            'ResponseContentDisposition': 'attachment; filename="report.csv"',
            'VersionId': '3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY',
            'PartNumber': 1,
        },
        ExpiresIn=300,
    )
    return download_url


if __name__ == '__main__':
    print(download_link())
