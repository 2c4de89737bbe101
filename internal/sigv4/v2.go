package sigv4

import (
	"crypto/hmac"
	"crypto/sha1"
	"encoding/base64"
	"sort"
	"strings"
	"sync"

	"github.com/presign-doctor/presign-doctor/internal/table"
)

// v2SubResources are the query parameters that SigV2 signs as part of the
// canonicalized resource.
var v2SubResources = sync.OnceValue(func() map[string]bool {
	return table.Set(
		"acl", "cors", "delete", "lifecycle", "location", "logging",
		"notification", "partNumber", "policy", "requestPayment", "restore",
		"tagging", "torrent", "uploadId", "uploads", "versionId",
		"versioning", "versions", "website",
		"response-cache-control", "response-content-disposition", "response-content-encoding",
		"response-content-language", "response-content-type", "response-expires",
	)
})

// V2Request is a SigV2 query-auth request as plain values.
type V2Request struct {
	Method      string
	ContentMD5  string
	ContentType string
	// Bucket is the bucket when the host names it (virtual host or CNAME);
	// "" when the path starts with the bucket (path style).
	Bucket string
	// Path is the path as written in the URL.
	Path  string
	Query []Param
	// AmzHeaders are x-amz-* headers sent with the request (the security
	// token in the query counts as one).
	AmzHeaders []Header
}

// V2StringToSign returns the SigV2 query-auth string to sign
// (sigv4-notes §3.3): method, Content-MD5, Content-Type, Expires, the
// x-amz-* headers, the canonicalized resource.
func V2StringToSign(r V2Request) string {
	expires, _ := (&Request{Query: r.Query}).Get("Expires")
	var b strings.Builder
	b.WriteString(r.Method + "\n" + r.ContentMD5 + "\n" + r.ContentType + "\n" + expires + "\n")
	amz := map[string][]string{}
	var names []string
	add := func(n, v string) {
		ln := strings.ToLower(n)
		if _, ok := amz[ln]; !ok {
			names = append(names, ln)
		}
		amz[ln] = append(amz[ln], strings.TrimSpace(v))
	}
	for _, h := range r.AmzHeaders {
		if strings.HasPrefix(strings.ToLower(h.Name), "x-amz-") {
			add(h.Name, h.Value)
		}
	}
	for _, p := range r.Query {
		if strings.EqualFold(p.Name, "x-amz-security-token") {
			add(p.Name, p.Value)
		}
	}
	sort.Strings(names)
	for _, n := range names {
		b.WriteString(n + ":" + strings.Join(amz[n], ",") + "\n")
	}
	b.WriteString(V2Resource(r))
	return b.String()
}

// V2Resource returns the SigV2 canonicalized resource: /bucket (from the
// host) + the path as written + the signed sub-resources sorted by name,
// with decoded values.
func V2Resource(r V2Request) string {
	res := orSlash(r.Path)
	if r.Bucket != "" {
		res = "/" + r.Bucket + res
	}
	type kv struct {
		k, v string
		bare bool
	}
	var subs []kv
	for _, p := range r.Query {
		if v2SubResources()[p.Name] {
			subs = append(subs, kv{p.Name, p.Value, p.NoEquals || p.Value == ""})
		}
	}
	sort.SliceStable(subs, func(i, j int) bool { return subs[i].k < subs[j].k })
	for i, s := range subs {
		if i == 0 {
			res += "?"
		} else {
			res += "&"
		}
		res += s.k
		if !s.bare {
			res += "=" + s.v
		}
	}
	return res
}

// V2Sign returns the base64 HMAC-SHA1 signature of a SigV2 string to sign.
func V2Sign(secret, stringToSign string) string {
	m := hmac.New(sha1.New, []byte(secret))
	m.Write([]byte(stringToSign))
	return base64.StdEncoding.EncodeToString(m.Sum(nil))
}

// V2BucketFromHost returns the bucket a host names for SigV2: the labels
// before the S3 endpoint of an amazonaws.com host, "" for a bare S3
// endpoint (path style), or the whole host for another domain (a CNAME
// whose name is the bucket).
func V2BucketFromHost(host string) string {
	h := strings.ToLower(host)
	if i := strings.LastIndexByte(h, ':'); i >= 0 && !strings.Contains(h[i:], "]") {
		h = h[:i]
	}
	if !strings.HasSuffix(h, ".amazonaws.com") {
		return h
	}
	labels := strings.Split(h, ".")
	for i, l := range labels {
		if l == "s3" || strings.HasPrefix(l, "s3-") {
			return strings.Join(labels[:i], ".")
		}
	}
	return ""
}
