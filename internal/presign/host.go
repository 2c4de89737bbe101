package presign

import (
	"net"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/lazyre"
)

// Endpoint kinds.
const (
	EndpointGlobal       = "global"        // s3.amazonaws.com
	EndpointRegional     = "regional"      // s3.<region>.amazonaws.com
	EndpointLegacy       = "legacy"        // s3-<region>.amazonaws.com, s3-external-1
	EndpointDualstack    = "dualstack"     // s3.dualstack.<region>.amazonaws.com
	EndpointAccelerate   = "accelerate"    // s3-accelerate[.dualstack].amazonaws.com
	EndpointFIPS         = "fips"          // s3-fips.<region>.amazonaws.com
	EndpointAccessPoint  = "access-point"  // <name>-<account>.s3-accesspoint.<region>.amazonaws.com
	EndpointObjectLambda = "object-lambda" // s3-object-lambda
	EndpointCompatible   = "s3-compatible" // R2, MinIO, LocalStack, Spaces, Wasabi, B2, GCS, a local host
	EndpointCustom       = "custom-domain" // any other host: a CNAME bucket, a CDN, a proxy
)

// Addressing styles.
const (
	StyleVirtual = "virtual-host" // bucket.s3.…/key
	StylePath    = "path"         // s3.…/bucket/key
	StyleCustom  = "custom-domain"
)

// Endpoint is what a URL's host says about where it sends the request.
type Endpoint struct {
	_ [0]func() // not comparable: no generated equality function in the wasm
	// Kind is one of the Endpoint* constants.
	Kind string
	// Style is one of the Style* constants.
	Style string
	// Region is the region the host names ("" for the global and
	// accelerate endpoints, "auto" for R2).
	Region string
	// AWS is true for hosts under amazonaws.com (or .com.cn).
	AWS bool
	// Dualstack and FIPS are set when the host has those labels.
	Dualstack, FIPS bool
	// Local is set for localhost, private addresses, single-label and
	// container host names (minio, localstack, host.docker.internal).
	Local bool
	// Store names the S3-compatible store when known: r2, minio,
	// localstack, spaces, wasabi, b2, gcs, linode, scaleway, ovh.
	Store string
	// Port is the explicit port, if any.
	Port string
}

var reRegion = lazyre.New(`^[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$`)

// IsRegion reports whether s has the shape of an AWS region name.
func IsRegion(s string) bool { return reRegion.MatchString(s) }

// HostName returns the host without its port.
func (u *URL) HostName() string {
	if h, _, err := net.SplitHostPort(u.Host); err == nil {
		return strings.Trim(h, "[]")
	}
	return u.Host
}

func (u *URL) decodeHost() {
	host := u.HostName()
	if _, p, err := net.SplitHostPort(u.Host); err == nil {
		u.Endpoint.Port = p
	}
	var suffix string
	for _, s := range []string{".amazonaws.com.cn", ".amazonaws.com"} {
		if strings.HasSuffix(host, s) {
			suffix = s
			break
		}
	}
	if suffix != "" && u.decodeAWS(strings.Split(strings.TrimSuffix(host, suffix), ".")) {
		return
	}
	u.decodeOther(host)
}

// decodeAWS reads an amazonaws.com host from its labels, right to left:
// the region, "dualstack", then the S3 label; what is left is the bucket.
func (u *URL) decodeAWS(labels []string) bool {
	e := &u.Endpoint
	i := len(labels) - 1
	for ; i >= 0; i-- {
		switch l := labels[i]; {
		case IsRegion(l):
			if e.Region == "" {
				e.Region = l
			}
			continue
		case l == "dualstack":
			e.Dualstack = true
			continue
		}
		break
	}
	if i < 0 {
		return false
	}
	s3 := labels[i]
	switch {
	case s3 == "s3" && e.Region == "":
		e.Kind = EndpointGlobal
	case s3 == "s3":
		e.Kind = EndpointRegional
	case s3 == "s3-external-1":
		e.Kind, e.Region = EndpointLegacy, "us-east-1"
	case s3 == "s3-fips":
		e.Kind, e.FIPS = EndpointFIPS, true
	case s3 == "s3-accelerate":
		e.Kind = EndpointAccelerate
	case s3 == "s3-accesspoint":
		e.Kind = EndpointAccessPoint
	case s3 == "s3-object-lambda":
		e.Kind = EndpointObjectLambda
	case s3 == "s3-global" && i >= 3 && labels[i-1] == "accesspoint" && labels[i-2] == "mrap":
		// <alias>.mrap.accesspoint.s3-global.amazonaws.com: a
		// Multi-Region Access Point, in no one region.
		e.Kind = EndpointAccessPoint
		i -= 2
	case strings.HasPrefix(s3, "s3-") && IsRegion(s3[3:]):
		e.Kind, e.Region = EndpointLegacy, s3[3:]
	default:
		return false
	}
	if e.Dualstack && (e.Kind == EndpointRegional || e.Kind == EndpointGlobal) {
		e.Kind = EndpointDualstack
	}
	e.AWS = true
	if i > 0 {
		e.Style = StyleVirtual
		u.Bucket = strings.Join(labels[:i], ".")
		u.Key = strings.TrimPrefix(u.Path, "/")
	} else {
		e.Style = StylePath
		u.splitPath()
	}
	return true
}

