// Stub for the emitted-code compile tests only (see compile_sdks_test.go): the members
// the emitters use, with the AWS SDK's signatures. Not the SDK.
package software.amazon.awssdk.services.s3.model;
public final class CompleteMultipartUploadRequest {
  public static Builder builder() { return null; }
  public interface Builder {
    Builder bucket(String v);
    Builder key(String v);
    Builder uploadId(String v);
    CompleteMultipartUploadRequest build();
  }
}
