// Stub for the emitted-code compile tests only (see compile_sdks_test.go): the members
// the emitters use, with the AWS SDK's signatures. Not the SDK.
package software.amazon.awssdk.services.s3;
public final class S3Configuration {
  public static Builder builder() { return null; }
  public interface Builder { Builder pathStyleAccessEnabled(Boolean v); S3Configuration build(); }
}