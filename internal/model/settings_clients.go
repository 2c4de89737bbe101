package model

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/lazyre"
	"github.com/presign-doctor/presign-doctor/internal/rare"
)

// Settings-built clients: web frameworks build the S3 client from their own
// settings, not from code the paste shows (django-storages' AWS_*
// settings, Laravel's s3 disk in config/filesystems.php, Active Storage's
// service in config/storage.yml, Spring Cloud AWS's spring.cloud.aws.*
// properties). settingsClients records each as a Client of the
// framework's language with Framework set, its region and endpoint read
// from the settings, a read of an environment variable resolved through
// the paste's .env or compose lines, so that every rule that reads
// clients (missing_region, region_mismatch, custom_endpoint) reads these
// too, whatever framework wrote them.

// framework keys, one row each in the SDK settings table.
const (
	fwDjango        = "django-storages"
	fwLaravel       = "laravel"
	fwActiveStorage = "active-storage"
	fwSpring        = "spring-cloud-aws"
)

// settingsClients reads the framework settings blocks of the paste.
func (b *builder) settingsClients() {
	text := b.f.Text
	if rare.Contains(text, "AWS_STORAGE_BUCKET_NAME") || rare.Contains(text, "storages.backends.s3") {
		b.djangoStorages()
	}
	if rare.Contains(text, "'driver'") || rare.Contains(text, `"driver"`) {
		b.laravelDisks()
	}
	if rare.Contains(text, "service:") || rare.Contains(text, "spring") {
		b.yamlSettings()
	}
	if rare.Contains(text, "spring.cloud.aws.") {
		b.springProperties()
	}
}

// settingsClient adds a client a framework builds.
func (b *builder) settingsClient(fw, src string, sp Span, region, endpoint *Value, presigns bool) {
	c := &Client{Span: sp, Made: sp, Source: src, Service: "s3", Framework: fw, Region: region, Endpoint: endpoint, frameworkPresigns: presigns}
	b.f.Clients = append(b.f.Clients, c)
}

// reEnvRef is a settings value that reads one environment variable, with
// an optional default: env('X', 'd') (Laravel), ENV['X'] and
// ENV.fetch('X', 'd') (Ruby, ERB), ${X:d} (Spring), os.environ.get('X',
// 'd'), os.getenv('X', 'd'), os.environ['X'] (Python).
var reEnvRef = lazyre.New(`(?:\benv\s*\(|ENV(?:\.fetch\s*\(|\[)|os\.(?:environ\.get|getenv)\s*\(|os\.environ\s*\[)\s*["']([A-Za-z_][A-Za-z0-9_]*)["']\s*(?:,\s*([^)\]]*?))?\s*[)\]]|\$\{([A-Za-z_][A-Za-z0-9_.]*)(?::([^}]*))?\}`)

// settingValue resolves a setting's written value expr (at offset at of
// the text): a literal, or a read of an environment variable resolved
// through the paste's assignments of that variable, else its default.
// set is false when the setting resolves to nothing (an empty literal, a
// variable the paste's env lines leave out with no default); a read whose
// value the paste does not show is set but not Known.
func (b *builder) settingValue(expr string, at int) (v *Value, set bool) {
	expr = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(expr), ","))
	sp := Span{Start: at, End: at + len(expr)}
	if m := reEnvRef.FindStringSubmatch(expr); m != nil {
		name, def := m[1]+m[3], m[2]+m[4]
		def = unquoteSetting(def)
		if def == "null" || def == "None" || def == "nil" {
			def = ""
		}
		if val := b.envAssigned(name); val != "" {
			return &Value{Span: sp, Known: true, Str: val, Expr: expr}, true
		}
		if b.envShown(name) {
			if def == "" {
				return nil, false
			}
			return &Value{Span: sp, Known: true, Str: def, Expr: expr}, true
		}
		return &Value{Span: sp, Expr: expr}, true
	}
	s := unquoteSetting(strings.TrimSpace(strings.TrimPrefix(strings.TrimSuffix(expr, "%>"), "<%=")))
	if s == "" || s == "null" || s == "None" || s == "nil" || s == "~" {
		return nil, false
	}
	if strings.ContainsAny(s, "()[]{}$<>") || strings.Contains(s, " ") {
		return &Value{Span: sp, Expr: expr}, true // an expression the paste does not resolve
	}
	return &Value{Span: sp, Known: true, Str: s, Expr: expr}, true
}

