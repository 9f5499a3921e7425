package regiodialogue

import (
	"cmp"
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in        string
		precision Precision
		y         int
		m         time.Month
		d         int
		uncertain bool
	}{
		{"2013", Year, 2013, 0, 0, false},
		{"2013-05", Month, 2013, time.May, 0, false},
		{"2013-05-15", Day, 2013, time.May, 15, false},
		{"2010-07-15?", Day, 2010, time.July, 15, true},
		{"2014?", Year, 2014, 0, 0, true},
		{"2012-02-29", Day, 2012, time.February, 29, false},
		{"2000-02-29", Day, 2000, time.February, 29, false},
		{"2013-12-31", Day, 2013, time.December, 31, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseDate(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.precision, got.Precision(), "Precision")
			assert.Equal(t, tt.y, got.Year(), "Year")
			assert.Equal(t, tt.m, got.Month(), "Month")
			assert.Equal(t, tt.d, got.Day(), "Day")
			assert.Equal(t, tt.uncertain, got.Uncertain(), "Uncertain")
			assert.Equal(t, tt.in, got.String(), "String")
		})
	}
}

func TestParseDateErrors(t *testing.T) {
	for _, in := range []string{
		"", "?", "2013-02-30", "2013-02-29", "1900-02-29", "2013-04-31", "2013-5", "2013-05-1",
		"13 May 2013", "2013/05/15", "2013-00", "2013-13", "2013-05-00", "2013-05-15??",
		"?2013", "20131", "2013-05-15T00:00", " 2013", "2013 ", "+2013", "-201", "２０１３",
	} {
		d, err := ParseDate(in)
		assert.ErrorIs(t, err, ErrInvalidValue, "ParseDate(%q) = %v", in, d)
	}
}

func TestDateCompare(t *testing.T) {
	// Each date sorts strictly before the next.
	order := []string{"2012", "2012-12-31", "2013", "2013?", "2013-01", "2013-01-01", "2013-01-01?", "2013-01-02", "2013-05", "2014"}
	for i := range order {
		for j := range order {
			a, b := MustParseDate(order[i]), MustParseDate(order[j])
			assert.Equal(t, cmp.Compare(i, j), a.Compare(b), "%s.Compare(%s)", a, b)
			assert.Equal(t, i == j, a.Equal(b), "%s.Equal(%s)", a, b)
		}
	}
	assert.Equal(t, -1, Date{}.Compare(MustParseDate("0001")), "the zero Date sorts first")
	assert.True(t, Date{}.Equal(Date{}))
}

func TestDateBefore(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"2012-10", "2012-11", true},
		{"2012", "2012-11", false},
		{"2012-11", "2012", false},
		{"2012-11-30", "2012-11", false},
		{"2012-11-29", "2012-11-30", true},
		{"2012-11-30", "2012-11-29", false},
		{"2011", "2012-01-01", true},
		{"2013-12-13?", "2013-12-11", false},
		{"2013-12-10?", "2013-12-11", true},
		{"2013", "2013-05", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, MustParseDate(tt.a).Before(MustParseDate(tt.b)), "%s.Before(%s)", tt.a, tt.b)
	}
	assert.False(t, Date{}.Before(MustParseDate("2013")), "zero before a date")
	assert.False(t, MustParseDate("2013").Before(Date{}), "a date before zero")
}

func TestDateOverlaps(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"2013", "2013-05", true},
		{"2013", "2013-12-31", true},
		{"2013", "2014-01-01", false},
		{"2013-05", "2013-06", false},
		{"2013-05", "2013-05-31", true},
		{"2013-05-31", "2013-06-01", false},
		{"2013-05-31?", "2013-05-31", true},
		{"2012", "2013", false},
		{"2013", "2013", true},
	}
	for _, tt := range tests {
		a, b := MustParseDate(tt.a), MustParseDate(tt.b)
		assert.Equal(t, tt.want, a.Overlaps(b), "%s.Overlaps(%s)", a, b)
		assert.Equal(t, tt.want, b.Overlaps(a), "%s.Overlaps(%s)", b, a)
		// Overlap is what Start and End say of the two periods.
		byTime := !a.Last().Before(b.First()) && !b.Last().Before(a.First())
		assert.Equal(t, byTime, a.Overlaps(b), "%s.Overlaps(%s) disagrees with First/Last", a, b)
	}
	assert.False(t, Date{}.Overlaps(Date{}), "the zero Date overlaps nothing")
	assert.False(t, Date{}.Overlaps(MustParseDate("2013")))
	assert.False(t, MustParseDate("2013").Overlaps(Date{}))
}

