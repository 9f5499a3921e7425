package locale

import "golang.org/x/text/language"

func enTable() *table {
	t := &table{tag: language.English, msgs: map[string]string{
		// Field names of the data model.
		"field.partner":     "Partner",
		"field.group":       "Group",
		"field.region":      "Region",
		"field.instruments": "Instruments",
		"field.signed":      "Signed",
		"field.doclangs":    "Document languages",
		"field.activities":  "Activities",
		"field.pairings":    "Pairings",
		"field.dialogue":    "Dialogue",
		"field.themes":      "Themes",
		"field.summary":     "Summary",
		"field.notes":       "Notes",
		"field.sources":     "Sources",
		"field.place":       "Place",
		"field.places":      "Places",
		"field.parties":     "Parties",
		"field.framework":   "Framework",
		"field.binding":     "Legally binding",
		"field.documents":   "Documents",
		"field.date":        "Date",
		"field.kind":        "Kind",
		"field.title":       "Title",
		// Words and punctuation.
		"word.yes":        "yes",
		"word.no":         "no",
		"word.inferred":   "inferred",
		"word.alsowith":   "also with %s",
		"word.onbehalfof": "on behalf of %s",
		"punct.colon":     ":",
		"punct.listsep":   ", ",
		// Dates: %[1]s is the year, or the day, month and year.
		"date.year":      "%s",
		"date.month":     "%[1]s %[2]s",
		"date.day":       "%[1]s %[2]s %[3]s",
		"date.uncertain": "c. %s",
		"date.range":     "%[1]s – %[2]s",
		// The compilers' translations.
		"translation.title":  "Translated by the dataset's compilers (original language: %s); not an official wording",
		"translation.legend": "%s marks a text translated by the dataset's compilers, not an official wording.",
		// The report program.
		"report.title":              "DG REGIO regional policy cooperation agreements",
		"report.intro":              "%s, in signing order. Dates keep the precision of the sources; “c.” marks a date the compilers inferred.",
		"report.credit":             "Data: regiodialogue, CC BY 4.0; facts credited to the European Commission (DG REGIO) and the sources cited. Not an official publication of the European Commission.",
		"report.version":            "Data version",
		"report.contents":           "Contents",
		"report.overview":           "Overview",
		"report.overview.caption":   "Agreements in signing order",
		"report.activities.caption": "Activities in date order",
		// The timeline program: %[1]s and %[2]s are years; %[3]s counts the agreements.
		"timeline.title":            "DG REGIO regional policy cooperation agreements, %[1]s–%[2]s",
		"timeline.desc":             "Timeline of %[3]s, one lane each, in signing order, on a year axis from %[1]s to %[2]s. Diamonds mark the signing of instruments; circles mark activities, blue under the dialogue itself and orange under a programme; lines show how long an activity lasted; hollow, dashed markers are inferred dates. Dates known only to the year or month are placed in the middle of that period, with a grey bracket spanning a year-only date.",
		"timeline.legend.signing":   "Instrument signed",
		"timeline.legend.dialogue":  "Activity under the dialogue",
		"timeline.legend.programme": "Activity under a programme",
		"timeline.legend.inferred":  "Inferred date",
		"timeline.legend.duration":  "Duration",
		"timeline.legend.year":      "Year only",
		"timeline.agreements":       "Agreements",
	}, plurals: map[string]forms{
		"count.agreements":  {one: "%d agreement", other: "%d agreements"},
		"count.activities":  {one: "%d activity", other: "%d activities"},
		"count.instruments": {one: "%d instrument", other: "%d instruments"},
		"count.sources":     {one: "%d source", other: "%d sources"},
	}}
	return t.months(
		[12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
		[12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	)
}
