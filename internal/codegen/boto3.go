package codegen

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
)

// pyVal writes a value as a Python expression.
func pyVal(v Value) string {
	switch {
	case v.Ident != "":
		return v.Ident
	case v.IsNum:
		return itoa(v.Num)
	}
	return pyStr(v.Str)
}

// idents returns the user identifiers the plan's values use, in order of
// first use: they become parameters of the generated function.
func (p *Plan) idents() []string {
	var out []string
	seen := map[string]bool{}
	add := func(v Value) {
		if v.Ident != "" && !seen[v.Ident] {
			seen[v.Ident] = true
			out = append(out, v.Ident)
		}
	}
	if p.STS != nil {
		add(p.STS.RoleARN)
	}
	add(p.Bucket)
	add(p.Key)
	for _, prm := range p.Params {
		add(prm.Value)
	}
	for _, prm := range p.Fields {
		add(prm.Value)
	}
	return out
}

// Boto3 writes the corrected boto3 program: a client from the default
// credential chain (or a per-use assumed role), an explicit region, SigV4
// with virtual-hosted addressing, and the user's operation with a valid
// ExpiresIn.
func Boto3(p *Plan) string {
	var b strings.Builder
	w := func(s ...string) {
		for _, x := range s {
			b.WriteString(x)
		}
		b.WriteByte('\n')
	}
	fn := p.FuncName
	if fn == "" {
		fn = "create_presigned_" + p.Kind
	}
	cv := p.ClientVar
	if cv == "" || cv == fn {
		cv = "s3"
	}
	rv := p.URLVar
	if rv == "" || rv == fn || rv == cv {
		rv = p.Kind
		if rv == cv || rv == fn {
			rv = "result"
		}
	}
	args := p.idents()
	w(`"""Presign `, p.Label(), ` with credentials from the default chain.`)
	w()
	w("Written by Presign Doctor from the facts of your paste.")
	for _, n := range p.Notes {
		w("- ", n, ".")
	}
	w(`"""`)
	if len(args) > 0 {
		w("import sys")
		w()
	}
	w("import boto3")
	w("from botocore.config import Config")
	w()
	w("REGION = ", pyStr(p.Region), regionComment(p, "  # "))
	if p.STS != nil && p.STS.RoleARN.Ident == "" {
		w("ROLE_ARN = ", pyVal(p.STS.RoleARN))
	}
	w("CONFIG = Config(")
	w("    ", py(model.SetSigV4).Name, "='s3v4',")
	if p.Endpoint != "" {
		w("    s3={'", py(model.SetPathStyle).Name, "': 'path'},")
	} else {
		w("    s3={'", py(model.SetPathStyle).Name, "': 'virtual'},")
	}
	w(")")
	if p.Endpoint != "" {
		// Config rejects options it does not know: boto3 before 1.36 (as
		// Debian 12 ships it) has neither these settings nor the checksums.
		w("# S3-compatible stores reject the default integrity checksums of boto3 >= 1.36;")
		w("# older boto3 sends none and has no such settings.")
		w("if 'request_checksum_calculation' in Config.OPTION_DEFAULTS:")
		w("    CONFIG = CONFIG.merge(Config(request_checksum_calculation='when_required', response_checksum_validation='when_required'))")
	}
	endpoint := ""
	if p.Endpoint != "" {
		endpoint = ", " + py(model.SetEndpoint).Code(pyStr(p.Endpoint))
	}
	w()
	if p.STS == nil {
		w("# The default credential chain: environment, shared config, SSO, container or instance role.")
		w(cv, " = boto3.Session().client('s3', ", py(model.SetRegion).Code("REGION"), endpoint, ", config=CONFIG)")
	} else {
		roleArg, roleParam := "ROLE_ARN", ""
		if p.STS.RoleARN.Ident != "" {
			roleArg, roleParam = p.STS.RoleARN.Ident, p.STS.RoleARN.Ident
		}
		w()
		w("def s3_client(", roleParam, "):")
		w(`    """Assume the role for this use only, for at least as long as the URL lives."""`)
		w("    # The role is assumed with credentials from the default chain.")
		stsEndpoint := ""
		if p.STS.Endpoint != "" {
			stsEndpoint = ", " + py(model.SetEndpoint).Code(pyStr(p.STS.Endpoint))
		}
		w("    creds = boto3.Session().client('sts', ", py(model.SetRegion).Code("REGION"), stsEndpoint, ").assume_role(")
		w("        RoleArn=", roleArg, ",")
		w("        RoleSessionName='presign',")
		w("        DurationSeconds=", itoa(p.STS.Duration), ",")
		w("    )['Credentials']")
		w("    return boto3.Session(")
		w("        aws_access_key_id=creds['AccessKeyId'],")
		w("        aws_secret_access_key=creds['SecretAccessKey'],")
		w("        ", py(model.SetSessionToken).Code("creds['SessionToken']"), ",")
		w("    ).client('s3', ", py(model.SetRegion).Code("REGION"), endpoint, ", config=CONFIG)")
	}
	w()
	w()
	w("def ", fn, "(", strings.Join(args, ", "), "):")
	w(`    """Return a presigned `, strings.ToUpper(p.Kind), ` for `, p.Label(), `."""`)
	if p.STS != nil {
		roleArg := ""
		if p.STS.RoleARN.Ident != "" {
			roleArg = p.STS.RoleARN.Ident
		}
		w("    ", cv, " = s3_client(", roleArg, ")")
	}
	if p.Kind == "post" {
		w("    ", rv, " = ", cv, ".generate_presigned_post(")
		w("        Bucket=", pyVal(p.Bucket), ",")
		w("        Key=", pyVal(p.Key), ",")
		if len(p.Fields) > 0 {
			w("        Fields={")
			for _, f := range p.Fields {
				w("            ", pyStr(f.Name), ": ", pyVal(f.Value), ",")
			}
			w("        },")
		}
		if len(p.Conditions) > 0 {
			w("        Conditions=[")
			for _, c := range p.Conditions {
				w("            ", c, ",")
			}
			w("        ],")
		}
		w("        ", py(model.SetExpiry).Code(itoa(p.ExpiresIn)), ",")
		w("    )")
	} else {
		w("    ", rv, " = ", cv, ".generate_presigned_url(")
		w("        ", pyStr(p.Operation), ",")
		w("        Params={")
		w("            'Bucket': ", pyVal(p.Bucket), ",")
		w("            'Key': ", pyVal(p.Key), ",")
		for _, prm := range p.Params {
			w("            ", pyStr(prm.Name), ": ", pyVal(prm.Value), ",")
		}
		w("        },")
		w("        ", py(model.SetExpiry).Code(itoa(p.ExpiresIn)), ",")
		if p.Method != HTTPMethod(p.Operation) {
			w("        HttpMethod=", pyStr(p.Method), ",")
		}
		w("    )")
	}
	w("    return ", rv)
	w()
	w()
	w("if __name__ == '__main__':")
	call := fn + "()"
	if len(args) > 0 {
		call = fn + "(*sys.argv[1:])"
	}
	w("    print(", call, ")")
	return b.String()
}

// regionComment says, in the comment syntax given, when the region is a
// guess.
func regionComment(p *Plan, prefix string) string {
	if p.RegionKnown {
		return ""
	}
	return prefix + "no region in the paste: set your bucket's region"
}
