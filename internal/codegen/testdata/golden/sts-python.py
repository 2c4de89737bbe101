"""Presign PUT (put_object) with credentials from the default chain.

Written by Presign Doctor from the facts of your paste.
- the paste sends the URL with PUT: it is presigned for put_object, the operation actually called.
- an assumed-role session lives at most 12 hours: the expiry is set to 43200 seconds, and DurationSeconds covers it (raise the role's MaxSessionDuration to match).
"""
import boto3
from botocore.config import Config

REGION = 'us-east-1'  # no region in the paste: set your bucket's region
ROLE_ARN = 'arn:aws:iam::ACCOUNT_ID_1:role/uploader'
CONFIG = Config(
    signature_version='s3v4',
    s3={'addressing_style': 'virtual'},
)


def s3_client():
    """Assume the role for this use only, for at least as long as the URL lives."""
    # The role is assumed with credentials from the default chain.
    creds = boto3.Session().client('sts', region_name=REGION).assume_role(
        RoleArn=ROLE_ARN,
        RoleSessionName='presign',
        DurationSeconds=43200,
    )['Credentials']
    return boto3.Session(
        aws_access_key_id=creds['AccessKeyId'],
        aws_secret_access_key=creds['SecretAccessKey'],
        aws_session_token=creds['SessionToken'],
    ).client('s3', region_name=REGION, config=CONFIG)


def create_presigned_url():
    """Return a presigned URL for PUT (put_object)."""
    s3 = s3_client()
    url = s3.generate_presigned_url(
        'put_object',
        Params={
            'Bucket': 'archive',
            'Key': '2024/backup.tar.gz',
        },
        ExpiresIn=43200,
    )
    return url


if __name__ == '__main__':
    print(create_presigned_url())
