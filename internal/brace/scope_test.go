package brace

import (
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

// A presign call or a credentials provider knows the function whose body
// holds it, "" at the top level of the module (run once, at load):
// cached_sts_credentials and expiry_exceeds_session read it in every
// language.
func TestEnclosingFunc(t *testing.T) {
	for _, c := range []struct {
		name, text   string
		presignFunc  string
		providerFunc string
	}{
		{"js module level, exported function", `const { Credentials } = await sts.send(new AssumeRoleCommand({ RoleArn: arn, RoleSessionName: "web" }));
const s3 = new S3Client({ region: "us-east-1" });
export async function presign(key) {
  return getSignedUrl(s3, new GetObjectCommand({ Bucket: "b", Key: key }), { expiresIn: 600 });
}`, "presign", ""},
		{"js arrow handler", `const assumed = sts.assumeRole({ RoleArn: arn, RoleSessionName: "x" }).promise();
exports.handler = async (event) => {
  return s3.getSignedUrl('getObject', { Bucket: 'b', Key: event.key, Expires: 300 });
};`, "handler", ""},
		{"js provider inside the handler", `exports.handler = async (event) => {
  const { Credentials } = await sts.send(new AssumeRoleCommand({ RoleArn: arn, RoleSessionName: "x" }));
  if (event.key) {
    return getSignedUrl(s3, new GetObjectCommand({ Bucket: "b", Key: event.key }), { expiresIn: 60 });
  }
};`, "handler", "handler"},
		{"go func with results", `func handler(ctx context.Context, ev events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	out, err := ps.PresignGetObject(ctx, &s3.GetObjectInput{Bucket: aws.String("b"), Key: aws.String("k")})
	return resp, err
}`, "handler", ""},
		{"top level", `const url = await getSignedUrl(s3, new GetObjectCommand({ Bucket: "b", Key: "k" }), { expiresIn: 60 });`, "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := Read(c.text, source.Span{Start: 0, End: len(c.text)})
			if len(r.Presigns) != 1 {
				t.Fatalf("%d presigns", len(r.Presigns))
			}
			if got := r.Presigns[0].Func; got != c.presignFunc {
				t.Errorf("presign in %q, want %q", got, c.presignFunc)
			}
			for _, cr := range r.Credentials {
				if cr.Kind == "assume-role" && cr.Func != c.providerFunc {
					t.Errorf("provider %s in %q, want %q", cr.Name, cr.Func, c.providerFunc)
				}
			}
		})
	}
}
