# written: after-code
# source: https://github.com/aws/aws-sdk-ruby/issues/1442 (expires_in over the one-week maximum)
require 'aws-sdk-s3'

def weekly_link
  signer = Aws::S3::Presigner.new
  signer.presigned_url(:get_object, bucket: 'reports', key: 'weekly.csv', expires_in: 8 * 24 * 3600)
end
