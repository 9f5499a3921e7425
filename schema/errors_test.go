package schema

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/regiodialogue/regiodialogue"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestErrorsIs checks that a *schema.Error and the root decoder's *regiodialogue.Error wrap
// the same sentinel for the same fault.
func TestErrorsIs(t *testing.T) {
	aa, err := os.ReadFile("../testdata/mini/aa.json")
	require.NoError(t, err)
	tests := []struct {
		name     string
		old, new string
		sentinel error
	}{
		{"date order", `"end": "2013-12-13?"`, `"end": "2013-12-01"`, regiodialogue.ErrDateOrder},
		{"unknown code", `"group": "latin-america"`, `"group": "nowhere"`, regiodialogue.ErrInvalidValue},
		{"unknown field", `"group": "latin-america"`, `"group": "latin-america", "colour": "blue"`, regiodialogue.ErrUnknownField},
		{"wrong type", `"binding": false`, `"binding": "no"`, regiodialogue.ErrType},
		{"missing field", `"signed": "2013-05",`, ``, regiodialogue.ErrMissingField},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bad := strings.Replace(string(aa), tt.old, tt.new, 1)
			require.NotEqual(t, string(aa), bad, "the replacement did not apply")
			verr := ValidateAgreement([]byte(bad))
			_, derr := regiodialogue.DecodeAgreement([]byte(bad))
			assert.ErrorIs(t, verr, tt.sentinel, "schema")
			assert.ErrorIs(t, derr, tt.sentinel, "decoder")
			var se *Error
			require.ErrorAs(t, verr, &se)
			var re *regiodialogue.Error
			require.ErrorAs(t, derr, &re)
			assert.Contains(t, pointers(se.Violations), re.Pointer, "the decoder's pointer is among the schema's")
		})
	}
}

func pointers(vs []Violation) []string {
	var out []string
	for _, v := range vs {
		out = append(out, v.Pointer)
	}
	return out
}

// TestRequiredPerField checks that each missing field is one violation at the field's
// pointer, in package schema and in the root decoder alike.
func TestRequiredPerField(t *testing.T) {
	aa, err := os.ReadFile("../testdata/mini/aa.json")
	require.NoError(t, err)
	bad := strings.Replace(string(aa), `"signed": "2013-05",`, ``, 1)
	bad = strings.Replace(bad, `"kind": "exchange-of-letters",`, ``, 1)
	err = ValidateAgreement([]byte(bad))
	var se *Error
	require.ErrorAs(t, err, &se)
	assert.Equal(t, []Violation{
		{Pointer: "/instruments/0/kind", Keyword: KeywordRequired, Message: `instrument has no "kind"`, Params: map[string]any{"property": "kind"}},
		{Pointer: "/instruments/0/signed", Keyword: KeywordRequired, Message: `instrument has no "signed"`, Params: map[string]any{"property": "signed"}},
	}, se.Violations)

	_, err = regiodialogue.DecodeAgreement([]byte(bad))
	var got []string
	for _, e := range unjoin(err) {
		var re *regiodialogue.Error
		require.ErrorAs(t, e, &re)
		assert.ErrorIs(t, re, regiodialogue.ErrMissingField)
		got = append(got, re.Pointer)
	}
	assert.Equal(t, []string{"/instruments/0/kind", "/instruments/0/signed"}, got)
}

func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

func TestViolationJSON(t *testing.T) {
	b, err := json.Marshal(Violation{Pointer: "/activities/0/end", Keyword: KeywordDateOrder, Message: "end 2013 is before start 2014"})
	require.NoError(t, err)
	assert.JSONEq(t, `{"pointer": "/activities/0/end", "keyword": "dateOrder", "message": "end 2013 is before start 2014"}`, string(b))
}

