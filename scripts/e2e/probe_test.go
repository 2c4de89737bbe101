//go:build e2e

package e2e

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/presign-doctor/presign-doctor/internal/engine"
)

func TestProbe(t *testing.T) {
	_ = s3.New
	t.Log(engine.AnalyzeJSON(`{"input":"x"}`)[:20])
}
