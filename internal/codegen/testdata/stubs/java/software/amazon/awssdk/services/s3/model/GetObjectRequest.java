// Stub for the emitted-code compile tests only (see compile_sdks_test.go): the members
// the emitters use, with the AWS SDK's signatures. Not the SDK.
package software.amazon.awssdk.services.s3.model;
public final class GetObjectRequest {
  public static Builder builder() { return null; }
  public interface Builder {
    Builder bucket(String v);
    Builder key(String v);
    Builder ifMatch(String v);
    Builder ifNoneMatch(String v);
    Builder range(String v);
    Builder responseCacheControl(String v);
    Builder responseContentDisposition(String v);
    Builder responseContentEncoding(String v);
    Builder responseContentLanguage(String v);
    Builder responseContentType(String v);
    Builder versionId(String v);
    Builder partNumber(Integer v);
    GetObjectRequest build();
  }
}
