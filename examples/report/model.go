package main

import (
	"slices"
	"strings"

	"github.com/regiodialogue/regiodialogue"
	"github.com/regiodialogue/regiodialogue/locale"
	"golang.org/x/text/language"
)

// The report is built once as a view: every value localized and formatted, ready for the
// Markdown, HTML and CSV writers, which only lay it out.

// txt is a localized text. Lang is the BCP 47 tag of the language it is in when that is
// not the page's, or when it is a compilers' translation (then the tag has the "-t-"
// extension); Mark explains the translation mark when it is one.
type txt struct {
	S    string
	Lang string
	Mark string
}

type view struct {
	Lang         string // the page's language (the UI language)
	Title        string
	Intro        string
	Legend       string // explains the translation mark; "" when no text has one
	Credit       string
	Version      string // the embedded data's version; "" for a dataset read with -data
	Agreements   []agreementView
	Translations bool // whether any text shown is a compilers' translation
	msg          func(key string) string
	loc          locale.Locale
}

type agreementView struct {
	ID           string
	Partner      txt
	Group        string
	Region       string
	Dialogue     txt
	Kinds        []string // instrument kind labels
	Signed       string   // the first instrument's date, at its precision
	Instruments  []instrumentView
	DocLanguages []txt
	Themes       []string
	Summary      txt
	Activities   []activityView
	Pairings     []pairingView // the activities of kind pairing, each as its two sides
	Notes        []noteView
	Sources      []sourceView
	data         regiodialogue.Agreement
}

type instrumentView struct {
	Kind      string
	Title     txt
	Signed    string
	Place     *placeView // nil when unknown
	Parties   []partyView
	Framework txt
	Binding   string // "yes", "no" (localized) or "" when no source says
	Documents []documentView
}

// HasDetails reports whether the instrument has more to show than its kind, date and title.
func (in instrumentView) HasDetails() bool {
	return in.Place != nil || len(in.Parties) > 0 || in.Framework.S != "" || in.Binding != "" || len(in.Documents) > 0
}

type placeView struct {
	Name     txt
	Country  txt // the country's CLDR name when it is not the place's own; empty otherwise
	Inferred bool
}

type partyView struct {
	Side        string
	Institution txt
	Signatory   *signatoryView
	Inferred    bool
}

type signatoryView struct {
	Name       string
	Role       txt
	Inferred   bool
	OnBehalfOf string // the whole localized phrase ("on behalf of C. Person"), or ""
}

type documentView struct {
	Title     txt
	Languages []txt
	URL       string
}

type activityView struct {
	Date      string
	Kind      string
	Title     txt
	With      []txt // the other partners an activity shared by several concerns
	Places    []placeView
	Framework string
}

// pairingView is a pairing as "EU side ↔ partner side", with when it began, its level and
// the programme that formed it.
type pairingView struct {
	Date      string
	Level     string
	EU        []placeView
	Partner   []placeView
	Framework string
}

type noteView struct {
	Kind string
	Text txt
}

type sourceView struct {
	URL       string
	Title     txt // tagged with the source's language when it is not the page's
	Publisher string
	Kind      string // the kind of publisher, localized; "" when the data does not say
}

// builder localizes agreements for one Locale and notes whether it showed a translation.
type builder struct {
	ds           *regiodialogue.Dataset
	loc          locale.Locale
	translations *bool
}

func (b builder) msg(key string) string { return b.loc.Message(key) }

// text returns t's best entry for the reader, tagged and marked as it needs.
func (b builder) text(t regiodialogue.Text) txt { return b.value(b.loc.Text(t)) }

// value tags v with its language when that is not the page's, and marks a translation.
func (b builder) value(v locale.Value) txt {
	out := txt{S: v.S}
	if b.loc.Foreign(v) {
		out.Lang = v.Tag.String()
	}
	if v.S != "" && v.IsTranslation() {
		out.Mark = b.loc.TranslationTitle(v)
		*b.translations = true
	}
	return out
}

