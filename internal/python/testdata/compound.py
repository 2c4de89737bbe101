# a comment
import os, sys as system
from boto3.session import (Session,
    Config as C)

class Uploader(object):
    """Doc."""
    bucket: str = os.environ.get("BUCKET", "default")

    @staticmethod
    async def sign(self, key, *args, expires=7 * 24 * 60 * 60, **kw):
        async with aiobotocore.get_session().create_client('s3') as s3, other() as o:
            return await s3.generate_presigned_url('get_object', Params={**base, 'Key': key})

try:
    creds = sts.assume_role(RoleArn=ARN, RoleSessionName='x', DurationSeconds=900)['Credentials']
except ClientError as e:
    raise RuntimeError("no") from e
else:
    pass
finally:
    done = True

for i, (k, v) in enumerate(items.items()):
    total += v if v > 0 else -v
while not ready: ready = check()
if a: x = 1
elif b and not c: x = 2
else: x = 3
urls = [s3.generate_presigned_url('get_object', Params={'Bucket': b, 'Key': k}) for k in keys if k]
d = {k: v for k, v in pairs}
s = {1, 2}
t = 1,
lam = lambda x, y=2: x * y ** -1
name = f"{user['id']}/{file_name:>10}" + "x" "y"
print("a", file=sys.stderr)
a, *rest = [1, 2, 3]
x[1:2, ::3] = None
del x[0]; assert x, "msg"
global g
if (n := len(a)) > 10: pass
