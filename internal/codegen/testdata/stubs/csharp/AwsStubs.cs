// Stub for the emitted-code compile tests only (see compile_sdks_test.go): the members
// the emitters use, with the AWS SDK's signatures. Not the SDK.

namespace Amazon {
  public class RegionEndpoint { public static RegionEndpoint GetBySystemName(string name) { return null; } }
  public static class AWSConfigsS3 { public static bool UseSignatureVersion4 { get; set; } }
}
namespace Amazon.S3 {
  public enum HttpVerb { GET, HEAD, PUT, DELETE }
  public class ServerSideEncryptionMethod { public static ServerSideEncryptionMethod FindValue(string value) { return null; } }
  public class AmazonS3Config {
    public Amazon.RegionEndpoint RegionEndpoint { get; set; }
    public string ServiceURL { get; set; }
    public bool ForcePathStyle { get; set; }
    public string AuthenticationRegion { get; set; }
  }
  public class AmazonS3Client {
    public AmazonS3Client(AmazonS3Config config) {}
    public string GetPreSignedURL(Amazon.S3.Model.GetPreSignedUrlRequest request) { return null; }
  }
}
namespace Amazon.S3.Model {
  public class HeadersCollection { public string this[string name] { get { return null; } set {} } }
  public class ResponseHeaderOverrides {
    public string CacheControl { get; set; }
    public string ContentDisposition { get; set; }
    public string ContentEncoding { get; set; }
    public string ContentLanguage { get; set; }
    public string ContentType { get; set; }
  }
  public class GetPreSignedUrlRequest {
    public string BucketName { get; set; }
    public string Key { get; set; }
    public Amazon.S3.HttpVerb Verb { get; set; }
    public System.DateTime? Expires { get; set; }
    public string ContentType { get; set; }
    public string VersionId { get; set; }
    public string UploadId { get; set; }
    public int? PartNumber { get; set; }
    public Amazon.S3.ServerSideEncryptionMethod ServerSideEncryptionMethod { get; set; }
    public string ServerSideEncryptionKeyManagementServiceKeyId { get; set; }
    public ResponseHeaderOverrides ResponseHeaderOverrides { get; set; }
    public HeadersCollection Headers { get; set; }
  }
}
