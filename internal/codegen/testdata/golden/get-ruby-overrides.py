"""Presign GET (get_object) with credentials from the default chain.

Written by Presign Doctor from the facts of your paste.
"""
import boto3
from botocore.config import Config

REGION = 'ap-northeast-1'
CONFIG = Config(
    signature_version='s3v4',
    s3={'addressing_style': 'virtual'},
)

# The default credential chain: environment, shared config, SSO, container or instance role.
s3 = boto3.Session().client('s3', region_name=REGION, config=CONFIG)


def create_presigned_url():
    """Return a presigned URL for GET (get_object)."""
    url = s3.generate_presigned_url(
        'get_object',
        Params={
            'Bucket': 'media-tokyo',
            'Key': 'videos/intro 1.mp4',
            'ResponseContentDisposition': 'attachment; filename="intro 1.mp4"',
            'ResponseContentType': 'video/mp4',
            'ResponseCacheControl': 'max-age=60',
            'ResponseContentEncoding': 'identity',
            'ResponseContentLanguage': 'ja',
            'VersionId': '3sL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY+MTRCxf3vjVBH40Nr8X8gdRQBpUMLUo',
            'Range': 'bytes=0-1023',
            'PartNumber': 1,
            'IfMatch': '"9b2cf535f27731c974343645a3985328"',
        },
        ExpiresIn=1200,
    )
    return url


if __name__ == '__main__':
    print(create_presigned_url())
