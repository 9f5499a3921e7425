package locale

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/regiodialogue/regiodialogue"
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

var verb = regexp.MustCompile(`%(\[\d\])?[a-z]`)

// verbs returns the formatting verbs of a message, sorted.
func verbs(s string) []string {
	v := verb.FindAllString(s, -1)
	slices.Sort(v)
	return v
}

// TestCatalogComplete holds every language's table to English's keys, with the same verbs,
// and every count message to the plural forms its language uses.
func TestCatalogComplete(t *testing.T) {
	ts := tables()
	if len(ts) != len(uiTags) {
		t.Fatalf("%d tables for %d UI languages", len(ts), len(uiTags))
	}
	en := ts[0]
	for i, tb := range ts {
		if tb.tag != uiTags[i] {
			t.Errorf("table %d is %v, want %v (the order of uiTags)", i, tb.tag, uiTags[i])
		}
		for k, m := range en.msgs {
			got, ok := tb.msgs[k]
			switch {
			case !ok:
				t.Errorf("%v: no message %q", tb.tag, k)
			case strings.TrimSpace(got) == "":
				t.Errorf("%v: message %q is empty", tb.tag, k)
			case !slices.Equal(verbs(got), verbs(m)):
				t.Errorf("%v: message %q has verbs %v, English has %v", tb.tag, k, verbs(got), verbs(m))
			}
		}
		for k := range tb.msgs {
			if _, ok := en.msgs[k]; !ok {
				t.Errorf("%v: message %q is not in English", tb.tag, k)
			}
		}
		if len(tb.plurals) != len(en.plurals) {
			t.Errorf("%v: %d count messages, English has %d", tb.tag, len(tb.plurals), len(en.plurals))
		}
		for k := range en.plurals {
			f, ok := tb.plurals[k]
			if !ok {
				t.Errorf("%v: no count message %q", tb.tag, k)
				continue
			}
			for n := range 1001 {
				form := plural.Cardinal.MatchPlural(tb.tag, n, 0, 0, 0, 0)
				if s := f.form(form); !strings.Contains(s, "%d") {
					t.Errorf("%v: %q has no form %v (for %d) with a %%d", tb.tag, k, form, n)
					break
				}
			}
		}
	}
}

func TestCountPlurals(t *testing.T) {
	for _, tc := range []struct {
		lang string
		n    int
		what Noun
		want string
	}{
		{"ru", 1, Agreements, "1 соглашение"},
		{"ru", 2, Agreements, "2 соглашения"},
		{"ru", 5, Agreements, "5 соглашений"},
		{"ru", 14, Agreements, "14 соглашений"},
		{"ru", 21, Agreements, "21 соглашение"},
		{"ru", 22, Activities, "22 мероприятия"},
		{"uk", 1, Agreements, "1 угода"},
		{"uk", 3, Agreements, "3 угоди"},
		{"uk", 11, Agreements, "11 угод"},
		{"ro", 1, Agreements, "1 acord"},
		{"ro", 14, Agreements, "14 acorduri"},
		{"ro", 20, Agreements, "20 de acorduri"},
		{"en", 1, Agreements, "1 agreement"},
		{"en", 14, Agreements, "14 agreements"},
		{"en", 0, Sources, "0 sources"},
		{"fr", 0, Agreements, "0 accord"},
		{"zh", 14, Agreements, "14项协议"},
		{"ja", 3, Activities, "3件の活動"},
		{"hi", 1, Agreements, "1 समझौता"},
		{"hi", 14, Agreements, "14 समझौते"},
		{"ka", 14, Agreements, "14 შეთანხმება"},
		{"de", 1, Activities, "1 Aktivität"},
		{"sw", 2, Agreements, "2 agreements"}, // no Swahili catalog: English
	} {
		if got := New(language.MustParse(tc.lang)).Count(tc.n, tc.what); got != tc.want {
			t.Errorf("%s Count(%d) = %q, want %q", tc.lang, tc.n, got, tc.want)
		}
	}
	if got := New(language.English).Count(3, Noun(99)); got != "" {
		t.Errorf("Count of an unknown noun = %q, want \"\"", got)
	}
}

