"""Presign PUT (put_object) with credentials from the default chain.

Written by Presign Doctor from the facts of your paste.
"""
import boto3
from botocore.config import Config

REGION = 'us-east-2'
CONFIG = Config(
    signature_version='s3v4',
    s3={'addressing_style': 'path'},
)
# S3-compatible stores reject the default integrity checksums of boto3 >= 1.36;
# older boto3 sends none and has no such settings.
if 'request_checksum_calculation' in Config.OPTION_DEFAULTS:
    CONFIG = CONFIG.merge(Config(request_checksum_calculation='when_required', response_checksum_validation='when_required'))

# The default credential chain: environment, shared config, SSO, container or instance role.
s3 = boto3.Session().client('s3', region_name=REGION, endpoint_url='https://minio.example.com/<script>alert(1)</script>"\'`$(rm -rf ~)`\n\\x00 <img src=x onerror=alert(2)> [x](javascript:alert(3)) \u2028 */ --> ]]>', config=CONFIG)


def create_presigned_url():
    """Return a presigned URL for PUT (put_object)."""
    url = s3.generate_presigned_url(
        'put_object',
        Params={
            'Bucket': 'b<script><script>alert(1)</script>"\'`$(rm -rf ~)`\n\\x00 <img src=x onerror=alert(2)> [x](javascript:alert(3)) \u2028 */ --> ]]>',
            'Key': '<script>alert(1)</script>"\'`$(rm -rf ~)`\n\\x00 <img src=x onerror=alert(2)> [x](javascript:alert(3)) \u2028 */ --> ]]>',
            'ContentType': '<script>alert(1)</script>"\'`$(rm -rf ~)`\n\\x00 <img src=x onerror=alert(2)> [x](javascript:alert(3)) \u2028 */ --> ]]>',
            'ACL': 'public-read\'',
            'Tagging': 'a=b&c=<script>alert(1)</script>"\'`$(rm -rf ~)`\n\\x00 <img src=x onerror=alert(2)> [x](javascript:alert(3)) \u2028 */ --> ]]>',
        },
        ExpiresIn=3600,
    )
    return url


if __name__ == '__main__':
    print(create_presigned_url())
