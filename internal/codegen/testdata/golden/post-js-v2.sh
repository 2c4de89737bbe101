# Presign POST (a browser form upload) with credentials from the default chain.
# The AWS CLI cannot express this: a presigned POST (form upload) cannot be made with aws s3 presign.
# Use the Python, JavaScript or Go code instead.
