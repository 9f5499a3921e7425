package schema

import (
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/regiodialogue/regiodialogue"
)

// TestTextLanguageRule holds the one rule on a Text's languages (schema/README.md) in the
// decoder and in the validator alike: a translation (-t-) into a language stands only where
// the Text has no original in that language, whatever the original's region. The keys are
// written in the order given, which must not change the verdict or the faulty keys.
func TestTextLanguageRule(t *testing.T) {
	base, err := os.ReadFile("../testdata/mini/aa.json")
	if err != nil {
		t.Fatal(err)
	}
	const old = `"summary": {"en": "A synthetic agreement for tests.", "es-t-en": "Un acuerdo sintético para pruebas."}`
	if !strings.Contains(string(base), old) {
		t.Fatal("testdata/mini/aa.json: no summary to replace")
	}
	for _, c := range []struct {
		keys []string
		bad  []string // the pointers at fault, sorted
	}{
		{[]string{"en", "es-ES", "es-MX"}, nil},
		{[]string{"en", "es", "zh-Hans-t-en"}, nil},
		{[]string{"en", "es-ES", "es-t-en"}, []string{"/summary/es-t-en"}},
		{[]string{"en", "es-t-en", "es-ES"}, []string{"/summary/es-t-en"}},
		{[]string{"en", "es-t-en", "es-419", "es-MX-t-en"}, []string{"/summary/es-MX-t-en", "/summary/es-t-en"}},
		{[]string{"es-ES-t-en", "en", "es"}, []string{"/summary/es-ES-t-en"}},
	} {
		var text []string
		for _, k := range c.keys {
			text = append(text, `"`+k+`": "x"`)
		}
		data := []byte(strings.Replace(string(base), old, `"summary": {`+strings.Join(text, ", ")+`}`, 1))

		_, derr := regiodialogue.DecodeAgreement(data)
		var got []string
		if j, ok := derr.(interface{ Unwrap() []error }); ok {
			for _, e := range j.Unwrap() {
				var re *regiodialogue.Error
				if !errors.As(e, &re) {
					t.Fatalf("%v: %v is not an *Error", c.keys, e)
				}
				got = append(got, re.Pointer)
			}
		} else if derr != nil {
			var re *regiodialogue.Error
			if !errors.As(derr, &re) {
				t.Fatalf("%v: %v is not an *Error", c.keys, derr)
			}
			got = append(got, re.Pointer)
		}
		slices.Sort(got)
		if !slices.Equal(got, c.bad) {
			t.Errorf("%v: DecodeAgreement faults at %v (%v), want %v", c.keys, got, derr, c.bad)
		}
		if len(c.bad) > 0 && !errors.Is(derr, regiodialogue.ErrInvalidValue) {
			t.Errorf("%v: DecodeAgreement = %v, want ErrInvalidValue", c.keys, derr)
		}

		verr := ValidateAgreement(data)
		got = nil
		var se *Error
		if errors.As(verr, &se) {
			for _, v := range se.Violations {
				if v.Keyword != KeywordLanguageTag {
					t.Errorf("%v: violation %+v, want keyword %s", c.keys, v, KeywordLanguageTag)
				}
				got = append(got, v.Pointer)
			}
		} else if verr != nil {
			t.Fatalf("%v: ValidateAgreement = %v", c.keys, verr)
		}
		slices.Sort(got)
		if !slices.Equal(got, c.bad) {
			t.Errorf("%v: ValidateAgreement violations at %v (%v), want %v", c.keys, got, verr, c.bad)
		}
	}
}
