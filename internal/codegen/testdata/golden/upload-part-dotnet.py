"""Presign PUT (upload_part) with credentials from the default chain.

Written by Presign Doctor from the facts of your paste.
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
s3 = boto3.Session().client('s3', region_name=REGION, endpoint_url='http://127.0.0.1:9000', config=CONFIG)


def create_presigned_url():
    """Return a presigned URL for PUT (upload_part)."""
    url = s3.generate_presigned_url(
        'upload_part',
        Params={
            'Bucket': 'big-files',
            'Key': 'backups/db.tar',
            'UploadId': 'VXBsb2FkIElEIGZvciA2aWWpbmcncyBteS1tb3ZpZS5tMnRzIHVwbG9hZA',
            'PartNumber': 3,
            'ContentMD5': '1B2M2Y8AsgTpgAmY7PhCfg==',
        },
        ExpiresIn=3600,
    )
    return url


if __name__ == '__main__':
    print(create_presigned_url())
