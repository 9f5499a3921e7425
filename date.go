package regiodialogue

import (
	"encoding/json"
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

// MarshalText returns the String form: "unknown", "year", "month" or "day". A value
// outside the four constants is an error.
func (p Precision) MarshalText() ([]byte, error) {
	if p < Unknown || p > Day {
		return nil, fmt.Errorf("regiodialogue: %w: precision %d", ErrInvalidValue, int(p))
	}
	return []byte(p.String()), nil
}

// UnmarshalText parses "unknown", "year", "month" or "day"; anything else is an error
// wrapping ErrInvalidValue.
func (p *Precision) UnmarshalText(b []byte) error {
	for q := Unknown; q <= Day; q++ {
		if string(b) == q.String() {
			*p = q
			return nil
		}
	}
	return fmt.Errorf("%w: %q is not a precision (want unknown, year, month or day)", ErrInvalidValue, b)
}

// Date is a calendar date known to the year, the month or the day, as a source gives it,
// and possibly uncertain: inferred by the compilers rather than read in a source. Its text
// form is ISO 8601 with an optional trailing '?' (the ISO 8601-2 / EDTF uncertainty mark):
// "2013", "2013-05", "2013-05-15", "2010-07-15?".
//
// A Date denotes a period: "2013" is every day of the year 2013. Compare orders dates as
// text, for sorting; Before, Overlaps, First and Last treat them as periods.
//
// The zero Date is unknown; it is what an absent optional date decodes to. Its JSON form is
// null and its text form "" (the dataset's optional dates are omitted instead). Date values
// are comparable with == and Equal.
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

// Equal reports whether d and e are the same date: the same year, month and day, the same
// precision and the same certainty, so "2013" does not equal "2013-01" nor "2013?". It is
// d == e, given as a method so that go-cmp compares Dates without options.
func (d Date) Equal(e Date) bool { return d == e }

// Compare returns -1, 0 or +1 as d sorts before, with or after e. Dates compare by year,
// then month, then day; a missing month or day sorts before any known one, so
// 2013 < 2013-01 < 2013-01-01 < 2013-05. Between dates equal in all three, the certain one
// sorts first. The zero Date sorts before every other.
//
// Compare is a total order on the text forms, for sorting; it does not treat a date as the
// period it denotes. Before and Overlaps do: "2013" sorts before "2013-05" but is not Before
// it, since the year 2013 does not end before May 2013 starts.
func (d Date) Compare(e Date) int { return date.Compare(d.d, e.d) }

// Before reports whether every day d can denote is earlier than every day e can denote:
// "2012-10" is before "2012-11", but "2012" is not before "2012-11", which it contains.
// An activity whose end is Before its start is rejected by Load. The zero Date is not
// before any date, and no date is before it.
func (d Date) Before(e Date) bool {
	if d.IsZero() || e.IsZero() {
		return false
	}
	return date.Before(d.d, e.d)
}

// Overlaps reports whether the periods d and e denote share at least one day: "2013"
// overlaps "2013-05" and "2013-12-31", "2013-05" does not overlap "2013-06". Uncertainty is
// ignored. The zero Date denotes no period: it overlaps nothing, not even itself.
func (d Date) Overlaps(e Date) bool {
	if d.IsZero() || e.IsZero() {
		return false
	}
	return !d.Before(e) && !e.Before(d)
}

// First returns the first day d can denote, as a time.Time at midnight UTC: "2013" gives
// 1 January 2013, "2013-05" 1 May 2013. The zero Date gives the zero time.
func (d Date) First() time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	return time.Date(d.d.Year, time.Month(max(d.d.Month, 1)), max(d.d.Day, 1), 0, 0, 0, 0, time.UTC)
}

// Last returns the last day d can denote, as a time.Time at midnight UTC: "2013" gives
// 31 December 2013, "2013-05" 31 May 2013, "2012-02" 29 February 2012, and a date known to
// the day gives that day. The zero Date gives the zero time.
func (d Date) Last() time.Time {
	switch d.d.Prec {
	case 0:
		return time.Time{}
	case 1:
		return time.Date(d.d.Year, time.December, 31, 0, 0, 0, 0, time.UTC)
	case 2:
		return time.Date(d.d.Year, time.Month(d.d.Month), date.DaysIn(d.d.Year, d.d.Month), 0, 0, 0, 0, time.UTC)
	}
	return time.Date(d.d.Year, time.Month(d.d.Month), d.d.Day, 0, 0, 0, 0, time.UTC)
}

// MarshalText returns the text form, as String: "" for the zero Date.
func (d Date) MarshalText() ([]byte, error) {
	return []byte(d.d.String()), nil
}

// UnmarshalText parses the text form, as ParseDate, except that "" gives the zero Date, so
// that what MarshalText writes it reads back. On error d is left unchanged.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// MarshalJSON returns the text form as a JSON string, or null for the zero Date. The
// dataset's optional dates are tagged omitzero, so an unknown date is left out rather than
// written as null; null is what a zero Date outside the dataset's types encodes to.
func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	b := make([]byte, 0, 13)
	b = append(b, '"')
	b = append(b, d.d.String()...) // digits, '-' and '?' need no escaping
	return append(b, '"'), nil
}

// UnmarshalJSON reads a JSON string in the text form, or null, which gives the zero Date.
// Any other value, and the empty string, is an error wrapping ErrInvalidValue (or ErrType
// for a value that is not a string). The strict decoders of Agreement and Activity accept
// no null anywhere: there an unknown date is an absent field.
func (d *Date) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*d = Date{}
		return nil
	}
	var s string
	if len(b) < 2 || b[0] != '"' || json.Unmarshal(b, &s) != nil {
		return fmt.Errorf("%w: a date must be a JSON string, not %s", ErrType, b)
	}
	v, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}
