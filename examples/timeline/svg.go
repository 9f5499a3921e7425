package main

import (
	"bufio"
	"cmp"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/regiodialogue/regiodialogue"
	"github.com/regiodialogue/regiodialogue/locale"
)

// Geometry, in SVG user units (pixels at 1:1).
const (
	width      = 1400.0
	labelX     = 16.0  // left edge of the lane labels
	plotX0     = 290.0 // left edge of the year axis
	plotX1     = width - 24
	laneTop    = 112.0 // top of the first lane
	laneH      = 38.0
	bottomPad  = 44.0
	fontSize   = 13.0
	charW      = 7.0 // estimated average glyph width at fontSize, for layout
	radius     = 5.0
	diamondR   = 7.0
	rowStep    = 11.0 // vertical offset between the rows of crowded activity markers
	firstYear  = 2006
	legendY    = 62.0
	legendRow  = 21.0 // the legend's second row, if its labels need one, is this much lower
	titleY     = 30.0
	labelWidth = plotX0 - labelX - 14
)

// Colours (Okabe–Ito, distinguishable with common colour-vision deficiencies).
const (
	colSigning   = "#1a1a1a"
	colDialogue  = "#0072b2"
	colProgramme = "#e69f00"
)

// markerKind is what a marker stands for.
type markerKind int

const (
	signing markerKind = iota
	dialogueActivity
	programmeActivity
)

// marker is one thing drawn in a lane.
type marker struct {
	kind      markerKind
	x, y      float64 // centre; y is relative to the lane's centre line
	endX      float64 // end of the duration line; 0 when none
	endDashed bool    // the end date is inferred
	span      [2]float64
	uncertain bool
	title     string
}

// lane is one agreement's row.
type lane struct {
	label   string
	lang    string // the label's language when it differs from the page's
	markers []marker
}

// axis maps time to x.
type axis struct {
	from, to         time.Time
	startYear, years int
}

func newAxis(agreements []regiodialogue.Agreement) axis {
	lo, hi := firstYear, firstYear
	for _, a := range agreements {
		for _, d := range dates(a) {
			lo, hi = min(lo, d.Year()), max(hi, d.Year())
		}
	}
	return axis{
		from:      time.Date(lo, 1, 1, 0, 0, 0, 0, time.UTC),
		to:        time.Date(hi+1, 1, 1, 0, 0, 0, 0, time.UTC),
		startYear: lo,
		years:     hi - lo + 1,
	}
}

// dates returns every known date of the agreement.
func dates(a regiodialogue.Agreement) []regiodialogue.Date {
	var ds []regiodialogue.Date
	for _, in := range a.Instruments {
		ds = append(ds, in.Signed)
	}
	for _, act := range a.Activities {
		ds = append(ds, act.Start, act.End)
	}
	return slices.DeleteFunc(ds, regiodialogue.Date.IsZero)
}

func (ax axis) x(t time.Time) float64 {
	f := float64(t.Sub(ax.from)) / float64(ax.to.Sub(ax.from))
	return plotX0 + f*(plotX1-plotX0)
}

// period returns the first day d can denote and the day after the last.
func period(d regiodialogue.Date) (from, to time.Time) {
	return d.First(), d.Last().AddDate(0, 0, 1)
}

// mid returns the x of the middle of the period d denotes.
func (ax axis) mid(d regiodialogue.Date) float64 {
	from, to := period(d)
	return (ax.x(from) + ax.x(to)) / 2
}

// yearSpan returns the x extent of a year-only date, or zeros for a more precise one.
func (ax axis) yearSpan(d regiodialogue.Date) [2]float64 {
	if d.Precision() != regiodialogue.Year {
		return [2]float64{}
	}
	from, to := period(d)
	return [2]float64{ax.x(from), ax.x(to)}
}

// lanes builds one lane per agreement, in the order given.
func lanes(agreements []regiodialogue.Agreement, ax axis, loc locale.Locale) []lane {
	out := make([]lane, 0, len(agreements))
	for _, a := range agreements {
		v := loc.PartnerName(a.Partner)
		name := v.S
		l := lane{label: name}
		if loc.Foreign(v) {
			l.lang = v.Tag.String()
		}
		if v.IsTranslation() {
			l.label += " " + locale.TranslationMark
		}
		var acts, signings []marker
		for _, act := range a.Activities {
			acts = append(acts, activityMarker(name, act, ax, loc))
		}
		for _, in := range a.Instruments {
			signings = append(signings, instrumentMarker(name, in, ax, loc))
		}
		placeRows(acts, signings)
		l.markers = append(acts, signings...)
		out = append(out, l)
	}
	return out
}