func TestSentinel(t *testing.T) {
	for kw, want := range map[string]error{
		KeywordType: regiodialogue.ErrType, KeywordRequired: regiodialogue.ErrMissingField,
		KeywordAdditionalProperties: regiodialogue.ErrUnknownField, KeywordEnum: regiodialogue.ErrInvalidValue,
		KeywordPattern: regiodialogue.ErrInvalidValue, KeywordSyntax: regiodialogue.ErrSyntax,
		KeywordDuplicateKey: regiodialogue.ErrDuplicateKey, KeywordMaxDepth: regiodialogue.ErrTooDeep,
		KeywordMaxSize: regiodialogue.ErrTooLarge, KeywordUniqueID: regiodialogue.ErrDuplicateID,
		KeywordDateOrder: regiodialogue.ErrDateOrder, KeywordFileName: regiodialogue.ErrFileName,
		KeywordPartnerRef: regiodialogue.ErrReference, KeywordIDPrefix: regiodialogue.ErrInvalidValue,
		KeywordLanguageTag: regiodialogue.ErrInvalidValue,
	} {
		assert.Equal(t, want, Sentinel(kw), kw)
	}
	assert.Equal(t, regiodialogue.ErrNoSource, Violation{Pointer: "/instruments/0/sources", Keyword: KeywordRequired}.Err())
	assert.Equal(t, regiodialogue.ErrNoSource, Violation{Pointer: "/sources", Keyword: KeywordMinItems}.Err())
	assert.Equal(t, regiodialogue.ErrNoEnglish, Violation{Pointer: "/summary/en", Keyword: KeywordRequired}.Err())
	assert.Equal(t, regiodialogue.ErrMissingField, Violation{Pointer: "/id", Keyword: KeywordRequired}.Err())

	e := &Error{Violations: []Violation{{Keyword: KeywordEnum}, {Pointer: "/activities/0/end", Keyword: KeywordDateOrder}}}
	assert.ErrorIs(t, e, regiodialogue.ErrDateOrder)
	assert.ErrorIs(t, e, regiodialogue.ErrInvalidValue)
	assert.NotErrorIs(t, e, regiodialogue.ErrSyntax)
	assert.True(t, errors.Is(fmtWrap(e), regiodialogue.ErrDateOrder), "through a wrapping error")
}

func fmtWrap(err error) error { return errors.Join(errors.New("context"), err) }

// TestValidateDatasetFileName checks that ValidateDataset reports a misnamed file as Load
// does: keyword fileName at /id, wrapping regiodialogue.ErrFileName.
func TestValidateDatasetFileName(t *testing.T) {
	aa, err := os.ReadFile("../testdata/mini/aa.json")
	require.NoError(t, err)
	fsys := fstest.MapFS{"ab.json": {Data: aa}}
	verr := ValidateDataset(fsys)
	_, lerr := regiodialogue.Load(fsys)
	assert.ErrorIs(t, verr, regiodialogue.ErrFileName)
	assert.ErrorIs(t, lerr, regiodialogue.ErrFileName)
	var se *Error
	require.ErrorAs(t, verr, &se)
	assert.Equal(t, "ab.json", se.File)
	assert.Contains(t, se.Violations, Violation{Pointer: "/id", Keyword: KeywordFileName, Message: `id "aa" does not match the file name (want "ab")`,
		Params: map[string]any{"value": "aa", "expected": "ab.json"}})
	var re *regiodialogue.Error
	require.ErrorAs(t, lerr, &re)
	assert.Equal(t, "ab.json", re.File)
	assert.Equal(t, "/id", re.Pointer)
}

// TestKeywordsAreConstants checks that every violation the broken files and the parity
// cases give carries one of the exported Keyword constants.
func TestKeywordsAreConstants(t *testing.T) {
	known := map[string]bool{}
	for _, kw := range []string{KeywordType, KeywordRequired, KeywordAdditionalProperties, KeywordEnum, KeywordConst,
		KeywordPattern, KeywordMinLength, KeywordMaxLength, KeywordMinItems, KeywordUniqueItems, KeywordPropertyNames,
		KeywordNot, KeywordFalse, KeywordSyntax, KeywordDuplicateKey, KeywordMaxDepth, KeywordMaxSize, KeywordLanguageTag,
		KeywordUniqueID, KeywordIDPrefix, KeywordDateOrder, KeywordFileName, KeywordPartnerOf, KeywordFirstPartner,
		KeywordPartnerRef, KeywordPartnerOrder} {
		known[kw] = true
	}
	files, err := filepath.Glob("../testdata/bad/*.json")
	require.NoError(t, err)
	seen := map[string]bool{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		var se *Error
		require.ErrorAs(t, std.validateFull(data, false), &se, f)
		for _, v := range se.Violations {
			assert.True(t, known[v.Keyword], "%s: keyword %q is not an exported constant", f, v.Keyword)
			seen[v.Keyword] = true
		}
	}
	assert.GreaterOrEqual(t, len(seen), 10, "keywords met: %v", seen)
}
