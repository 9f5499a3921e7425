package regiodialogue

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestActivityOverlaps(t *testing.T) {
	act := func(start, end string) Activity {
		a := Activity{Start: MustParseDate(start)}
		if end != "" {
			a.End = MustParseDate(end)
		}
		return a
	}
	for _, tc := range []struct {
		start, end, period string
		want               bool
	}{
		{"2013-05-30", "2013-06-02", "2013-06", true},
		{"2013-05-30", "2013-06-02", "2013-05", true},
		{"2013-05-30", "2013-06-02", "2013", true},
		{"2013-05-30", "2013-06-02", "2013-06-02", true},
		{"2013-05-30", "2013-06-02", "2013-06-03", false},
		{"2013-05-30", "2013-06-02", "2013-05-29", false},
		{"2013-05-30", "2013-06-02", "2013-04", false},
		{"2013-05-30", "2013-06-02", "2014", false},
		{"2012-11", "2014-02", "2013", true}, // the span covers the whole period
		{"2012-11", "2014-02", "2014-03", false},
		{"2013", "", "2013-05", true}, // a year-only start may be in May
		{"2013", "", "2012-12-31", false},
		{"2013-05-15", "", "2013-05", true},
		{"2013-05-15", "", "2013-05-16", false},
		{"2013-05-15?", "", "2013-05-15", true}, // uncertainty is ignored
		{"2013", "2015", "2014-07-01", true},
	} {
		assert.Equal(t, tc.want, act(tc.start, tc.end).Overlaps(MustParseDate(tc.period)),
			"%s–%s overlaps %s", tc.start, tc.end, tc.period)
	}
	assert.False(t, act("2013", "").Overlaps(Date{}), "the zero period")
	assert.False(t, Activity{}.Overlaps(MustParseDate("2013")), "an activity without a start")
}

// TestActivityOverlapsDates holds Activity.Overlaps to Date.Overlaps for activities
// without an end, and to its definition by First and Last for all of the real dataset's.
func TestActivityOverlapsDates(t *testing.T) {
	periods := []Date{MustParseDate("2010"), MustParseDate("2013-05"), MustParseDate("2015-03-26"), MustParseDate("2021")}
	n := 0
	for a := range Default().Activities() {
		end := a.End
		if end.IsZero() {
			end = a.Start
		}
		for _, p := range periods {
			want := !a.Start.First().After(p.Last()) && !p.First().After(end.Last())
			if a.End.IsZero() {
				assert.Equal(t, a.Start.Overlaps(p), a.Overlaps(p), "%s (no end) and %s", a.ID, p)
			}
			if a.Overlaps(p) != want {
				t.Errorf("%s (%s–%s).Overlaps(%s) = %v", a.ID, a.Start, a.End, p, a.Overlaps(p))
			}
			if a.Overlaps(p) {
				n++
			}
		}
	}
	assert.Positive(t, n)
}
