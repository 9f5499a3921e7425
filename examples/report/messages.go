package main

import "github.com/regiodialogue/regiodialogue/internal/render"

// messages are the report's own words, in English, Spanish, Portuguese and French (the
// order of render.UILanguages).
var messages = render.Catalog{
	"title": {
		"DG REGIO regional policy cooperation agreements",
		"Acuerdos de cooperación en política regional de la DG REGIO",
		"Acordos de cooperação em política regional da DG REGIO",
		"Accords de coopération en politique régionale de la DG REGIO",
	},
	"intro.one": {
		"One agreement. Dates keep the precision of the sources; inferred values are marked.",
		"Un acuerdo. Las fechas conservan la precisión de las fuentes; los valores inferidos se indican.",
		"Um acordo. As datas mantêm a precisão das fontes; os valores inferidos são assinalados.",
		"Un accord. Les dates gardent la précision des sources ; les valeurs déduites sont signalées.",
	},
	"intro.other": {
		"%d agreements, in signing order. Dates keep the precision of the sources; inferred values are marked.",
		"%d acuerdos, por orden de firma. Las fechas conservan la precisión de las fuentes; los valores inferidos se indican.",
		"%d acordos, por ordem de assinatura. As datas mantêm a precisão das fontes; os valores inferidos são assinalados.",
		"%d accords, par ordre de signature. Les dates gardent la précision des sources ; les valeurs déduites sont signalées.",
	},
	"credit": {
		"Data: regiodialogue, CC BY 4.0; facts credited to the European Commission (DG REGIO) and the sources cited. Not an official publication of the European Commission.",
		"Datos: regiodialogue, CC BY 4.0; hechos atribuidos a la Comisión Europea (DG REGIO) y a las fuentes citadas. No es una publicación oficial de la Comisión Europea.",
		"Dados: regiodialogue, CC BY 4.0; factos atribuídos à Comissão Europeia (DG REGIO) e às fontes citadas. Não é uma publicação oficial da Comissão Europeia.",
		"Données : regiodialogue, CC BY 4.0 ; faits attribués à la Commission européenne (DG REGIO) et aux sources citées. Ceci n'est pas une publication officielle de la Commission européenne.",
	},
	"version":  {"Data version", "Versión de los datos", "Versão dos dados", "Version des données"},
	"contents": {"Contents", "Índice", "Índice", "Sommaire"},
	"overview": {"Overview", "Resumen general", "Visão geral", "Vue d'ensemble"},
	"overview.caption": {
		"Agreements in signing order",
		"Acuerdos por orden de firma",
		"Acordos por ordem de assinatura",
		"Accords par ordre de signature",
	},
	"partner":     {"Partner", "Socio", "Parceiro", "Partenaire"},
	"group":       {"Group", "Grupo", "Grupo", "Groupe"},
	"instruments": {"Instruments", "Instrumentos", "Instrumentos", "Instruments"},
	"signed":      {"Signed", "Firma", "Assinatura", "Signature"},
	"doclangs":    {"Document languages", "Idiomas de los documentos", "Línguas dos documentos", "Langues des documents"},
	"activities":  {"Activities", "Actividades", "Atividades", "Activités"},
	"activities.caption": {
		"Activities in date order",
		"Actividades por orden cronológico",
		"Atividades por ordem cronológica",
		"Activités par ordre chronologique",
	},
	"dialogue":   {"Dialogue", "Diálogo", "Diálogo", "Dialogue"},
	"themes":     {"Themes", "Temas", "Temas", "Thèmes"},
	"summary":    {"Summary", "Resumen", "Resumo", "Résumé"},
	"notes":      {"Notes", "Notas", "Notas", "Notes"},
	"sources":    {"Sources", "Fuentes", "Fontes", "Sources"},
	"place":      {"Place", "Lugar", "Local", "Lieu"},
	"places":     {"Places", "Lugares", "Locais", "Lieux"},
	"parties":    {"Parties", "Partes", "Partes", "Parties"},
	"framework":  {"Framework", "Marco", "Quadro", "Cadre"},
	"binding":    {"Legally binding", "Jurídicamente vinculante", "Juridicamente vinculativo", "Juridiquement contraignant"},
	"yes":        {"yes", "sí", "sim", "oui"},
	"no":         {"no", "no", "não", "non"},
	"documents":  {"Documents", "Documentos", "Documentos", "Documents"},
	"date":       {"Date", "Fecha", "Data", "Date"},
	"kind":       {"Kind", "Tipo", "Tipo", "Type"},
	"titlecol":   {"Title", "Título", "Título", "Titre"},
	"onbehalfof": {"on behalf of", "en nombre de", "em nome de", "au nom de"},
	"inferred":   {"inferred", "inferido", "inferido", "déduit"},
	// colon ends a label; French puts a no-break space before it.
	"colon": {":", ":", ":", "\u00a0:"},
}
