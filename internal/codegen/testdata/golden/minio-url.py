"""Presign GET (get_object) with credentials from the default chain.

Written by Presign Doctor from the facts of your paste.
- the expiry was above the SigV4 maximum: it is set to 604800 seconds (7 days).
"""
import boto3
from botocore.config import Config

REGION = 'us-east-1'
CONFIG = Config(
    signature_version='s3v4',
    s3={'addressing_style': 'path'},
)
# S3-compatible stores reject the default integrity checksums of boto3 >= 1.36;
# older boto3 sends none and has no such settings.
if 'request_checksum_calculation' in Config.OPTION_DEFAULTS:
    CONFIG = CONFIG.merge(Config(request_checksum_calculation='when_required', response_checksum_validation='when_required'))

# The default credential chain: environment, shared config, SSO, container or instance role.
s3 = boto3.Session().client('s3', region_name=REGION, endpoint_url='http://localhost:9000', config=CONFIG)


def create_presigned_url():
    """Return a presigned URL for GET (get_object)."""
    url = s3.generate_presigned_url(
        'get_object',
        Params={
            'Bucket': 'media',
            'Key': 'videos/intro.mp4',
        },
        ExpiresIn=604800,
    )
    return url


if __name__ == '__main__':
    print(create_presigned_url())
