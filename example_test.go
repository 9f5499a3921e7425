package regiodialogue_test

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/regiodialogue/regiodialogue"
	"github.com/regiodialogue/regiodialogue/schema"
	"golang.org/x/text/language"
)

// The embedded dataset: look up an agreement and read its first instrument.
func Example() {
	ds := regiodialogue.Default()
	pe, ok := ds.Agreement("pe")
	if !ok {
		return
	}
	in := pe.Instruments[0]
	fmt.Println(pe.Partner.Name.In(language.Spanish))
	fmt.Println(in.Kind.Label(), in.Signed, in.Signed.Precision())
	// Output:
	// Perú
	// Exchange of letters 2013-05 month
}

func ExampleText_In() {
	name := regiodialogue.Text{
		language.English:              "Peru",
		language.Spanish:              "Perú",
		language.MustParse("pt-t-en"): "Peru (translated)",
		language.MustParse("zh-Hans"): "秘鲁",
	}
	fmt.Println(name.In(language.MustParse("es-PE")))
	fmt.Println(name.In(language.MustParse("pt-BR")))
	fmt.Println(name.In(language.MustParse("zh-Hant"))) // another script: English
	fmt.Println(name.In(language.French))               // no match: English
	_, tag := name.Match(language.Portuguese)
	fmt.Println(tag, regiodialogue.IsTranslation(tag))
	// Output:
	// Perú
	// Peru (translated)
	// Peru
	// Peru
	// pt-t-en true
}

