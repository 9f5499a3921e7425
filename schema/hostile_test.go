package schema

import (
	"github.com/regiodialogue/regiodialogue"
	"reflect"

	"context"
	"encoding/json"
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
		if err := validate(data); !errors.As(err, &se) || len(se.Violations) != 1 || !reflect.DeepEqual(se.Violations[0], want) {
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
	// The context is checked between the stages of the full evaluation: one that ends after
	// the first checks stops an invalid payload before the schemas are evaluated.
	for n := 1; n <= 3; n++ {
		ctx := &endingContext{Context: context.Background(), n: n}
		if err := ValidateAgreementContext(ctx, invalid); !errors.Is(err, context.DeadlineExceeded) {
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
		want := Violation{Pointer: "/partner/languages/0", Keyword: "type", Message: "expected string, but got number"}
		if !slices.ContainsFunc(se.Violations, func(v Violation) bool { return reflect.DeepEqual(v, want) }) {
			t.Errorf("violations %v", se.Violations[:min(5, len(se.Violations))])
		}
		// Equal literals stay equal: uniqueItems sees the repeat.
		if !hasKeyword(se, "uniqueItems") {
			t.Errorf("no uniqueItems violation: %v", se.Violations[:min(5, len(se.Violations))])
		}
	}
}

func TestDefuseNumbers(t *testing.T) {
	for lit, costly := range map[string]bool{
		"0": false, "-12.5": false, "1e400": false, "1E-400": false, "1e+0400": false, "1e00000000401": true,
		"1e401": true, "1e-401": true, "1e999999": true, strings.Repeat("9", 101): true, strings.Repeat("9", 100): false,
	} {
		if got := costlyNumber(lit); got != costly {
			t.Errorf("costlyNumber(%s) = %v", lit, got)
		}
	}
	doc := []any{json.Number("1e999999"), map[string]any{"a": json.Number("-1e999999")}, []any{json.Number("1e-999999")},
		json.Number("1e999999"), json.Number("2"), json.Number("1e999998")}
	for range 9 {
		doc = append(doc, json.Number("1e"+strings.Repeat("9", 7)+string(rune('0'+len(doc)%10))))
	}
	got := defuseNumbers(doc, map[json.Number]json.Number{}).([]any)
	want := []any{json.Number("1.11e401"), map[string]any{"a": json.Number("-1.21e401")}, []any{json.Number("1.31e-401")},
		json.Number("1.11e401"), json.Number("2"), json.Number("1.41e401")}
	if !reflect.DeepEqual(got[:6], want) {
		t.Errorf("defuseNumbers = %v, want %v", got[:6], want)
	}
	if got[14] != json.Number("1.131e401") { // the 13th distinct costly literal
		t.Errorf("the 13th stand-in is %v, want 1.131e401", got[14])
	}
}
