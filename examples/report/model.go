package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/regiodialogue/regiodialogue"
	"github.com/regiodialogue/regiodialogue/internal/render"
	"golang.org/x/text/language"
)

// The report is built once as a view: every value localized and formatted, ready for the
// Markdown, HTML and CSV writers, which only lay it out.

// txt is a localized text and, when it differs from the page's language, the BCP 47 tag of
// the language it is in (for HTML lang attributes).
type txt struct {
	S    string
	Lang string
}

type view struct {
	Lang       string // the page's language (the UI language)
	Title      string
	Intro      string
	Credit     string
	Version    string // the embedded data's version; "" for a dataset read with -data
	Agreements []agreementView
	msg        func(key string) string
	loc        render.Locale
}

type agreementView struct {
	ID           string
	Partner      txt
	Group        string
	Dialogue     txt
	Kinds        []string // instrument kind labels
	Signed       string   // the first instrument's date, with precision and uncertainty words
	Instruments  []instrumentView
	DocLanguages []string
	Themes       []string
	Summary      txt
	Activities   []activityView
	Notes        []noteView
	Sources      []sourceView
	data         regiodialogue.Agreement
}

type instrumentView struct {
	Kind      string
	Title     txt
	Signed    string
	Place     string // with country and "inferred" words; "" when unknown
	Parties   []partyView
	Framework txt
	Binding   string // "yes", "no" (localized) or "" when no source says
	Documents []documentView
}

// HasDetails reports whether the instrument has more to show than its kind, date and title.
func (in instrumentView) HasDetails() bool {
	return in.Place != "" || len(in.Parties) > 0 || in.Framework.S != "" || in.Binding != "" || len(in.Documents) > 0
}

type partyView struct {
	Side        string
	Institution txt
	Signatory   string // name, role, "inferred" and on behalf of whom; "" when unknown
	Inferred    bool
}

type documentView struct {
	Title     txt
	Languages []string
	URL       string
}

type activityView struct {
	Date      string
	Kind      string
	Title     txt
	Places    []string
	Framework string
}

type noteView struct {
	Kind string
	Text txt
}

type sourceView struct {
	URL, Title string
}

// builder localizes agreements for one Locale.
type builder struct {
	loc render.Locale
}

func (b builder) msg(key string) string { return b.loc.Msg(messages, key) }

// text returns t's best entry for the user, tagged when its language is not the page's.
func (b builder) text(t regiodialogue.Text) txt {
	s, tag := b.loc.Text(t)
	return b.tagged(s, tag)
}

func (b builder) tagged(s string, tag language.Tag) txt {
	if s == "" || render.SameLanguage(tag, b.loc.UI) {
		return txt{S: s}
	}
	return txt{S: s, Lang: tag.String()}
}

func newView(agreements []regiodialogue.Agreement, loc render.Locale, version string) *view {
	b := builder{loc}
	v := &view{
		Lang:    loc.UI.String(),
		Title:   b.msg("title"),
		Credit:  b.msg("credit"),
		Version: version,
		msg:     b.msg,
		loc:     loc,
	}
	if len(agreements) == 1 {
		v.Intro = b.msg("intro.one")
	} else {
		v.Intro = fmt.Sprintf(b.msg("intro.other"), len(agreements))
	}
	for _, a := range agreements {
		v.Agreements = append(v.Agreements, b.agreement(a))
	}
	return v
}

func (b builder) agreement(a regiodialogue.Agreement) agreementView {
	name, tag := b.loc.PartnerName(a.Partner)
	av := agreementView{
		ID:       a.ID,
		Partner:  b.tagged(name, tag),
		Group:    a.Group.Label(b.loc.Want),
		Dialogue: b.text(a.Dialogue),
		Signed:   b.loc.Date(a.Signed(), true),
		Summary:  b.text(a.Summary),
		data:     a,
	}
	for _, in := range a.Instruments {
		av.Kinds = append(av.Kinds, in.Kind.Label(b.loc.Want))
		av.Instruments = append(av.Instruments, b.instrument(in))
	}
	for _, code := range documentLanguages(a) {
		av.DocLanguages = append(av.DocLanguages, b.loc.LanguageName(code))
	}
	for _, th := range a.Themes {
		av.Themes = append(av.Themes, th.Label(b.loc.Want))
	}
	for _, act := range sortedActivities(a.Activities) {
		av.Activities = append(av.Activities, b.activity(act))
	}
	for _, n := range a.Notes {
		av.Notes = append(av.Notes, noteView{Kind: n.Kind.Label(b.loc.Want), Text: b.text(n.Text)})
	}
	for _, s := range agreementSources(a) {
		av.Sources = append(av.Sources, sourceView{URL: s.URL, Title: s.Title})
	}
	return av
}

func (b builder) instrument(in regiodialogue.Instrument) instrumentView {
	iv := instrumentView{
		Kind:      in.Kind.Label(b.loc.Want),
		Title:     b.text(in.Title),
		Signed:    b.loc.Date(in.Signed, true),
		Place:     b.place(in.Place),
		Framework: b.text(in.Framework),
	}
	if in.Binding != nil {
		iv.Binding = b.msg(map[bool]string{true: "yes", false: "no"}[*in.Binding])
	}
	for _, p := range in.Parties {
		iv.Parties = append(iv.Parties, b.party(p))
	}
	for _, d := range in.Documents {
		dv := documentView{Title: b.text(d.Title), URL: d.URL}
		for _, code := range d.Languages {
			dv.Languages = append(dv.Languages, b.loc.LanguageName(code))
		}
		iv.Documents = append(iv.Documents, dv)
	}
	return iv
}

// place writes a place's name, its country's name when that is not the name itself, and
// "(inferred)" when it is uncertain.
func (b builder) place(p *regiodialogue.Place) string {
	if p == nil {
		return ""
	}
	s, _ := b.loc.Text(p.Name)
	if c := b.loc.CountryName(p.Country); c != "" && c != s {
		s += ", " + c
	}
	if p.Uncertain {
		s += " (" + b.msg("inferred") + ")"
	}
	return s
}

func (b builder) party(p regiodialogue.Party) partyView {
	pv := partyView{Side: p.Side.Label(b.loc.Want), Institution: b.text(p.Institution), Inferred: p.Uncertain}
	if sig := p.Signatory; sig != nil {
		parts := []string{sig.Name}
		if role, _ := b.loc.Text(sig.Role); role != "" {
			parts = append(parts, role)
		}
		s := strings.Join(parts, ", ")
		if sig.Uncertain {
			s += " (" + b.msg("inferred") + ")"
		}
		if sig.OnBehalfOf != "" {
			s += ", " + b.msg("onbehalfof") + " " + sig.OnBehalfOf
		}
		pv.Signatory = s
	}
	return pv
}

func (b builder) activity(act regiodialogue.Activity) activityView {
	av := activityView{
		Date:      b.loc.Range(act.Start, act.End),
		Kind:      act.Kind.Label(b.loc.Want),
		Title:     b.text(act.Title),
		Framework: act.Framework.Label(b.loc.Want),
	}
	for i := range act.Places {
		av.Places = append(av.Places, b.place(&act.Places[i]))
	}
	return av
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
					out[i].Title = s.Title
				}
				continue
			}
			seen[s.URL] = len(out)
			out = append(out, s)
		}
	}
	return out
}