func ExampleParseDate() {
	for _, s := range []string{"2013-05", "2010-07-15?", "2013-02-30"} {
		d, err := regiodialogue.ParseDate(s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(d, d.Precision(), d.Uncertain())
	}
	// Output:
	// 2013-05 month false
	// 2010-07-15? day true
	// error: invalid value: invalid date "2013-02-30": day 30 does not exist in 2013-02
}

// Compare orders dates as text, for sorting: a less precise date sorts first. Before and
// Overlaps read dates as periods: the year 2013 is not before May 2013, which it contains.
func ExampleDate_Compare() {
	year := regiodialogue.MustParseDate("2013")
	may := regiodialogue.MustParseDate("2013-05")
	fmt.Println("Compare:", year.Compare(may))
	fmt.Println("Before:", year.Before(may), may.Before(year))
	fmt.Println("Overlaps:", year.Overlaps(may))

	dates := []regiodialogue.Date{may, regiodialogue.MustParseDate("2012-12"), year, regiodialogue.MustParseDate("2013-01-15")}
	slices.SortFunc(dates, regiodialogue.Date.Compare)
	fmt.Println(dates)
	// Output:
	// Compare: -1
	// Before: false false
	// Overlaps: true
	// [2012-12 2013 2013-01-15 2013-05]
}

func ExampleDate_Last() {
	for _, s := range []string{"2013", "2012-02", "2013-05-15"} {
		d := regiodialogue.MustParseDate(s)
		fmt.Println(s, d.First().Format(time.DateOnly), d.Last().Format(time.DateOnly))
	}
	// Output:
	// 2013 2013-01-01 2013-12-31
	// 2012-02 2012-02-01 2012-02-29
	// 2013-05-15 2013-05-15 2013-05-15
}

func ExampleLoad() {
	ds, err := regiodialogue.Load(os.DirFS("testdata/mini"))
	if err != nil {
		fmt.Println(err)
		return
	}
	for a := range ds.Agreements() {
		fmt.Println(a.ID, a.Signed(), len(a.Activities))
	}
	// Output:
	// bb 2007-11-29 2
	// aa 2013-05 3
}

func ExampleDecodeAgreement_errors() {
	data, err := os.ReadFile("testdata/bad/end-before-start.json")
	if err != nil {
		return
	}
	_, err = regiodialogue.DecodeAgreement(data)
	var e *regiodialogue.Error
	if errors.As(err, &e) {
		fmt.Println(e.Pointer)
		fmt.Println(errors.Is(err, regiodialogue.ErrDateOrder))
	}
	_, err = regiodialogue.DecodeAgreement([]byte(`{"id": "pe", "colour": "blue"}`))
	fmt.Println(err)
	fmt.Println(errors.Is(err, regiodialogue.ErrUnknownField))
	// Output:
	// /activities/0/end
	// true
	// /colour: unknown field "colour" in agreement
	// /dialogue: agreement has no "dialogue"
	// /group: agreement has no "group"
	// /instruments: agreement has no "instruments"
	// /partner: agreement has no "partner"
	// /sources: agreement has no "sources"
	// /summary: agreement has no "summary"
	// true
}

func ExampleDataset_Activities() {
	ds, _ := regiodialogue.Load(os.DirFS("testdata/mini"))
	for a := range ds.Activities() {
		fmt.Println(a.Start, a.Kind.Label(language.Spanish), a.Title.In(language.English))
	}
	// Output:
	// 2007-11-29 Firma Signing
	// 2012-11 Taller Workshop on border integration
	// 2013 Seminario Seminar
	// 2013 Estudio Study on regional innovation
	// 2013-12-11 Conferencia Event on innovation
}

// Name the partners of the activities shared by three or more of them: an activity lists
// the ids of its partners' agreements, and Dataset.Partner looks each up cheaply.
func Example_partnerNames() {
	ds := regiodialogue.Default()
	n := 0
	for act := range ds.Activities() {
		if len(act.Partners) < 3 {
			continue
		}
		var names []string
		for _, id := range act.Partners {
			p, _ := ds.Partner(id)
			names = append(names, p.Name.In(language.English))
		}
		fmt.Println(act.Start, strings.Join(names, ", "))
		if n++; n == 2 {
			break
		}
	}
	// Output:
	// 2009 China, Russia, Brazil, Ukraine
	// 2009-05-11 China, Russia, Brazil
}

// Count the activities with a partner in Latin America that took place, at least in part,
// in 2013. A date denotes a period ("2013-05" is all of May 2013), and an activity spans
// its Start to its End when it has one: Activity.Overlaps says whether that span meets a
// period.
func Example_regionAndPeriod() {
	ds := regiodialogue.Default()
	period := regiodialogue.MustParseDate("2013")
	inRegion := func(act regiodialogue.Activity, region regiodialogue.Region) bool {
		for _, id := range act.Partners {
			if p, ok := ds.Partner(id); ok && p.Region.Within(region) {
				return true
			}
		}
		return false
	}
	n := 0
	for act := range ds.Activities() {
		if act.Overlaps(period) && inRegion(act, regiodialogue.RegionLatinAmerica) {
			n++
		}
	}
	fmt.Println(n, "activities")
	// Output:
	// 10 activities
}

// Load reports every fault of every file; errors.Is tells the kind, errors.As gives the
// place. Package schema reports the same faults, wrapping the same sentinel errors.
func Example_errors() {
	fsys := os.DirFS("testdata/broken")
	_, err := regiodialogue.Load(fsys)
	fmt.Println(err)
	fmt.Println(errors.Is(err, regiodialogue.ErrDateOrder), errors.Is(err, regiodialogue.ErrInvalidValue))
	var e *regiodialogue.Error
	if errors.As(err, &e) {
		fmt.Println(e.File, e.Pointer)
	}

	err = schema.ValidateDataset(fsys)
	fmt.Println(errors.Is(err, regiodialogue.ErrDateOrder), errors.Is(err, regiodialogue.ErrInvalidValue))
	var se *schema.Error
	if errors.As(err, &se) {
		for _, v := range se.Violations {
			fmt.Println(se.File, v.Pointer, v.Keyword)
		}
	}
	// Output:
	// zz.json: /activities/0/end: end 2013-05-01 is before start 2013-05-02
	// zz.json: /group: "nowhere" is not a known partner group
	// true true
	// zz.json /activities/0/end
	// true true
	// zz.json /activities/0/end dateOrder
	// zz.json /group enum
}

// An activity shared by several partners is one record. Agreement.Activities lists it under
// each of its partners, so a loop over the agreements counts it once per partner;
// Dataset.Activities yields it once.
func Example_sharedActivities() {
	ds, err := regiodialogue.Load(os.DirFS("testdata/shared"))
	if err != nil {
		fmt.Println(err)
		return
	}
	perPartner := 0
	for a := range ds.Agreements() {
		perPartner += len(a.Activities)
	}
	once := 0
	for act := range ds.Activities() {
		once++
		if len(act.Partners) > 1 {
			fmt.Println(act.ID, act.Partners)
		}
	}
	fmt.Println(perPartner, "listed under agreements,", once, "activities")
	// Output:
	// bb-2013-seminar [bb aa]
	// 6 listed under agreements, 5 activities
}

// Code labels come in the 12 LabelLanguages, the same as package locale's; a Region is
// named as CLDR names it. Text.Get asks for exactly one language, with no fallback.
func Example_labelsAndLanguages() {
	pe, _ := regiodialogue.Default().Agreement("pe")
	fmt.Println(regiodialogue.StudyVisit.Label(language.Russian))
	fmt.Println(pe.Partner.Region.Label(language.MustParse("es-PE")))
	fmt.Println(pe.Partner.Languages)

	s, tag, _ := pe.Dialogue.Get(language.Spanish)
	fmt.Println(s, tag, regiodialogue.IsTranslation(tag))
	_, _, ok := pe.Dialogue.Get(language.Japanese)
	fmt.Println("Japanese:", ok)
	// Output:
	// Ознакомительный визит
	// Sudamérica
	// [es]
	// Diálogo UE–Perú sobre política regional e integración fronteriza es-t-en true
	// Japanese: false
}

// Codes lists a code type's codes; ParseCode checks a string against them.
func ExampleCodes() {
	for _, l := range regiodialogue.Codes[regiodialogue.PairLevel]() {
		fmt.Println(l, "|", l.Label(language.German), "|", l.Label(language.Japanese))
	}
	th, err := regiodialogue.ParseCode[regiodialogue.Theme]("innovation")
	fmt.Println(th == regiodialogue.Innovation, err)
	_, err = regiodialogue.ParseCode[regiodialogue.Theme]("tourism")
	fmt.Println(errors.Is(err, regiodialogue.ErrInvalidValue), err)
	// Output:
	// city | Städtepartnerschaft | 都市間ペアリング
	// region | Regionalpartnerschaft | 地域間ペアリング
	// true <nil>
	// true invalid value: "tourism" is not a known theme
}

// A pairing is one record per pair, with its two sides; the visits and meetings held within
// it name it in PartOf, and Dataset.Parts lists them. The first two pairings with parts:
func Example_pairings() {
	ds := regiodialogue.Default()
	side := func(places []regiodialogue.Place) string {
		var names []string
		for _, p := range places {
			names = append(names, p.Name.In(language.English))
		}
		return strings.Join(names, " + ")
	}
	n := 0
	for act := range ds.Activities() {
		if act.Pair == nil {
			continue
		}
		parts := slices.Collect(ds.Parts(act.ID))
		if len(parts) == 0 {
			continue
		}
		fmt.Println(act.Start, act.Framework, act.Pair.Level, side(act.Pair.EU), "↔", side(act.Pair.Partner))
		for _, part := range parts {
			fmt.Println("   ", part.Start, part.Kind, part.Title.In(language.English))
		}
		if n++; n == 2 {
			break
		}
	}
	// Output:
	// 2017 iuc city Almada ↔ Belo Horizonte
	//     2018-11-05 study-visit Almada delegation's first mission to Belo Horizonte
	//     2019-05 study-visit Belo Horizonte delegation's mission to Almada
	// 2017 iuc city Santo Tirso ↔ Araripina
	//     2019-05 study-visit Araripina official's visit to Santo Tirso
	//     2019-07 study-visit Santo Tirso delegation's visit to Araripina
}