func TestUIFallback(t *testing.T) {
	for in, want := range map[string]string{
		"en": "en", "en-GB": "en", "es-PE": "es", "es-419": "es", "pt-BR": "pt", "fr-CA": "fr",
		"de-AT": "de", "zh": "zh-Hans", "zh-Hans-CN": "zh-Hans", "zh-CN": "zh-Hans", "ja-JP": "ja",
		"ru": "ru", "uk-UA": "uk", "ro-MD": "ro", "ka-GE": "ka", "hi-IN": "hi",
		// Languages and scripts the catalog lacks get English, not a neighbour.
		"zh-Hant": "en", "zh-TW": "en", "sw": "en", "sr-Latn": "en", "und": "en",
		// The matcher's own judgement: Belarusian readers get Russian (High confidence).
		"be": "ru",
	} {
		if got := New(language.MustParse(in)).UI().String(); got != want {
			t.Errorf("New(%s).UI() = %s, want %s", in, got, want)
		}
	}
}

func TestFromAcceptLanguage(t *testing.T) {
	for _, tc := range []struct{ header, tag, ui string }{
		{"ru-RU, ru;q=0.9, en;q=0.5", "ru-RU", "ru"},
		{"sw, ka;q=0.8", "sw", "ka"}, // Swahili names, Georgian messages
		{"da, en-GB;q=0.8", "da", "en"},
		{"", "en", "en"},
		{"not a header;;;", "en", "en"},
	} {
		l := FromAcceptLanguage(tc.header)
		if l.Tag().String() != tc.tag || l.UI().String() != tc.ui {
			t.Errorf("FromAcceptLanguage(%q): Tag %v, UI %v; want %s, %s", tc.header, l.Tag(), l.UI(), tc.tag, tc.ui)
		}
	}
}

// TestLabelsAgreeWithRoot holds every label locale gives (Label, CodeLabel and the
// catalog's message) to the root package's Label, for every code of every list and every
// UI language, and for tags the two must match alike to a UI language or to none.
func TestLabelsAgreeWithRoot(t *testing.T) {
	tags := append(slices.Clone(uiTags), language.MustParse("es-PE"), language.MustParse("pt-BR"),
		language.MustParse("zh-CN"), language.MustParse("be"), language.MustParse("zh-Hant"),
		language.MustParse("sw"), language.MustParse("und"))
	pairs := 0
	for _, tag := range tags {
		l := New(tag)
		for _, c := range allCodes() {
			want := c.code.Label(tag)
			for what, got := range map[string]string{
				"Label":     l.Label(c.code),
				"CodeLabel": l.CodeLabel(c.kind, c.s),
				"Message":   l.Message(c.kind + "/" + c.s),
			} {
				if got != want {
					t.Errorf("%v: %s(%s %s) = %q, root's Label has %q", tag, what, c.kind, c.s, got, want)
				}
			}
			if want == "" {
				t.Errorf("%v: %s %s has an empty label", tag, c.kind, c.s)
			}
			pairs++
		}
	}
	n := 0
	for _, c := range codeLists {
		n += len(c.codes())
	}
	if want := n * len(tags); pairs != want || n != len(allCodes()) {
		t.Fatalf("%d code × language pairs compared, want %d", pairs, want)
	}
	t.Logf("%d codes × %d languages (%d UI languages, %d other tags) = %d pairs agree",
		len(allCodes()), len(tags), len(uiTags), len(tags)-len(uiTags), pairs)
}

// TestUILanguagesAreLabelLanguages holds the catalog's languages to those of the root
// package's labels, in the same order, so that both choose a language alike.
func TestUILanguagesAreLabelLanguages(t *testing.T) {
	if got := regiodialogue.LabelLanguages(); !slices.Equal(got, uiTags) {
		t.Errorf("regiodialogue.LabelLanguages() = %v, the catalog's UI languages are %v", got, uiTags)
	}
}

