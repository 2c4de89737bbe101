# Presign GET (get_object) with credentials from the default chain.
# The AWS CLI cannot express this: aws s3 presign cannot sign extra parameters such as ResponseContentDisposition.
# Use the Python, JavaScript or Go code instead.