func instrumentMarker(partner string, in regiodialogue.Instrument, ax axis, loc locale.Locale) marker {
	parts := []string{partner, loc.Date(in.Signed), loc.Label(in.Kind)}
	if t := loc.Text(in.Title); t.S != "" {
		parts = append(parts, t.S)
	}
	return marker{
		kind:      signing,
		x:         ax.mid(in.Signed),
		span:      ax.yearSpan(in.Signed),
		uncertain: in.Signed.Uncertain(),
		title:     strings.Join(parts, " — "),
	}
}

func activityMarker(partner string, act regiodialogue.Activity, ax axis, loc locale.Locale) marker {
	title := loc.Text(act.Title).S
	m := marker{
		kind:      dialogueActivity,
		x:         ax.mid(act.Start),
		span:      ax.yearSpan(act.Start),
		uncertain: act.Start.Uncertain(),
		title: strings.Join([]string{partner, loc.DateRange(act.Start, act.End), loc.Label(act.Kind),
			title, loc.Label(act.Framework)}, " — "),
	}
	if act.Framework != regiodialogue.UnderDialogue {
		m.kind = programmeActivity
	}
	if !act.End.IsZero() {
		_, to := period(act.End)
		m.endX = ax.x(to)
		m.endDashed = act.End.Uncertain()
	}
	return m
}

// placeRows spreads the activity markers over three rows of the lane (centre, above,
// below) so that they overlap neither each other nor the signing diamonds on the centre
// row: in order of x, each goes to the first row where it clears every marker placed so
// far, or to the centre when no row is clear.
func placeRows(acts, signings []marker) {
	order := make([]int, len(acts))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int { return cmp.Compare(acts[i].x, acts[j].x) })
	rows := []float64{0, -rowStep, rowStep}
	placed := make([][]float64, len(rows)) // x of the markers on each row
	for _, m := range signings {
		placed[0] = append(placed[0], m.x)
	}
	for _, i := range order {
		r := 0
		for k := range rows {
			if clears(placed[k], acts[i].x, k == 0 && len(signings) > 0) {
				r = k
				break
			}
		}
		acts[i].y = rows[r]
		placed[r] = append(placed[r], acts[i].x)
	}
}

// clears reports whether a circle at x overlaps none of the markers at xs; wide allows for
// diamonds among them.
func clears(xs []float64, x float64, wide bool) bool {
	gap := 2*radius + 1
	if wide {
		gap = radius + diamondR + 1
	}
	for _, o := range xs {
		if math.Abs(o-x) < gap {
			return false
		}
	}
	return true
}

// svgWriter writes SVG elements; printf's arguments must already be escaped.
type svgWriter struct{ w *bufio.Writer }

func (s svgWriter) printf(format string, args ...any) { fmt.Fprintf(s.w, format, args...) }

// esc escapes s for XML text and attribute values.
func esc(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s)) // writes to a strings.Builder never fail
	return b.String()
}

// writeSVG draws the timeline.
func writeSVG(w io.Writer, agreements []regiodialogue.Agreement, loc locale.Locale) error {
	bw := bufio.NewWriter(w)
	s := svgWriter{bw}
	ax := newAxis(agreements)
	ls := lanes(agreements, ax, loc)
	height := laneTop + float64(len(ls))*laneH + bottomPad
	msg := func(key string) string { return loc.Message(key) }
	first, last := strconv.Itoa(ax.startYear), strconv.Itoa(ax.startYear+ax.years-1)
	title := loc.Message("timeline.title", first, last)

	s.printf(`<svg xmlns="http://www.w3.org/2000/svg" width="%.0f" height="%.0f" viewBox="0 0 %.0f %.0f" role="img" aria-labelledby="tl-title tl-desc" xml:lang="%s" lang="%s">`+"\n",
		width, height, width, height, esc(loc.UI().String()), esc(loc.UI().String()))
	s.printf("<title id=\"tl-title\">%s</title>\n", esc(title))
	s.printf("<desc id=\"tl-desc\">%s</desc>\n", esc(loc.Message("timeline.desc", first, last, loc.Count(len(ls), locale.Agreements))))
	s.style()
	s.printf("<rect class=\"bg\" width=\"%.0f\" height=\"%.0f\"/>\n", width, height)
	s.printf("<text class=\"h\" x=\"%.0f\" y=\"%.0f\">%s</text>\n", labelX, titleY, esc(title))
	s.legend(msg)
	s.grid(ax, height)
	for i, l := range ls {
		s.lane(i, l)
	}
	s.printf("</svg>\n")
	return bw.Flush()
}

