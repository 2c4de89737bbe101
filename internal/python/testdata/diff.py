@@ -1,5 +1,6 @@
 import boto3
+from botocore.config import Config
-s3 = boto3.client('s3')
+s3 = boto3.client('s3', region_name='eu-west-2',
+                  config=Config(signature_version='s3v4'))
 def get_url(key):
     return s3.generate_presigned_url('get_object',
         Params={'Bucket': BUCKET, 'Key': key}, ExpiresIn=3600)
