package regiodialogue

// Data tests of completeness: who took part, and one record per event.

import (
	"regexp"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// partnerWords names each partner in English: the country (or organisation) and its
// demonym, as whole words. Georgia is matched only as the country's name (the data names
// no U.S. state); "Indian" is not matched alone, since "Indian Ocean" is not India.
var partnerWords = map[string]*regexp.Regexp{
	"cn":   regexp.MustCompile(`\b(China|Chinese)\b`),
	"ru":   regexp.MustCompile(`\b(Russia|Russian)\b`),
	"br":   regexp.MustCompile(`\b(Brazil|Brazilian)\b`),
	"ua":   regexp.MustCompile(`\b(Ukraine|Ukrainian)\b`),
	"md":   regexp.MustCompile(`\b(Moldova|Moldovan)\b`),
	"cl":   regexp.MustCompile(`\b(Chile|Chilean)\b`),
	"ge":   regexp.MustCompile(`\b(Georgia|Georgian)\b`),
	"pe":   regexp.MustCompile(`\b(Peru|Peruvian)\b`),
	"jp":   regexp.MustCompile(`\b(Japan|Japanese)\b`),
	"mx":   regexp.MustCompile(`\b(Mexico|Mexican)\b`),
	"co":   regexp.MustCompile(`\b(Colombia|Colombian)\b`),
	"sica": regexp.MustCompile(`\b(SICA|Central American Integration System)\b`),
	"ar":   regexp.MustCompile(`\b(Argentina|Argentine|Argentinian)\b`),
	"in":   regexp.MustCompile(`\b(India)\b`),
}

// notedActivities returns the ids of activities that a note of their agreement names: the
// note says why the record is as it is.
func notedActivities(ds *Dataset) map[string]bool {
	noted := map[string]bool{}
	idRE := regexp.MustCompile(`\b[a-z]+(-[a-z0-9]+)+\b`)
	for _, a := range ds.agreements {
		for _, n := range a.Notes {
			for _, id := range idRE.FindAllString(n.Text[language.English], -1) {
				noted[id] = true
			}
		}
	}
	return noted
}

// partnerOmissions returns, for each activity whose English title or summary names one of
// the 14 partners that its Partners lacks, the ids of the partners named; activities a
// note names are skipped.
func partnerOmissions(ds *Dataset) map[string][]string {
	noted := notedActivities(ds)
	out := map[string][]string{}
	for act := range ds.Activities() {
		if noted[act.ID] {
			continue
		}
		text := act.Title[language.English] + " " + act.Summary[language.English]
		for _, a := range ds.agreements {
			re := partnerWords[a.ID]
			if re == nil || !re.MatchString(text) {
				continue
			}
			listed := false
			for _, p := range act.Partners {
				listed = listed || p == a.ID
			}
			if !listed {
				out[act.ID] = append(out[act.ID], a.ID)
			}
		}
	}
	return out
}

// TestDatasetPartnersNamed fails for a record whose English title or summary names a
// partner country (or its demonym) that its partners lack, unless a note of its agreement
// names the record and says why (a third country's delegation mentioned in passing, say).
func TestDatasetPartnersNamed(t *testing.T) {
	ds := Default()
	for _, a := range ds.agreements {
		if partnerWords[a.ID] == nil {
			t.Errorf("no names for partner %q", a.ID)
		}
	}
	for id, missing := range partnerOmissions(ds) {
		t.Errorf("%s names %v in its title or summary, but its partners lack them (list them, or explain in a note that names %s)", id, missing, id)
	}
}

// normalize folds s for comparison: letters and digits only, in lower case, without
// accents, words separated by one space.
func normalize(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return b.String()
}

// span returns the activity's period: Start through End, or Start alone.
func span(a Activity) (first, last Date) {
	if a.End.IsZero() {
		return a.Start, a.Start
	}
	return a.Start, a.End
}

// sameTitle reports whether two normalized titles name one thing: they are equal, or the
// shorter, of at least four words, begins the longer ("… course" and "… course, Iquitos").
func sameTitle(x, y string) bool {
	if len(x) > len(y) {
		x, y = y, x
	}
	return x == y || (strings.Count(x, " ") >= 3 && strings.HasPrefix(y, x+" "))
}

// likelyDuplicates returns pairs of activity ids of the same framework whose periods
// overlap and whose titles, or the names of their places, are equal after normalization.
// Periods at year precision overlap every day of their year, so a record at year
// precision is compared by title only. Two records are distinct when one is part of the
// other, both are parts of one activity, or a note of their agreements names both (a
// signing during a seminar, two sessions of one Open Days).
func likelyDuplicates(ds *Dataset) [][2]string {
	type rec struct {
		act    Activity
		title  string
		places map[string]bool
	}
	noted := notedActivities(ds)
	byFramework := map[Framework][]rec{}
	for act := range ds.Activities() {
		r := rec{act: act, title: normalize(act.Title[language.English]), places: map[string]bool{}}
		for _, p := range act.Places {
			r.places[normalize(p.Name[language.English])] = true
		}
		byFramework[act.Framework] = append(byFramework[act.Framework], r)
	}
	var out [][2]string
	for _, recs := range byFramework {
		for i := range recs {
			for j := i + 1; j < len(recs); j++ {
				x, y := recs[i], recs[j]
				xf, xl := span(x.act)
				yf, yl := span(y.act)
				if xl.Before(yf) || yl.Before(xf) {
					continue
				}
				same := sameTitle(x.title, y.title)
				coarse := x.act.Start.Precision() == Year || y.act.Start.Precision() == Year
				if !same && !coarse {
					for p := range x.places {
						same = same || y.places[p]
					}
				}
				related := x.act.PartOf == y.act.ID || y.act.PartOf == x.act.ID ||
					(x.act.PartOf != "" && x.act.PartOf == y.act.PartOf) || (noted[x.act.ID] && noted[y.act.ID])
				if same && !related {
					out = append(out, [2]string{x.act.ID, y.act.ID})
				}
			}
		}
	}
	return out
}

// TestDatasetNoDuplicateEvents fails for two records of one framework that overlap in time
// and share a title, or (at month or day precision) a place: one event is
// one record, listing all its partners.
func TestDatasetNoDuplicateEvents(t *testing.T) {
	for _, d := range likelyDuplicates(Default()) {
		t.Errorf("%s and %s look like one event: same framework, overlapping dates, same title or place", d[0], d[1])
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"Curso binacional INNOVACT – Iquitos": "curso binacional innovact iquitos",
		"  São  Paulo ":                       "sao paulo",
		"Bogotá, D.C.":                        "bogota d c",
		"":                                    "",
	} {
		if got := normalize(in); got != want {
			t.Errorf("normalize(%q) = %q, want %q", in, got, want)
		}
	}
}
