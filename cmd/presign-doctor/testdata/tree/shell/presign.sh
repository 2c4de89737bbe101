#!/bin/sh
# written: after-code
# source: https://github.com/aws/aws-cli/issues/5464 (aws s3 presign --expires-in 604801 is accepted, S3 refuses the URL)
set -eu
aws s3 presign s3://any-object/report.csv --expires-in 604801