// splitPath reads bucket and key from a path-style path.
func (u *URL) splitPath() {
	p := strings.TrimPrefix(u.Path, "/")
	u.Bucket, u.Key, _ = strings.Cut(p, "/")
}

var (
	stores    = []struct{ suffix, name string }{{".r2.cloudflarestorage.com", "r2"}, {".digitaloceanspaces.com", "spaces"}, {".wasabisys.com", "wasabi"}, {".backblazeb2.com", "b2"}, {"storage.googleapis.com", "gcs"}, {".linodeobjects.com", "linode"}, {".scw.cloud", "scaleway"}, {".cloud.ovh.net", "ovh"}, {".localstack.cloud", "localstack"}}
	localName = []string{"minio", "localstack", "s3mock", "seaweedfs", "garage", "ceph", "rgw"}
)

func (u *URL) decodeOther(host string) {
	e := &u.Endpoint
	for _, s := range stores {
		if host == strings.TrimPrefix(s.suffix, ".") || strings.HasSuffix(host, s.suffix) {
			e.Kind, e.Store, e.Style = EndpointCompatible, s.name, StylePath
			u.decodeStore(host, s.suffix)
			return
		}
	}
	switch {
	case host == "localhost" || strings.HasSuffix(host, ".localhost") || host == "host.docker.internal" ||
		!strings.Contains(host, ".") || isPrivateIP(host) || strings.HasSuffix(host, ".local") || strings.HasSuffix(host, ".internal"):
		e.Kind, e.Style, e.Local = EndpointCompatible, StylePath, true
	default:
		e.Kind, e.Style = EndpointCustom, StyleCustom
	}
	for _, n := range localName {
		if strings.Contains(host, n) {
			e.Kind, e.Style = EndpointCompatible, StylePath
			if e.Store == "" {
				e.Store = n
			}
		}
	}
	if e.Style == StylePath {
		u.splitPath()
	} else {
		u.Key = strings.TrimPrefix(u.Path, "/")
	}
}

// decodeStore reads bucket and region of a known S3-compatible store.
func (u *URL) decodeStore(host, suffix string) {
	e := &u.Endpoint
	pre := strings.TrimSuffix(strings.TrimSuffix(host, strings.TrimPrefix(suffix, ".")), ".")
	labels := []string{}
	if pre != "" {
		labels = strings.Split(pre, ".")
	}
	switch e.Store {
	case "r2":
		e.Region = "auto"
		if len(labels) >= 2 { // <bucket>.<account>.r2.cloudflarestorage.com
			e.Style, u.Bucket = StyleVirtual, strings.Join(labels[:len(labels)-1], ".")
			u.Key = strings.TrimPrefix(u.Path, "/")
			return
		}
	case "spaces", "linode", "wasabi", "b2":
		// <bucket>.<region>.digitaloceanspaces.com, s3.<region>.wasabisys.com, ...
		n := len(labels)
		if n >= 1 {
			e.Region = labels[n-1]
			if n >= 2 && labels[0] != "s3" {
				e.Style, u.Bucket = StyleVirtual, strings.Join(labels[:n-1], ".")
				u.Key = strings.TrimPrefix(u.Path, "/")
				return
			}
		}
	}
	u.splitPath()
}

func isPrivateIP(h string) bool {
	ip := net.ParseIP(h)
	if ip == nil {
		return false
	}
	return ip.IsLoopback() || ip.IsPrivate() || ip.IsUnspecified() || ip.IsLinkLocalUnicast()
}
