package model

import (
	"testing"
	"time"
)

// TestRegionUnsetNeedsTheClientMade: a brace client is "built with no
// region" only when the paste shows the call that builds it; one known
// only by settings on a config made elsewhere (s3.NewFromConfig(cfg, …)
// with cfg not in the paste) has an unknown region, not an unset one.
func TestRegionUnsetNeedsTheClientMade(t *testing.T) {
	presign := "\npresigner := s3.NewPresignClient(client)\nreq, err := presigner.PresignPutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(\"b\"), Key: aws.String(\"k\")})\n"
	for _, c := range []struct {
		name, code string
		unset      bool
	}{
		{"settings only", "client := s3.NewFromConfig(cfg, func(o *s3.Options) {\n    o.UseAccelerate = true\n})" + presign, false},
		{"config made, no region", "cfg, err := config.LoadDefaultConfig(context.TODO())\nclient := s3.NewFromConfig(cfg, func(o *s3.Options) {\n    o.UseAccelerate = true\n})" + presign, true},
		{"config made with region", "cfg, err := config.LoadDefaultConfig(context.TODO(), config.WithRegion(\"eu-west-1\"))\nclient := s3.NewFromConfig(cfg)" + presign, false},
		{"js client made", "const s3 = new S3Client({});\nconst url = await getSignedUrl(s3, new GetObjectCommand({Bucket: 'b', Key: 'k'}), {expiresIn: 60});\n", true},
	} {
		f := Build(c.code, []Part{{Kind: KindPython, Span: Span{End: len(c.code)}}}, time.Unix(0, 0))
		got := false
		for _, cl := range f.Clients {
			got = got || cl.RegionUnset
		}
		if got != c.unset {
			t.Errorf("%s: RegionUnset %v, want %v (clients %d)", c.name, got, c.unset, len(f.Clients))
		}
	}
}
