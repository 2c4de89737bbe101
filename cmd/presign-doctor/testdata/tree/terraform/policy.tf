# written: after-code
# source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_s3_full-access-mfa.html
# (an MFA condition on the role that signs: presigned requests carry no MFA)
data "aws_iam_policy_document" "reader" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::prod-exports/*"]
    condition {
      test     = "Bool"
      variable = "aws:MultiFactorAuthPresent"
      values   = ["true"]
    }
  }
}
