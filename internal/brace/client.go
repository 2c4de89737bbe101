package brace

import (
	"sort"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/source"
	"github.com/presign-doctor/presign-doctor/internal/table"
)

// client reads the client settings of the paste, wherever they are
// written: constructor options (new S3Client({region}), Aws::S3::Client.new
// (force_path_style:), 'use_path_style_endpoint' => true), builder calls
// (.region(Region.US_EAST_1), .forcePathStyle(true)), option functions
// (config.WithRegion, o.UsePathStyle = true), assignments
// (AWS.config.region = …) and .NET initializers (ServiceURL = …).
func (d *doc) client(res *Result) {
	c := &Client{}
	found := false
	others := d.otherClients(res)
	set := func(dst **Value, v *Value, s setting) {
		if v == nil {
			return
		}
		if !found {
			c.Span = d.span(rng{s.tok, s.val.b})
		}
		found = true
		*dst = v
	}
	for _, s := range d.settings {
		if inRanges(s.tok, others) {
			continue // a client the presign call does not use
		}
		if s.form == '2' || s.form == '[' {
			if s.norm == "endpointconfiguration" {
				continue
			}
			continue
		}
		switch s.norm {
		case "region", "regionendpoint", "authenticationregion", "signingregion":
			if d.isRequestParam(s) {
				continue
			}
			set(&c.Region, d.val(s.val), s)
		case "endpoint", "baseendpoint", "serviceurl", "endpointoverride", "endpointurl":
			if s.form == '.' && d.lang == Ruby {
				continue
			}
			set(&c.Endpoint, d.val(s.val), s)
		case "forcepathstyle", "usepathstyle", "s3forcepathstyle", "usepathstyleendpoint", "pathstyleaccessenabled", "pathstyleaccess":
			set(&c.PathStyle, d.val(s.val), s)
		case "signatureversion", "signeroverride":
			set(&c.SignatureVersion, d.val(s.val), s)
		case "requestchecksumcalculation":
			set(&c.ChecksumCalculation, d.val(s.val), s)
		case "useaccelerateendpoint", "useaccelerate", "accelerate", "accelerateendpointenabled", "s3useaccelerate":
			set(&c.Accelerate, d.val(s.val), s)
		case "endpointconfiguration":
			// Java v1: new EndpointConfiguration("https://…", "us-west-2")
			if ec, ok := d.findCall([]rng{s.val}, "EndpointConfiguration"); ok && len(ec.args) == 2 {
				set(&c.Endpoint, d.argVal(ec, 0), s)
				set(&c.Region, d.argVal(ec, 1), s)
			}
		}
	}
	// Positional regions: new AmazonS3Client(RegionEndpoint.USEast2),
	// new AmazonS3Client(key, secret, RegionEndpoint.USEast1).
	if c.Region == nil {
		for _, cl := range d.calls {
			if cl.name != "AmazonS3Client" && cl.name != "AmazonS3" {
				continue
			}
			for _, a := range cl.args {
				if v := d.val(a); v != nil && v.Known && regionEndpointExpr(d.src(a)) {
					set(&c.Region, v, setting{tok: a.a, val: a})
				}
			}
		}
	}
	if m := d.madeClient(); m != (source.Span{}) {
		c.Made = m
		if !found {
			c.Span = m
		}
		found = true
	}
	if found {
		res.Client = c
	}
}

// clientMakers name the calls that build an S3 client, a presigner or the
// config one is made from: the call's name, and a word its receiver chain
// must hold when the name alone is common (create, builder, new).
var clientMakers = []struct {
	name, recv string
	isNew      bool
	rust       bool // only in Rust, where the name alone is common
	args       int  // the number of arguments the call takes, when it tells the client apart
}{
	{name: "S3Client", isNew: true},       // JS v3, PHP
	{name: "S3", isNew: true},             // JS v2 new AWS.S3()
	{name: "AmazonS3Client", isNew: true}, // .NET, Java v1
	// Go: the config is where the region is; s3.NewFromConfig(cfg) alone
	// says nothing of a cfg the paste does not show.
	{name: "LoadDefaultConfig"}, {name: "NewSession", recv: "session"},
	{name: "create", recv: "S3Presigner"}, {name: "builder", recv: "S3Presigner"}, // Java v2
	{name: "create", recv: "S3Client"}, {name: "builder", recv: "S3Client"},
	{name: "standard", recv: "AmazonS3ClientBuilder"}, {name: "defaultClient", recv: "AmazonS3ClientBuilder"}, // Java v1
	{name: "createS3"}, // PHP Sdk
	// Rust: the shared config's loaders (aws_config::load_from_env(),
	// aws_config::from_env()….load(), aws_config::defaults(…)….load()) and
	// the S3 config's builders.
	{name: "load_from_env"}, {name: "load_defaults", recv: "aws_config"}, {name: "from_env", recv: "aws_config"},
	{name: "defaults", recv: "aws_config"}, {name: "builder", recv: "Config", rust: true}, {name: "from_conf", rust: true},
	{name: "new", recv: "config::Builder", rust: true},
	// aws_sdk_s3::Client::new(&sdk_config) takes the shared config;
	// reqwest::Client::new() takes nothing.
	{name: "new", recv: "Client", rust: true, args: 1},
}

