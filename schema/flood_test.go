package schema

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/regiodialogue/regiodialogue"
)

// Fault floods for the validators: payloads of DefaultMaxSize bytes full of faults, beside a
// valid payload of the same size.

// validOfSize returns testdata/mini/aa.json with activities added (distinct ids) until the
// payload is about size bytes.
func validOfSize(tb testing.TB, size int) []byte {
	tb.Helper()
	base, err := os.ReadFile("../testdata/mini/aa.json")
	if err != nil {
		tb.Fatal(err)
	}
	b := string(base)
	open := strings.Index(b, `"activities": [`) + len(`"activities": [`)
	var acts strings.Builder
	for i := 0; acts.Len()+len(b) < size-300; i++ {
		fmt.Fprintf(&acts, `{"id":"aa-act-%d","kind":"workshop","title":{"en":"Workshop"},"start":"2012-11","framework":"dialogue","partners":["aa"],"sources":[{"url":"https://example.org/aa/%d","kind":"other","publisher":"Example","accessed":"2026-11","language":"en"}]},`, i, i)
	}
	return []byte(b[:open] + acts.String() + b[open:])
}

// flood returns {"activities":[item,item,...]} of about size bytes.
func flood(item string, size int) []byte {
	n := (size - len(`{"activities":[]}`)) / (len(item) + 1)
	return []byte(`{"activities":[` + strings.Repeat(item+",", n-1) + item + `]}`)
}

type payloadCase struct {
	name string
	data []byte
}

func floodCases(tb testing.TB) []payloadCase {
	return []payloadCase{
		{"valid", validOfSize(tb, DefaultMaxSize)},
		{"numbers", flood("1", DefaultMaxSize)},
		{"emptyObjects", flood("{}", DefaultMaxSize)},
	}
}

