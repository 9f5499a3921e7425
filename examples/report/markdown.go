package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/regiodialogue/regiodialogue/locale"
)

// writeMarkdown writes the report as CommonMark with GitHub tables. A compilers'
// translation is followed by the translation mark, which a legend under the introduction
// explains.
func writeMarkdown(w io.Writer, v *view) error {
	bw := bufio.NewWriter(w)
	m := mdWriter{w: bw, msg: v.msg, loc: v.loc}
	m.header(v)
	m.overview(v)
	for i := range v.Agreements {
		m.agreement(&v.Agreements[i])
	}
	m.footer(v)
	return bw.Flush()
}

type mdWriter struct {
	w   *bufio.Writer
	msg func(string) string
	loc locale.Locale
}

func (m mdWriter) printf(format string, args ...any) { fmt.Fprintf(m.w, format, args...) }

func (m mdWriter) header(v *view) {
	m.printf("# %s\n\n%s\n\n", md(v.Title), md(v.Intro))
	if v.Legend != "" {
		m.printf("%s\n\n", md(v.Legend))
	}
}

func (m mdWriter) overview(v *view) {
	m.printf("## %s\n\n", md(m.msg("report.overview")))
	m.row(m.loc.Field("partner"), m.loc.Field("group"), m.loc.Field("instruments"), m.loc.Field("signed"),
		m.loc.Field("doclangs"), m.loc.Field("activities"))
	m.printf("|---|---|---|---|---|---:|\n")
	for _, a := range v.Agreements {
		m.printf("| %s | %s | %s | %s | %s | %d |\n", mdText(a.Partner), md(a.Group), md(m.loc.List(a.Kinds)),
			md(a.Signed), orDash(m.texts(a.DocLanguages)), len(a.Activities))
	}
	m.printf("\n")
}

// row writes one table row, escaping each cell (md escapes '|').
func (m mdWriter) row(cells ...string) {
	for _, c := range cells {
		m.printf("| %s ", md(c))
	}
	m.printf("|\n")
}

// texts writes a list of texts, escaped and marked.
func (m mdWriter) texts(ts []txt) string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = mdText(t)
	}
	return m.loc.List(out)
}

func (m mdWriter) agreement(a *agreementView) {
	m.printf("## %s\n\n", mdText(a.Partner))
	m.field("dialogue", mdText(a.Dialogue))
	m.field("group", md(a.Group))
	m.field("region", md(a.Region))
	m.field("themes", md(m.loc.List(a.Themes)))
	m.field("doclangs", m.texts(a.DocLanguages))
	m.printf("\n")
	if a.Summary.S != "" {
		m.printf("%s\n\n", mdText(a.Summary))
	}
	m.printf("### %s\n\n", md(m.loc.Field("instruments")))
	for i := range a.Instruments {
		m.instrument(&a.Instruments[i])
	}
	m.activities(a.Activities)
	m.pairings(a.Pairings)
	m.notes(a.Notes)
	m.sources(a.Sources)
}

// label writes a field name and the colon that ends it, in bold.
func (m mdWriter) label(field string) string {
	return "**" + md(m.loc.Field(field)) + m.loc.Colon() + "**"
}

// field writes "- **Label:** value" when value (already escaped) is not empty.
func (m mdWriter) field(name, value string) {
	if value != "" {
		m.printf("- %s %s\n", m.label(name), value)
	}
}

func (m mdWriter) instrument(in *instrumentView) {
	m.printf("#### %s, %s\n\n", md(in.Kind), md(in.Signed))
	if in.Title.S != "" {
		m.printf("*%s*\n\n", mdText(in.Title))
	}
	var lines []string
	item := func(name, value string) {
		if value != "" {
			lines = append(lines, fmt.Sprintf("- %s %s", m.label(name), value))
		}
	}
	if in.Place != nil {
		item("place", m.place(*in.Place))
	}
	if len(in.Parties) > 0 {
		lines = append(lines, "- "+m.label("parties"))
		for _, p := range in.Parties {
			lines = append(lines, "  - "+m.party(p))
		}
	}
	item("framework", mdText(in.Framework))
	item("binding", md(in.Binding))
	if len(in.Documents) > 0 {
		lines = append(lines, "- "+m.label("documents"))
		for _, d := range in.Documents {
			lines = append(lines, "  - "+m.document(d))
		}
	}
	if len(lines) > 0 {
		m.printf("%s\n\n", strings.Join(lines, "\n"))
	}
}

// inferred writes " (inferred)" in the page's language.
func (m mdWriter) inferred() string { return " (" + md(m.msg("word.inferred")) + ")" }

// place writes "Name, Country (inferred)", escaped.
func (m mdWriter) place(p placeView) string {
	s := mdText(p.Name)
	if p.Country.S != "" {
		s += ", " + mdText(p.Country)
	}
	if p.Inferred {
		s += m.inferred()
	}
	return s
}

