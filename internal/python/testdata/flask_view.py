import boto3
from botocore.config import Config
s3 = boto3.client('s3', region_name="eu-west-1", config=Config(signature_version='s3v4', s3={'addressing_style': 'virtual'}))
@app.route("/x")
def handler(event, context):
    url = s3.generate_presigned_url('get_object', Params={'Bucket': b, 'Key': f"up/{name!r}"}, ExpiresIn=7*24*3600)
    return {"url": url}
