package regiodialogue

import (
	"errors"
	"testing"
	"time"
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
		got, err := ParseDate(tt.in)
		if err != nil {
			t.Errorf("ParseDate(%q): %v", tt.in, err)
			continue
		}
		if got.Precision() != tt.precision || got.Year() != tt.y || got.Month() != tt.m || got.Day() != tt.d || got.Uncertain() != tt.uncertain {
			t.Errorf("ParseDate(%q) = %v/%d-%d-%d/%v, want %v/%d-%d-%d/%v", tt.in,
				got.Precision(), got.Year(), got.Month(), got.Day(), got.Uncertain(),
				tt.precision, tt.y, tt.m, tt.d, tt.uncertain)
		}
		if s := got.String(); s != tt.in {
			t.Errorf("ParseDate(%q).String() = %q", tt.in, s)
		}
	}
}

func TestParseDateErrors(t *testing.T) {
	for _, in := range []string{
		"", "?", "2013-02-30", "2013-02-29", "1900-02-29", "2013-04-31", "2013-5", "2013-05-1",
		"13 May 2013", "2013/05/15", "2013-00", "2013-13", "2013-05-00", "2013-05-15??",
		"?2013", "20131", "2013-05-15T00:00", " 2013", "2013 ", "+2013", "-201", "２０１３",
	} {
		d, err := ParseDate(in)
		if err == nil {
			t.Errorf("ParseDate(%q) = %v, want an error", in, d)
			continue
		}
		if !errors.Is(err, ErrInvalidValue) {
			t.Errorf("ParseDate(%q) error %v does not wrap ErrInvalidValue", in, err)
		}
	}
}

func TestDateCompare(t *testing.T) {
	// Each date sorts strictly before the next.
	order := []string{"2012", "2012-12-31", "2013", "2013?", "2013-01", "2013-01-01", "2013-01-01?", "2013-01-02", "2013-05", "2014"}
	for i := range order {
		for j := range order {
			a, b := MustParseDate(order[i]), MustParseDate(order[j])
			want := 0
			if i < j {
				want = -1
			} else if i > j {
				want = 1
			}
			if got := a.Compare(b); got != want {
				t.Errorf("%s.Compare(%s) = %d, want %d", a, b, got, want)
			}
		}
	}
	if (Date{}).Compare(MustParseDate("0001")) != -1 {
		t.Error("the zero Date does not sort first")
	}
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
	}
	for _, tt := range tests {
		if got := MustParseDate(tt.a).Before(MustParseDate(tt.b)); got != tt.want {
			t.Errorf("%s.Before(%s) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestNewDate(t *testing.T) {
	d, err := NewDate(2013, time.May, 0, true)
	if err != nil || d.String() != "2013-05?" {
		t.Errorf("NewDate(2013, May, 0, true) = %v, %v", d, err)
	}
	for _, bad := range [][3]int{{2013, 2, 30}, {2013, 0, 5}, {-1, 0, 0}, {10000, 0, 0}, {2013, 13, 0}} {
		if d, err := NewDate(bad[0], time.Month(bad[1]), bad[2], false); err == nil {
			t.Errorf("NewDate(%v) = %v, want an error", bad, d)
		}
	}
}

func TestDateText(t *testing.T) {
	var d Date
	if err := d.UnmarshalText([]byte("2013-05")); err != nil || d.String() != "2013-05" {
		t.Fatalf("UnmarshalText: %v, %v", d, err)
	}
	if err := d.UnmarshalText([]byte("May 2013")); err == nil {
		t.Error("UnmarshalText accepted \"May 2013\"")
	}
	if d.String() != "2013-05" {
		t.Error("a failed UnmarshalText changed the value")
	}
	if _, err := (Date{}).MarshalText(); err == nil {
		t.Error("the zero Date marshalled without error")
	}
	if got := MustParseDate("2013-05").Start(); !got.Equal(time.Date(2013, 5, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("Start() = %v", got)
	}
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
		if !d.Start().IsZero() && d.Start().Year() != d.Year() {
			t.Fatalf("Start() year %d for %q", d.Start().Year(), s)
		}
	})
}
