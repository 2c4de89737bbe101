package model

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/brace"
	"github.com/presign-doctor/presign-doctor/internal/rare"
	"github.com/presign-doctor/presign-doctor/internal/table"
)

// refreshingProviders are the brace SDKs' role providers that assume the
// role again before the session ends; the others (AssumeRoleCommand,
// sts.assumeRole, AssumeRoleAsync) return one set of credentials that ends
// after DurationSeconds.
var refreshingProviders = table.Set(
	"fromTemporaryCredentials", "NewAssumeRoleProvider", "StsAssumeRoleCredentialsProvider",
	"STSAssumeRoleSessionCredentialsProvider", "AssumeRoleCredentials",
)

// braceModuleLevel reports whether a brace block's STS call runs once, at
// the top level of the module, and returns credentials that do not renew:
// what a long-lived process then reuses after they end.
func braceModuleLevel(c brace.Credential) bool {
	return c.Func == "" && !refreshingProviders[c.Name]
}

// onceAnnotations mark a method the framework calls once and whose result
// it keeps for the life of the process: a Spring or Micronaut @Bean, a
// @PostConstruct, a @Singleton / @Produces factory (CDI, Dagger, Guice).
var onceAnnotations = []string{"@Bean", "@PostConstruct", "@Singleton", "@Produces", "@Provides"}

// braceRunsOnce reports whether a brace block's STS call runs once for the
// whole process although it sits in a function: Go's init(), or a method
// whose annotation makes the framework call it once and keep what it
// returns. Its credentials, like a module-level call's, are then reused
// after they end.
func braceRunsOnce(text string, c brace.Credential, lang string) bool {
	if c.Func == "" || refreshingProviders[c.Name] {
		return false
	}
	if lang == "go" && c.Func == "init" {
		return true
	}
	at := c.Span.Start
	if at < 0 || at > len(text) {
		return false
	}
	i := strings.LastIndex(text[:at], c.Func+"(")
	if i < 0 {
		return false
	}
	// The header's line and the two lines above it hold its annotations.
	ls := i
	for n := 0; n < 3 && ls > 0; n++ {
		ls = strings.LastIndexByte(text[:ls-1], '\n') + 1
		if ls <= 0 {
			ls = 0
			break
		}
	}
	head := text[ls:i]
	for _, a := range onceAnnotations {
		if strings.Contains(head, a) {
			return true
		}
	}
	return false
}

// Where the code runs, as each SDK's code shows it: a Lambda handler, an
// instance profile's provider, the container credentials of ECS.
var (
	lambdaWords = []string{"lambda.Start(", "events.APIGatewayProxyRequest", "events.S3Event", "exports.handler", "export const handler",
		"export async function handler", "export function handler", "RequestHandler<", "RequestStreamHandler", "ILambdaContext", "LambdaSerializer",
		"Bref\\", "def lambda_handler"}
	ec2Words = []string{"InstanceProfileCredentialsProvider", "InstanceProfileCredentials", "InstanceProfileAWSCredentials",
		"ec2rolecreds", "EC2RoleProvider", "fromInstanceMetadata", "EC2InstanceMetadata"}
	ecsWords = []string{"AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_CONTAINER_CREDENTIALS_FULL_URI", "ContainerCredentialsProvider",
		"fromContainerMetadata", "ECSTaskCredentials", "ECSCredentials", "ECS_CONTAINER_METADATA_URI",
		// a task definition's task role (JSON, CloudFormation, Terraform),
		// the task role's trust principal and the container credentials
		// endpoint
		"taskRoleArn", "TaskRoleArn", "task_role_arn", "ecs-tasks.amazonaws.com", "169.254.170.2"}
	// webIdentityWords are a web identity role's (EKS IRSA, a GitHub
	// Actions OIDC role): the SDK assumes it with AssumeRoleWithWebIdentity,
	// an hour by default, and refreshes it; what it signs lives that long.
	webIdentityWords = []string{"AWS_WEB_IDENTITY_TOKEN_FILE", "WebIdentityTokenFileCredentialsProvider", "WebIdentityTokenCredentialsProvider",
		"fromTokenFile", "NewWebIdentityRoleProvider", "WebIdentityRoleProvider", "AssumeRoleWebIdentityCredentials", "eks.amazonaws.com/role-arn",
		"AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE", "IRSA"}
)

// runtimeWords sets the runtime facts a span of the paste names in any
// language: the Lambda handler shapes of JavaScript, Go, Java, .NET and
// PHP (Python's def handler(event, context) is the python reader's), the
// instance-profile providers of every SDK, and the environment variables
// only ECS sets (which users paste from the task definition, often as a
// comment beside the code).
func (b *builder) runtimeWords(sp Span) {
	if sp.Start < 0 || sp.End > len(b.f.Text) || sp.Start >= sp.End {
		return
	}
	text := b.f.Text[sp.Start:sp.End]
	rt := &b.f.Runtime
	if !rt.Lambda {
		for _, w := range lambdaWords {
			if i := rare.Index(text, w); i >= 0 {
				rt.Lambda, rt.LambdaSpan = true, Span{Start: sp.Start + i, End: sp.Start + i + len(w)}
				break
			}
		}
	}
	for _, w := range ec2Words {
		if rare.Contains(text, w) {
			rt.EC2 = true
		}
	}
	for _, w := range ecsWords {
		if rare.Contains(text, w) {
			rt.ECS = true
		}
	}
	if !rt.WebIdentity {
		for _, w := range webIdentityWords {
			if i := rare.Index(text, w); i >= 0 {
				rt.WebIdentity, rt.WebIdentitySpan = true, Span{Start: sp.Start + i, End: sp.Start + i + len(w)}
				break
			}
		}
	}
}
