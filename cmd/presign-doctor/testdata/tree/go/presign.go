// written: after-code
// source: https://github.com/aws/aws-sdk-go-v2/issues/1557 (a week-plus link from Go v2)
package exports

import (
	"context"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func Link(ctx context.Context, client *s3.Client, key string) (string, error) {
	presigner := s3.NewPresignClient(client)
	req, err := presigner.PresignGetObject(ctx, &s3.GetObjectInput{
		Bucket: aws.String("exports"),
		Key:    aws.String(key),
	}, s3.WithPresignExpires(240*time.Hour))
	if err != nil {
		return "", err
	}
	return req.URL, nil
}
