package main

import "github.com/regiodialogue/regiodialogue/internal/render"

// messages are the timeline's own words, in English, Spanish, Portuguese and French (the
// order of render.UILanguages).
var messages = render.Catalog{
	"title": {
		"DG REGIO regional policy cooperation agreements, %d–%d",
		"Acuerdos de cooperación en política regional de la DG REGIO, %d–%d",
		"Acordos de cooperação em política regional da DG REGIO, %d–%d",
		"Accords de coopération en politique régionale de la DG REGIO, %d–%d",
	},
	"desc": {
		"Timeline with one lane per agreement (%d), in signing order, on a year axis from %d to %d. Diamonds mark the signing of instruments; circles mark activities, blue under the dialogue itself and orange under a programme; lines show how long an activity lasted; hollow, dashed markers are inferred dates. Dates known only to the year or month are placed in the middle of that period, with a grey bracket spanning a year-only date.",
		"Cronología con una fila por acuerdo (%d), por orden de firma, en un eje de años de %d a %d. Los rombos marcan la firma de instrumentos; los círculos marcan actividades, en azul las del propio diálogo y en naranja las de un programa; las líneas muestran la duración de una actividad; los marcadores huecos y discontinuos son fechas inferidas. Las fechas de las que solo se conoce el año o el mes se sitúan en la mitad de ese período, con un corchete gris que abarca el año cuando solo se conoce el año.",
		"Cronologia com uma linha por acordo (%d), por ordem de assinatura, num eixo de anos de %d a %d. Os losangos marcam a assinatura de instrumentos; os círculos marcam atividades, a azul as do próprio diálogo e a laranja as de um programa; as linhas mostram a duração de uma atividade; os marcadores vazios e tracejados são datas inferidas. As datas de que só se conhece o ano ou o mês ficam no meio desse período, com um colchete cinzento a abranger o ano quando só se conhece o ano.",
		"Chronologie avec une ligne par accord (%d), par ordre de signature, sur un axe des années de %d à %d. Les losanges marquent la signature d'instruments ; les cercles marquent les activités, en bleu celles du dialogue lui-même et en orange celles d'un programme ; les traits montrent la durée d'une activité ; les marqueurs creux et en pointillés sont des dates déduites. Les dates connues seulement à l'année ou au mois sont placées au milieu de cette période, avec un crochet gris couvrant l'année quand seule l'année est connue.",
	},
	"legend.signing":   {"Instrument signed", "Instrumento firmado", "Instrumento assinado", "Instrument signé"},
	"legend.dialogue":  {"Activity under the dialogue", "Actividad del diálogo", "Atividade do diálogo", "Activité du dialogue"},
	"legend.programme": {"Activity under a programme", "Actividad de un programa", "Atividade de um programa", "Activité d'un programme"},
	"legend.inferred":  {"Inferred date", "Fecha inferida", "Data inferida", "Date déduite"},
	"legend.duration":  {"Duration", "Duración", "Duração", "Durée"},
	"legend.year":      {"Year only", "Solo el año", "Só o ano", "Année seule"},
	"agreements":       {"Agreements", "Acuerdos", "Acordos", "Accords"},
}