func newView(ds *regiodialogue.Dataset, agreements []regiodialogue.Agreement, loc locale.Locale, version string) *view {
	v := &view{
		Lang:    loc.UI().String(),
		Title:   loc.Message("report.title"),
		Intro:   loc.Message("report.intro", loc.Count(len(agreements), locale.Agreements)),
		Credit:  loc.Message("report.credit"),
		Version: version,
		msg:     func(key string) string { return loc.Message(key) },
		loc:     loc,
	}
	b := builder{ds: ds, loc: loc, translations: &v.Translations}
	for _, a := range agreements {
		v.Agreements = append(v.Agreements, b.agreement(a))
	}
	if v.Translations {
		v.Legend = loc.TranslationLegend()
	}
	return v
}

func (b builder) agreement(a regiodialogue.Agreement) agreementView {
	av := agreementView{
		ID:       a.ID,
		Partner:  b.value(b.loc.PartnerName(a.Partner)),
		Group:    b.loc.Label(a.Group),
		Region:   b.loc.Label(a.Partner.Region),
		Dialogue: b.text(a.Dialogue),
		Signed:   b.loc.Date(a.Signed()),
		Summary:  b.text(a.Summary),
		data:     a,
	}
	for _, in := range a.Instruments {
		av.Kinds = append(av.Kinds, b.loc.Label(in.Kind))
		av.Instruments = append(av.Instruments, b.instrument(in))
	}
	for _, code := range documentLanguages(a) {
		av.DocLanguages = append(av.DocLanguages, b.value(b.loc.LanguageName(code)))
	}
	for _, th := range a.Themes {
		av.Themes = append(av.Themes, b.loc.Label(th))
	}
	for _, act := range sortedActivities(a.Activities) {
		av.Activities = append(av.Activities, b.activity(a.ID, act))
		if act.Pair != nil {
			pv := pairingView{Date: b.loc.DateRange(act.Start, act.End), Level: b.loc.Label(act.Pair.Level), Framework: b.loc.Label(act.Framework)}
			for _, p := range act.Pair.EU {
				pv.EU = append(pv.EU, b.place(p))
			}
			for _, p := range act.Pair.Partner {
				pv.Partner = append(pv.Partner, b.place(p))
			}
			av.Pairings = append(av.Pairings, pv)
		}
	}
	for _, n := range a.Notes {
		av.Notes = append(av.Notes, noteView{Kind: b.loc.Label(n.Kind), Text: b.text(n.Text)})
	}
	for _, s := range agreementSources(a) {
		av.Sources = append(av.Sources, b.source(s))
	}
	return av
}

func (b builder) instrument(in regiodialogue.Instrument) instrumentView {
	iv := instrumentView{
		Kind:      b.loc.Label(in.Kind),
		Title:     b.text(in.Title),
		Signed:    b.loc.Date(in.Signed),
		Framework: b.text(in.Framework),
	}
	if in.Place != nil {
		p := b.place(*in.Place)
		iv.Place = &p
	}
	if in.Binding != nil {
		iv.Binding = b.msg(map[bool]string{true: "word.yes", false: "word.no"}[*in.Binding])
	}
	for _, p := range in.Parties {
		iv.Parties = append(iv.Parties, b.party(p))
	}
	for _, d := range in.Documents {
		dv := documentView{Title: b.text(d.Title), URL: d.URL}
		for _, code := range d.Languages {
			dv.Languages = append(dv.Languages, b.value(b.loc.LanguageName(code)))
		}
		iv.Documents = append(iv.Documents, dv)
	}
	return iv
}

// place localizes a place: its name, its country's name when that is not the name itself,
// and whether it was inferred.
func (b builder) place(p regiodialogue.Place) placeView {
	pv := placeView{Name: b.text(p.Name), Inferred: p.Uncertain}
	if c := b.loc.CountryName(p.Country); c.S != "" && c.S != pv.Name.S {
		pv.Country = b.value(c)
	}
	return pv
}

