package main

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// writeMarkdown writes the report as CommonMark with GitHub tables.
func writeMarkdown(w io.Writer, v *view) error {
	bw := bufio.NewWriter(w)
	m := mdWriter{w: bw, msg: v.msg}
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
}

func (m mdWriter) printf(format string, args ...any) { fmt.Fprintf(m.w, format, args...) }

func (m mdWriter) header(v *view) {
	m.printf("# %s\n\n%s\n\n", md(v.Title), md(v.Intro))
}

func (m mdWriter) overview(v *view) {
	m.printf("## %s\n\n", md(m.msg("overview")))
	m.row(m.msg("partner"), m.msg("group"), m.msg("instruments"), m.msg("signed"), m.msg("doclangs"), m.msg("activities"))
	m.printf("|---|---|---|---|---|---:|\n")
	for _, a := range v.Agreements {
		m.row(a.Partner.S, a.Group, strings.Join(a.Kinds, ", "), a.Signed,
			orDash(strings.Join(a.DocLanguages, ", ")), strconv.Itoa(len(a.Activities)))
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

func (m mdWriter) agreement(a *agreementView) {
	m.printf("## %s\n\n", md(a.Partner.S))
	m.field("dialogue", a.Dialogue.S)
	m.field("group", a.Group)
	m.field("themes", strings.Join(a.Themes, ", "))
	m.field("doclangs", strings.Join(a.DocLanguages, ", "))
	m.printf("\n")
	if a.Summary.S != "" {
		m.printf("%s\n\n", md(a.Summary.S))
	}
	m.printf("### %s\n\n", md(m.msg("instruments")))
	for i := range a.Instruments {
		m.instrument(&a.Instruments[i])
	}
	m.activities(a.Activities)
	m.notes(a.Notes)
	m.sources(a.Sources)
}

// field writes "- **Label:** value" when value is not empty.
func (m mdWriter) field(key, value string) {
	if value != "" {
		m.printf("- **%s%s** %s\n", md(m.msg(key)), m.msg("colon"), md(value))
	}
}

func (m mdWriter) instrument(in *instrumentView) {
	m.printf("#### %s, %s\n\n", md(in.Kind), md(in.Signed))
	if in.Title.S != "" {
		m.printf("*%s*\n\n", md(in.Title.S))
	}
	var lines []string
	item := func(key, value string) {
		if value != "" {
			lines = append(lines, fmt.Sprintf("- **%s%s** %s", md(m.msg(key)), m.msg("colon"), md(value)))
		}
	}
	item("place", in.Place)
	if len(in.Parties) > 0 {
		lines = append(lines, fmt.Sprintf("- **%s%s**", md(m.msg("parties")), m.msg("colon")))
		for _, p := range in.Parties {
			lines = append(lines, "  - "+md(partyLine(p, m.msg)))
		}
	}
	item("framework", in.Framework.S)
	item("binding", in.Binding)
	if len(in.Documents) > 0 {
		lines = append(lines, fmt.Sprintf("- **%s%s**", md(m.msg("documents")), m.msg("colon")))
		for _, d := range in.Documents {
			lines = append(lines, "  - "+documentLine(d))
		}
	}
	if len(lines) > 0 {
		m.printf("%s\n\n", strings.Join(lines, "\n"))
	}
}

// documentLine writes "Title (languages): <url>", escaped for Markdown.
func documentLine(d documentView) string {
	s := fmt.Sprintf("%s (%s)", md(d.Title.S), md(strings.Join(d.Languages, ", ")))
	if d.URL != "" {
		s += ": <" + d.URL + ">"
	}
	return s
}

// partyLine writes "Side: Institution (inferred) — Name, Role, on behalf of Someone".
func partyLine(p partyView, msg func(string) string) string {
	s := p.Side + msg("colon") + " " + p.Institution.S
	if p.Inferred {
		s += " (" + msg("inferred") + ")"
	}
	if p.Signatory != "" {
		s += " — " + p.Signatory
	}
	return s
}

func (m mdWriter) activities(acts []activityView) {
	if len(acts) == 0 {
		return
	}
	m.printf("### %s\n\n", md(m.msg("activities")))
	m.row(m.msg("date"), m.msg("kind"), m.msg("titlecol"), m.msg("places"), m.msg("framework"))
	m.printf("|---|---|---|---|---|\n")
	for _, act := range acts {
		m.row(act.Date, act.Kind, act.Title.S, strings.Join(act.Places, "; "), act.Framework)
	}
	m.printf("\n")
}

func (m mdWriter) notes(notes []noteView) {
	if len(notes) == 0 {
		return
	}
	m.printf("### %s\n\n", md(m.msg("notes")))
	for _, n := range notes {
		m.printf("- **%s%s** %s\n", md(n.Kind), m.msg("colon"), md(n.Text.S))
	}
	m.printf("\n")
}

func (m mdWriter) sources(sources []sourceView) {
	if len(sources) == 0 {
		return
	}
	m.printf("### %s\n\n", md(m.msg("sources")))
	for _, s := range sources {
		m.printf("- <%s>", s.URL)
		if s.Title != "" {
			m.printf(" — %s", md(s.Title))
		}
		m.printf("\n")
	}
	m.printf("\n")
}

func (m mdWriter) footer(v *view) {
	m.printf("---\n\n%s", md(v.Credit))
	if v.Version != "" {
		m.printf(" %s%s %s.", md(m.msg("version")), m.msg("colon"), md(v.Version))
	}
	m.printf("\n")
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