// TestRegionLabelsAreCLDR holds the region labels, which the root package carries as
// generated data, to the CLDR names of their UN M.49 codes in the display tables of the
// golang.org/x/text in use: a new CLDR release fails here until go generate is run.
func TestRegionLabelsAreCLDR(t *testing.T) {
	for _, tag := range uiTags {
		n := display.Regions(tag)
		for _, r := range regiodialogue.Codes[regiodialogue.Region]() {
			want := n.Name(language.MustParseRegion(r.M49()))
			if got := New(tag).Label(r); got != want || want == "" {
				t.Errorf("%v: Label(%s) = %q, CLDR has %q", tag, r, got, want)
			}
		}
	}
	if got := New(language.Spanish).Label(regiodialogue.RegionSouthAmerica); got != "Sudamérica" {
		t.Errorf("es Label(RegionSouthAmerica) = %q, want CLDR's Sudamérica", got)
	}
}

// aCode is a code of one of the root package's lists.
type aCode struct {
	kind, s string
	code    Code
}

// allCodes returns every code of every code list, from the root package's own lists.
func allCodes() []aCode {
	var out []aCode
	add := func(kind string, cs ...Code) {
		for _, c := range cs {
			out = append(out, aCode{kind, fmt.Sprint(c), c})
		}
	}
	add("instrument", codes[regiodialogue.InstrumentKind]()...)
	add("group", codes[regiodialogue.Group]()...)
	add("partnerkind", codes[regiodialogue.PartnerKind]()...)
	add("side", codes[regiodialogue.Side]()...)
	add("note", codes[regiodialogue.NoteKind]()...)
	add("theme", codes[regiodialogue.Theme]()...)
	add("activity", codes[regiodialogue.ActivityKind]()...)
	add("framework", codes[regiodialogue.Framework]()...)
	add("region", codes[regiodialogue.Region]()...)
	add("source", codes[regiodialogue.SourceKind]()...)
	add("pairlevel", codes[regiodialogue.PairLevel]()...)
	return out
}

func codes[T regiodialogue.Code]() []Code {
	var out []Code
	for _, c := range regiodialogue.Codes[T]() {
		out = append(out, c)
	}
	return out
}

// TestEveryCodeLabelled checks that the catalog has a message for every code of every list
// and no other code label, and that unknown kinds and codes come back as they are.
func TestEveryCodeLabelled(t *testing.T) {
	n := 0
	for k := range tables()[0].msgs {
		if strings.Contains(k, "/") {
			n++
		}
	}
	if got := len(allCodes()); got != n || len(codeLists) != 11 {
		t.Errorf("%d codes in %d lists, but the catalog has %d code labels", got, len(codeLists), n)
	}
	for _, c := range allCodes() {
		if !hasKey(c.kind + "/" + c.s) {
			t.Errorf("no catalog key %s/%s", c.kind, c.s)
		}
	}
	l := New(language.Russian)
	for _, tc := range []struct{ kind, code, want string }{
		{"region", "latin-america", "Латинская Америка"},
		{"region", "eastern-europe", "Восточная Европа"},
		{"source", "news", "СМИ"},
		{"region", "nowhere", "nowhere"},
		{"theme", "innovation", "Инновации"},
		{"theme", "no-such-theme", "no-such-theme"},
		{"nokind", "x", "x"},
	} {
		if got := l.CodeLabel(tc.kind, tc.code); got != tc.want {
			t.Errorf("CodeLabel(%s, %s) = %q, want %q", tc.kind, tc.code, got, tc.want)
		}
	}
	if got := l.Label(regiodialogue.RegionSouthAmerica); got != "Южная Америка" {
		t.Errorf("Label(RegionSouthAmerica) = %q", got)
	}
	if got := l.Label(regiodialogue.Theme("nonsense")); got != "nonsense" {
		t.Errorf("Label of an unknown theme = %q", got)
	}
}