// document writes "Title (languages): <url>", escaped.
func (m mdWriter) document(d documentView) string {
	s := fmt.Sprintf("%s (%s)", mdText(d.Title), m.texts(d.Languages))
	if d.URL != "" {
		s += ": <" + d.URL + ">"
	}
	return s
}

// party writes "Side: Institution (inferred) — Name, Role (inferred), on behalf of
// Someone", escaped.
func (m mdWriter) party(p partyView) string {
	s := md(p.Side) + m.loc.ColonSpace() + mdText(p.Institution)
	if p.Inferred {
		s += m.inferred()
	}
	if sig := p.Signatory; sig != nil {
		s += " — " + md(sig.Name)
		if sig.Role.S != "" {
			s += ", " + mdText(sig.Role)
		}
		if sig.Inferred {
			s += m.inferred()
		}
		if sig.OnBehalfOf != "" {
			s += ", " + md(sig.OnBehalfOf)
		}
	}
	return s
}

func (m mdWriter) activities(acts []activityView) {
	if len(acts) == 0 {
		return
	}
	m.printf("### %s\n\n", md(m.loc.Field("activities")))
	m.row(m.loc.Field("date"), m.loc.Field("kind"), m.loc.Field("title"), m.loc.Field("places"), m.loc.Field("framework"))
	m.printf("|---|---|---|---|---|\n")
	for _, act := range acts {
		places := make([]string, len(act.Places))
		for i, p := range act.Places {
			places[i] = m.place(p)
		}
		title := mdText(act.Title)
		if len(act.With) > 0 {
			before, after := around(m.loc, "word.alsowith")
			title += " (" + md(before) + m.texts(act.With) + md(after) + ")"
		}
		m.printf("| %s | %s | %s | %s | %s |\n", md(act.Date), md(act.Kind), title,
			strings.Join(places, "; "), md(act.Framework))
	}
	m.printf("\n")
}

// pairings writes each pairing as "date · level · framework: EU side ↔ partner side", the
// places of a side (a cluster) separated by semicolons.
func (m mdWriter) pairings(pairs []pairingView) {
	if len(pairs) == 0 {
		return
	}
	m.printf("### %s\n\n", md(m.loc.Field("pairings")))
	side := func(places []placeView) string {
		out := make([]string, len(places))
		for i, p := range places {
			out[i] = m.place(p)
		}
		return strings.Join(out, "; ")
	}
	for _, p := range pairs {
		m.printf("- %s · %s · %s%s %s ↔ %s\n", md(p.Date), md(p.Level), md(p.Framework), m.loc.Colon(), side(p.EU), side(p.Partner))
	}
	m.printf("\n")
}

func (m mdWriter) notes(notes []noteView) {
	if len(notes) == 0 {
		return
	}
	m.printf("### %s\n\n", md(m.loc.Field("notes")))
	for _, n := range notes {
		m.printf("- **%s%s** %s\n", md(n.Kind), m.loc.Colon(), mdText(n.Text))
	}
	m.printf("\n")
}

func (m mdWriter) sources(sources []sourceView) {
	if len(sources) == 0 {
		return
	}
	m.printf("### %s\n\n", md(m.loc.Field("sources")))
	for _, s := range sources {
		m.printf("- <%s>", s.URL)
		if s.Title.S != "" {
			m.printf(" — %s", mdText(s.Title))
		}
		if about := m.loc.List(nonEmpty(s.Publisher, s.Kind)); about != "" {
			m.printf(" (%s)", md(about))
		}
		m.printf("\n")
	}
	m.printf("\n")
}

func (m mdWriter) footer(v *view) {
	m.printf("---\n\n%s", md(v.Credit))
	if v.Version != "" {
		m.printf(" %s%s %s.", md(m.msg("report.version")), m.loc.Colon(), md(v.Version))
	}
	m.printf("\n")
}

// mdText escapes a text and follows a compilers' translation with the translation mark.
func mdText(t txt) string {
	if t.Mark != "" {
		return md(t.S) + " " + locale.TranslationMark
	}
	return md(t.S)
}

// around returns the text of the message key, which has one %s, before and after it.
func around(loc locale.Locale, key string) (before, after string) {
	before, after, _ = strings.Cut(loc.Message(key, "\x00"), "\x00")
	return before, after
}

// nonEmpty returns the strings given that are not empty.
func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// orDash returns s, or "—" when s is empty, for table cells.
func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// mdEscaper backslash-escapes the characters that would start Markdown or HTML markup in
// running text, and turns line breaks into spaces.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`,
	`<`, `\<`, `>`, `\>`, `#`, `\#`, `|`, `\|`, "\r\n", " ", "\n", " ", "\r", " ",
)

// md escapes s for Markdown running text.
func md(s string) string { return mdEscaper.Replace(s) }