// unquoteSetting strips one pair of quotes.
func unquoteSetting(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 2 && (s[0] == '\'' || s[0] == '"') && s[len(s)-1] == s[0] {
		return s[1 : len(s)-1]
	}
	return s
}

// envAssigned is the one value the paste's lines assign the variable name
// (a .env, compose or export line), "" when none or several.
func (b *builder) envAssigned(name string) string {
	lf := b.f.lines
	if lf == nil {
		return ""
	}
	found := ""
	for _, val := range lf.env[name] {
		val = unquoteSetting(val)
		if val == "" || strings.ContainsAny(val, "()[]{}$`") || looksPlaceholder(val) {
			continue
		}
		if found != "" && found != val {
			return ""
		}
		found = val
	}
	return found
}

// envShown reports whether the paste shows the environment block a
// variable would be set in: its lines assign another variable of the same
// prefix (AWS_BUCKET beside an absent AWS_DEFAULT_REGION), so an absent
// one is absent, not merely not pasted.
func (b *builder) envShown(name string) bool {
	lf := b.f.lines
	if lf == nil {
		return false
	}
	pre := name
	if i := strings.IndexByte(name, '_'); i > 0 {
		pre = name[:i+1]
	} else {
		return false
	}
	for k, vals := range lf.env {
		if k != name && strings.HasPrefix(k, pre) && len(vals) > 0 {
			return true
		}
	}
	return false
}

// reDjangoSetting is a django-storages setting assigned in settings.py.
var reDjangoSetting = lazyre.New(`(?m)^[ \t]*(AWS_STORAGE_BUCKET_NAME|AWS_S3_REGION_NAME|AWS_S3_ENDPOINT_URL|AWS_S3_SIGNATURE_VERSION|AWS_QUERYSTRING_AUTH)[ \t]*=[ \t]*(.+?)[ \t]*(?:#.*)?$`)

// djangoStorages reads django-storages' settings: the client it builds
// takes AWS_S3_REGION_NAME and AWS_S3_ENDPOINT_URL, and presigns its URLs
// unless AWS_QUERYSTRING_AUTH is False.
func (b *builder) djangoStorages() {
	text := b.f.Text
	var sp Span
	var region, endpoint, sigv *Value
	presigns := true
	for _, m := range reDjangoSetting.FindAllStringSubmatchIndex(text, -1) {
		name, expr := text[m[2]:m[3]], text[m[4]:m[5]]
		switch name {
		case "AWS_STORAGE_BUCKET_NAME":
			if sp == (Span{}) {
				sp = Span{Start: m[2], End: m[3]}
			}
		case "AWS_S3_REGION_NAME":
			region, _ = b.settingValue(expr, m[4])
		case "AWS_S3_ENDPOINT_URL":
			endpoint, _ = b.settingValue(expr, m[4])
		case "AWS_S3_SIGNATURE_VERSION":
			sigv, _ = b.settingValue(expr, m[4])
		case "AWS_QUERYSTRING_AUTH":
			presigns = strings.TrimSpace(expr) != "False"
		}
	}
	if sp == (Span{}) {
		// No settings.py assignment of the bucket: the storage backend
		// named (DEFAULT_FILE_STORAGE, STORAGES) makes the client, else
		// the paste only reads the settings (settings.AWS_… in a view).
		i := strings.Index(text, "storages.backends.s3")
		if i < 0 {
			return
		}
		sp = Span{Start: i, End: i + len("storages.backends.s3")}
	}
	b.settingsClient(fwDjango, "python", sp, region, endpoint, presigns)
	b.f.Clients[len(b.f.Clients)-1].SignatureVersion = sigv
}

