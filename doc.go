// Package regiodialogue is a typed, sourced, multilingual record of the regional policy
// cooperation agreements that the European Commission's Directorate-General for Regional
// and Urban Policy (DG REGIO) has signed since 2006 with 14 partners — Brazil, China, India,
// Japan, Mexico, Russia, Argentina, Chile, Colombia, Peru, the Central American Integration
// System (SICA), Georgia, Moldova and Ukraine — and of the dialogues carried out under them.
//
// # The dataset
//
// Default returns the dataset embedded in the package: one Agreement per partner, with its
// signed Instruments (kind, date, place, parties and signatories, document language
// versions), themes, a summary, the Activities of the dialogue (seminars, workshops,
// studies, study visits, meetings, pairings, with the programme they ran under) and Notes
// that record where sources disagree or a value was inferred. Every agreement, instrument
// and activity cites its sources.
//
//	ds := regiodialogue.Default()
//	pe, _ := ds.Agreement("pe")
//	fmt.Println(pe.Instruments[0].Signed) // 2013-05
//
// The data is decoded on first use, once; importing the package costs nothing at program
// start. Every value handed out is a deep copy, the caller's own to change. Load reads the
// same layout from any fs.FS, with the same strict checks.
//
// An activity that concerns several partners is one record: Dataset.Activities yields it
// once, while Agreement.Activities lists it under each of its partners, so a loop over the
// agreements' activities counts it once per partner.
//
// # Dates and uncertainty
//
// A Date keeps exactly the precision its source gives: "2013" (Year), "2013-05" (Month) or
// "2013-05-15" (Day). A value the compilers inferred rather than read is marked uncertain,
// written with a trailing '?' ("2010-07-15?"); inferred places, parties and signatories carry
// an Uncertain field. Unknown values are absent, never guessed.
//
// # Languages
//
// Human-readable values are Text: strings keyed by BCP 47 language tag. Text.In picks the
// best entry for a user's preferred languages with golang.org/x/text/language, falling back
// to English, which every Text has. Translations made by the dataset's compilers are keyed
// with the transformed-content extension ("es-t-en": Spanish, translated from English); see
// Translation and IsTranslation. Text.Get gives the entry in exactly one language, with no
// fallback.
//
// # Code lists and presentation
//
// Closed lists of codes (Theme, ActivityKind, Framework, Region, …) are string types with
// one constant per code. Codes lists a type's codes, ParseCode checks a string, and a
// code's Label method names it in the best of the 12 LabelLanguages. Each list, with its
// descriptions and labels, is declared once in the module's codes.json, from which the Go
// code, the JSON Schemas' enums and the CSV tables' enums are generated.
//
// To present the data to people, use package
// github.com/regiodialogue/regiodialogue/locale: field names, code labels (the same as
// Label's), dates at their precision, counts with plural rules, CLDR country and language
// names, and the marks of the compilers' translations, in a reader's language.
//
// # Validation
//
// The JSON format is specified by JSON Schemas published in the schema directory; package
// schema validates payloads against them. DecodeAgreement and Load accept exactly what the
// schemas accept, plus the rules no schema can state (unique ids, an activity's end not
// before its start). Errors are *Error values naming the file and the JSON pointer of the
// fault and wrapping sentinel errors such as ErrUnknownField or ErrDateOrder; every fault
// of every file is reported, the same list schema.ValidateDataset gives, whose errors wrap
// the same sentinels. json.Unmarshal into an Agreement, an Activity or a code type is as
// strict as DecodeAgreement.
//
// # Licences
//
// The code is under the BSD 3-Clause licence. The data is under CC BY 4.0; its facts come
// from the European Commission (DG REGIO) and the other public sources each record cites.
package regiodialogue
