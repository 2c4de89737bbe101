package model

import (
	"net/url"
	"sort"
	"strings"
)

// PrivateHost reports whether a host (host[:port]) is only reachable from
// where the code runs: loopback, docker service names, private addresses,
// .local/.internal/cluster names.
func PrivateHost(host string) bool {
	h := strings.ToLower(strings.TrimSpace(host))
	if i := strings.LastIndexByte(h, ':'); i >= 0 && !strings.Contains(h[i:], "]") {
		h = h[:i]
	}
	h = strings.Trim(h, "[]")
	return h == "localhost" || strings.HasPrefix(h, "127.") || h == "::1" || h == "host.docker.internal" || h == "0.0.0.0" ||
		strings.HasPrefix(h, "10.") || strings.HasPrefix(h, "192.168.") || strings.HasPrefix(h, "172.") ||
		h != "" && !strings.Contains(h, ".") || strings.HasSuffix(h, ".local") || strings.HasSuffix(h, ".internal") || strings.HasSuffix(h, ".svc") ||
		strings.HasSuffix(h, ".cluster.local") || strings.HasSuffix(h, ".localhost") || strings.HasSuffix(h, ".localstack.cloud")
}

// LocalStackGateway reports whether a host (host[:port]) is LocalStack's
// gateway, which serves plain HTTP and HTTPS on the same port (4566 by
// default; https://s3.us-east-1.localhost.localstack.cloud:4566 in its
// HTTPS/TLS documentation): its port 4566, or a host under
// localstack.cloud, or the docker service named localstack. An https URL
// made for an http endpoint there is still answered (localstack#6229
// shows the .NET SDK's https URL answered NoSuchBucket).
func LocalStackGateway(host string) bool {
	h := strings.ToLower(strings.TrimSpace(host))
	if u, err := url.Parse(h); err == nil && u.Host != "" {
		h = u.Host
	}
	port := ""
	if i := strings.LastIndexByte(h, ':'); i >= 0 && !strings.Contains(h[i:], "]") {
		h, port = h[:i], h[i+1:]
	}
	return port == "4566" || h == "localstack" || h == "localhost.localstack.cloud" || strings.HasSuffix(h, ".localhost.localstack.cloud")
}

// EmulatorEndpoint returns the endpoint host the paste's requests go to
// when every endpoint it shows is a local or private host (a LocalStack,
// MinIO or Moto on localhost, a docker service, a private address), and
// false when it shows none or any other (AWS, a public host): a client's
// endpoint (endpoint_url, endpoint, ServiceURL, endpointOverride, env
// reads resolved in the paste), an endpoint setting (AWS_ENDPOINT_URL,
// aws configure set endpoint_url, --endpoint-url), an environment variable
// whose name says endpoint (S3_ENDPOINT, MINIO_ENDPOINT …), and the host of
// every presigned URL. localhost.localstack.cloud resolves to 127.0.0.1.
func (f *Facts) EmulatorEndpoint() (string, bool) {
	first, other := "", false
	add := func(s string) {
		s = strings.Trim(strings.TrimSpace(s), `"'`)
		if s == "" || strings.ContainsAny(s, "${}<>") {
			return
		}
		host := s
		if u, err := url.Parse(s); err == nil && u.Host != "" {
			host = u.Host
		} else if u, err := url.Parse("http://" + s); err == nil && u.Host != "" {
			host = u.Host
		}
		host = strings.ToLower(host)
		if PrivateHost(host) {
			if first == "" {
				first = host
			}
			return
		}
		other = true
	}
	for _, c := range f.Clients {
		if c.Endpoint == nil {
			continue
		}
		if c.Endpoint.Known && !c.Endpoint.Placeholder {
			add(c.Endpoint.Str)
		} else if s := f.EnvValue(c.Endpoint); s != "" {
			add(s)
		}
	}
	for _, s := range f.Settings {
		if s.Name == "endpoint_url" && s.Value != nil && s.Value.Known && !s.Value.Placeholder {
			add(s.Value.Str)
		}
	}
	if f.lines != nil {
		names := make([]string, 0, 4)
		for name := range f.lines.env {
			if strings.Contains(strings.ToUpper(name), "ENDPOINT") {
				names = append(names, name)
			}
		}
		sort.Strings(names)
		for _, name := range names {
			for _, v := range f.lines.env[name] {
				add(v)
			}
		}
	}
	for _, u := range f.URLs {
		if u.Host != "" {
			add(u.Host)
		}
	}
	if other || first == "" {
		return "", false
	}
	return first, true
}
