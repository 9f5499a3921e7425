package jsonx

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func stdDecode(data []byte) (any, error) {
	if !json.Valid(data) {
		return nil, errors.New("invalid JSON")
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	err := dec.Decode(&v)
	return v, err
}

// strictOnly reports whether err is a fault that encoding/json lets through on purpose.
func strictOnly(err error) bool {
	var e *Error
	if !errors.As(err, &e) {
		return false
	}
	return e.Err == ErrDuplicateKey || e.Err == ErrTooDeep ||
		strings.Contains(e.Msg, "UTF-8") || strings.Contains(e.Msg, "surrogate")
}

func TestDecode(t *testing.T) {
	tests := []struct {
		in      string
		want    any
		err     error
		pointer string
	}{
		{`{"a": [1, "x", true, null, {"b": -1.5e3}]}`, map[string]any{"a": []any{json.Number("1"), "x", true, nil, map[string]any{"b": json.Number("-1.5e3")}}}, nil, ""},
		{`"\u00e9\ud83d\ude00\n"`, "é😀\n", nil, ""},
		{``, nil, ErrSyntax, ""},
		{`{"a": 1} 2`, nil, ErrSyntax, ""},
		{`{"a": 1, "a": 2}`, nil, ErrDuplicateKey, "/a"},
		{`{"a": [0, {"b~/": 1, "b~/": 2}]}`, nil, ErrDuplicateKey, "/a/1/b~0~1"},
		{`[01]`, nil, ErrSyntax, "/0"},
		{`[1.]`, nil, ErrSyntax, "/0"},
		{`["\ud800"]`, nil, ErrSyntax, "/0"},
		{"[\"\xff\"]", nil, ErrSyntax, "/0"},
		{"[\"a\tb\"]", nil, ErrSyntax, "/0"},
		{`[tru]`, nil, ErrSyntax, "/0"},
		{`[true1]`, nil, ErrSyntax, "/0"},
		{`{"a" 1}`, nil, ErrSyntax, ""},
		{`[1,]`, nil, ErrSyntax, "/1"},
		{strings.Repeat("[", 65) + strings.Repeat("]", 65), nil, ErrTooDeep, ""},
	}
	for _, tt := range tests {
		got, err := Decode([]byte(tt.in), 0)
		if tt.err != nil {
			if !errors.Is(err, tt.err) {
				t.Errorf("Decode(%q) error = %v, want %v", tt.in, err, tt.err)
				continue
			}
			var e *Error
			if errors.As(err, &e) && tt.pointer != "" && e.Pointer != tt.pointer {
				t.Errorf("Decode(%q) pointer = %q, want %q", tt.in, e.Pointer, tt.pointer)
			}
			continue
		}
		if err != nil {
			t.Errorf("Decode(%q): %v", tt.in, err)
			continue
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Decode(%q) = %#v, want %#v", tt.in, got, tt.want)
		}
	}
}

// TestByteOrderMark checks that a leading UTF-8 byte-order mark is a syntax error of the
// whole document that says what it is, and that the same bytes later in a string are not.
func TestByteOrderMark(t *testing.T) {
	_, err := Decode([]byte("\xEF\xBB\xBF{\"a\": 1}"), 0)
	var e *Error
	if !errors.As(err, &e) || e.Err != ErrSyntax || e.Pointer != "" || e.Offset != 0 {
		t.Fatalf("error = %#v, want ErrSyntax at \"\" offset 0", err)
	}
	if want := "/: input starts with a UTF-8 byte-order mark; remove it"; e.Error() != want {
		t.Errorf("message %q, want %q", e.Error(), want)
	}
	if v, err := Decode([]byte("\"\xEF\xBB\xBF\""), 0); err != nil || v != "\uFEFF" {
		t.Errorf("a string holding U+FEFF: %q, %v", v, err)
	}
}

func TestDeepNestingIsPrompt(t *testing.T) {
	_, err := Decode(bytes.Repeat([]byte("["), 200000), 0)
	if !errors.Is(err, ErrTooDeep) {
		t.Fatalf("error = %v", err)
	}
}

// FuzzDecode holds Decode to encoding/json: both accept the same documents and give the same
// values, except where Decode is stricter by design (duplicate keys, invalid UTF-8, lone
// surrogates, depth).
func FuzzDecode(f *testing.F) {
	for _, s := range []string{`{"a":[1,"x",true,null]}`, `"\u00e9"`, `{"a":1,"a":2}`, `[1e5, -0.0, 0]`, "\"\xff\"", `{"b": {"c": []}}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := Decode(data, 10000)
		want, stdErr := stdDecode(data)
		switch {
		case err == nil && stdErr != nil:
			t.Fatalf("Decode accepted what encoding/json rejects (%v): %q", stdErr, data)
		case err != nil && stdErr == nil && !strictOnly(err):
			t.Fatalf("Decode rejected what encoding/json accepts: %v: %q", err, data)
		case err == nil && !reflect.DeepEqual(got, want):
			t.Fatalf("values differ for %q:\n got %#v\nwant %#v", data, got, want)
		}
	})
}

// TestGuard checks that a Decoder with Recoverable records a recoverable fault in a member
// or an element, skips the rest of that value, and reads on; that Report records a fault
// in a value already read; and that malformed JSON still stops the reading.
func TestGuard(t *testing.T) {
	errBad := errors.New("bad value")
	read := func(in string) (got []string, faults []error, err error) {
		d := NewDecoder([]byte(in))
		d.Recoverable = func(err error) bool { return !errors.Is(err, ErrSyntax) }
		err = d.Object(func(key string) error {
			return d.Array(func(int) error {
				s, err := d.String()
				if err != nil {
					return err
				}
				if s == "bad" {
					return d.Report(d.Errorf(errBad, "bad"))
				}
				if s == "worse" {
					// A fault found half-way: the rest of the value is skipped.
					return d.Errorf(errBad, "worse")
				}
				got = append(got, key+"="+s)
				return nil
			})
		})
		if err == nil {
			err = d.End()
		}
		return got, d.Faults(), err
	}
	got, faults, err := read(`{"a": ["x", 1, {"n": [2]}, "bad", "y"], "b": 7, "c": ["worse", "z"]}`)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"a=x", "a=y", "c=z"}; !slices.Equal(got, want) {
		t.Errorf("values read = %q, want %q", got, want)
	}
	var ptrs []string
	for _, f := range faults {
		var e *Error
		if !errors.As(f, &e) {
			t.Fatalf("fault %v is not an *Error", f)
		}
		ptrs = append(ptrs, e.Pointer)
	}
	if want := []string{"/a/1", "/a/2", "/a/3", "/b", "/c/0"}; !slices.Equal(ptrs, want) {
		t.Errorf("faults at %q, want %q", ptrs, want)
	}
	// Malformed JSON after a fault stops the reading.
	if _, _, err := read(`{"a": [1, "x"` + `, }`); !errors.Is(err, ErrSyntax) {
		t.Errorf("malformed JSON after a fault: %v, want ErrSyntax", err)
	}
	// Without Recoverable, the first fault is returned.
	d := NewDecoder([]byte(`[1]`))
	err = d.Array(func(int) error { _, err := d.String(); return err })
	if !errors.Is(err, ErrType) || len(d.Faults()) != 0 {
		t.Errorf("without Recoverable: %v, %d faults", err, len(d.Faults()))
	}
}

// TestBytesNamed checks that a control byte or a byte that is not UTF-8 is named by value
// and offset, in a string and outside one, and that a NUL byte after the value is not
// taken for the end of the input.
func TestBytesNamed(t *testing.T) {
	for in, want := range map[string]string{
		"{\"id\": \"ab\x00\"}":  "byte 0x00 at offset 10 in string",
		"{\"id\": \"a\xffb\"}":  "invalid UTF-8 byte 0xFF at offset 9 in string",
		"{\"id\": \"ab\"}\x00":  "found byte 0x00 at offset 12",
		"{\"id\": \"ab\"} \xff": "found invalid UTF-8 byte 0xFF at offset 13",
		"\xff":                  "found invalid UTF-8 byte 0xFF at offset 0",
		"[1, \x01]":             "found byte 0x01 at offset 4",
		"[1":                    "found end of input",
		"{\"a\" \x00: 1}":       "found byte 0x00 at offset 5",
		"[1, é]":                "found character 'é' (U+00E9) at offset 4",
	} {
		_, err := Decode([]byte(in), 0)
		var e *Error
		if !errors.As(err, &e) || !errors.Is(err, ErrSyntax) || !strings.Contains(e.Msg, want) {
			t.Errorf("Decode(%q) = %v, want a syntax error saying %q", in, err, want)
		}
	}
}

// TestFaultCap checks that a decoder with MaxFaults records that many faults and counts
// the rest, and that Full reports when it does.
func TestFaultCap(t *testing.T) {
	d := NewDecoder([]byte(`[1, 2, 3, 4, 5]`))
	d.Recoverable = func(error) bool { return true }
	d.MaxFaults = 2
	err := d.Array(func(int) error { _, err := d.String(); return err })
	if err != nil || len(d.Faults()) != 2 || d.More() != 3 || !d.Full() || !d.Faulty() {
		t.Errorf("err %v, %d faults recorded, %d counted, full %v", err, len(d.Faults()), d.More(), d.Full())
	}
}

// TestNumberKey checks that equal numbers get equal keys and others different ones.
func TestNumberKey(t *testing.T) {
	same := [][]string{{"1", "1.0", "10e-1", "0.1e1", "1E0"}, {"0", "-0", "0.000", "0e5"}, {"-25", "-2.5e1", "-250e-1"}, {"1e9999999999", "1e9999999999"}}
	for _, group := range same {
		for _, lit := range group[1:] {
			if numberKey(lit) != numberKey(group[0]) {
				t.Errorf("numberKey(%s) = %s, numberKey(%s) = %s", lit, numberKey(lit), group[0], numberKey(group[0]))
			}
		}
	}
	for _, pair := range [][2]string{{"1", "2"}, {"1", "-1"}, {"1", "10"}, {"0.1", "1"}} {
		if numberKey(pair[0]) == numberKey(pair[1]) {
			t.Errorf("numberKey(%s) == numberKey(%s)", pair[0], pair[1])
		}
	}
}
