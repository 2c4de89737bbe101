package policy

import (
	"strings"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

// CDK's L2 bucket grants read as the statement each gives (aws-cdk-lib
// aws-s3 perms.ts / bucket.ts); other .grant… calls are not bucket grants.
func TestCDKGrantDocuments(t *testing.T) {
	for _, c := range []struct {
		text      string
		actions   string
		resources string
	}{
		{"const uploads = new s3.Bucket(this, 'Uploads');\nuploads.grantRead(signer);", "s3:GetObject* s3:GetBucket* s3:List*", "arn:aws:s3:::${uploads} arn:aws:s3:::${uploads}/*"},
		{"props.bucket.grant_put(fn, \"in/*\")", "s3:PutObject s3:PutObjectLegalHold s3:PutObjectRetention s3:PutObjectTagging s3:PutObjectVersionTagging s3:Abort*", "arn:aws:s3:::${props.bucket}/in/*"},
		{"this.media = s3.Bucket.fromBucketName(this, 'M', 'media');\nthis.media.grantReadWrite(role, 'public/*')", "s3:GetObject* s3:GetBucket* s3:List* s3:DeleteObject* s3:PutObject s3:PutObjectLegalHold s3:PutObjectRetention s3:PutObjectTagging s3:PutObjectVersionTagging s3:Abort*", "arn:aws:s3:::${this.media} arn:aws:s3:::${this.media}/public/*"},
		{"b = s3.Bucket(self, \"B\")\nb.grant_delete(r)", "s3:DeleteObject*", "arn:aws:s3:::${b}/*"},
		{"table.grantReadData(fn); key.grantDecrypt(fn); topic.grantPublish(fn)", "", ""},
		{"const secret = new sm.Secret(this, 'S');\nsecret.grantRead(fn); logGroup.grantWrite(fn)", "", ""},
	} {
		docs := CDKGrantDocuments(c.text, source.Span{Start: 0, End: len(c.text)})
		if c.actions == "" {
			if len(docs) != 0 {
				t.Errorf("%s: read %d documents", c.text, len(docs))
			}
			continue
		}
		if len(docs) != 1 || len(docs[0].Statements) != 1 {
			t.Fatalf("%s: %d documents", c.text, len(docs))
		}
		st := docs[0].Statements[0]
		var a, r []string
		for _, s := range st.Action {
			a = append(a, s.Value)
		}
		for _, s := range st.Resource {
			r = append(r, s.Value)
		}
		if st.Deny() || strings.Join(a, " ") != c.actions || strings.Join(r, " ") != c.resources {
			t.Errorf("%s: %s %v on %v", c.text, st.Effect, a, r)
		}
	}
	// ${bucket} in an S3 ARN's bucket place matches one bucket, not keys.
	if Overlap("arn:aws:s3:::${b}", "arn:aws:s3:::media/private/x.jpg", false) {
		t.Error("the bucket's ARN covers an object")
	}
	if !Overlap("arn:aws:s3:::${b}/*", "arn:aws:s3:::media/private/x.jpg", false) || !Overlap("arn:aws:s3:::${b}", "arn:aws:s3:::media", false) {
		t.Error("${b} does not stand for the bucket")
	}
}
