>>> import boto3
>>> s3 = boto3.client('s3',
...                   region_name='eu-central-1')
>>> s3.generate_presigned_url('get_object', Params={'Bucket': 'b', 'Key': 'k'})
'https://b.s3.amazonaws.com/k?AWSAccessKeyId=AKIA_KEY_1&Signature=abc&Expires=1700000000'
>>> 
