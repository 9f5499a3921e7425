package regiodialogue

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// marshalDataset encodes v as the dataset files are written: two-space indent, no HTML
// escaping, a trailing newline (Python's json.dumps(indent=2, ensure_ascii=False) + "\n").
func marshalDataset(t *testing.T, v any) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	require.NoError(t, enc.Encode(v))
	return buf.Bytes()
}

// TestDatasetRoundTrip checks that each dataset file, decoded with json.Unmarshal into an
// Agreement and encoded again, gives back the file byte for byte.
func TestDatasetRoundTrip(t *testing.T) {
	files, err := filepath.Glob("dataset/*.json")
	require.NoError(t, err)
	n := 0
	for _, f := range files {
		if filepath.Base(f) == PackageDescriptor {
			continue
		}
		n++
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			require.NoError(t, err)
			// encoding/json escapes U+2028 and U+2029 even with SetEscapeHTML(false); the
			// files hold neither, so the comparison below is exact.
			require.False(t, strings.ContainsAny(string(data), "\u2028\u2029"), "the file holds U+2028 or U+2029")
			var a Agreement
			require.NoError(t, json.Unmarshal(data, &a))
			got := marshalDataset(t, a)
			if !bytes.Equal(got, data) {
				assert.Equal(t, string(data), string(got), "re-encoding changed the file")
			}
		})
	}
	assert.GreaterOrEqual(t, n, 14)
}

// TestUnmarshalStrict checks that json.Unmarshal into an Agreement fails on every broken
// file as DecodeAgreement does, with the same errors.
func TestUnmarshalStrict(t *testing.T) {
	for _, f := range readFaults(t) {
		t.Run(f.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata/bad", f.file))
			require.NoError(t, err)
			var a Agreement
			err = json.Unmarshal(data, &a)
			var se *json.SyntaxError
			if errors.As(err, &se) {
				// encoding/json checks the syntax before it calls UnmarshalJSON.
				assert.Equal(t, "ErrSyntax", f.sentinel, "a *json.SyntaxError for a fault that is not one of syntax")
				return
			}
			checkFault(t, err, sentinels[f.sentinel], "", f.pointer)
			_, derr := DecodeAgreement(data)
			assert.Equal(t, derr.Error(), err.Error(), "json.Unmarshal and DecodeAgreement differ")
			assert.Empty(t, a.ID, "a failed Unmarshal changed the value")
		})
	}
	// Inside another value, and for an activity.
	var wrapper struct{ A Agreement }
	err := json.Unmarshal([]byte(`{"A": {"id": "pe", "colour": "blue"}}`), &wrapper)
	assert.ErrorIs(t, err, ErrUnknownField)
	var act Activity
	err = json.Unmarshal([]byte(`{"id": "pe-x", "kind": "party"}`), &act)
	assert.ErrorIs(t, err, ErrInvalidValue)
	assert.ErrorIs(t, err, ErrMissingField)
	checkFault(t, err, ErrInvalidValue, "", "/kind")
	checkFault(t, err, ErrNoSource, "", "/sources")
}

func TestUnmarshalActivity(t *testing.T) {
	pe, ok := Default().Agreement("pe")
	require.True(t, ok)
	for _, want := range pe.Activities {
		data, err := json.Marshal(want)
		require.NoError(t, err)
		var got Activity
		require.NoError(t, json.Unmarshal(data, &got))
		assert.True(t, want.Start.Equal(got.Start))
		assert.Equal(t, want, got)
	}
}

// TestCodesUnmarshal checks that every code type accepts its codes and nothing else, in
// JSON and in text.
func TestCodesUnmarshal(t *testing.T) {
	type code interface {
		json.Unmarshaler
		encoding.TextUnmarshaler
	}
	tests := []struct {
		name  string
		new   func() code
		valid []string
	}{
		{"InstrumentKind", func() code { return new(InstrumentKind) }, strs[InstrumentKind]()},
		{"Group", func() code { return new(Group) }, strs[Group]()},
		{"Region", func() code { return new(Region) }, strs[Region]()},
		{"PartnerKind", func() code { return new(PartnerKind) }, strs[PartnerKind]()},
		{"Side", func() code { return new(Side) }, strs[Side]()},
		{"NoteKind", func() code { return new(NoteKind) }, strs[NoteKind]()},
		{"Theme", func() code { return new(Theme) }, strs[Theme]()},
		{"ActivityKind", func() code { return new(ActivityKind) }, strs[ActivityKind]()},
		{"Framework", func() code { return new(Framework) }, strs[Framework]()},
		{"SourceKind", func() code { return new(SourceKind) }, strs[SourceKind]()},
		{"PairLevel", func() code { return new(PairLevel) }, strs[PairLevel]()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.NotEmpty(t, tt.valid)
			for _, c := range tt.valid {
				v := tt.new()
				require.NoError(t, json.Unmarshal([]byte(`"`+c+`"`), v))
				assert.Equal(t, c, stringOf(v))
				w := tt.new()
				require.NoError(t, w.UnmarshalText([]byte(c)))
				assert.Equal(t, c, stringOf(w))
			}
			for in, want := range map[string]error{
				`"no-such-code"`:                         ErrInvalidValue,
				`"` + strings.ToUpper(tt.valid[0]) + `"`: ErrInvalidValue,
				`""`:                                     ErrInvalidValue,
				`1`:                                      ErrType,
				`null`:                                   ErrType,
				`["` + tt.valid[0] + `"]`:                ErrType,
			} {
				v := tt.new()
				err := json.Unmarshal([]byte(in), v)
				checkFault(t, err, want, "", "/")
				assert.Empty(t, stringOf(v), "a failed Unmarshal changed the value")
			}
			v := tt.new()
			assert.ErrorIs(t, v.UnmarshalText([]byte("no-such-code")), ErrInvalidValue)
			// Inside a struct, where encoding/json calls the method.
			var s struct{ C json.RawMessage }
			require.NoError(t, json.Unmarshal([]byte(`{"C": "no-such-code"}`), &s))
			assert.ErrorIs(t, json.Unmarshal(s.C, tt.new()), ErrInvalidValue)
		})
	}
	var a struct{ Themes []Theme }
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"Themes": ["innovation", "nope"]}`), &a), ErrInvalidValue)
	var m map[Theme]int
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"nope": 1}`), &m), ErrInvalidValue)
	require.NoError(t, json.Unmarshal([]byte(`{"innovation": 1}`), &m))
	assert.Equal(t, map[Theme]int{Innovation: 1}, m)
}

// strs returns the codes of T as strings.
func strs[T Code]() []string {
	list := Codes[T]()
	out := make([]string, len(list))
	for i, v := range list {
		out[i] = string(v)
	}
	return out
}

func stringOf(v any) string {
	switch v := v.(type) {
	case *InstrumentKind:
		return string(*v)
	case *Group:
		return string(*v)
	case *Region:
		return string(*v)
	case *PartnerKind:
		return string(*v)
	case *Side:
		return string(*v)
	case *NoteKind:
		return string(*v)
	case *Theme:
		return string(*v)
	case *ActivityKind:
		return string(*v)
	case *Framework:
		return string(*v)
	case *SourceKind:
		return string(*v)
	case *PairLevel:
		return string(*v)
	}
	panic("unknown code type")
}
