"""Presign GET (get_object) with credentials from the default chain.

Written by Presign Doctor from the facts of your paste.
"""
import boto3
from botocore.config import Config

REGION = 'eu-west-1'
ROLE_ARN = 'arn:aws:iam::ACCOUNT_ID_1:role/uploader'
CONFIG = Config(
    signature_version='s3v4',
    s3={'addressing_style': 'path'},
)
# S3-compatible stores reject the default integrity checksums of boto3 >= 1.36;
# older boto3 sends none and has no such settings.
if 'request_checksum_calculation' in Config.OPTION_DEFAULTS:
    CONFIG = CONFIG.merge(Config(request_checksum_calculation='when_required', response_checksum_validation='when_required'))


def s3_client():
    """Assume the role for this use only, for at least as long as the URL lives."""
    # The role is assumed with credentials from the default chain.
    creds = boto3.Session().client('sts', region_name=REGION, endpoint_url='http://127.0.0.1:9000').assume_role(
        RoleArn=ROLE_ARN,
        RoleSessionName='presign',
        DurationSeconds=900,
    )['Credentials']
    return boto3.Session(
        aws_access_key_id=creds['AccessKeyId'],
        aws_secret_access_key=creds['SecretAccessKey'],
        aws_session_token=creds['SessionToken'],
    ).client('s3', region_name=REGION, endpoint_url='http://127.0.0.1:9000', config=CONFIG)


def create_presigned_url():
    """Return a presigned URL for GET (get_object)."""
    s3 = s3_client()
    url = s3.generate_presigned_url(
        'get_object',
        Params={
            'Bucket': 'e2e-bucket',
            'Key': 'report.csv',
        },
        ExpiresIn=600,
    )
    return url


if __name__ == '__main__':
    print(create_presigned_url())
