package redact

import "sync"

// Label classes: what a labelled value is expected to be.
const (
	lSecret    = iota + 1 // secret access key (base64)
	lSession              // session token (base64)
	lToken                // a bare "token" label: session token or other credential
	lSignature            // SigV4/SigV2 signature
	lAccount              // 12-digit account ID
	lPassword             // password-style assignment
	lCred                 // other credentials (API keys, OAuth tokens)
	lKeyID                // access key ID labels (values without a known prefix)
	lBucket               // bucket names (only with RedactBucketNames)
	lObjectKey            // object keys (only with RedactBucketNames)
)

// labels maps a normalised label (lower case, without '_', '-' and '.') to
// its class. A label also matches as a suffix of a longer name at a word
// boundary (TF_VAR_aws_secret_key, X-Amz-Security-Token, mySecretKey).
var labels = sync.OnceValue(func() map[string]int {
	return map[string]int{
		"awssecretaccesskey": lSecret, "secretaccesskey": lSecret, "awssecretkey": lSecret,
		"secretkey": lSecret, "awssecret": lSecret, "secret": lSecret, "secretaccess": lSecret,
		"awssecretaccess": lSecret, "secretaccesskeyid": lSecret,

		"awssessiontoken": lSession, "sessiontoken": lSession, "awssecuritytoken": lSession,
		"securitytoken": lSession, "token0": lSession, "ststoken": lSession, "sessionkey": lSession,
		"token": lToken,

		"signature": lSignature, "signatureprovided": lSignature, "xamzsignature": lSignature,

		"account": lAccount, "accountid": lAccount, "accountnumber": lAccount, "awsaccount": lAccount,
		"awsaccountid": lAccount, "owner": lAccount, "ownerid": lAccount, "bucketowner": lAccount,
		"expectedbucketowner": lAccount, "aws": lAccount, "accountids": lAccount, "principal": lAccount,
		"awsaccountnumber": lAccount,

		"password": lPassword, "passwd": lPassword, "pwd": lPassword, "pass": lPassword,
		"passphrase": lPassword,

		"apikey": lCred, "apisecret": lCred, "apitoken": lCred, "accesstoken": lCred,
		"authtoken": lCred, "refreshtoken": lCred, "clientsecret": lCred, "secrettoken": lCred,
		"idtoken": lCred, "bearertoken": lCred, "privatekey": lCred, "xapikey": lCred,

		"awsaccesskeyid": lKeyID, "accesskeyid": lKeyID, "accesskey": lKeyID, "awsaccesskey": lKeyID,

		"bucket": lBucket, "bucketname": lBucket, "s3bucket": lBucket,
		"key": lObjectKey, "objectkey": lObjectKey, "s3key": lObjectKey,
	}
})

// labelClass returns the class of the word s[i:j] (0 if none) and the
// length of the normalised label that matched, looking at the whole word
// and at each suffix that starts at a separator or at a case change.
func labelClass(s string, i, j int) (int, int) {
	if j-i < 2 {
		return 0, 0
	}
	cut := false
	if j-i > 64 { // long word: only its tail's suffixes can be labels
		i, cut = j-64, true
	}
	var buf [64]byte
	var starts [32]int
	n, ns := 0, 0
	for k := i; k < j; k++ {
		c := s[k]
		if c == '_' || c == '-' || c == '.' {
			if ns < len(starts) {
				starts[ns] = n
				ns++
			}
			continue
		}
		if k > i && (c >= 'A' && c <= 'Z' && s[k-1] >= 'a' && s[k-1] <= 'z' || !isDigit(c) && isDigit(s[k-1])) && ns < len(starts) {
			starts[ns] = n
			ns++
		}
		buf[n] = lower(c)
		n++
	}
	if l, ok := labels()[string(buf[:n])]; ok && !cut {
		return l, n
	}
	for k := 0; k < ns; k++ {
		if starts[k] < n {
			if l, ok := labels()[string(buf[starts[k]:n])]; ok {
				return l, n - starts[k]
			}
		}
	}
	return 0, 0
}