// reLaravelS3Driver is the driver line of a Laravel s3 disk; reLaravelKey
// one 'key' => value line of the disk.
var (
	reLaravelS3Driver = lazyre.New(`['"]driver['"]\s*=>\s*['"]s3['"]`)
	reLaravelKey      = lazyre.New(`^\s*['"]([a-z_]+)['"]\s*=>\s*(.+?)\s*,?\s*(?://.*)?$`)
)

// laravelDisks reads each s3 disk of config/filesystems.php: the S3Client
// Laravel builds takes the disk's 'region' and 'endpoint'; temporaryUrl
// and temporaryUploadUrl presign.
func (b *builder) laravelDisks() {
	text := b.f.Text
	presigns := strings.Contains(text, "temporaryUrl(") || strings.Contains(text, "temporaryUploadUrl(")
	for _, m := range reLaravelS3Driver.FindAllStringSubmatchIndex(text, -1) {
		// The disk is the bracket the driver line sits in.
		start := strings.LastIndexByte(text[:m[0]], '[')
		if start < 0 {
			continue
		}
		end := strings.IndexByte(text[m[1]:], ']')
		if end < 0 {
			end = len(text)
		} else {
			end += m[1]
		}
		var region, endpoint *Value
		eachLine(text[start+1:end], func(ls, le int) {
			off := start + 1
			line := text[off+ls : off+le]
			km := reLaravelKey.FindStringSubmatchIndex(line)
			if km == nil {
				return
			}
			switch line[km[2]:km[3]] {
			case "region":
				region, _ = b.settingValue(line[km[4]:km[5]], off+ls+km[4])
			case "endpoint":
				endpoint, _ = b.settingValue(line[km[4]:km[5]], off+ls+km[4])
			}
		})
		b.settingsClient(fwLaravel, "php", Span{Start: m[0], End: m[1]}, region, endpoint, presigns)
	}
}

// yamlEntry is one "key: value" line of a YAML block, with the dotted path
// of the keys it is nested in.
type yamlEntry struct {
	path  string
	value string
	at    int // offset of the value
	span  Span
}

// reYAMLKey is a YAML mapping line: indentation, key, ':' and the rest.
var reYAMLKey = lazyre.New(`^([ \t]*)([A-Za-z0-9_.-]+):(?:[ \t]+(.*?))?[ \t\r]*$`)

// yamlEntries reads the YAML mapping lines of the text with their dotted
// paths; a line of another kind ends the mappings it is not nested in.
func yamlEntries(text string) []yamlEntry {
	type level struct {
		indent int
		key    string
	}
	var stack []level
	var out []yamlEntry
	eachLine(text, func(ls, le int) {
		line := text[ls:le]
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "#") {
			return
		}
		indent := len(line) - len(strings.TrimLeft(line, " \t"))
		for len(stack) > 0 && stack[len(stack)-1].indent >= indent {
			stack = stack[:len(stack)-1]
		}
		m := reYAMLKey.FindStringSubmatchIndex(line)
		if m == nil {
			return
		}
		key := line[m[4]:m[5]]
		path := key
		if len(stack) > 0 {
			path = stack[len(stack)-1].key + "." + key
		}
		if m[6] >= 0 && m[6] < m[7] {
			out = append(out, yamlEntry{path: path, value: line[m[6]:m[7]], at: ls + m[6], span: Span{Start: ls + m[4], End: ls + m[7]}})
			return
		}
		stack = append(stack, level{indent: indent, key: path})
	})
	return out
}

