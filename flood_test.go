package regiodialogue

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"
	"testing/fstest"
)

// Fault floods: files of MaxFileSize bytes full of faults, beside a valid file of the same
// size. Each flood is the worst shape for one kind of fault: an activity that is a number
// (one type fault every two bytes) and an activity that is an empty object (seven missing
// fields every three bytes).

// validOfSize returns testdata/mini/aa.json with its activities repeated (with distinct
// ids) until the file is about size bytes.
func validOfSize(tb testing.TB, size int) []byte {
	tb.Helper()
	base, err := os.ReadFile("testdata/mini/aa.json")
	if err != nil {
		tb.Fatal(err)
	}
	b := string(base)
	open := strings.Index(b, `"activities": [`) + len(`"activities": [`)
	end, depth := open, 1
	for ; depth > 0; end++ {
		switch b[end] {
		case '[':
			depth++
		case ']':
			depth--
		}
	}
	var acts strings.Builder
	for i := 0; acts.Len()+len(b) < size-300; i++ {
		if i > 0 {
			acts.WriteByte(',')
		}
		fmt.Fprintf(&acts, `{"id":"aa-act-%d","kind":"workshop","title":{"en":"Workshop"},"start":"2012-11","framework":"dialogue","partners":["aa"],"sources":[{"url":"https://example.org/aa/%d","kind":"other","publisher":"Example","accessed":"2026-11","language":"en"}]}`, i, i)
	}
	return []byte(b[:open] + acts.String() + b[end-1:])
}

// flood returns {"activities":[item,item,...]} of about size bytes.
func flood(item string, size int) []byte {
	n := (size - len(`{"activities":[]}`)) / (len(item) + 1)
	return []byte(`{"activities":[` + strings.Repeat(item+",", n-1) + item + `]}`)
}

func floods(tb testing.TB, size int) []struct {
	name string
	data []byte
} {
	return []struct {
		name string
		data []byte
	}{
		{"valid", validOfSize(tb, size)},
		{"numbers", flood("1", size)},
		{"emptyObjects", flood("{}", size)},
	}
}

// BenchmarkLoadFlood loads one file of MaxFileSize bytes: valid, or full of faults. With the
// fault cap the floods cost about what the valid file costs (compare within one run).
func BenchmarkLoadFlood(b *testing.B) {
	for _, f := range floods(b, MaxFileSize) {
		fsys := fstest.MapFS{"aa.json": {Data: f.data}}
		b.Run("file="+f.name, func(b *testing.B) {
			b.SetBytes(int64(len(f.data)))
			b.ReportAllocs()
			for b.Loop() {
				_, err := Load(fsys)
				if (err == nil) != (f.name == "valid") {
					b.Fatal(err)
				}
			}
		})
	}
}

// allocated returns the bytes allocated by fn.
func allocated(fn func()) uint64 {
	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	fn()
	runtime.ReadMemStats(&m1)
	return m1.TotalAlloc - m0.TotalAlloc
}

// TestFloodAllocation holds the memory Load allocates for a file full of faults to at most
// twice what it allocates for a valid file of the same size, and checks that the list ends
// with the count of the faults not listed.
func TestFloodAllocation(t *testing.T) {
	if testing.Short() {
		t.Skip("loads files of 1 MiB")
	}
	fl := floods(t, MaxFileSize)
	var valid uint64
	for _, f := range fl {
		fsys := fstest.MapFS{"aa.json": {Data: f.data}}
		var err error
		n := allocated(func() { _, err = Load(fsys) })
		if f.name == "valid" {
			if err != nil {
				t.Fatal(err)
			}
			valid = n
			t.Logf("valid file of %d bytes: %d bytes allocated", len(f.data), n)
			continue
		}
		t.Logf("%s, %d bytes: %d bytes allocated, %.2f× the valid file's", f.name, len(f.data), n, float64(n)/float64(valid))
		if n > 2*valid {
			t.Errorf("%s: %d bytes allocated, more than twice the valid file's %d", f.name, n, valid)
		}
		errs := err.(interface{ Unwrap() []error }).Unwrap()
		if len(errs) != DefaultMaxFaults+1 {
			t.Fatalf("%s: %d errors, want %d and the count of the rest", f.name, len(errs), DefaultMaxFaults)
		}
		var last *Error
		if !errors.As(errs[len(errs)-1], &last) || !errors.Is(last, ErrTooManyFaults) || !strings.HasPrefix(last.Msg, "and ") {
			t.Errorf("%s: the last error is %v, want the count of the faults not listed", f.name, errs[len(errs)-1])
		}
	}
}

// TestMaxFaults checks that MaxFaults sets how many faults Load and DecodeAgreement list,
// that the last error counts the rest ("and 2,995 more faults"), and that zero lists all.
func TestMaxFaults(t *testing.T) {
	defer func(n int) { MaxFaults = n }(MaxFaults)
	data := flood("1", 6000) // 2,991 activities that are numbers, 7 missing fields
	fsys := fstest.MapFS{"aa.json": {Data: data}}
	unwrap := func(err error) []error { return err.(interface{ Unwrap() []error }).Unwrap() }
	MaxFaults = 0
	_, err := Load(fsys)
	all := unwrap(err)
	if len(all) != 2991+7 {
		t.Fatalf("MaxFaults 0: %d errors, want every one of 2,998", len(all))
	}
	for _, tt := range []struct {
		max  int
		last string
	}{
		{3, "aa.json: /: and 2,995 more faults"},
		{2997, "aa.json: /: and 1 more fault"},
		{1000, "aa.json: /: and 1,998 more faults"},
	} {
		MaxFaults = tt.max
		_, err := Load(fsys)
		errs := unwrap(err)
		if len(errs) != tt.max+1 || errs[len(errs)-1].Error() != tt.last || !errors.Is(errs[len(errs)-1], ErrTooManyFaults) {
			t.Errorf("MaxFaults %d: %d errors, the last %q; want %d, %q", tt.max, len(errs), errs[len(errs)-1], tt.max+1, tt.last)
		}
		_, derr := DecodeAgreement(data)
		if n := len(unwrap(derr)); n != tt.max+1 {
			t.Errorf("MaxFaults %d: DecodeAgreement lists %d errors, want %d", tt.max, n, tt.max+1)
		}
	}
}
