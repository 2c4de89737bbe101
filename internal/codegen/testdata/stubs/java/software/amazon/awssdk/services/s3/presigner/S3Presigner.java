// Stub for the emitted-code compile tests only (see compile_sdks_test.go): the members
// the emitters use, with the AWS SDK's signatures. Not the SDK.
package software.amazon.awssdk.services.s3.presigner;
import software.amazon.awssdk.services.s3.presigner.model.*;
public interface S3Presigner extends AutoCloseable {
  static Builder builder() { return null; }
  @Override void close();
  interface Builder {
    Builder region(software.amazon.awssdk.regions.Region r);
    Builder endpointOverride(java.net.URI u);
    Builder serviceConfiguration(software.amazon.awssdk.services.s3.S3Configuration c);
    S3Presigner build();
  }
  PresignedUploadPartRequest presignUploadPart(UploadPartPresignRequest r);
  PresignedCreateMultipartUploadRequest presignCreateMultipartUpload(CreateMultipartUploadPresignRequest r);
  PresignedCompleteMultipartUploadRequest presignCompleteMultipartUpload(CompleteMultipartUploadPresignRequest r);
  PresignedAbortMultipartUploadRequest presignAbortMultipartUpload(AbortMultipartUploadPresignRequest r);
  PresignedGetObjectRequest presignGetObject(GetObjectPresignRequest r);
  PresignedPutObjectRequest presignPutObject(PutObjectPresignRequest r);
  PresignedDeleteObjectRequest presignDeleteObject(DeleteObjectPresignRequest r);
}
