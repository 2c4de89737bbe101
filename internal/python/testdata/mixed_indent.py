def handler(event, context):
    if event.get("x"):
	client = boto3.client("s3")
    else:
      client = None
  url = client.generate_presigned_url("put_object", Params=params)
        return url
print(url)
