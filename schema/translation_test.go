package schema

import (
	"errors"
	"os"
	"strings"
	"testing"
)

// TestTranslationBesideOriginalOneFault: a translation beside an original in its language
// whose value is also too long is one violation at its pointer, the value's (maxLength),
// as the schemas' evaluation gives it (found by tools/difftest).
func TestTranslationBesideOriginalOneFault(t *testing.T) {
	data, err := os.ReadFile("../testdata/bad/translation-beside-regional-original.json")
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	i := strings.Index(s, `"es-t-en": "`)
	if i < 0 {
		t.Fatal("no es-t-en entry")
	}
	i += len(`"es-t-en": "`)
	j := i + strings.IndexByte(s[i:], '"')
	long := s[:i] + strings.Repeat("x", 10001) + s[j:]
	for name, payload := range map[string]string{"as it is": s, "with a long value": long} {
		var se *Error
		if !errors.As(ValidateAgreement([]byte(payload)), &se) {
			t.Fatalf("%s: accepted", name)
		}
		var at []string
		for _, v := range se.Violations {
			if strings.HasPrefix(v.Pointer, "/summary/es-t-en") {
				at = append(at, v.Keyword)
			}
		}
		want := "languageTag"
		if name != "as it is" {
			want = "maxLength"
		}
		if len(at) != 1 || at[0] != want {
			t.Errorf("%s: violations at the translation %v, want [%s]", name, at, want)
		}
	}
}