func TestDate(t *testing.T) {
	for _, tc := range []struct{ lang, date, want string }{
		{"en", "2013", "2013"},
		{"en", "2013-05", "May 2013"},
		{"en", "2013-05-15", "15 May 2013"},
		{"en", "2010-07-15?", "c. 15 July 2010"},
		{"es", "2013-05", "mayo de 2013"},
		{"es", "2013-05-15", "15 de mayo de 2013"},
		{"pt", "2021?", "c. 2021"},
		{"fr", "2013-02-01", "1 février 2013"},
		{"de", "2013-05-15", "15. Mai 2013"},
		{"zh", "2013-05-15", "2013年5月15日"},
		{"zh", "2013-05?", "约2013年5月"},
		{"ja", "2013?", "2013年頃"},
		{"ru", "2013", "2013 г."},
		{"ru", "2013-05", "май 2013 г."},
		{"ru", "2013-05-15", "15 мая 2013 г."},
		{"uk", "2013-05-15", "15 травня 2013 р."},
		{"ro", "2013-11", "noiembrie 2013"},
		{"ka", "2013-05-15", "15 მაისი, 2013"},
		{"ka", "2013-05", "მაისი, 2013"},
		{"ka", "2010-07-15?", "დაახლ. 15 ივლისი, 2010"},
		{"zh", "2010-07-15?", "约2010年7月15日"},
		{"zh", "2013", "2013年"},
		{"ru", "2010-07-15?", "предп. 15 июля 2010 г."},
		{"es", "2010-07-15?", "h. 15 de julio de 2010"},
		{"hi", "2013-05-15", "15 मई 2013"},
		{"sw", "2013-05", "May 2013"},
	} {
		if got := New(language.MustParse(tc.lang)).Date(regiodialogue.MustParseDate(tc.date)); got != tc.want {
			t.Errorf("%s Date(%s) = %q, want %q", tc.lang, tc.date, got, tc.want)
		}
	}
	l := New(language.English)
	if got := l.Date(regiodialogue.Date{}); got != "" {
		t.Errorf("zero Date = %q", got)
	}
	start, end := regiodialogue.MustParseDate("2013"), regiodialogue.MustParseDate("2014-01-28")
	if got, want := l.DateRange(start, end), "2013 – 28 January 2014"; got != want {
		t.Errorf("DateRange = %q, want %q", got, want)
	}
	if got, want := l.DateRange(start, regiodialogue.Date{}), "2013"; got != want {
		t.Errorf("DateRange without end = %q, want %q", got, want)
	}
}

func TestNames(t *testing.T) {
	ds := regiodialogue.Default()
	name := func(lang, id string) Value {
		a, ok := ds.Agreement(id)
		if !ok {
			t.Fatalf("no agreement %s", id)
		}
		return New(language.MustParse(lang)).PartnerName(a.Partner)
	}
	for _, tc := range []struct{ lang, id, want, tag string }{
		{"ro", "md", "Republica Moldova", "ro"}, // the dataset's own name
		{"zh", "cn", "中国", "zh-Hans"},           // the dataset's own name (cited from CLDR)
		{"zh", "pe", "秘鲁", "zh"},                // CLDR
		{"sw", "pe", "Peru", "sw"},
		{"sw", "cn", "Uchina", "sw"}, // CLDR in the language asked, English headings
		{"ka", "ge", "საქართველო", "ka"},
		{"es", "pe", "Perú", "es"},
		{"zh-TW", "cn", "中國", "zh-TW"},
	} {
		if got := name(tc.lang, tc.id); got.S != tc.want || got.Tag.String() != tc.tag {
			t.Errorf("%s PartnerName(%s) = %q (%v), want %q (%s)", tc.lang, tc.id, got.S, got.Tag, tc.want, tc.tag)
		}
	}
	sica := regiodialogue.Partner{Code: "SICA", Kind: regiodialogue.Organisation,
		Name: regiodialogue.Text{language.English: "Central American Integration System"}}
	fake := regiodialogue.Partner{Code: "AA", Kind: regiodialogue.Country,
		Name: regiodialogue.Text{language.English: "Avalonia"}}
	for _, p := range []regiodialogue.Partner{sica, fake} { // no CLDR name: the dataset's
		if got := New(language.French).PartnerName(p); got.S != p.Name[language.English] || got.Tag != language.English {
			t.Errorf("fr PartnerName(%s) = %v", p.Code, got)
		}
	}
	l := New(language.MustParse("sw"))
	if got := l.LanguageName("zh-Hans"); got.S != "Kichina (Kilichorahisishwa)" || got.Tag != language.MustParse("sw") {
		t.Errorf("sw LanguageName(zh-Hans) = %v", got)
	}
	if got := New(language.Russian).LanguageName("en"); got.S != "английский" {
		t.Errorf("ru LanguageName(en) = %v", got)
	}
	if got := l.LanguageName("not a tag"); got.S != "not a tag" {
		t.Errorf("LanguageName of a malformed tag = %v", got)
	}
	if got := l.CountryName("ZZ"); got.S != "" {
		t.Errorf("CountryName(ZZ) = %v, want none", got)
	}
}

