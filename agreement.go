package regiodialogue

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
	// Activities are what happened under or around the dialogue, in date order.
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
	// Name is the partner's name in English and its official language(s).
	Name Text `json:"name"`
	// Languages are the BCP 47 tags of the partner's official languages.
	Languages []string `json:"languages"`
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

// Source is a public source that supports facts in the dataset.
type Source struct {
	// URL is the source's address (http or https).
	URL string `json:"url"`
	// Title is the source's title, if given.
	Title string `json:"title,omitempty"`
	// Supports says which facts the source supports, when that is not obvious.
	Supports string `json:"supports,omitempty"`
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
