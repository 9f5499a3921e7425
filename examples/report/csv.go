package main

import (
	"encoding/csv"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/regiodialogue/regiodialogue"
	"github.com/regiodialogue/regiodialogue/internal/render"
)

// csvHeader is the CSV format's header; its columns do not change with -lang.
var csvHeader = []string{
	"id", "partner", "group", "instrument_kinds", "signed", "signed_precision", "signed_uncertain",
	"place", "eu_party", "partner_party", "document_languages", "themes", "activities", "sources",
}

// csvSep joins the values of a multi-valued cell.
const csvSep = "; "

// writeCSV writes one row per agreement. Codes (group, kinds, themes, precision) and
// language tags are written as they are in the dataset, so that the file is the same in
// every language; names and texts are localized. The signing date, its precision and its
// uncertainty are those of the first instrument, as is the place; parties are those of all
// instruments, each once. A trailing '?' marks an inferred place or party.
func writeCSV(w io.Writer, v *view) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, a := range v.Agreements {
		if err := cw.Write(csvRow(a, v.loc)); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func csvRow(av agreementView, loc render.Locale) []string {
	a := av.data
	signed := a.Signed()
	var kinds, themes []string
	for _, in := range a.Instruments {
		kinds = append(kinds, string(in.Kind))
	}
	for _, th := range a.Themes {
		themes = append(themes, string(th))
	}
	place := ""
	if len(a.Instruments) > 0 {
		place = csvPlace(a.Instruments[0].Place, loc)
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
		strings.Join(parties(av, regiodialogue.SideEU), csvSep),
		strings.Join(parties(av, regiodialogue.SidePartner), csvSep),
		strings.Join(documentLanguages(a), csvSep),
		strings.Join(themes, csvSep),
		strconv.Itoa(len(a.Activities)),
		strings.Join(sources, csvSep),
	}
}

// csvPlace writes the place's localized name, and a '?' when it was inferred.
func csvPlace(p *regiodialogue.Place, loc render.Locale) string {
	if p == nil {
		return ""
	}
	s, _ := loc.Text(p.Name)
	if p.Uncertain {
		s += "?"
	}
	return s
}

// parties returns "Institution (Signatory)" for the parties that signed for side, over all
// instruments, each once; a '?' marks an inferred party or signatory.
func parties(av agreementView, side regiodialogue.Side) []string {
	var out []string
	for i, in := range av.data.Instruments {
		for j, p := range in.Parties {
			if p.Side != side {
				continue
			}
			s := av.Instruments[i].Parties[j].Institution.S
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
	return out
}