// madeClient returns the span of the first call that builds an S3 client
// (clientMakers, and Ruby's Aws::S3::Client.new, Resource.new and
// Presigner.new, with or without parentheses), or a zero span.
func (d *doc) madeClient() source.Span {
	for _, c := range d.calls {
		for _, m := range clientMakers {
			if c.name != m.name || m.isNew && !c.isNew || m.rust && d.lang != Rust || m.args > 0 && len(c.args) != m.args {
				continue
			}
			if m.rust && !d.pathEnds(c.tok, m.recv) {
				continue
			}
			recv := c.recv
			if recv >= c.tok {
				recv = d.pathStart(c.tok) // aws_config::defaults(…), aws_sdk_s3::Config::builder()
			}
			if m.recv != "" && (recv >= c.tok || !strings.Contains(d.src(rng{recv, c.tok}), m.recv)) {
				continue
			}
			return d.span(rng{recv, min(c.end, len(d.toks))})
		}
	}
	if d.lang != Ruby {
		return source.Span{}
	}
	// Aws::S3::Client.new: tokens S3 :: Client . new
	for i := 0; i+4 < len(d.toks); i++ {
		if d.toks[i].Text != "S3" || !d.punct(i+1, "::") || !d.punct(i+3, ".") || d.toks[i+4].Text != "new" {
			continue
		}
		switch d.toks[i+2].Text {
		case "Client", "Resource", "Presigner":
			a := i
			if i >= 2 && d.punct(i-1, "::") && d.toks[i-2].Text == "Aws" {
				a = i - 2
			}
			return d.span(rng{a, i + 5})
		}
	}
	return source.Span{}
}

// isRequestParam reports a "region" written inside an STS or other
// non-client request (AssumeRole params); kept simple: a region inside a
// presign request list is not a client setting.
func (d *doc) isRequestParam(s setting) bool { return false }

// Credential providers, by the name of the call or type that makes them.
var credProviders = table.Pairs(
	"fromIni", "profile", "ProfileCredentialsProvider", "profile", "WithSharedConfigProfile", "profile",
	"SharedCredentials", "profile", "SharedIniFileCredentials", "profile", "StoredProfileAWSCredentials", "profile",
	"CredentialProfileStoreChain", "profile", "fromSSO", "profile",
	"fromEnv", "env", "EnvironmentVariableCredentialsProvider", "env", "EnvironmentVariablesAWSCredentials", "env",
	"EnvironmentCredentials", "env", "NewEnvCredentials", "env",
	"fromTemporaryCredentials", "assume-role", "NewAssumeRoleProvider", "assume-role", "StsAssumeRoleCredentialsProvider", "assume-role",
	"AssumeRoleCredentials", "assume-role", "AssumeRoleAsync", "assume-role", "assumeRole", "assume-role", "AssumeRole", "assume-role",
	"STSAssumeRoleSessionCredentialsProvider", "assume-role", "assume_role", "assume-role", "AssumeRoleCommand", "assume-role",
)

// keyCalls take the key ID and secret as their first two arguments.
var keyCalls = table.Set(
	"NewStaticCredentialsProvider", "NewStaticCredentials", "create", "BasicAWSCredentials",
	"SessionAWSCredentials", "Credentials", "AmazonS3Client", "BasicSessionCredentials",
)

// keySlots are the option names that hold a key ID or a secret.
var keySlots = table.Set(
	"accesskeyid", "secretaccesskey", "sessiontoken", "accesssecretkey",
	"awsaccesskeyid", "awssecretaccesskey", "secret", "accesskey", "secretkey",
)

