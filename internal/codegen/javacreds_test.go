package codegen

import (
	"testing"
)

// TestJavaCredentialEdits checks the in-place fix of Java code signing
// with literal keys: the static provider becomes the default chain's, the
// statement holding the keys goes when the provider was its only use, and
// every other line stays.
func TestJavaCredentialEdits(t *testing.T) {
	checkCredEdits(t, []credCase{
		{"2.x through a variable (hardcoded_credentials/java_v2_basic_credentials)",
			"AwsBasicCredentials creds = AwsBasicCredentials.create(\"AKIA_EXAMPLE_KEY_1\", \"EXAMPLE_SECRET_ACCESS_KEY_1\");\nS3Presigner presigner = S3Presigner.builder()\n        .region(Region.EU_CENTRAL_1)\n        .credentialsProvider(StaticCredentialsProvider.create(creds))\n        .build();\n",
			"S3Presigner presigner = S3Presigner.builder()\n        .region(Region.EU_CENTRAL_1)\n        .credentialsProvider(DefaultCredentialsProvider.create())\n        .build();\n"},
		{"2.x inline, with its import",
			"import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;\nimport software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;\n\nS3Presigner presigner = S3Presigner.builder()\n    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(\"AKIA_EXAMPLE_KEY_1\", \"EXAMPLE_SECRET_ACCESS_KEY_1\")))\n    .build();\n",
			"import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;\nimport software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;\nimport software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;\n\nS3Presigner presigner = S3Presigner.builder()\n    .credentialsProvider(DefaultCredentialsProvider.create())\n    .build();\n"},
		{"1.x inline",
			"AmazonS3 s3 = AmazonS3ClientBuilder.standard()\n    .withCredentials(new AWSStaticCredentialsProvider(new BasicAWSCredentials(\"AKIA_EXAMPLE_KEY_1\", \"EXAMPLE_SECRET_ACCESS_KEY_1\")))\n    .withRegion(Regions.US_EAST_1)\n    .build();\n",
			"AmazonS3 s3 = AmazonS3ClientBuilder.standard()\n    .withCredentials(DefaultAWSCredentialsProviderChain.getInstance())\n    .withRegion(Regions.US_EAST_1)\n    .build();\n"},
		{"keys used twice: no in-place fix",
			"AwsBasicCredentials creds = AwsBasicCredentials.create(\"AKIA_EXAMPLE_KEY_1\", \"EXAMPLE_SECRET_ACCESS_KEY_1\");\nS3Presigner p = S3Presigner.builder().credentialsProvider(StaticCredentialsProvider.create(creds)).build();\nS3Client c = S3Client.builder().credentialsProvider(StaticCredentialsProvider.create(creds)).build();\n",
			""},
	}, true, javaCredentialEdits)
}
