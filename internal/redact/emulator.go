package redact

import "strings"

// EmulatorDefault says whose documented dummy credential a key ID or
// secret value is, or that it is too short to be a key any store issues,
// and returns "" for any other value:
//
//   - test: LocalStack's documented credentials (AWS_ACCESS_KEY_ID=test,
//     AWS_SECRET_ACCESS_KEY=test); LocalStack ignores the secret and maps
//     any alphanumeric key ID to account 000000000000
//     (https://docs.localstack.cloud/aws/capabilities/config/credentials);
//   - LSIA…/LKIA… key IDs: LocalStack's own structured key IDs (same page);
//   - minioadmin: MinIO's default root user and password
//     (MINIO_ROOT_USER/MINIO_ROOT_PASSWORD when unset);
//   - testing: Moto's documented mock credentials;
//   - fewer than 8 characters: AWS key IDs are 16 or more and secrets 40,
//     and MinIO refuses a secret under 8, so only an emulator that accepts
//     any value takes it.
func EmulatorDefault(v string) string {
	v = strings.TrimSpace(v)
	switch {
	case v == "test":
		return "LocalStack's documented dummy credentials (test)"
	case v == "minioadmin":
		return "MinIO's documented default root credentials (minioadmin)"
	case v == "testing":
		return "Moto's documented mock credentials (testing)"
	case len(v) == 20 && (strings.HasPrefix(v, "LSIA") || strings.HasPrefix(v, "LKIA")):
		return "a LocalStack structured access key ID (LSIA…/LKIA…)"
	case len(v) > 0 && len(v) < 8:
		return "a value too short to be a key any store issues (emulators accept any)"
	}
	return ""
}