// BenchmarkValidateFlood validates a payload of DefaultMaxSize bytes, valid or full of
// faults, with ValidateAgreement and DecodeAgreement (the fault cap at its default), and
// with every violation listed (MaxFaults -1): the cap keeps a flood's cost that of its bytes.
func BenchmarkValidateFlood(b *testing.B) {
	impls := []struct {
		name string
		fn   func([]byte) error
	}{
		{"ValidateAgreement", ValidateAgreement},
		{"DecodeAgreement", func(data []byte) error { _, err := DecodeAgreement(data); return err }},
		{"every", every.ValidateAgreement},
	}
	for _, c := range floodCases(b) {
		for _, impl := range impls {
			b.Run("payload="+c.name+"/impl="+impl.name, func(b *testing.B) {
				b.SetBytes(int64(len(c.data)))
				b.ReportAllocs()
				for b.Loop() {
					if err := impl.fn(c.data); (err == nil) != (c.name == "valid") {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// TestFloodCapped checks that a flood lists DefaultMaxFaults violations and ends with one
// of keyword maxFaults counting the rest, and that it allocates at most twice what a valid
// payload of the same size allocates.
func TestFloodCapped(t *testing.T) {
	if testing.Short() {
		t.Skip("payloads of 1 MiB")
	}
	cases := floodCases(t)
	valid := testing.AllocsPerRun(3, func() {
		if err := ValidateAgreement(cases[0].data); err != nil {
			t.Fatal(err)
		}
	})
	validBytes := allocated(func() { _ = ValidateAgreement(cases[0].data) })
	for _, c := range cases[1:] {
		var se *Error
		if err := ValidateAgreement(c.data); !errors.As(err, &se) {
			t.Fatalf("%s: %v", c.name, err)
		}
		if len(se.Violations) != DefaultMaxFaults+1 {
			t.Fatalf("%s: %d violations, want %d and the count of the rest", c.name, len(se.Violations), DefaultMaxFaults)
		}
		last := se.Violations[len(se.Violations)-1]
		if last.Keyword != KeywordMaxFaults || last.Params["limit"] != DefaultMaxFaults || last.Params["count"].(int) < 100000 ||
			!errors.Is(se, regiodialogue.ErrTooManyFaults) {
			t.Errorf("%s: last violation %+v", c.name, last)
		}
		t.Logf("%s: %s", c.name, last.Message)
		n := allocated(func() { _ = ValidateAgreement(c.data) })
		allocs := testing.AllocsPerRun(3, func() { _ = ValidateAgreement(c.data) })
		t.Logf("%s: %d bytes in %.0f allocations; the valid payload: %d bytes in %.0f", c.name, n, allocs, validBytes, valid)
		if n > 2*validBytes {
			t.Errorf("%s: %d bytes allocated, more than twice the valid payload's %d", c.name, n, validBytes)
		}
	}
}

// TestDeadlineFlood checks that a validation under a context with a 100 ms deadline returns
// within 50 ms of it on a payload of DefaultMaxSize bytes of the worst shapes, every
// violation listed (MaxFaults -1, which keeps it busy past the deadline): the decoder checks
// the context as it reads. A machine under load can delay any goroutine, so each shape gets
// the best of three runs.
func TestDeadlineFlood(t *testing.T) {
	if testing.Short() {
		t.Skip("payloads of 1 MiB")
	}
	for _, c := range floodCases(t)[1:] {
		best := time.Hour
		for range 3 {
			ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
			start := time.Now()
			err := every.ValidateAgreementContext(ctx, c.data)
			took := time.Since(start)
			cancel()
			if !errors.Is(err, context.DeadlineExceeded) {
				t.Fatalf("%s: %v, want the validation stopped by its deadline", c.name, err)
			}
			best = min(best, took)
			if best <= 150*time.Millisecond {
				break
			}
		}
		t.Logf("%s: returned after %v", c.name, best)
		if best > 150*time.Millisecond {
			t.Errorf("%s: returned after %v, more than 50 ms after the 100 ms deadline", c.name, best)
		}
	}
}

// TestDecodeAllocs holds DecodeAgreement to at most 1.2 times the allocations of
// ValidateAgreement on the same payload, valid or not: one pass yields the verdict and the
// value.
func TestDecodeAllocs(t *testing.T) {
	for _, c := range validAndBroken(t) {
		v := testing.AllocsPerRun(20, func() { _ = ValidateAgreement(c.data) })
		d := testing.AllocsPerRun(20, func() { _, _ = DecodeAgreement(c.data) })
		t.Logf("%s: DecodeAgreement %.0f allocations, ValidateAgreement %.0f (%.2f×)", c.name, d, v, d/v)
		if d > 1.2*v {
			t.Errorf("%s: DecodeAgreement makes %.0f allocations, more than 1.2 × ValidateAgreement's %.0f", c.name, d, v)
		}
		_, derr := DecodeAgreement(c.data)
		verr := ValidateAgreement(c.data)
		if fmt.Sprint(derr) != fmt.Sprint(verr) {
			t.Errorf("%s: DecodeAgreement says %v, ValidateAgreement %v", c.name, derr, verr)
		}
	}
}

// validAndBroken are the Peru record and the same with an unknown group and an unknown
// activity kind.
func validAndBroken(tb testing.TB) []payloadCase {
	data, err := os.ReadFile("../dataset/pe.json")
	if err != nil {
		tb.Fatal(err)
	}
	bad := strings.Replace(string(data), `"group": "latin-america"`, `"group": "no-such-group"`, 1)
	bad = strings.Replace(bad, `"kind": "workshop"`, `"kind": "no-such-kind"`, 1)
	return []payloadCase{{"valid", data}, {"invalid", []byte(bad)}}
}

// BenchmarkDecodeAgreement compares DecodeAgreement with ValidateAgreement on the Peru
// record, valid and broken: the same allocations, one pass.
func BenchmarkDecodeAgreement(b *testing.B) {
	for _, c := range validAndBroken(b) {
		b.Run("payload="+c.name+"/impl=ValidateAgreement", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = ValidateAgreement(c.data)
			}
		})
		b.Run("payload="+c.name+"/impl=DecodeAgreement", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, _ = DecodeAgreement(c.data)
			}
		})
		b.Run("payload="+c.name+"/impl=ValidateThenDecode", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if ValidateAgreement(c.data) == nil {
					_, _ = regiodialogue.DecodeAgreement(c.data)
				}
			}
		})
	}
}
