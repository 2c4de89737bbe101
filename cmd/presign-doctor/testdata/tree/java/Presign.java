// written: after-code
// source: https://github.com/aws/aws-sdk-java-v2/issues/2379 (month-long links from the v2 presigner)
package example;

import java.time.Duration;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.GetObjectPresignRequest;
import software.amazon.awssdk.services.s3.presigner.model.PresignedGetObjectRequest;

public class Presign {
    public static String link(S3Presigner presigner, String key) {
        GetObjectRequest getObjectRequest = GetObjectRequest.builder().bucket("reports").key(key).build();
        GetObjectPresignRequest presignRequest = GetObjectPresignRequest.builder()
                .signatureDuration(Duration.ofDays(30))
                .getObjectRequest(getObjectRequest)
                .build();
        PresignedGetObjectRequest presigned = presigner.presignGetObject(presignRequest);
        return presigned.url().toString();
    }
}
