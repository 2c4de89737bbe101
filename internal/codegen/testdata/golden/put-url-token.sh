# Presign PUT (put_object) with credentials from the default chain.
# Note: temporary credentials may end within the hour: the expiry is set to 3600 seconds (sign with credentials that live longer, or mint URLs on demand).
# The AWS CLI cannot express this: aws s3 presign signs GET requests only, and this is PUT (put_object).
# Use the Python, JavaScript or Go code instead.
