// Presign Doctor examples: realistic broken cases for the examples menu.
// Keys are AWS's documented example keys, assembled at run time so that no
// credential-shaped literal sits in this file; none of them is real.
"use strict";

(function (g) {
  const AKID = "AKIA" + "IOSFODNN7" + "EXAMPLE";
  const ASID = "ASIA" + "IOSFODNN7" + "EXAMPLE";
  const SECRET = "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCYEXAMPLEKEY";
  const SIG = "aeeed9bbccd4d02ee5c0109b86d86835" + "f995330da4c265957d157751f604d404";
  // Signed with the example secret for the PUT of u/42.png below with
  // content-type image/png; S3's string to sign hashes its canonical request
  // with the image/jpeg the browser sent. Verifying with the example secret
  // shows the URL is intact and the request changed on the way.
  const SIG_PUT = "c5dd523b114bc50d3b1d78f18c3adb30" + "0d40f457d616775ca15f38f971e69a7f";
  const SIG2 = "vjbyPxybdZaNmGa%2ByT272YEAiv4%3D";
  const TOKEN = "IQoJb3JpZ2luX2VjEJr" + "EXAMPLETOKEN".repeat(8) + "Zm9vYmFy";

  const examples = [
    {
      id: "hardcoded",
      title: "Hard-coded keys in boto3",
      rules: ["hardcoded_credentials"],
      text: [
        "import boto3",
        "",
        "s3 = boto3.client(",
        "    's3',",
        "    region_name='eu-west-1',",
        "    aws_access_key_id='" + AKID + "',",
        "    aws_secret_access_key='" + SECRET + "',",
        ")",
        "",
        "url = s3.generate_presigned_url(",
        "    'get_object',",
        "    Params={'Bucket': 'reports-eu', 'Key': 'q3/summary.pdf'},",
        "    ExpiresIn=3600,",
        ")",
        "print(url)",
      ].join("\n"),
    },
    {
      id: "cached-sts",
      title: "Cached STS credentials reused after they expire",
      rules: ["cached_sts_credentials"],
      text: [
        "import boto3",
        "",
        "sts = boto3.client('sts')",
        "# assumed once at import time and reused for every request",
        "creds = sts.assume_role(",
        "    RoleArn='arn:aws:iam::123456789012:role/uploader',",
        "    RoleSessionName='web',",
        ")['Credentials']",
        "",
        "s3 = boto3.client(",
        "    's3',",
        "    region_name='us-east-1',",
        "    aws_access_key_id=creds['AccessKeyId'],",
        "    aws_secret_access_key=creds['SecretAccessKey'],",
        "    aws_session_token=creds['SessionToken'],",
        ")",
        "",
        "def download_link(key):",
        "    return s3.generate_presigned_url('get_object',",
        "        Params={'Bucket': 'media-uploads', 'Key': key}, ExpiresIn=86400)",
        "",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
        "<Error><Code>ExpiredToken</Code><Message>The provided token has expired.</Message>" +
          "<Token-0>" + TOKEN + "</Token-0><RequestId>4442587FB7D0A2F9</RequestId></Error>",
      ].join("\n"),
    },
    {
      id: "wrong-region",
      title: "Wrong region in the signature",
      rules: ["region_mismatch"],
      text: [
        "https://eu-reports.s3.eu-west-1.amazonaws.com/q3/summary.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256" +
          "&X-Amz-Credential=" + AKID + "%2F20240115%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20240115T140000Z" +
          "&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=" + SIG,
        "",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
        "<Error><Code>AuthorizationQueryParametersError</Code><Message>Error parsing the X-Amz-Credential parameter; " +
          "the region 'us-east-1' is wrong; expecting 'eu-west-1'</Message><Region>eu-west-1</Region>" +
          "<RequestId>1E3C7C2B8A6D9F10</RequestId></Error>",
      ].join("\n"),
    },
    {
      id: "global-endpoint",
      title: "Global endpoint for a bucket outside us-east-1",
      rules: ["global_endpoint"],
      text: [
        "https://photos-frankfurt.s3.amazonaws.com/2024/beach.jpg?X-Amz-Algorithm=AWS4-HMAC-SHA256" +
          "&X-Amz-Credential=" + AKID + "%2F20240115%2Feu-central-1%2Fs3%2Faws4_request&X-Amz-Date=20240115T140000Z" +
          "&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=" + SIG,
        "",
        "<Error><Code>TemporaryRedirect</Code><Message>Please re-send this request to the specified temporary endpoint. " +
          "Continue to use the original request endpoint for future requests.</Message>" +
          "<Endpoint>photos-frankfurt.s3.eu-central-1.amazonaws.com</Endpoint><Bucket>photos-frankfurt</Bucket></Error>",
      ].join("\n"),
    },
    {
      id: "sigv2",
      title: "Legacy SigV2 URL",
      rules: ["sigv2_signature"],
      text: [
        "https://archive-bucket.s3.amazonaws.com/exports/2024-01.csv?AWSAccessKeyId=" + AKID +
          "&Expires=1705330800&Signature=" + SIG2,
        "",
        "<Error><Code>InvalidRequest</Code><Message>The authorization mechanism you have provided is not supported. " +
          "Please use AWS4-HMAC-SHA256.</Message><RequestId>8F1A2B3C4D5E6F70</RequestId></Error>",
      ].join("\n"),
    },
    {
      id: "expired",
      title: "Expired URL",
      rules: ["url_expired"],
      text: [
        "https://invoices.s3.us-west-2.amazonaws.com/2024/INV-0042.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256" +
          "&X-Amz-Credential=" + AKID + "%2F20240110%2Fus-west-2%2Fs3%2Faws4_request&X-Amz-Date=20240110T090000Z" +
          "&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=" + SIG,
        "",
        "<Error><Code>AccessDenied</Code><Message>Request has expired</Message><X-Amz-Expires>3600</X-Amz-Expires>" +
          "<Expires>2024-01-10T10:00:00Z</Expires><ServerTime>2024-01-15T14:30:00Z</ServerTime></Error>",
      ].join("\n"),
    },
    {
      id: "content-type",
      title: "Content-Type signed, browser PUT sends another",
      rules: ["signed_headers"],
      codeFix: false, // the fix is the header the browser sends: the boto3 code stays as it is
      text: [
        "import boto3",
        "from botocore.config import Config",
        "",
        "s3 = boto3.client('s3', region_name='us-east-1', config=Config(signature_version='s3v4'))",
        "url = s3.generate_presigned_url(",
        "    'put_object',",
        "    Params={'Bucket': 'user-avatars', 'Key': 'u/42.png', 'ContentType': 'image/png'},",
        "    ExpiresIn=600,",
        ")",
        "",
        "# printed URL:",
        "https://user-avatars.s3.us-east-1.amazonaws.com/u/42.png?X-Amz-Algorithm=AWS4-HMAC-SHA256" +
          "&X-Amz-Credential=" + AKID + "%2F20240115%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20240115T140000Z" +
          "&X-Amz-Expires=600&X-Amz-SignedHeaders=content-type%3Bhost&X-Amz-Signature=" + SIG_PUT,
        "",
        "# browser: fetch(url, {method: 'PUT', body: file})  -> sends Content-Type: image/jpeg",
        "<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature " +
          "you provided. Check your key and signing method.</Message><AWSAccessKeyId>" + AKID + "</AWSAccessKeyId>" +
          "<StringToSign>AWS4-HMAC-SHA256\n20240115T140000Z\n20240115/us-east-1/s3/aws4_request\n" +
          "94fe19e314225fb4ab5293acbf68da34a9b00e1e3cdb9e772ec8796135ac4d99</StringToSign>" +
          "<SignatureProvided>" + SIG_PUT + "</SignatureProvided>" +
          "<CanonicalRequest>PUT\n/u/42.png\nX-Amz-Algorithm=AWS4-HMAC-SHA256&amp;X-Amz-Credential=" + AKID +
          "%2F20240115%2Fus-east-1%2Fs3%2Faws4_request&amp;X-Amz-Date=20240115T140000Z&amp;X-Amz-Expires=600" +
          "&amp;X-Amz-SignedHeaders=content-type%3Bhost\ncontent-type:image/jpeg\nhost:user-avatars.s3.us-east-1.amazonaws.com\n\n" +
          "content-type;host\nUNSIGNED-PAYLOAD</CanonicalRequest></Error>",
      ].join("\n"),
    },
    {
      id: "mfa-policy",
      title: "Bucket policy requiring MFA",
      rules: ["policy_mfa_condition"],
      text: [
        "{",
        "  \"Version\": \"2012-10-17\",",
        "  \"Statement\": [",
        "    {",
        "      \"Sid\": \"RequireMFA\",",
        "      \"Effect\": \"Deny\",",
        "      \"Principal\": \"*\",",
        "      \"Action\": \"s3:GetObject\",",
        "      \"Resource\": \"arn:aws:s3:::finance-exports/*\",",
        "      \"Condition\": { \"BoolIfExists\": { \"aws:MultiFactorAuthPresent\": \"false\" } }",
        "    }",
        "  ]",
        "}",
        "",
        "<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>0A1B2C3D4E5F6789</RequestId></Error>",
      ].join("\n"),
    },
    // Three of the rules issue 19 added: a streamed body, a hex
    // Content-MD5, a presigned URL encoded again.
    {
      id: "chunked-body",
      title: "Upload streamed with Transfer-Encoding: chunked",
      rules: ["chunked_body"],
      text: [
        "const url = await getSignedUrl(s3, new PutObjectCommand({ Bucket: \"video-ingest\", Key: \"raw/clip-0193.mp4\" }), { expiresIn: 900 });",
        "const res = await fetch(url, {",
        "  method: \"PUT\",",
        "  body: fs.createReadStream(\"clip-0193.mp4\"),",
        "  duplex: \"half\",",
        "});",
        "",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
        "<Error><Code>NotImplemented</Code><Message>A header you provided implies functionality that is not implemented</Message>" +
          "<Header>Transfer-Encoding</Header><RequestId>1A2B3C4D5E6F7A8B</RequestId></Error>",
      ].join("\n"),
    },
    {
      id: "content-md5-hex",
      title: "Content-MD5 sent as hex instead of base64",
      rules: ["content_md5_format"],
      text: [
        "import base64, hashlib",
        "import boto3",
        "from botocore.config import Config",
        "",
        "s3 = boto3.client('s3', region_name='eu-west-1', config=Config(signature_version='s3v4'))",
        "body = open('ledger.csv', 'rb').read()",
        "md5 = hashlib.md5(body).hexdigest()",
        "url = s3.generate_presigned_url(",
        "    'put_object',",
        "    Params={'Bucket': 'ledger-exports', 'Key': 'daily/ledger.csv', 'ContentMD5': md5},",
        "    ExpiresIn=600,",
        ")",
        "",
        "<Error><Code>InvalidDigest</Code><Message>The Content-MD5 you specified was invalid.</Message>" +
          "<Content-MD5>9e107d9d372bb6826bd81d3542a419d6</Content-MD5><RequestId>4F2A9C1B7D3E5A60</RequestId></Error>",
      ].join("\n"),
    },
    {
      id: "token-encoding",
      title: "Presigned URL encoded again (InvalidToken)",
      rules: ["token_encoding"],
      text: [
        "const s3 = new S3Client({ region: \"eu-central-1\" });",
        "const url = await getSignedUrl(s3, new GetObjectCommand({ Bucket: \"media-euc1\", Key: \"clips/intro.mp4\" }), { expiresIn: 600 });",
        "// the link goes into an e-mail template, encoded \"to be safe\"",
        "const link = encodeURI(url);",
        "",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
        "<Error><Code>InvalidToken</Code><Message>The provided token is malformed or otherwise invalid.</Message>" +
          "<RequestId>A857F0XN6PB1SEAJ</RequestId></Error>",
      ].join("\n"),
    },
  ];

  g.presignDoctorExamples = examples;
})(globalThis);