func TestTextAndTranslations(t *testing.T) {
	text := regiodialogue.Text{
		language.English:              "Dialogue",
		language.MustParse("es-t-en"): "Diálogo",
	}
	es := New(language.MustParse("es-PE"))
	v := es.Text(text)
	if v.S != "Diálogo" || !v.IsTranslation() || !es.Foreign(v) {
		t.Errorf("es Text = %+v, translation %v, foreign %v", v, v.IsTranslation(), es.Foreign(v))
	}
	if got, want := es.TranslationTitle(v), "Traducido por los compiladores del conjunto de datos (idioma original: inglés); no es un texto oficial"; got != want {
		t.Errorf("TranslationTitle = %q, want %q", got, want)
	}
	ru := New(language.Russian)
	v = ru.Text(text)
	if v.S != "Dialogue" || v.IsTranslation() || !ru.Foreign(v) || ru.TranslationTitle(v) != "" {
		t.Errorf("ru Text = %+v, foreign %v", v, ru.Foreign(v))
	}
	en := New(language.English)
	if en.Foreign(en.Text(text)) || en.Foreign(Value{}) {
		t.Error("English text on an English page is foreign")
	}
	if got := New(language.Japanese).TranslationLegend(); !strings.HasPrefix(got, TranslationMark) {
		t.Errorf("legend %q does not show the mark", got)
	}
}

func TestMisc(t *testing.T) {
	zh := New(language.Chinese)
	if got := zh.List([]string{"英语", "中文"}); got != "英语、中文" {
		t.Errorf("List = %q", got)
	}
	if got := New(language.French).Colon(); got != "\u00a0:" {
		t.Errorf("French colon = %q", got)
	}
	if got := New(language.French).ColonSpace(); got != "\u00a0: " {
		t.Errorf("French ColonSpace = %q", got)
	}
	if got := New(language.Japanese).ColonSpace(); got != "：" {
		t.Errorf("Japanese ColonSpace = %q", got)
	}
	if got := zh.Field("signed"); got != "签署日期" {
		t.Errorf("Field = %q", got)
	}
	if got := zh.Field("nonsense"); got != "nonsense" {
		t.Errorf("unknown Field = %q", got)
	}
	if got := New(language.German).Message("field.parties"); got != "Parteien" {
		t.Errorf("Message = %q", got)
	}
	keys := Keys()
	if !slices.IsSorted(keys) || !slices.Contains(keys, "count.agreements") || !slices.Contains(keys, "theme/innovation") {
		t.Errorf("Keys() = %d keys, unsorted or incomplete", len(keys))
	}
	if got := UILanguages(); !slices.Equal(got, uiTags) {
		t.Errorf("UILanguages() = %v", got)
	}
}
