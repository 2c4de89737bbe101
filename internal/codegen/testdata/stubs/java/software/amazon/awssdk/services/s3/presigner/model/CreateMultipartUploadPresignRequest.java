// Stub for the emitted-code compile tests only (see compile_sdks_test.go): the members
// the emitters use, with the AWS SDK's signatures. Not the SDK.
package software.amazon.awssdk.services.s3.presigner.model;
public final class CreateMultipartUploadPresignRequest {
  public static Builder builder() { return null; }
  public interface Builder {
    Builder signatureDuration(java.time.Duration d);
    Builder createMultipartUploadRequest(software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest r);
    CreateMultipartUploadPresignRequest build();
  }
}
