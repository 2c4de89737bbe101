package codegen

import (
	"testing"
)

// TestPHPCredentialEdits checks the in-place fix of PHP code signing with
// literal keys: a 'credentials' => [ … ] array that holds only the
// literals goes whole, so the client reads the default chain, and every
// other line stays; literals read from elsewhere are left alone.
func TestPHPCredentialEdits(t *testing.T) {
	checkCredEdits(t, []credCase{
		{"credentials array (missing_session_token/php_credentials_array_asia_no_token)",
			"$s3 = new Aws\\S3\\S3Client([\n    'version' => 'latest',\n    'region'  => 'eu-central-1',\n    'credentials' => [\n        'key'    => 'AKIA_EXAMPLE_KEY_1',\n        'secret' => 'EXAMPLE_SECRET_ACCESS_KEY_1',\n    ],\n]);\n$cmd = $s3->getCommand('GetObject', ['Bucket' => 'b', 'Key' => $key]);\n",
			"$s3 = new Aws\\S3\\S3Client([\n    'version' => 'latest',\n    'region'  => 'eu-central-1',\n]);\n$cmd = $s3->getCommand('GetObject', ['Bucket' => 'b', 'Key' => $key]);\n"},
		{"array() form with a token, double quotes",
			"$s3 = new S3Client(array(\n    \"region\" => \"us-east-1\",\n    \"credentials\" => array(\n        \"key\" => \"AKIA_EXAMPLE_KEY_1\",\n        \"secret\" => \"EXAMPLE_SECRET_ACCESS_KEY_1\",\n        \"token\" => \"EXAMPLE_SESSION_TOKEN_1\",\n    ),\n));\n",
			"$s3 = new S3Client(array(\n    \"region\" => \"us-east-1\",\n));\n"},
		{"from the environment: no edit",
			"$s3 = new S3Client([\n    'region' => 'us-east-1',\n    'credentials' => [\n        'key'    => getenv('AWS_ACCESS_KEY_ID'),\n        'secret' => getenv('AWS_SECRET_ACCESS_KEY'),\n    ],\n]);\n",
			""},
	}, false, CredentialEdits)
}
