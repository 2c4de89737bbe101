// Stub for the emitted-code compile tests only (see compile_sdks_test.go): the members
// the emitters use, with the AWS SDK's signatures. Not the SDK.
package software.amazon.awssdk.services.s3.presigner.model;
public final class PresignedCompleteMultipartUploadRequest {
  public java.net.URL url() { return null; }
  public java.util.Map<String, java.util.List<String>> signedHeaders() { return null; }
}