func (s svgWriter) style() {
	s.printf(`<style>
text{font-family:"DejaVu Sans",Verdana,system-ui,sans-serif;font-size:%.0[1]fpx;fill:#1a1a1a}
.h{font-size:19px;font-weight:bold}
.yr{font-size:11.5px;fill:#444;text-anchor:middle}
.bg{fill:#fff}
.stripe{fill:#f3f5f9}
.grid{stroke:#d5d9e0;stroke-width:1}
.axis{stroke:#8a8f98;stroke-width:1}
.span{stroke:#9aa0a8;stroke-width:1.2;fill:none}
.sig{fill:%[2]s;stroke:#fff;stroke-width:1}
.dia{fill:%[3]s;stroke:#fff;stroke-width:1}
.prog{fill:%[4]s;stroke:#fff;stroke-width:1}
.dur{stroke-width:2.5;stroke-linecap:round;opacity:.55}
.dur.dia{stroke:%[3]s}
.dur.prog{stroke:%[4]s}
.unc.sig{fill:#fff;stroke:%[2]s;stroke-width:1.6;stroke-dasharray:2.2 1.6}
.unc.dia{fill:#fff;stroke:%[3]s;stroke-width:1.6;stroke-dasharray:2.2 1.6}
.unc.prog{fill:#fff;stroke:%[4]s;stroke-width:1.6;stroke-dasharray:2.2 1.6}
.dashed{stroke-dasharray:4 3}
</style>
`, fontSize, colSigning, colDialogue, colProgramme)
}

// legend writes the key, left to right, one entry per marker style, on a second row when
// the labels are too long for one.
func (s svgWriter) legend(msg func(string) string) {
	x := labelX
	y := legendY
	entry := func(draw func(cx float64), key string) {
		label := msg(key)
		if x > labelX && x+22+textWidth(label, fontSize) > plotX1 {
			x, y = labelX, y+legendRow // a second row for long labels
		}
		draw(x + 8)
		s.printf("<text x=\"%.1f\" y=\"%.1f\">%s</text>\n", x+22, y+4.5, esc(label))
		x += 22 + textWidth(label, fontSize) + 26
	}
	entry(func(cx float64) { s.diamond(cx, y, "sig", "") }, "timeline.legend.signing")
	entry(func(cx float64) { s.circle(cx, y, "dia", "") }, "timeline.legend.dialogue")
	entry(func(cx float64) { s.circle(cx, y, "prog", "") }, "timeline.legend.programme")
	entry(func(cx float64) { s.circle(cx, y, "dia unc", "") }, "timeline.legend.inferred")
	entry(func(cx float64) {
		s.printf("<line class=\"dur dia\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n", cx-8, y, cx+8, y)
	}, "timeline.legend.duration")
	entry(func(cx float64) { s.span(cx-9, cx+9, y+4) }, "timeline.legend.year")
}

// grid writes the year bands' boundaries, the year labels above and below the lanes, and
// the axis lines.
func (s svgWriter) grid(ax axis, height float64) {
	bottom := height - bottomPad
	s.printf("<g aria-hidden=\"true\">\n")
	for i := 0; i <= ax.years; i++ {
		x := ax.x(time.Date(ax.startYear+i, 1, 1, 0, 0, 0, 0, time.UTC))
		s.printf("<line class=\"grid\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n", x, laneTop-6, x, bottom+6)
		if i == ax.years {
			break
		}
		next := ax.x(time.Date(ax.startYear+i+1, 1, 1, 0, 0, 0, 0, time.UTC))
		c := (x + next) / 2
		year := ax.startYear + i
		s.printf("<text class=\"yr\" x=\"%.1f\" y=\"%.1f\">%d</text>\n", c, laneTop-12, year)
		s.printf("<text class=\"yr\" x=\"%.1f\" y=\"%.1f\">%d</text>\n", c, bottom+22, year)
	}
	s.printf("<line class=\"axis\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n", plotX0, laneTop-6, plotX1, laneTop-6)
	s.printf("<line class=\"axis\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n", plotX0, bottom+6, plotX1, bottom+6)
	s.printf("</g>\n")
}