// credentials says where the signing credentials come from.
func (d *doc) credentials(res *Result) {
	add := func(kind, name, role string, sp source.Span, v *Value) {
		for _, c := range res.Credentials {
			if c.Kind == kind && c.Span == sp {
				return
			}
		}
		res.Credentials = append(res.Credentials, Credential{Kind: kind, Name: name, Slot: role, Span: sp, Value: v})
	}
	slots := 0
	slot := func(name, role string, r rng) {
		if slots++; slots > 64 {
			return
		}
		v := d.val(r)
		kind := "static"
		if d.readsEnv(r, 2) {
			kind = "env"
		}
		add(kind, name, role, d.span(r), v)
	}
	assumed := false
	for _, c := range d.calls {
		name := c.name
		// Type.create(), Type.builder(), Aws::Type.new(…): the type names it.
		if (name == "create" || name == "builder" || name == "new" || name == "Create" || name == "from_keys" && d.lang == Rust) && c.tok >= 2 && d.ident(c.tok-2) {
			if t := d.toks[c.tok-2].Text; credProviders[t] != "" || keyCalls[t] || strings.HasSuffix(t, "Credentials") {
				name = t
			}
		}
		if k, ok := credProviders[name]; ok {
			add(k, name, "", d.toks[c.tok].Span(), nil)
			res.Credentials[len(res.Credentials)-1].Func = d.enclosingFunc(c.tok)
			assumed = assumed || k == "assume-role"
			continue
		}
		if (!keyCalls[name] && !strings.HasSuffix(name, "Credentials")) || len(c.args) < 2 {
			continue
		}
		c.name = name
		if c.name == "create" || c.name == "new" {
			continue
		}
		if c.name == "Credentials" && !c.isNew && d.lang != Ruby && d.lang != Rust {
			continue
		}
		if c.name == "AmazonS3Client" {
			// (key, secret[, token][, config|region]) but not (credentials, region) or (config).
			if s := d.src(c.args[1]); regionEndpointExpr(s) || strings.Contains(strings.ToLower(s), "config") {
				continue
			}
		}
		slot(c.name, "key-id", c.args[0])
		slot(c.name, "secret", c.args[1])
		if len(c.args) > 2 && c.name != "AmazonS3Client" {
			if v := d.val(c.args[2]); v != nil && !(v.Known && v.Str == "") && v.Expr != "None" {
				slot(c.name, "token", c.args[2])
			}
		}
	}
	for _, s := range d.settings {
		if s.form == '2' || s.form == '[' {
			continue
		}
		switch {
		case keySlots[s.norm] || (s.norm == "key" || s.norm == "token") && d.lang == PHP && d.inCredentials(s):
			if s.norm == "secret" && !d.inCredentials(s) {
				continue
			}
			slot(s.name, slotRole(s.norm), s.val)
		case s.norm == "profile" || s.norm == "profilename" || s.norm == "sharedconfigprofile":
			add("profile", s.name, "", d.span(rng{s.tok, s.val.b}), d.val(s.val))
		}
	}
	if assumed {
		// Keys passed along from an assumed role are the role's: they go
		// to AssumedKeys, where a missing token slot is the fact.
		out := res.Credentials[:0]
		for _, c := range res.Credentials {
			if c.Kind != "static" || c.Value != nil && c.Value.Placeholder {
				out = append(out, c)
			} else {
				res.AssumedKeys = append(res.AssumedKeys, c)
			}
		}
		res.Credentials = out
	}
}

// slotRole names the part of a credential a slot holds.
func slotRole(n string) string {
	switch {
	case strings.Contains(n, "secret"):
		return "secret"
	case strings.Contains(n, "token"):
		return "token"
	}
	return "key-id"
}

// inCredentials reports whether setting s sits in a credentials array, in
// a client constructor (PHP's new S3Client(['key' => …, 'secret' => …]),
// S3Client::factory(array(…))), or in an array bound to a name that says
// it holds credentials ($s3Creds = array('key' => …)).
func (d *doc) inCredentials(s setting) bool {
	if !d.credRangesDone {
		d.credRangesDone = true
		for _, c := range d.settings {
			if c.norm == "credentials" || c.norm == "creds" {
				d.credRanges = append(d.credRanges, c.val)
				if len(d.credRanges) > 64 {
					break
				}
			}
		}
	}
	if inRanges(s.tok, d.credRanges) {
		return true
	}
	for o, n := d.opener(s.tok), 0; o > 0 && n < 8; o, n = d.opener(o), n+1 {
		if ci, ok := d.callAt[o-1]; ok {
			switch d.calls[ci].name {
			case "S3Client", "factory":
				return true
			}
		}
		k := o - 1
		if d.ident(k) && d.toks[k].Text == "array" {
			k--
		}
		if d.punct(k, "=") && d.ident(k-1) && strings.Contains(strings.ToLower(d.toks[k-1].Text), "cred") {
			return true
		}
	}
	return false
}

// envReaders are the ways code reads an environment variable.
var envReaders = []string{"process.env", "os.Getenv", "getenv", "System.getenv", "Environment.GetEnvironmentVariable",
	"ENV[", "ENV.fetch", "$_ENV", "$_SERVER", "import.meta.env", "os.environ", "env(", "os.LookupEnv"}

