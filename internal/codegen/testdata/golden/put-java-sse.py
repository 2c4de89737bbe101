"""Presign PUT (put_object) with credentials from the default chain.

Written by Presign Doctor from the facts of your paste.
"""
import boto3
from botocore.config import Config

REGION = 'eu-west-3'
CONFIG = Config(
    signature_version='s3v4',
    s3={'addressing_style': 'virtual'},
)

# The default credential chain: environment, shared config, SSO, container or instance role.
s3 = boto3.Session().client('s3', region_name=REGION, config=CONFIG)


def create_presigned_url():
    """Return a presigned URL for PUT (put_object)."""
    presigned = s3.generate_presigned_url(
        'put_object',
        Params={
            'Bucket': 'invoices',
            'Key': '2024/01/inv-0001.pdf',
            'ContentType': 'application/pdf',
            'ACL': 'bucket-owner-full-control',
            'ServerSideEncryption': 'aws:kms',
            'SSEKMSKeyId': 'arn:aws:kms:eu-west-3:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
            'ContentLength': 1048576,
            'StorageClass': 'STANDARD_IA',
            'Tagging': 'team=billing',
            'CacheControl': 'no-cache',
            'ContentDisposition': 'inline',
            'ContentEncoding': 'gzip',
            'ContentLanguage': 'fr',
            'ContentMD5': '1B2M2Y8AsgTpgAmY7PhCfg==',
            'ChecksumSHA256': '47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=',
        },
        ExpiresIn=600,
    )
    return presigned


if __name__ == '__main__':
    print(create_presigned_url())
