package locale

import (
	"strconv"

	"github.com/regiodialogue/regiodialogue"
)

// Date writes d in l's UI language at the precision it is known: the year alone ("2013",
// "2013 г."), the month and year ("May 2013", "mayo de 2013", "2013年5月") or the full date
// ("15 May 2013", "15 мая 2013 г."). An uncertain date, one the compilers inferred, gets
// the language's mark for it ("c. May 2013", "约2013年5月"). The zero Date gives "".
// Numbers are written with ASCII digits in every language.
func (l Locale) Date(d regiodialogue.Date) string {
	if d.IsZero() {
		return ""
	}
	y := strconv.Itoa(d.Year())
	var s string
	switch d.Precision() {
	case regiodialogue.Year:
		s = l.Message("date.year", y)
	case regiodialogue.Month:
		s = l.Message("date.month", l.Message(monthKey(int(d.Month()))), y)
	default:
		s = l.Message("date.day", strconv.Itoa(d.Day()), l.Message(monthInDateKey(int(d.Month()))), y)
	}
	if d.Uncertain() {
		s = l.Message("date.uncertain", s)
	}
	return s
}

// DateRange writes the dates of something that lasted from start to end, each at its
// precision ("2013 – 28 January 2014"); it is Date(start) when end is the zero Date.
func (l Locale) DateRange(start, end regiodialogue.Date) string {
	if end.IsZero() {
		return l.Date(start)
	}
	return l.Message("date.range", l.Date(start), l.Date(end))
}