// readsEnv reports whether r (or a value bound to a name used in it)
// reads an environment variable.
func (d *doc) readsEnv(r rng, depth int) bool {
	for _, x := range d.resolve([]rng{r}, depth) {
		s := d.src(x)
		for _, e := range envReaders {
			if strings.Contains(s, e) {
				return true
			}
		}
	}
	return false
}

// clientSetting names the settings that make a variable a client (or its
// configuration) for otherClients.
func clientSetting(n string) bool {
	switch n {
	case "region", "regionendpoint", "endpoint", "baseendpoint", "serviceurl", "endpointoverride", "endpointurl",
		"forcepathstyle", "usepathstyle", "s3forcepathstyle", "usepathstyleendpoint", "pathstyleaccessenabled":
		return true
	}
	return false
}

// otherClients returns the value ranges of the client variables the
// paste's first presign call does not use, when the paste binds two or
// more (a client per region, one for another account): their settings are
// not the presign's. A variable is a client when a client setting lies in
// a value bound to it; the presign uses the client variables reachable
// from its call through bound values (getSignedUrl(euClient, …),
// s3.getSignedUrl(…), presigner ← NewPresignClient(euClient) ← cfg).
// Nothing is left out when the call reaches none of them or all.
func (d *doc) otherClients(res *Result) []rng {
	if len(res.Presigns) == 0 || len(d.binds) < 2 {
		return nil
	}
	clients := map[string][]rng{}
	work := 0
	// A bound value that holds the presign call itself (a handler, the
	// function the call is written in) is the code around it, not another
	// client.
	sp := res.Presigns[0].Span
	call := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].Start >= sp.Start })
	for _, s := range d.settings {
		if !clientSetting(s.norm) {
			continue
		}
		for name, bs := range d.binds {
			for _, b := range bs {
				if work++; work > maxScan {
					return nil // hostile input: keep every setting
				}
				if b.a <= call && call < b.b {
					continue
				}
				if b.a <= s.tok && s.tok < b.b {
					clients[name] = bs
				}
			}
		}
	}
	if len(clients) < 2 {
		return nil
	}
	// The names reachable from the presign call, a few hops through bound
	// values, within the work bound.
	reach := map[string]bool{}
	var frontier []rng
	for i, t := range d.toks {
		if t.Start >= sp.Start && t.End <= sp.End {
			frontier = append(frontier, rng{i, i + 1})
		}
	}
	for hop := 0; hop < 4 && len(frontier) > 0; hop++ {
		var next []rng
		for _, r := range frontier {
			for i := r.a; i < r.b && i < len(d.toks); i++ {
				if work++; work > maxScan {
					return nil
				}
				name := d.toks[i].Text
				if !d.ident(i) || reach[name] || len(d.binds[name]) == 0 {
					continue
				}
				reach[name] = true
				next = append(next, d.binds[name]...)
			}
		}
		frontier = next
	}
	var used, out []rng
	for name, bs := range clients {
		if reach[name] {
			used = append(used, bs...)
		} else {
			out = append(out, bs...)
		}
	}
	if len(used) == 0 || len(out) == 0 {
		return nil
	}
	// A client the presign uses may hold another's range (a config
	// passed in): keep what lies inside a used range.
	var keep []rng
	for _, o := range out {
		inside := false
		for _, u := range used {
			if u.a <= o.a && o.b <= u.b {
				inside = true
			}
		}
		if !inside {
			keep = append(keep, o)
		}
	}
	return keep
}

// regionEndpointExpr reports whether a .NET argument names a region:
// RegionEndpoint.USEast1, written with its namespace or not
// (Amazon.RegionEndpoint.USEast1, global::Amazon.RegionEndpoint…).
func regionEndpointExpr(s string) bool {
	return strings.HasPrefix(s, "RegionEndpoint.") || strings.Contains(s, ".RegionEndpoint.") || strings.Contains(s, "::RegionEndpoint.")
}

// pathStart returns the first token of the path before name token i
// (a::b::name: the token a), or i when no path leads to it.
func (d *doc) pathStart(i int) int {
	k := i
	for n := 0; n < maxChain && k >= 2 && d.punct(k-1, "::") && d.ident(k-2); n++ {
		k -= 2
	}
	return k
}

// pathEnds reports whether the path before name token i ends with the
// components of p (p "config::Builder" for aws_sdk_s3::config::Builder::new,
// not for PresigningConfig::builder); an empty p always matches.
func (d *doc) pathEnds(i int, p string) bool {
	k := i
	for p != "" {
		last := p
		if j := strings.LastIndex(p, "::"); j >= 0 {
			last, p = p[j+2:], p[:j]
		} else {
			p = ""
		}
		if k < 2 || !d.punct(k-1, "::") || !d.ident(k-2) || d.toks[k-2].Text != last {
			return false
		}
		k -= 2
	}
	return true
}