// yamlSettings reads Active Storage services (config/storage.yml: a
// service: S3 entry with its region: and endpoint:) and Spring Cloud AWS
// application.yml (spring.cloud.aws.region.static, spring.cloud.aws.s3.*).
func (b *builder) yamlSettings() {
	entries := yamlEntries(b.f.Text)
	byPath := map[string]yamlEntry{}
	for _, e := range entries {
		if _, ok := byPath[e.path]; !ok {
			byPath[e.path] = e
		}
	}
	for _, e := range entries {
		if !strings.HasSuffix(e.path, ".service") && e.path != "service" || unquoteSetting(e.value) != "S3" {
			continue
		}
		parent := strings.TrimSuffix(strings.TrimSuffix(e.path, "service"), ".")
		get := func(k string) (*Value, bool) {
			p := k
			if parent != "" {
				p = parent + "." + k
			}
			if x, ok := byPath[p]; ok {
				return b.settingValue(x.value, x.at)
			}
			return nil, false
		}
		region, _ := get("region")
		endpoint, _ := get("endpoint")
		b.settingsClient(fwActiveStorage, "ruby", e.span, region, endpoint, true)
	}
	spring := false
	for _, e := range entries {
		if strings.HasPrefix(e.path, "spring.cloud.aws.") {
			spring = true
			break
		}
	}
	if spring {
		b.springClient(func(p string) (string, int, bool) {
			e, ok := byPath[p]
			return e.value, e.at, ok
		}, firstSpringSpan(entries))
	}
}

func firstSpringSpan(entries []yamlEntry) Span {
	for _, e := range entries {
		if strings.HasPrefix(e.path, "spring.cloud.aws.") {
			return e.span
		}
	}
	return Span{}
}

// reSpringProperty is a line of application.properties setting a
// spring.cloud.aws property.
var reSpringProperty = lazyre.New(`(?m)^[ \t]*(spring\.cloud\.aws\.[A-Za-z0-9_.-]+)[ \t]*[=:][ \t]*(.*?)[ \t\r]*$`)

// springProperties reads Spring Cloud AWS properties written as
// application.properties lines.
func (b *builder) springProperties() {
	text := b.f.Text
	props := map[string][2]int{}
	var first Span
	for _, m := range reSpringProperty.FindAllStringSubmatchIndex(text, -1) {
		if first == (Span{}) {
			first = Span{Start: m[2], End: m[3]}
		}
		props[text[m[2]:m[3]]] = [2]int{m[4], m[5]}
	}
	if len(props) == 0 {
		return
	}
	for _, c := range b.f.Clients {
		if c.Framework == fwSpring {
			return // application.yml read already
		}
	}
	b.springClient(func(p string) (string, int, bool) {
		v, ok := props[p]
		if !ok {
			return "", 0, false
		}
		return text[v[0]:v[1]], v[0], true
	}, first)
}

// springClient adds the S3 client Spring Cloud AWS builds: its region is
// spring.cloud.aws.s3.region, else spring.cloud.aws.region.static, else
// the SDK's default chain; its endpoint spring.cloud.aws.s3.endpoint,
// else spring.cloud.aws.endpoint. S3Template's createSigned*URL and an
// S3Presigner presign.
func (b *builder) springClient(get func(string) (string, int, bool), sp Span) {
	val := func(paths ...string) *Value {
		for _, p := range paths {
			if s, at, ok := get(p); ok {
				if v, set := b.settingValue(s, at); set {
					return v
				}
			}
		}
		return nil
	}
	region := val("spring.cloud.aws.s3.region", "spring.cloud.aws.region.static")
	endpoint := val("spring.cloud.aws.s3.endpoint", "spring.cloud.aws.endpoint")
	text := b.f.Text
	presigns := strings.Contains(text, "createSigned") || strings.Contains(text, "S3Presigner") || strings.Contains(text, "presign")
	b.settingsClient(fwSpring, "java", sp, region, endpoint, presigns)
}