func TestDateStartEnd(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		in         string
		start, end time.Time
	}{
		{"2013", day(2013, 1, 1), day(2013, 12, 31)},
		{"2013-05", day(2013, 5, 1), day(2013, 5, 31)},
		{"2012-02", day(2012, 2, 1), day(2012, 2, 29)},
		{"2013-02", day(2013, 2, 1), day(2013, 2, 28)},
		{"2000-02", day(2000, 2, 1), day(2000, 2, 29)},
		{"1900-02", day(1900, 2, 1), day(1900, 2, 28)},
		{"2013-04?", day(2013, 4, 1), day(2013, 4, 30)},
		{"2013-05-15", day(2013, 5, 15), day(2013, 5, 15)},
	}
	for _, tt := range tests {
		d := MustParseDate(tt.in)
		assert.Equal(t, tt.start, d.First(), "%s.First()", tt.in)
		assert.Equal(t, tt.end, d.Last(), "%s.Last()", tt.in)
	}
	assert.True(t, Date{}.First().IsZero())
	assert.True(t, Date{}.Last().IsZero())
}

func TestNewDate(t *testing.T) {
	d, err := NewDate(2013, time.May, 0, true)
	require.NoError(t, err)
	assert.Equal(t, "2013-05?", d.String())
	for _, bad := range [][3]int{{2013, 2, 30}, {2013, 0, 5}, {-1, 0, 0}, {10000, 0, 0}, {2013, 13, 0}} {
		d, err := NewDate(bad[0], time.Month(bad[1]), bad[2], false)
		assert.Error(t, err, "NewDate(%v) = %v", bad, d)
	}
}

func TestDateText(t *testing.T) {
	var d Date
	require.NoError(t, d.UnmarshalText([]byte("2013-05")))
	assert.Equal(t, "2013-05", d.String())
	assert.ErrorIs(t, d.UnmarshalText([]byte("May 2013")), ErrInvalidValue)
	assert.Equal(t, "2013-05", d.String(), "a failed UnmarshalText changed the value")

	// The zero Date's text form is "", and reads back as the zero Date.
	b, err := Date{}.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, b)
	require.NoError(t, d.UnmarshalText(b))
	assert.True(t, d.IsZero())
}

func TestDateJSON(t *testing.T) {
	type holder struct {
		D Date
		O Date `json:",omitzero"`
	}
	for _, tt := range []struct {
		in   holder
		json string
	}{
		{holder{}, `{"D":null}`},
		{holder{D: MustParseDate("2013-05"), O: MustParseDate("2010-07-15?")}, `{"D":"2013-05","O":"2010-07-15?"}`},
	} {
		b, err := json.Marshal(tt.in)
		require.NoError(t, err)
		assert.JSONEq(t, tt.json, string(b))
		var back holder
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, tt.in, back)
	}
	for in, want := range map[string]error{
		`"May 2013"`: ErrInvalidValue,
		`""`:         ErrInvalidValue,
		`2013`:       ErrType,
		`["2013"]`:   ErrType,
	} {
		var d Date
		err := json.Unmarshal([]byte(in), &d)
		assert.ErrorIs(t, err, want, "Unmarshal(%s)", in)
	}
}

func TestPrecisionText(t *testing.T) {
	for p := Unknown; p <= Day; p++ {
		b, err := json.Marshal(p)
		require.NoError(t, err)
		assert.Equal(t, `"`+p.String()+`"`, string(b))
		var q Precision
		require.NoError(t, json.Unmarshal(b, &q))
		assert.Equal(t, p, q)
	}
	var q Precision
	assert.ErrorIs(t, q.UnmarshalText([]byte("week")), ErrInvalidValue)
	assert.ErrorIs(t, q.UnmarshalText([]byte("Year")), ErrInvalidValue)
	_, err := Precision(7).MarshalText()
	assert.ErrorIs(t, err, ErrInvalidValue)
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2013", "2013-05", "2013-05-15", "2010-07-15?", "2013-02-30", "13 May 2013", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			return
		}
		if d.String() != s {
			t.Fatalf("ParseDate(%q).String() = %q", s, d.String())
		}
		if !d.First().IsZero() && d.First().Year() != d.Year() {
			t.Fatalf("First() year %d for %q", d.First().Year(), s)
		}
		if d.Last().Before(d.First()) || d.Last().Year() != d.Year() {
			t.Fatalf("Last() %v for %q, First() %v", d.Last(), s, d.First())
		}
		if !d.Overlaps(d) || d.Before(d) {
			t.Fatalf("%q: Overlaps itself %v, Before itself %v", s, d.Overlaps(d), d.Before(d))
		}
	})
}
