package schema

import (
	"github.com/regiodialogue/regiodialogue"

	"context"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// TestByteOrderMarkMessage checks that ValidateAgreement and ValidateActivity say that a
// payload starts with a byte-order mark, as a syntax violation of the whole payload.
func TestByteOrderMarkMessage(t *testing.T) {
	data, err := os.ReadFile("../testdata/bad/byte-order-mark.json")
	if err != nil {
		t.Fatal(err)
	}
	want := Violation{Keyword: "syntax", Message: "input starts with a UTF-8 byte-order mark; remove it"}
	for name, validate := range map[string]func([]byte) error{"ValidateAgreement": ValidateAgreement, "ValidateActivity": ValidateActivity} {
		var se *Error
		if err := validate(data); !errors.As(err, &se) || len(se.Violations) != 1 || se.Violations[0].Keyword != want.Keyword || se.Violations[0].Message != want.Message {
			t.Errorf("%s = %v, want %v", name, err, want)
		}
	}
}

// TestValidateDatasetDirectoryNamedJSON checks that a directory called *.json is reported
// as not a regular file, and the other files are validated.
func TestValidateDatasetDirectoryNamedJSON(t *testing.T) {
	aa, err := os.ReadFile("../testdata/mini/aa.json")
	if err != nil {
		t.Fatal(err)
	}
	err = ValidateDataset(fstest.MapFS{"aa.json": {Data: aa}, "cc.json": {Mode: os.ModeDir}})
	checkRegularFile(t, err, "cc.json", "a directory")
}

func checkRegularFile(t *testing.T, err error, file, what string) {
	t.Helper()
	var se *Error
	if !errors.As(err, &se) || se.File != file || len(se.Violations) != 1 {
		t.Fatalf("ValidateDataset = %v, want one violation in %s", err, file)
	}
	if v := se.Violations[0]; v.Keyword != "regularFile" || v.Pointer != "" || !strings.HasPrefix(v.Message, what+", not a regular file") {
		t.Errorf("violation %+v, want regularFile: %s, not a regular file", v, what)
	}
	if !errors.Is(err, regiodialogue.ErrNotRegular) {
		t.Errorf("errors.Is(%v, ErrNotRegular) = false", err)
	}
}

// endingContext is a context that ends at its n-th Err call, to stop a validation between
// two given stages without timing.
type endingContext struct {
	context.Context
	n int
}

func (c *endingContext) Err() error {
	if c.n--; c.n < 0 {
		return context.DeadlineExceeded
	}
	return nil
}

func TestValidateContext(t *testing.T) {
	valid, err := os.ReadFile("../testdata/mini/aa.json")
	if err != nil {
		t.Fatal(err)
	}
	invalid, err := os.ReadFile("../testdata/bad/unknown-field.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := ValidateAgreementContext(context.Background(), valid); err != nil {
		t.Errorf("valid payload: %v", err)
	}
	var se *Error
	if err := ValidateAgreementContext(context.Background(), invalid); !errors.As(err, &se) || err.Error() != ValidateAgreement(invalid).Error() {
		t.Errorf("invalid payload: %v, want what ValidateAgreement says", err)
	}
	act, err := os.ReadFile("../testdata/bad/unknown-field-in-activity.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := ValidateActivityContext(context.Background(), act); !errors.As(err, &se) {
		t.Errorf("ValidateActivityContext of an agreement: %v, want an *Error", err)
	}

	canceled, cancel := context.WithCancel(context.Background())
	cancel()
	for name, data := range map[string][]byte{"valid": valid, "invalid": invalid} {
		err := ValidateAgreementContext(canceled, data)
		if !errors.Is(err, context.Canceled) || errors.As(err, &se) {
			t.Errorf("%s payload, ended context: %v, want context.Canceled", name, err)
		}
		if err := ValidateActivityContext(canceled, data); !errors.Is(err, context.Canceled) {
			t.Errorf("%s payload, ValidateActivityContext, ended context: %v", name, err)
		}
	}
	// The decoder checks the context as it reads, every few hundred values: one that ends
	// at its second, third or fourth check stops a payload of many values during the pass.
	flood := []byte(`{"activities":[` + strings.Repeat("1,", 50000) + `1]}`)
	for n := 1; n <= 3; n++ {
		ctx := &endingContext{Context: context.Background(), n: n}
		if err := ValidateAgreementContext(ctx, flood); !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("context ending at check %d: %v, want context.DeadlineExceeded", n+1, err)
		}
	}
}

// TestHugeNumbers checks that numbers math/big cannot afford, which jsonschema/v5 compares
// under uniqueItems, are type violations like any other number: no panic (v5 on its own
// panics on two 1e9999999 in one list), no minutes spent (about 25 ms a number for
// 1e999999 in v5 on its own).
func TestHugeNumbers(t *testing.T) {
	for _, items := range []string{
		"1e9999999, 1e9999999",
		strings.Repeat("1e999999, ", 2000) + "-1E+9999999, 1e-9999999, " + strings.Repeat("7", 5000),
	} {
		data := []byte(`{"id": "aa", "partner": {"code": "AA", "kind": "country", "name": {"en": "A"}, "languages": [` + items + `]}}`)
		var se *Error
		if err := ValidateAgreement(data); !errors.As(err, &se) {
			t.Fatalf("ValidateAgreement = %v, want an *Error", err)
		}
		if !slices.ContainsFunc(se.Violations, func(v Violation) bool {
			return v.Pointer == "/partner/languages/0" && v.Keyword == "type" && v.Params["expected"] == "string" && v.Params["actual"] == "number"
		}) {
			t.Errorf("violations %v", se.Violations[:min(5, len(se.Violations))])
		}
		// Equal literals stay equal: uniqueItems sees the repeat.
		if !hasKeyword(se, "uniqueItems") {
			t.Errorf("no uniqueItems violation: %v", se.Violations[:min(5, len(se.Violations))])
		}
	}
}
