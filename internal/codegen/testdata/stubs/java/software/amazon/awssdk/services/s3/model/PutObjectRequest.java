// Stub for the emitted-code compile tests only (see compile_sdks_test.go): the members
// the emitters use, with the AWS SDK's signatures. Not the SDK.
package software.amazon.awssdk.services.s3.model;
public final class PutObjectRequest {
  public static Builder builder() { return null; }
  public interface Builder {
    Builder bucket(String v);
    Builder key(String v);
    Builder acl(String v);
    Builder cacheControl(String v);
    Builder contentDisposition(String v);
    Builder contentEncoding(String v);
    Builder contentLanguage(String v);
    Builder contentLength(Long v);
    Builder contentMD5(String v);
    Builder contentType(String v);
    Builder ssekmsKeyId(String v);
    Builder serverSideEncryption(String v);
    Builder storageClass(String v);
    Builder tagging(String v);
    PutObjectRequest build();
  }
}
