# Presign PUT (upload_part) with credentials from the default chain.
# The AWS CLI cannot express this: aws s3 presign signs GET requests only, and this is PUT (upload_part).
# Use the Python, JavaScript or Go code instead.
