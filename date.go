package regiodialogue

import (
	"errors"
	"fmt"
	"time"

	"github.com/regiodialogue/regiodialogue/internal/date"
)

// Precision is how much of a Date is known.
type Precision int

// Precisions, from least to most precise.
const (
	Unknown Precision = iota // the zero Date
	Year                     // "2013"
	Month                    // "2013-05"
	Day                      // "2013-05-15"
)

// String returns "unknown", "year", "month" or "day".
func (p Precision) String() string {
	switch p {
	case Year:
		return "year"
	case Month:
		return "month"
	case Day:
		return "day"
	}
	return "unknown"
}

// Date is a calendar date known to the year, the month or the day, as a source gives it,
// and possibly uncertain: inferred by the compilers rather than read in a source. Its text
// form is ISO 8601 with an optional trailing '?' (the ISO 8601-2 / EDTF uncertainty mark):
// "2013", "2013-05", "2013-05-15", "2010-07-15?".
//
// The zero Date is unknown; it is what an absent optional date decodes to. Date values are
// comparable with ==.
type Date struct {
	d date.D
}

// ParseDate parses the text form of a Date. Impossible dates ("2013-02-30"), missing zero
// padding ("2013-5") and other formats ("15 May 2013") are errors wrapping ErrInvalidValue.
func ParseDate(s string) (Date, error) {
	d, err := date.Parse(s)
	if err != nil {
		return Date{}, fmt.Errorf("%w: %w", ErrInvalidValue, err)
	}
	return Date{d}, nil
}

// MustParseDate is like ParseDate but panics on error. It is meant for constants in
// programs and tests.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// NewDate returns the date at the precision given: month and day may be 0 (unknown), but a
// day needs a month.
func NewDate(year int, month time.Month, day int, uncertain bool) (Date, error) {
	prec := 1
	if month != 0 {
		prec = 2
	}
	if day != 0 {
		prec = 3
	}
	d := date.D{Year: year, Month: int(month), Day: day, Prec: prec, Uncertain: uncertain}
	if year < 0 || year > 9999 || (day != 0 && month == 0) {
		return Date{}, fmt.Errorf("%w: no such date: year %d, month %d, day %d", ErrInvalidValue, year, month, day)
	}
	// Round-trip through the parser so that one function holds every rule.
	return ParseDate(d.String())
}

// Year returns the year, or 0 for the zero Date.
func (d Date) Year() int { return d.d.Year }

// Month returns the month, or 0 when it is not known.
func (d Date) Month() time.Month { return time.Month(d.d.Month) }

// Day returns the day of the month, or 0 when it is not known.
func (d Date) Day() int { return d.d.Day }

// Uncertain reports whether the date was inferred rather than read in a source.
func (d Date) Uncertain() bool { return d.d.Uncertain }

// IsZero reports whether d is the zero (unknown) Date.
func (d Date) IsZero() bool { return d.d.Prec == 0 }

// Precision reports how much of d is known.
func (d Date) Precision() Precision { return Precision(d.d.Prec) }

// String returns the text form ("2013-05", "2010-07-15?"), or "" for the zero Date.
func (d Date) String() string { return d.d.String() }

// Compare returns -1, 0 or +1 as d sorts before, with or after e. Dates compare by year,
// then month, then day; a missing month or day sorts before any known one, so
// 2013 < 2013-01 < 2013-01-01 < 2013-05. Between dates equal in all three, the certain one
// sorts first. The zero Date sorts before every other.
func (d Date) Compare(e Date) int { return date.Compare(d.d, e.d) }

// Before reports whether every day d can denote is earlier than every day e can denote:
// "2012-10" is before "2012-11", but "2012" is not before "2012-11", which it contains.
// An activity whose end is Before its start is rejected by Load.
func (d Date) Before(e Date) bool { return date.Before(d.d, e.d) }

// Start returns the first day d can denote, as a time.Time at midnight UTC; the zero Date
// gives the zero time.
func (d Date) Start() time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	return time.Date(d.d.Year, time.Month(max(d.d.Month, 1)), max(d.d.Day, 1), 0, 0, 0, 0, time.UTC)
}

var errZeroDate = errors.New("regiodialogue: cannot encode the zero Date")

// MarshalText returns the text form. The zero Date cannot be encoded: fields holding an
// optional Date are tagged omitzero, so an unknown date is left out.
func (d Date) MarshalText() ([]byte, error) {
	if d.IsZero() {
		return nil, errZeroDate
	}
	return []byte(d.d.String()), nil
}

// UnmarshalText parses the text form, as ParseDate.
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
