package model

import (
	"testing"
	"time"
)

// TestSettingsClients: a client a framework builds from its settings is a
// Client of its language with the region and endpoint the settings give,
// an environment variable resolved through the paste's env lines, absent
// when the shown env block leaves it out, unknown when the paste does not
// show it.
func TestSettingsClients(t *testing.T) {
	cases := []struct {
		name, text, fw, src string
		region              string // "" unset, "?" set but unknown
		endpoint            string
		presigns            bool
	}{
		{"django no region", "AWS_STORAGE_BUCKET_NAME = \"b\"\nAWS_S3_SIGNATURE_VERSION = \"s3v4\"\n", fwDjango, "python", "", "", true},
		{"django region env", "AWS_STORAGE_BUCKET_NAME = 'b'\nAWS_S3_REGION_NAME = os.environ.get('AWS_REGION', 'eu-west-1')\nAWS_QUERYSTRING_AUTH = False\n", fwDjango, "python", "eu-west-1", "", false},
		{"laravel env absent", "'s3' => [\n    'driver' => 's3',\n    'region' => env('AWS_DEFAULT_REGION'),\n    'bucket' => env('AWS_BUCKET'),\n],\n\nAWS_BUCKET=x\n", fwLaravel, "php", "", "", false},
		{"laravel env set", "'s3' => [\n    'driver' => 's3',\n    'region' => env('AWS_DEFAULT_REGION'),\n    'endpoint' => env('AWS_ENDPOINT'),\n],\nAWS_DEFAULT_REGION=eu-central-1\nAWS_ENDPOINT=https://s3.wasabisys.com\n$u = Storage::disk('s3')->temporaryUrl($p, now());\n", fwLaravel, "php", "eu-central-1", "https://s3.wasabisys.com", true},
		{"laravel env not pasted", "'s3' => [\n    'driver' => 's3',\n    'region' => env('AWS_DEFAULT_REGION'),\n],\n", fwLaravel, "php", "?", "", false},
		{"active storage", "amazon:\n  service: S3\n  region: <%= ENV.fetch('STORAGE_REGION', 'eu-west-2') %>\n  bucket: b\n", fwActiveStorage, "ruby", "?", "", true},
		{"active storage no region", "amazon:\n  service: S3\n  bucket: b\nlocal:\n  service: Disk\n  region: us-east-1\n", fwActiveStorage, "ruby", "", "", true},
		{"spring yml", "spring:\n  cloud:\n    aws:\n      region:\n        static: eu-north-1\n      s3:\n        endpoint: http://minio:9000\nURL u = s3Template.createSignedGetURL(b, k, d);\n", fwSpring, "java", "eu-north-1", "http://minio:9000", true},
		{"spring properties no region", "spring.cloud.aws.credentials.instance-profile=true\n", fwSpring, "java", "", "", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := Build(c.text, nil, time.Unix(0, 0))
			var got *Client
			for _, cl := range f.Clients {
				if cl.Framework == c.fw {
					got = cl
				}
			}
			if got == nil {
				t.Fatalf("no %s client in %+v", c.fw, f.Clients)
			}
			if got.Source != c.src || got.frameworkPresigns != c.presigns {
				t.Errorf("source %q presigns %v, want %q %v", got.Source, got.frameworkPresigns, c.src, c.presigns)
			}
			region := ""
			if got.Region != nil {
				region = "?"
				if got.Region.Known {
					region = got.Region.Str
				}
			}
			if region != c.region {
				t.Errorf("region %q, want %q", region, c.region)
			}
			if ep := knownStr(got.Endpoint); ep != c.endpoint {
				t.Errorf("endpoint %q, want %q", ep, c.endpoint)
			}
		})
	}
}

// TestSettingsReadNoClient: code that only reads a framework's settings
// (settings.AWS_STORAGE_BUCKET_NAME in a Django view) builds no client of
// the framework's.
func TestSettingsReadNoClient(t *testing.T) {
	text := "def download(request):\n    s3 = boto3.client('s3')\n    return s3.generate_presigned_url('get_object', Params={'Bucket': settings.AWS_STORAGE_BUCKET_NAME, 'Key': k})\n"
	for _, c := range Build(text, nil, time.Unix(0, 0)).Clients {
		if c.Framework != "" {
			t.Errorf("a %s client from code that reads settings", c.Framework)
		}
	}
}
