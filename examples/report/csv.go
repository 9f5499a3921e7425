package main

import (
	"encoding/csv"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/regiodialogue/regiodialogue"
)

// csvHeader is the CSV format's header; its columns do not change with -lang.
var csvHeader = []string{
	"id", "partner", "group", "instrument_kinds", "signed", "signed_precision", "signed_uncertain",
	"place", "eu_party", "partner_party", "document_languages", "themes", "activities", "sources",
	"translated",
}

// csvSep joins the values of a multi-valued cell.
const csvSep = "; "

// writeCSV writes one row per agreement. Codes (group, kinds, themes, precision) and
// language tags are written as they are in the dataset, so that the file is the same in
// every language; names and texts are localized. The signing date, its precision and its
// uncertainty are those of the first instrument, as is the place; parties are those of all
// instruments, each once. A trailing '?' marks an inferred place or party. The last column,
// translated, names the columns of the row that hold a text the dataset's compilers
// translated rather than an official wording ("partner; place"), or is empty.
func writeCSV(w io.Writer, v *view) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, a := range v.Agreements {
		if err := cw.Write(csvRow(a)); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func csvRow(av agreementView) []string {
	a := av.data
	signed := a.Signed()
	var kinds, themes []string
	for _, in := range a.Instruments {
		kinds = append(kinds, string(in.Kind))
	}
	for _, th := range a.Themes {
		themes = append(themes, string(th))
	}
	var translated []string
	note := func(column string, t txt) {
		if t.Mark != "" && !slices.Contains(translated, column) {
			translated = append(translated, column)
		}
	}
	note("partner", av.Partner)
	place := ""
	if len(av.Instruments) > 0 && av.Instruments[0].Place != nil {
		p := av.Instruments[0].Place
		place = p.Name.S
		if p.Inferred {
			place += "?"
		}
		note("place", p.Name)
	}
	eu, euTr := parties(av, regiodialogue.SideEU)
	partner, partnerTr := parties(av, regiodialogue.SidePartner)
	if euTr {
		translated = append(translated, "eu_party")
	}
	if partnerTr {
		translated = append(translated, "partner_party")
	}
	var sources []string
	for _, s := range av.Sources {
		sources = append(sources, s.URL)
	}
	return []string{
		a.ID,
		av.Partner.S,
		string(a.Group),
		strings.Join(kinds, csvSep),
		strings.TrimSuffix(signed.String(), "?"),
		signed.Precision().String(),
		strconv.FormatBool(signed.Uncertain()),
		place,
		strings.Join(eu, csvSep),
		strings.Join(partner, csvSep),
		strings.Join(documentLanguages(a), csvSep),
		strings.Join(themes, csvSep),
		strconv.Itoa(len(a.Activities)),
		strings.Join(sources, csvSep),
		strings.Join(translated, csvSep),
	}
}

// parties returns "Institution (Signatory)" for the parties that signed for side, over all
// instruments, each once; a '?' marks an inferred party or signatory. It also reports
// whether any institution shown is a compilers' translation.
func parties(av agreementView, side regiodialogue.Side) (out []string, translated bool) {
	for i, in := range av.data.Instruments {
		for j, p := range in.Parties {
			if p.Side != side {
				continue
			}
			inst := av.Instruments[i].Parties[j].Institution
			translated = translated || inst.Mark != ""
			s := inst.S
			if sig := p.Signatory; sig != nil {
				s += " (" + sig.Name + map[bool]string{true: "?"}[sig.Uncertain] + ")"
			}
			if p.Uncertain {
				s += "?"
			}
			if !slices.Contains(out, s) {
				out = append(out, s)
			}
		}
	}
	return out, translated
}
