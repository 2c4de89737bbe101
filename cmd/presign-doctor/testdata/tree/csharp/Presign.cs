// written: after-code
// source: https://github.com/aws/aws-sdk-net/issues/1411 (Expires ten days ahead)
using System;
using Amazon.S3;
using Amazon.S3.Model;

public class Links
{
    private readonly IAmazonS3 _s3Client;

    public string Share(string fileKey)
    {
        var request = new GetPreSignedUrlRequest
        {
            BucketName = "share-bucket",
            Key = fileKey,
            Expires = DateTime.UtcNow.AddDays(10),
            Verb = HttpVerb.GET
        };
        return _s3Client.GetPreSignedURL(request);
    }
}
