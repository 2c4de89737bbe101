# Presign PUT (put_object) with credentials from the default chain.
# Note: the paste sends the URL with PUT: it is presigned for put_object, the operation actually called.
# Note: an assumed-role session lives at most 12 hours: the expiry is set to 43200 seconds, and DurationSeconds covers it (raise the role's MaxSessionDuration to match).
# No region in the paste: set your bucket's region.
# The AWS CLI cannot express this: aws s3 presign signs GET requests only, and this is PUT (put_object).
# Use the Python, JavaScript or Go code instead.
