package regiodialogue

// Activity is something that happened under or around a dialogue: a signing, a meeting, a
// seminar or workshop, a study or publication, a study visit, a pairing of cities or regions.
type Activity struct {
	// ID is unique in the dataset and starts with the id of the agreement whose file holds
	// the record (Partners[0]) and a hyphen.
	ID string `json:"id"`
	// Kind is what sort of activity it was.
	Kind ActivityKind `json:"kind"`
	// Title is the activity's name.
	Title Text `json:"title"`
	// Start is its first day, at the precision the sources give.
	Start Date `json:"start"`
	// End is its last day when that differs from Start; never before Start.
	End Date `json:"end,omitzero"`
	// Places are where it happened.
	Places []Place `json:"places,omitempty"`
	// Pair is the two sides of a pairing: set for an activity of kind Pairing, and only
	// for one.
	Pair *Pair `json:"pair,omitempty"`
	// Themes are its themes.
	Themes []Theme `json:"themes,omitempty"`
	// Summary says what happened, in the compilers' words.
	Summary Text `json:"summary,omitempty"`
	// Outputs are publications or reports it produced.
	Outputs []Document `json:"outputs,omitempty"`
	// Framework is what it was carried out under: the dialogue itself or a programme.
	Framework Framework `json:"framework"`
	// Partners are the ids of the agreements the activity concerns, in dataset order (the
	// signing order of Dataset.Agreements); never empty. An activity shared by several
	// partners is one record, stored in the file of the first of them and listed in the
	// Activities of each.
	Partners []string `json:"partners"`
	// PartOf is the id of the activity this one took place within: a visit within a pairing,
	// a session of a project or of a seminar series. Empty when it stands alone. It names an
	// activity of the dataset, never the activity itself, and following PartOf never loops.
	PartOf string `json:"partOf,omitempty"`
	// Sources are where its facts come from; there is at least one.
	Sources []Source `json:"sources"`
}

// Overlaps reports whether the activity took place, at least in part, during the period d
// denotes: its span, Start through End (Start alone when End is zero), shares a day with d.
// An activity of "2013-05-30" to "2013-06-02" overlaps "2013-06" and "2013"; one dated
// "2013" overlaps "2013-05", since it may have taken place then. An activity without a
// Start, or the zero d, overlaps nothing.
func (a Activity) Overlaps(d Date) bool {
	if a.Start.IsZero() || d.IsZero() {
		return false
	}
	end := a.End
	if end.IsZero() {
		end = a.Start
	}
	return !a.Start.First().After(d.Last()) && !d.First().After(end.Last())
}

// Pair is what a pairing joins: places of the European Union on one side and of the partner
// on the other. A side holds one place, or several when a cluster of cities or regions was
// paired together.
type Pair struct {
	// EU are the places on the European side, each with its country; never empty.
	EU []Place `json:"eu"`
	// Partner are the places on the partner's side; never empty.
	Partner []Place `json:"partner"`
	// Level says whether cities or regions were paired.
	Level PairLevel `json:"level"`
}
