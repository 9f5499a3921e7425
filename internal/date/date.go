// Package date parses and compares the dataset's dates: ISO 8601 calendar dates at year,
// month or day precision, with an optional trailing '?' for an inferred value (the
// ISO 8601-2 / EDTF uncertainty mark). It is shared by the root package and package schema.
package date

import (
	"errors"
	"fmt"
	"strconv"
)

// ErrInvalid is wrapped by every parse error.
var ErrInvalid = errors.New("invalid date")

// D is a parsed date. Month and Day are zero when the date is less precise. The zero D
// (Prec 0) is no date at all.
type D struct {
	Year      int
	Month     int
	Day       int
	Prec      int // 0 none, 1 year, 2 month, 3 day
	Uncertain bool
}

// Parse parses "YYYY", "YYYY-MM" or "YYYY-MM-DD", each optionally followed by '?', from a
// string or from bytes (which it does not keep).
func Parse[S ~string | ~[]byte](s S) (D, error) {
	var d D
	t := s
	if len(t) > 0 && t[len(t)-1] == '?' {
		d.Uncertain = true
		t = t[:len(t)-1]
	}
	fail := func(why string) (D, error) {
		return D{}, fmt.Errorf("%w %q: %s", ErrInvalid, s, why)
	}
	if len(t) != 4 && len(t) != 7 && len(t) != 10 {
		return fail("want YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by '?'")
	}
	y, ok := digits(t[0:4])
	if !ok {
		return fail("the year must be four digits")
	}
	d.Year = y
	d.Prec = 1
	if len(t) >= 7 {
		m, ok := digits(t[5:7])
		if t[4] != '-' || !ok {
			return fail("want YYYY-MM with a two-digit month")
		}
		if m < 1 || m > 12 {
			return fail("month " + strconv.Itoa(m) + " does not exist")
		}
		d.Month = m
		d.Prec = 2
	}
	if len(t) == 10 {
		day, ok := digits(t[8:10])
		if t[7] != '-' || !ok {
			return fail("want YYYY-MM-DD with a two-digit day")
		}
		if day < 1 || day > DaysIn(d.Year, d.Month) {
			return fail(fmt.Sprintf("day %d does not exist in %04d-%02d", day, d.Year, d.Month))
		}
		d.Day = day
		d.Prec = 3
	}
	return d, nil
}

func digits[S ~string | ~[]byte](s S) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// DaysIn returns the number of days in month m of year y (proleptic Gregorian calendar).
func DaysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// String formats d as Parse reads it; the zero D formats as "".
func (d D) String() string {
	if d.Prec == 0 {
		return ""
	}
	b := make([]byte, 0, 11)
	b = appendPad(b, d.Year, 4)
	if d.Month > 0 {
		b = append(b, '-')
		b = appendPad(b, d.Month, 2)
		if d.Day > 0 {
			b = append(b, '-')
			b = appendPad(b, d.Day, 2)
		}
	}
	if d.Uncertain {
		b = append(b, '?')
	}
	return string(b)
}

func appendPad(b []byte, n, width int) []byte {
	s := strconv.Itoa(n)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// Compare orders dates by year, then month, then day, where a missing month or day sorts
// before any present one (so 2013 < 2013-01 < 2013-01-01 < 2013-05); between dates equal in
// all three, a certain date sorts before an uncertain one. It returns -1, 0 or +1.
func Compare(a, b D) int {
	switch {
	case (a.Prec == 0) != (b.Prec == 0):
		if a.Prec == 0 {
			return -1
		}
		return 1
	case a.Year != b.Year:
		return sign(a.Year - b.Year)
	case a.Month != b.Month:
		return sign(a.Month - b.Month)
	case a.Day != b.Day:
		return sign(a.Day - b.Day)
	case a.Uncertain != b.Uncertain:
		if a.Uncertain {
			return 1
		}
		return -1
	}
	return 0
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

// Before reports whether the period a ends before the period b starts could begin, in the
// sense used by the rule "an activity's end is not before its start": it is true only when
// every day a can denote is earlier than every day b can denote. So "2012-10" is before
// "2012-11", but "2012" is not before "2012-11" (the year contains the month).
func Before(a, b D) bool {
	switch {
	case a.Year != b.Year:
		return a.Year < b.Year
	case a.Month == 0 || b.Month == 0:
		return false
	case a.Month != b.Month:
		return a.Month < b.Month
	case a.Day == 0 || b.Day == 0:
		return false
	}
	return a.Day < b.Day
}
