package derive

import (
	"reflect"
	"testing"
)

func TestParamsAfterSignature(t *testing.T) {
	boto := []string{"X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Date", "X-Amz-Expires", "X-Amz-SignedHeaders", "X-Amz-Signature"}
	js := []string{"X-Amz-Algorithm", "X-Amz-Content-Sha256", "X-Amz-Credential", "X-Amz-Date", "X-Amz-Expires", "X-Amz-Signature", "X-Amz-SignedHeaders", "x-amz-checksum-mode", "x-id"}
	for _, c := range []struct {
		names []string
		want  []int
	}{
		{boto, nil},
		{append(append([]string{}, boto...), "utm_source"), []int{6}},
		{append(append([]string{}, boto...), "a", "b"), []int{6, 7}},
		{js, nil},
		{append(append([]string{}, js...), "utm"), []int{9}},
		{[]string{"X-Amz-Signature", "b", "a"}, []int{2}},
		// Signer-written parameters in any order, or x-id after the
		// signature: nothing was appended.
		{[]string{"X-Amz-Signature", "X-Amz-SignedHeaders", "X-Amz-Expires", "X-Amz-Date", "X-Amz-Credential", "X-Amz-Algorithm"}, nil},
		{append(append([]string{}, boto...), "x-id"), nil},
		{append(append([]string{}, boto...), "x-id", "t"), []int{7}},
	} {
		if got := ParamsAfterSignature(c.names); !reflect.DeepEqual(got, c.want) {
			t.Errorf("ParamsAfterSignature(%v) = %v, want %v", c.names, got, c.want)
		}
	}
}