// lane writes lane i: a stripe on odd lanes, the label, then the markers, signings last so
// that they are drawn on top.
func (s svgWriter) lane(i int, l lane) {
	top := laneTop + float64(i)*laneH
	cy := top + laneH/2
	s.printf("<g>\n")
	if i%2 == 1 {
		s.printf("<rect class=\"stripe\" x=\"%.0f\" y=\"%.1f\" width=\"%.0f\" height=\"%.0f\"/>\n", labelX-8, top, plotX1-labelX+8, laneH)
	}
	s.label(l, cy)
	for _, m := range l.markers {
		if m.span != [2]float64{} {
			s.span(m.span[0], m.span[1], top+laneH-4)
		}
	}
	for _, m := range l.markers {
		if m.endX > 0 {
			dashed := ""
			if m.endDashed {
				dashed = " dashed"
			}
			s.printf("<line class=\"dur %s%s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n", class(m), dashed, m.x, cy+m.y, m.endX, cy+m.y)
		}
	}
	for _, k := range []markerKind{dialogueActivity, programmeActivity, signing} {
		for _, m := range l.markers {
			if m.kind == k {
				s.marker(m, cy)
			}
		}
	}
	s.printf("</g>\n")
}

// label writes the lane's label, on two lines when it is too wide for one.
func (s svgWriter) label(l lane, cy float64) {
	lang := ""
	if l.lang != "" {
		lang = fmt.Sprintf(" xml:lang=\"%s\" lang=\"%s\"", esc(l.lang), esc(l.lang))
	}
	lines := wrap(l.label, labelWidth, fontSize)
	y := cy + 4.5 - float64(len(lines)-1)*fontSize*0.55
	s.printf("<text x=\"%.0f\" y=\"%.1f\"%s>", labelX, y, lang)
	for i, line := range lines {
		if i == 0 {
			s.printf("%s", esc(line))
			continue
		}
		s.printf("<tspan x=\"%.0f\" dy=\"%.1f\">%s</tspan>", labelX, fontSize*1.1, esc(line))
	}
	s.printf("</text>\n")
}

func class(m marker) string {
	switch m.kind {
	case signing:
		return "sig"
	case programmeActivity:
		return "prog"
	}
	return "dia"
}

func (s svgWriter) marker(m marker, cy float64) {
	c := class(m)
	if m.uncertain {
		c += " unc"
	}
	if m.kind == signing {
		s.diamond(m.x, cy+m.y, c, m.title)
		return
	}
	s.circle(m.x, cy+m.y, c, m.title)
}

func (s svgWriter) circle(cx, cy float64, class, title string) {
	s.printf("<circle class=\"%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.0f\">%s</circle>\n", class, cx, cy, radius, titleElem(title))
}

func (s svgWriter) diamond(cx, cy float64, class, title string) {
	r := diamondR
	s.printf("<path class=\"%s\" d=\"M%.1f %.1fl%.0f %.0fl%.0f %.0fl%.0f %.0fz\">%s</path>\n",
		class, cx, cy-r, r, r, -r, r, -r, -r, titleElem(title))
}

// span writes a bracket from x0 to x1 whose bar is at yb: the extent of a year-only date.
func (s svgWriter) span(x0, x1, yb float64) {
	s.printf("<path class=\"span\" aria-hidden=\"true\" d=\"M%.1f %.1fV%.1fH%.1fV%.1f\"/>\n", x0+1, yb-3, yb, x1-1, yb-3)
}

func titleElem(title string) string {
	if title == "" {
		return ""
	}
	return "<title>" + esc(title) + "</title>"
}

// textWidth estimates the width of s at size px; Chinese and Japanese characters count
// twice, and marks that combine with the character before them (Devanagari vowel signs)
// not at all.
func textWidth(s string, size float64) float64 {
	n := 0
	for _, r := range s {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		n++
		if wide(r) {
			n++
		}
	}
	return float64(n) * charW * size / fontSize
}

// wide reports whether r is a full-width character: Han, kana or a full-width form.
func wide(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) || (r >= 0xFF00 && r <= 0xFF60) || (r >= 0x3000 && r <= 0x303F)
}

// wrap splits s at the space nearest its middle when it is wider than limit, or, when it
// has no space, before the first wide character past its middle; it returns s whole when
// it fits or cannot be split.
func wrap(s string, limit, size float64) []string {
	if textWidth(s, size) <= limit {
		return []string{s}
	}
	best := -1
	mid := len(s) / 2
	for i, r := range s {
		if r == ' ' && (best < 0 || abs(i-mid) < abs(best-mid)) {
			best = i
		}
	}
	if best >= 0 {
		return []string{s[:best], s[best+1:]}
	}
	// No space: Chinese and Japanese break between any two wide characters.
	for i, r := range s {
		if i >= mid && i > 0 && wide(r) {
			return []string{s[:i], s[i:]}
		}
	}
	return []string{s}
}

func abs(i int) int {
	if i < 0 {
		return -i
	}
	return i
}
