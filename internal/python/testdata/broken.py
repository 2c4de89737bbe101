import boto3
s3 = boto3.client('s3', aws_access_key_id=<AWS_KEY_ID_1>, aws_secret_access_key=***)
url = s3.generate_presigned_url('get_object', Params={'Bucket': 'b', 'Key': 'k'} ExpiresIn=60)
print url
def broken(:
    return `x`
s = 'not closed
t = """also
not closed
