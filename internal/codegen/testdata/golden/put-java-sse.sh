# Presign PUT (put_object) with credentials from the default chain.
# The AWS CLI cannot express this: aws s3 presign signs GET requests only, and this is PUT (put_object).
# Use the Python, JavaScript or Go code instead.