func (b builder) party(p regiodialogue.Party) partyView {
	pv := partyView{Side: b.loc.Label(p.Side), Institution: b.text(p.Institution), Inferred: p.Uncertain}
	if sig := p.Signatory; sig != nil {
		sv := &signatoryView{Name: sig.Name, Role: b.text(sig.Role), Inferred: sig.Uncertain}
		if sig.OnBehalfOf != "" {
			sv.OnBehalfOf = b.loc.Message("word.onbehalfof", sig.OnBehalfOf)
		}
		pv.Signatory = sv
	}
	return pv
}

// activity localizes an activity of the agreement id; an activity shared with other
// partners names them.
func (b builder) activity(id string, act regiodialogue.Activity) activityView {
	av := activityView{
		Date:      b.loc.DateRange(act.Start, act.End),
		Kind:      b.loc.Label(act.Kind),
		Title:     b.text(act.Title),
		Framework: b.loc.Label(act.Framework),
	}
	for _, other := range act.Partners {
		if strings.EqualFold(other, id) {
			continue
		}
		if p, ok := b.ds.Partner(other); ok {
			av.With = append(av.With, b.value(b.loc.PartnerName(p)))
		}
	}
	for _, p := range act.Places {
		av.Places = append(av.Places, b.place(p))
	}
	return av
}

// source localizes a source: its title keeps its own language, which the data gives.
func (b builder) source(s regiodialogue.Source) sourceView {
	sv := sourceView{URL: s.URL, Title: txt{S: s.Title}, Publisher: s.Publisher}
	if s.Kind != "" {
		sv.Kind = b.loc.Label(s.Kind)
	}
	if tag, err := language.Parse(s.Language); err == nil && s.Title != "" {
		sv.Title = b.value(locale.Value{S: s.Title, Tag: tag})
	}
	return sv
}

// sortedActivities returns the activities by start date, then end date, then id, as
// Dataset.Activities orders them.
func sortedActivities(acts []regiodialogue.Activity) []regiodialogue.Activity {
	out := slices.Clone(acts)
	slices.SortStableFunc(out, func(x, y regiodialogue.Activity) int {
		if c := x.Start.Compare(y.Start); c != 0 {
			return c
		}
		if c := x.End.Compare(y.End); c != 0 {
			return c
		}
		return strings.Compare(x.ID, y.ID)
	})
	return out
}

// documentLanguages returns the language tags of the agreement's instruments' documents,
// each once, in order of appearance.
func documentLanguages(a regiodialogue.Agreement) []string {
	var out []string
	for _, in := range a.Instruments {
		for _, d := range in.Documents {
			for _, l := range d.Languages {
				if !slices.Contains(out, l) {
					out = append(out, l)
				}
			}
		}
	}
	return out
}

// agreementSources returns every source the agreement's record cites (the agreement's,
// its instruments', its activities' and its notes'), each URL once, in order of appearance;
// the first title given for a URL is kept.
func agreementSources(a regiodialogue.Agreement) []regiodialogue.Source {
	lists := [][]regiodialogue.Source{a.Sources}
	for _, in := range a.Instruments {
		lists = append(lists, in.Sources)
	}
	for _, act := range a.Activities {
		lists = append(lists, act.Sources)
	}
	for _, n := range a.Notes {
		lists = append(lists, n.Sources)
	}
	var out []regiodialogue.Source
	seen := make(map[string]int)
	for _, list := range lists {
		for _, s := range list {
			if i, ok := seen[s.URL]; ok {
				if out[i].Title == "" {
					out[i].Title, out[i].Language = s.Title, s.Language
				}
				continue
			}
			seen[s.URL] = len(out)
			out = append(out, s)
		}
	}
	return out
}
