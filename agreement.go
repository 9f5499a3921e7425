package regiodialogue

import (
	"slices"

	"golang.org/x/text/language"
)

// Agreement is one partner's regional policy cooperation agreement with DG REGIO: the
// partner, the signed instruments, and the dialogue carried out under them. It is stored in
// the dataset as dataset/<id>.json.
type Agreement struct {
	// ID is the lower-case partner code ("pe", "cn", "sica"); it names the file.
	ID string `json:"id"`
	// Partner is who DG REGIO signed with.
	Partner Partner `json:"partner"`
	// Group is the family of partners the agreement belongs to.
	Group Group `json:"group"`
	// Dialogue is the dialogue's name.
	Dialogue Text `json:"dialogue"`
	// Instruments are the signed documents, in signing order; there is at least one.
	Instruments []Instrument `json:"instruments"`
	// Themes are the dialogue's themes.
	Themes []Theme `json:"themes,omitempty"`
	// Summary is a short summary in the compilers' own words.
	Summary Text `json:"summary"`
	// Activities are what happened under or around the dialogue, in date order. An activity
	// shared with other partners is listed under each of them: to count activities once, use
	// Dataset.Activities.
	Activities []Activity `json:"activities,omitempty"`
	// Notes record conflicts between sources, inferences and gaps.
	Notes []Note `json:"notes,omitempty"`
	// Sources are where the agreement's facts come from; there is at least one.
	Sources []Source `json:"sources"`
}

// Signed returns the signing date of the agreement's first instrument.
func (a Agreement) Signed() Date {
	if len(a.Instruments) == 0 {
		return Date{}
	}
	return a.Instruments[0].Signed
}

// Partner is the country or regional organisation an agreement was signed with.
type Partner struct {
	// Code is the ISO 3166-1 alpha-2 code, or "SICA" for the Central American Integration
	// System.
	Code string `json:"code"`
	// Kind tells a country from an organisation.
	Kind PartnerKind `json:"kind"`
	// Region is where the partner lies (see Region.Within for Latin America).
	Region Region `json:"region"`
	// Name is the partner's name in English and its official language(s).
	Name Text `json:"name"`
	// Languages are the partner's official languages, as BCP 47 tags in canonical form.
	Languages []language.Tag `json:"languages"`
}

// Equal reports whether p and q are the same partner, field by field. It is what go-cmp
// uses to compare Partners, whose Languages (language.Tag values) it cannot look into.
func (p Partner) Equal(q Partner) bool {
	return p.Code == q.Code && p.Kind == q.Kind && p.Region == q.Region && p.Name.Equal(q.Name) &&
		slices.Equal(p.Languages, q.Languages)
}

// Instrument is one signed document: a memorandum, a letter of intent, a declaration, an
// action plan.
type Instrument struct {
	// Kind is the instrument's legal form.
	Kind InstrumentKind `json:"kind"`
	// Title is the instrument's title, when a source gives it.
	Title Text `json:"title,omitempty"`
	// Signed is the signing date, at the precision the sources give.
	Signed Date `json:"signed"`
	// Place is where it was signed, when known.
	Place *Place `json:"place,omitempty"`
	// Parties are the institutions that signed, and who signed for them.
	Parties []Party `json:"parties,omitempty"`
	// Framework is the wider agreement the instrument sits in, if any.
	Framework Text `json:"framework,omitempty"`
	// Binding tells whether the instrument is legally binding, when a source says; nil when
	// no source does.
	Binding *bool `json:"binding,omitempty"`
	// Documents are the published language versions of the signed text.
	Documents []Document `json:"documents,omitempty"`
	// Sources are where the instrument's facts come from; there is at least one.
	Sources []Source `json:"sources"`
}

// Party is an institution that signed an instrument.
type Party struct {
	// Side is the side the party signed for.
	Side Side `json:"side"`
	// Institution is the signing body.
	Institution Text `json:"institution"`
	// Signatory is the person who signed, when known.
	Signatory *Signatory `json:"signatory,omitempty"`
	// Uncertain marks a party inferred rather than read in a source.
	Uncertain bool `json:"uncertain,omitempty"`
}

// Signatory is a person who signed an instrument.
type Signatory struct {
	// Name is the person's name as the sources write it.
	Name string `json:"name"`
	// Role is the office they held.
	Role Text `json:"role,omitempty"`
	// OnBehalfOf names the person for whom they signed, if they signed for someone else.
	OnBehalfOf string `json:"onBehalfOf,omitempty"`
	// Uncertain marks a signatory inferred rather than read in a source.
	Uncertain bool `json:"uncertain,omitempty"`
}

// Place is a named place, such as a city.
type Place struct {
	// Name is the place's name.
	Name Text `json:"name"`
	// Country is the ISO 3166-1 alpha-2 code of the country it lies in, when known.
	Country string `json:"country,omitempty"`
	// Uncertain marks a place inferred rather than read in a source.
	Uncertain bool `json:"uncertain,omitempty"`
}

// Document is a published document: a signed text's language versions, a study, a report.
type Document struct {
	// Title is the document's title.
	Title Text `json:"title"`
	// Languages are the BCP 47 tags of the language versions published.
	Languages []string `json:"languages"`
	// URL is the file's address where known, else the page that links it.
	URL string `json:"url,omitempty"`
	// Format is the media type, such as "application/pdf".
	Format string `json:"format,omitempty"`
	// Published is the publication date, when known.
	Published Date `json:"published,omitzero"`
}

// Source is a citation: a public source that supports facts in the dataset, who published
// it and when, when the compilers read it, and in what language it is written.
type Source struct {
	// URL is the source's address (http or https).
	URL string `json:"url"`
	// Title is the source's own title, in its own language, if it has one.
	Title string `json:"title,omitempty"`
	// Kind classifies the publisher: an EU institution, the partner's government, a
	// programme, the news, academia, a document mirror or other.
	Kind SourceKind `json:"kind,omitempty"`
	// Publisher is who published the source (for a mirror, the mirror site).
	Publisher string `json:"publisher,omitempty"`
	// Published is when the source was published, when it says.
	Published Date `json:"published,omitzero"`
	// Accessed is the month the compilers read the source.
	Accessed Date `json:"accessed,omitzero"`
	// Language is the BCP 47 tag of the language the source is written in.
	Language string `json:"language,omitempty"`
	// Supports says which facts the source supports, when that is not obvious.
	Supports string `json:"supports,omitempty"`
	// Original names the document a mirror copies; it is set exactly when Kind is
	// SourceMirror.
	Original *Original `json:"original,omitempty"`
}

// Original is the document that a mirror copies: what a citation of the copy stands for.
type Original struct {
	// Title is the original's title.
	Title string `json:"title"`
	// Publisher is who published the original.
	Publisher string `json:"publisher"`
	// Published is when the original was published, when known.
	Published Date `json:"published,omitzero"`
	// Reference is the original's identifier, when it has one: a press release number
	// (IP/17/3728), a contract number, an ISBN or a DOI.
	Reference string `json:"reference,omitempty"`
}

// Note is an editorial note on an agreement: a conflict between sources, an inference, a
// gap, or context.
type Note struct {
	// Kind classifies the note.
	Kind NoteKind `json:"kind"`
	// Text is the note, in the compilers' words.
	Text Text `json:"text"`
	// Sources are the sources the note discusses.
	Sources []Source `json:"sources,omitempty"`
}
