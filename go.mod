module github.com/presign-doctor/presign-doctor

go 1.26

require (
	github.com/aws/aws-sdk-go-v2 v1.48.0
	github.com/aws/smithy-go v1.28.9
	github.com/hack-pad/safejs v0.1.0
	github.com/yuin/goldmark v1.8.7
)
