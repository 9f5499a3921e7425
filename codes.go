package regiodialogue

import (
	"fmt"
	"sync"

	"golang.org/x/text/language"
)

// The closed code lists. Each code type is a string type with one constant per code; a
// value outside its list is rejected by Load and by the JSON Schemas, whose enums a test
// holds equal to these lists. Each code has a label in English, Spanish, Portuguese and
// French, given by its Label method.

// InstrumentKind is the legal form of a signed instrument.
type InstrumentKind string

// Instrument kinds.
const (
	MemorandumOfUnderstanding InstrumentKind = "memorandum-of-understanding"
	LetterOfIntent            InstrumentKind = "letter-of-intent"
	ExchangeOfLetters         InstrumentKind = "exchange-of-letters"
	JointDeclaration          InstrumentKind = "joint-declaration"
	Declaration               InstrumentKind = "declaration"
	ActionPlan                InstrumentKind = "action-plan"
	WorkProgramme             InstrumentKind = "work-programme"
)

var instrumentKinds = [...]codeInfo{
	{"memorandum-of-understanding", "Memorandum of understanding", "Memorando de entendimiento", "Memorando de entendimento", "Protocole d'accord"},
	{"letter-of-intent", "Letter of intent", "Carta de intención", "Carta de intenções", "Lettre d'intention"},
	{"exchange-of-letters", "Exchange of letters", "Intercambio de cartas", "Troca de cartas", "Échange de lettres"},
	{"joint-declaration", "Joint declaration", "Declaración conjunta", "Declaração conjunta", "Déclaration commune"},
	{"declaration", "Declaration", "Declaración", "Declaração", "Déclaration"},
	{"action-plan", "Action plan", "Plan de acción", "Plano de ação", "Plan d'action"},
	{"work-programme", "Work programme", "Programa de trabajo", "Programa de trabalho", "Programme de travail"},
}

// Group is the family of partners an agreement belongs to.
type Group string

// Partner groups.
const (
	StrategicPartner   Group = "strategic-partner"
	LatinAmerica       Group = "latin-america"
	EasternPartnership Group = "eastern-partnership"
)

var groups = [...]codeInfo{
	{"strategic-partner", "Strategic partner", "Socio estratégico", "Parceiro estratégico", "Partenaire stratégique"},
	{"latin-america", "Latin America", "América Latina", "América Latina", "Amérique latine"},
	{"eastern-partnership", "Eastern Partnership", "Asociación Oriental", "Parceria Oriental", "Partenariat oriental"},
}

// PartnerKind tells a country from a regional organisation.
type PartnerKind string

// Partner kinds.
const (
	Country      PartnerKind = "country"
	Organisation PartnerKind = "organisation"
)

var partnerKinds = [...]codeInfo{
	{"country", "Country", "País", "País", "Pays"},
	{"organisation", "Regional organisation", "Organización regional", "Organização regional", "Organisation régionale"},
}

// Side is the side of an instrument a party signed for.
type Side string

// Party sides.
const (
	SideEU      Side = "eu"
	SidePartner Side = "partner"
)

var sides = [...]codeInfo{
	{"eu", "European Union", "Unión Europea", "União Europeia", "Union européenne"},
	{"partner", "Partner", "Socio", "Parceiro", "Partenaire"},
}

// PairLevel says what a pairing joined: cities or regions.
type PairLevel string

// Pairing levels.
const (
	PairCities  PairLevel = "city"   // cities, or metropolitan areas, on both sides
	PairRegions PairLevel = "region" // regions on both sides
)

var pairLevels = [...]codeInfo{
	{"city", "City pairing", "Hermanamiento de ciudades", "Parceria entre cidades", "Jumelage de villes"},
	{"region", "Regional pairing", "Hermanamiento de regiones", "Parceria entre regiões", "Jumelage de régions"},
}

// NoteKind classifies an editorial note.
type NoteKind string

// Note kinds.
const (
	NoteConflict  NoteKind = "conflict"  // sources disagree; the note gives both readings
	NoteInference NoteKind = "inference" // a value was derived rather than read; the note says how
	NoteGap       NoteKind = "gap"       // something no source gave
	NoteContext   NoteKind = "context"   // background that is not an activity
)

var noteKinds = [...]codeInfo{
	{"conflict", "Conflict between sources", "Conflicto entre fuentes", "Conflito entre fontes", "Conflit entre sources"},
	{"inference", "Inference", "Inferencia", "Inferência", "Inférence"},
	{"gap", "Gap", "Laguna", "Lacuna", "Lacune"},
	{"context", "Context", "Contexto", "Contexto", "Contexte"},
}

// Theme is a policy theme of a dialogue or activity.
type Theme string

// Themes.
const (
	TerritorialCohesion         Theme = "territorial-cohesion"
	RegionalDevelopmentStrategy Theme = "regional-development-strategy"
	MultiLevelGovernance        Theme = "multi-level-governance"
	CrossBorderCooperation      Theme = "cross-border-cooperation"
	InterregionalCooperation    Theme = "interregional-cooperation"
	Innovation                  Theme = "innovation"
	CompetitivenessAndJobs      Theme = "competitiveness-and-jobs"
	UrbanDevelopment            Theme = "urban-development"
	RuralDevelopment            Theme = "rural-development"
	MonitoringAndEvaluation     Theme = "monitoring-and-evaluation"
	RegionalStatistics          Theme = "regional-statistics"
	AdministrativeCapacity      Theme = "administrative-capacity"
	SustainableDevelopment      Theme = "sustainable-development"
	ClimateAndEnergy            Theme = "climate-and-energy"
	IndustrialTransition        Theme = "industrial-transition"
	SpatialPlanning             Theme = "spatial-planning"
	SocialInclusion             Theme = "social-inclusion"
)

var themes = [...]codeInfo{
	{"territorial-cohesion", "Territorial cohesion", "Cohesión territorial", "Coesão territorial", "Cohésion territoriale"},
	{"regional-development-strategy", "Regional development strategy", "Estrategia de desarrollo regional", "Estratégia de desenvolvimento regional", "Stratégie de développement régional"},
	{"multi-level-governance", "Multi-level governance", "Gobernanza multinivel", "Governança multinível", "Gouvernance à plusieurs niveaux"},
	{"cross-border-cooperation", "Cross-border cooperation", "Cooperación transfronteriza", "Cooperação transfronteiriça", "Coopération transfrontalière"},
	{"interregional-cooperation", "Interregional cooperation", "Cooperación interregional", "Cooperação inter-regional", "Coopération interrégionale"},
	{"innovation", "Innovation", "Innovación", "Inovação", "Innovation"},
	{"competitiveness-and-jobs", "Competitiveness and jobs", "Competitividad y empleo", "Competitividade e emprego", "Compétitivité et emploi"},
	{"urban-development", "Urban development", "Desarrollo urbano", "Desenvolvimento urbano", "Développement urbain"},
	{"rural-development", "Rural development", "Desarrollo rural", "Desenvolvimento rural", "Développement rural"},
	{"monitoring-and-evaluation", "Monitoring and evaluation", "Seguimiento y evaluación", "Monitorização e avaliação", "Suivi et évaluation"},
	{"regional-statistics", "Regional statistics", "Estadísticas regionales", "Estatísticas regionais", "Statistiques régionales"},
	{"administrative-capacity", "Administrative capacity", "Capacidad administrativa", "Capacidade administrativa", "Capacité administrative"},
	{"sustainable-development", "Sustainable development", "Desarrollo sostenible", "Desenvolvimento sustentável", "Développement durable"},
	{"climate-and-energy", "Climate and energy", "Clima y energía", "Clima e energia", "Climat et énergie"},
	{"industrial-transition", "Industrial transition", "Transición industrial", "Transição industrial", "Transition industrielle"},
	{"spatial-planning", "Spatial planning", "Ordenación del territorio", "Ordenamento do território", "Aménagement du territoire"},
	{"social-inclusion", "Social inclusion", "Inclusión social", "Inclusão social", "Inclusion sociale"},
}

// ActivityKind is what sort of event or work an activity was.
type ActivityKind string

// Activity kinds.
const (
	Signing          ActivityKind = "signing"
	HighLevelMeeting ActivityKind = "high-level-meeting"
	WorkingMeeting   ActivityKind = "working-meeting"
	Seminar          ActivityKind = "seminar"
	Workshop         ActivityKind = "workshop"
	Conference       ActivityKind = "conference"
	Training         ActivityKind = "training"
	StudyVisit       ActivityKind = "study-visit"
	Study            ActivityKind = "study"
	Publication      ActivityKind = "publication"
	Pairing          ActivityKind = "pairing"
	Project          ActivityKind = "project"
)

var activityKinds = [...]codeInfo{
	{"signing", "Signing", "Firma", "Assinatura", "Signature"},
	{"high-level-meeting", "High-level meeting", "Reunión de alto nivel", "Reunião de alto nível", "Réunion de haut niveau"},
	{"working-meeting", "Working meeting", "Reunión de trabajo", "Reunião de trabalho", "Réunion de travail"},
	{"seminar", "Seminar", "Seminario", "Seminário", "Séminaire"},
	{"workshop", "Workshop", "Taller", "Oficina", "Atelier"},
	{"conference", "Conference", "Conferencia", "Conferência", "Conférence"},
	{"training", "Training", "Formación", "Formação", "Formation"},
	{"study-visit", "Study visit", "Visita de estudio", "Visita de estudo", "Visite d'étude"},
	{"study", "Study", "Estudio", "Estudo", "Étude"},
	{"publication", "Publication", "Publicación", "Publicação", "Publication"},
	{"pairing", "City or region pairing", "Hermanamiento de ciudades o regiones", "Parceria entre cidades ou regiões", "Jumelage de villes ou de régions"},
	{"project", "Project", "Proyecto", "Projeto", "Projet"},
}

// Framework names what an activity was carried out under: the dialogue itself, or a
// related programme.
type Framework string

// Frameworks.
const (
	UnderDialogue   Framework = "dialogue"
	IUC             Framework = "iuc"
	IURC            Framework = "iurc"
	INNOVACT        Framework = "innovact"
	INNOVAL         Framework = "innov-al"
	WorldCities     Framework = "world-cities"
	CETREGIO        Framework = "cetregio"
	EULACCBC        Framework = "eulac-cbc"
	EULACREGIO      Framework = "eulac-regio"
	EUROsociAL      Framework = "eurosocial"
	URBELAC         Framework = "urbelac"
	ICPAGIR         Framework = "icp-agir"
	SectorDialogues Framework = "sector-dialogues"
	OtherFramework  Framework = "other"
)

var frameworks = [...]codeInfo{
	{"dialogue", "The dialogue itself", "El propio diálogo", "O próprio diálogo", "Le dialogue lui-même"},
	{"iuc", "International Urban Cooperation (IUC)", "Cooperación Urbana Internacional (IUC)", "Cooperação Urbana Internacional (IUC)", "Coopération urbaine internationale (IUC)"},
	{"iurc", "International Urban and Regional Cooperation (IURC)", "Cooperación Urbana y Regional Internacional (IURC)", "Cooperação Urbana e Regional Internacional (IURC)", "Coopération urbaine et régionale internationale (IURC)"},
	{"innovact", "EU-CELAC INNOVACT platform", "Plataforma UE-CELAC INNOVACT", "Plataforma UE-CELAC INNOVACT", "Plateforme UE-CELAC INNOVACT"},
	{"innov-al", "INNOV-AL", "INNOV-AL", "INNOV-AL", "INNOV-AL"},
	{"world-cities", "World Cities", "World Cities", "World Cities", "World Cities"},
	{"cetregio", "CETREGIO", "CETREGIO", "CETREGIO", "CETREGIO"},
	{"eulac-cbc", "EU–Latin America cross-border cooperation project", "Proyecto UE–América Latina de cooperación transfronteriza", "Projeto UE–América Latina de cooperação transfronteiriça", "Projet UE–Amérique latine de coopération transfrontalière"},
	{"eulac-regio", "EU–Latin America regional innovation systems cooperation", "Cooperación UE–América Latina en sistemas regionales de innovación", "Cooperação UE–América Latina em sistemas regionais de inovação", "Coopération UE–Amérique latine sur les systèmes régionaux d'innovation"},
	{"eurosocial", "EUROsociAL", "EUROsociAL", "EUROsociAL", "EUROsociAL"},
	{"urbelac", "URBELAC network", "Red URBELAC", "Rede URBELAC", "Réseau URBELAC"},
	{"icp-agir", "International City Partnerships (ICP-AGIR)", "Asociaciones Internacionales de Ciudades (ICP-AGIR)", "Parcerias Internacionais de Cidades (ICP-AGIR)", "Partenariats internationaux de villes (ICP-AGIR)"},
	{"sector-dialogues", "EU–Brazil Sector Dialogues", "Diálogos Sectoriales UE–Brasil", "Diálogos Setoriais UE–Brasil", "Dialogues sectoriels UE–Brésil"},
	{"other", "Other framework", "Otro marco", "Outro quadro", "Autre cadre"},
}

// Region is a partner's geographic region: a subregion of the United Nations M49 standard,
// or the macro-region Latin America and the Caribbean that contains two of them. Unlike
// Group, which is political (Brazil and Mexico are strategic partners), Region is geography:
// Brazil and Mexico lie in Latin America, and SICA in Central America. Use Within to test
// membership of the macro-region.
type Region string

// Regions, with their UN M49 codes.
const (
	RegionLatinAmerica   Region = "latin-america"   // 419, Latin America and the Caribbean
	RegionSouthAmerica   Region = "south-america"   // 005, within Latin America
	RegionCentralAmerica Region = "central-america" // 013, within Latin America; M49 counts Mexico here
	RegionEasternAsia    Region = "eastern-asia"    // 030
	RegionSouthernAsia   Region = "southern-asia"   // 034
	RegionEasternEurope  Region = "eastern-europe"  // 151
	RegionWesternAsia    Region = "western-asia"    // 145, which M49 counts Georgia in
)

var regions = [...]codeInfo{
	{"latin-america", "Latin America and the Caribbean", "América Latina y el Caribe", "América Latina e Caribe", "Amérique latine et Caraïbes"},
	{"south-america", "South America", "América del Sur", "América do Sul", "Amérique du Sud"},
	{"central-america", "Central America", "América Central", "América Central", "Amérique centrale"},
	{"eastern-asia", "Eastern Asia", "Asia oriental", "Ásia Oriental", "Asie orientale"},
	{"southern-asia", "Southern Asia", "Asia meridional", "Ásia Meridional", "Asie du Sud"},
	{"eastern-europe", "Eastern Europe", "Europa oriental", "Europa Oriental", "Europe orientale"},
	{"western-asia", "Western Asia", "Asia occidental", "Ásia Ocidental", "Asie occidentale"},
}

// regionInfo holds each region's M49 code and the region that contains it, in the order of
// regions.
var regionInfo = [...]struct{ m49, parent string }{
	{"419", ""},
	{"005", "latin-america"},
	{"013", "latin-america"},
	{"030", ""},
	{"034", ""},
	{"151", ""},
	{"145", ""},
}

// SourceKind classifies a source by who published it. The dataset prefers, in this order,
// official and partner-government sources, then programme sites, news, academic work,
// reference works (the Unicode CLDR for names of countries) and other publishers; a mirror, a copy of a document on a site other than its publisher's,
// is cited only when the original could not be found, and names its original.
type SourceKind string

// Source kinds.
const (
	SourceOfficial          SourceKind = "official"           // EU institutions and bodies
	SourcePartnerGovernment SourceKind = "partner-government" // the partner's government or secretariat
	SourceProgramme         SourceKind = "programme"          // programme and contractor sites
	SourceNews              SourceKind = "news"               // newspapers, broadcasters, news agencies
	SourceAcademic          SourceKind = "academic"           // universities, research institutes, journals
	SourceReference         SourceKind = "reference"          // reference works and standards: Unicode CLDR, ISO 3166
	SourceMirror            SourceKind = "mirror"             // a copy on a document-mirror site; see Source.Original
	SourceOther             SourceKind = "other"              // any other publisher
)

var sourceKinds = [...]codeInfo{
	{"official", "EU institution", "Institución de la UE", "Instituição da UE", "Institution de l'UE"},
	{"partner-government", "Partner government", "Gobierno socio", "Governo parceiro", "Gouvernement partenaire"},
	{"programme", "Programme or contractor", "Programa o contratista", "Programa ou contratante", "Programme ou prestataire"},
	{"news", "News media", "Medio de comunicación", "Meio de comunicação", "Média d'information"},
	{"academic", "Academic", "Académica", "Acadêmica", "Universitaire"},
	{"reference", "Reference work or standard", "Obra de referencia o norma", "Obra de referência ou norma", "Ouvrage de référence ou norme"},
	{"mirror", "Copy on a document-mirror site", "Copia en un sitio espejo de documentos", "Cópia em um site espelho de documentos", "Copie sur un site miroir de documents"},
	{"other", "Other", "Otra", "Outra", "Autre"},
}

// codeInfo is one code and its labels. The tables above are arrays of constants, so they
// need no initialisation at program start.
type codeInfo struct {
	code, en, es, pt, fr string
}

// labelMatcher matches preferences against the languages of codeInfo's labels, in field
// order. It is built on first use (a sync.Once rather than sync.OnceValue, whose closure
// would be allocated at program start).
var (
	labelOnce sync.Once
	labelM    language.Matcher
)

func labelMatcher() language.Matcher {
	labelOnce.Do(func() {
		labelM = language.NewMatcher([]language.Tag{language.English, language.Spanish, language.Portuguese, language.French})
	})
	return labelM
}

func findCode(list []codeInfo, s string) (codeInfo, bool) {
	for _, c := range list {
		if c.code == s {
			return c, true
		}
	}
	return codeInfo{}, false
}

func label(list []codeInfo, s string, prefs []language.Tag) string {
	c, ok := findCode(list, s)
	if !ok {
		return s
	}
	if len(prefs) == 0 {
		return c.en
	}
	_, i, conf := labelMatcher().Match(prefs...)
	if conf < language.High {
		return c.en
	}
	return [...]string{c.en, c.es, c.pt, c.fr}[i]
}

func codes[T ~string](list []codeInfo) []T {
	out := make([]T, len(list))
	for i, c := range list {
		out[i] = T(c.code)
	}
	return out
}

func parseCode[T ~string](list []codeInfo, what, s string) (T, error) {
	if _, ok := findCode(list, s); !ok {
		return "", fmt.Errorf("%w: %q is not a known %s", ErrInvalidValue, s, what)
	}
	return T(s), nil
}

// The methods below are the same for each code type: Valid reports membership of the list,
// Label gives the label in the best of English, Spanish, Portuguese and French for the
// preferred languages (English when none matches), and ParseX checks a string.

// Valid reports whether k is a known instrument kind.
func (k InstrumentKind) Valid() bool { _, ok := findCode(instrumentKinds[:], string(k)); return ok }

// Label returns k's label in the best match for prefs, English by default.
func (k InstrumentKind) Label(prefs ...language.Tag) string {
	return label(instrumentKinds[:], string(k), prefs)
}

// InstrumentKinds returns every instrument kind, in list order.
func InstrumentKinds() []InstrumentKind { return codes[InstrumentKind](instrumentKinds[:]) }

// ParseInstrumentKind returns s as an InstrumentKind, or an error wrapping ErrInvalidValue.
func ParseInstrumentKind(s string) (InstrumentKind, error) {
	return parseCode[InstrumentKind](instrumentKinds[:], "instrument kind", s)
}

// Valid reports whether g is a known group.
func (g Group) Valid() bool { _, ok := findCode(groups[:], string(g)); return ok }

// Label returns g's label in the best match for prefs, English by default.
func (g Group) Label(prefs ...language.Tag) string { return label(groups[:], string(g), prefs) }

// Groups returns every partner group, in list order.
func Groups() []Group { return codes[Group](groups[:]) }

// ParseGroup returns s as a Group, or an error wrapping ErrInvalidValue.
func ParseGroup(s string) (Group, error) { return parseCode[Group](groups[:], "partner group", s) }

// Valid reports whether k is a known partner kind.
func (k PartnerKind) Valid() bool { _, ok := findCode(partnerKinds[:], string(k)); return ok }

// Label returns k's label in the best match for prefs, English by default.
func (k PartnerKind) Label(prefs ...language.Tag) string {
	return label(partnerKinds[:], string(k), prefs)
}

// PartnerKinds returns every partner kind, in list order.
func PartnerKinds() []PartnerKind { return codes[PartnerKind](partnerKinds[:]) }

// ParsePartnerKind returns s as a PartnerKind, or an error wrapping ErrInvalidValue.
func ParsePartnerKind(s string) (PartnerKind, error) {
	return parseCode[PartnerKind](partnerKinds[:], "partner kind", s)
}

// Valid reports whether s is a known side.
func (s Side) Valid() bool { _, ok := findCode(sides[:], string(s)); return ok }

// Label returns s's label in the best match for prefs, English by default.
func (s Side) Label(prefs ...language.Tag) string { return label(sides[:], string(s), prefs) }

// Sides returns every party side, in list order.
func Sides() []Side { return codes[Side](sides[:]) }

// ParseSide returns s as a Side, or an error wrapping ErrInvalidValue.
func ParseSide(s string) (Side, error) { return parseCode[Side](sides[:], "party side", s) }

// Valid reports whether l is a known pairing level.
func (l PairLevel) Valid() bool { _, ok := findCode(pairLevels[:], string(l)); return ok }

// Label returns l's label in the best match for prefs, English by default.
func (l PairLevel) Label(prefs ...language.Tag) string { return label(pairLevels[:], string(l), prefs) }

// PairLevels returns every pairing level, in list order.
func PairLevels() []PairLevel { return codes[PairLevel](pairLevels[:]) }

// ParsePairLevel returns s as a PairLevel, or an error wrapping ErrInvalidValue.
func ParsePairLevel(s string) (PairLevel, error) {
	return parseCode[PairLevel](pairLevels[:], "pairing level", s)
}

// Valid reports whether k is a known note kind.
func (k NoteKind) Valid() bool { _, ok := findCode(noteKinds[:], string(k)); return ok }

// Label returns k's label in the best match for prefs, English by default.
func (k NoteKind) Label(prefs ...language.Tag) string { return label(noteKinds[:], string(k), prefs) }

// NoteKinds returns every note kind, in list order.
func NoteKinds() []NoteKind { return codes[NoteKind](noteKinds[:]) }

// ParseNoteKind returns s as a NoteKind, or an error wrapping ErrInvalidValue.
func ParseNoteKind(s string) (NoteKind, error) {
	return parseCode[NoteKind](noteKinds[:], "note kind", s)
}

// Valid reports whether t is a known theme.
func (t Theme) Valid() bool { _, ok := findCode(themes[:], string(t)); return ok }

// Label returns t's label in the best match for prefs, English by default.
func (t Theme) Label(prefs ...language.Tag) string { return label(themes[:], string(t), prefs) }

// Themes returns every theme, in list order.
func Themes() []Theme { return codes[Theme](themes[:]) }

// ParseTheme returns s as a Theme, or an error wrapping ErrInvalidValue.
func ParseTheme(s string) (Theme, error) { return parseCode[Theme](themes[:], "theme", s) }

// Valid reports whether k is a known activity kind.
func (k ActivityKind) Valid() bool { _, ok := findCode(activityKinds[:], string(k)); return ok }

// Label returns k's label in the best match for prefs, English by default.
func (k ActivityKind) Label(prefs ...language.Tag) string {
	return label(activityKinds[:], string(k), prefs)
}

// ActivityKinds returns every activity kind, in list order.
func ActivityKinds() []ActivityKind { return codes[ActivityKind](activityKinds[:]) }

// ParseActivityKind returns s as an ActivityKind, or an error wrapping ErrInvalidValue.
func ParseActivityKind(s string) (ActivityKind, error) {
	return parseCode[ActivityKind](activityKinds[:], "activity kind", s)
}

// Valid reports whether f is a known framework.
func (f Framework) Valid() bool { _, ok := findCode(frameworks[:], string(f)); return ok }

// Label returns f's label in the best match for prefs, English by default.
func (f Framework) Label(prefs ...language.Tag) string {
	return label(frameworks[:], string(f), prefs)
}

// Frameworks returns every framework, in list order.
func Frameworks() []Framework { return codes[Framework](frameworks[:]) }

// ParseFramework returns s as a Framework, or an error wrapping ErrInvalidValue.
func ParseFramework(s string) (Framework, error) {
	return parseCode[Framework](frameworks[:], "framework", s)
}

// Valid reports whether r is a known region.
func (r Region) Valid() bool { _, ok := findCode(regions[:], string(r)); return ok }

// Label returns r's label in the best match for prefs, English by default.
func (r Region) Label(prefs ...language.Tag) string { return label(regions[:], string(r), prefs) }

// Regions returns every region, in list order.
func Regions() []Region { return codes[Region](regions[:]) }

// ParseRegion returns s as a Region, or an error wrapping ErrInvalidValue.
func ParseRegion(s string) (Region, error) { return parseCode[Region](regions[:], "region", s) }

// M49 returns r's numeric code in the United Nations M49 standard ("419", "005"), or "" if r
// is not a known region.
func (r Region) M49() string {
	for i, c := range regions {
		if c.code == string(r) {
			return regionInfo[i].m49
		}
	}
	return ""
}

// Parent returns the region that contains r (Latin America for South and Central America),
// or "" when r has none.
func (r Region) Parent() Region {
	for i, c := range regions {
		if c.code == string(r) {
			return Region(regionInfo[i].parent)
		}
	}
	return ""
}

// Within reports whether r is the region outer or lies inside it:
// RegionSouthAmerica.Within(RegionLatinAmerica) is true.
func (r Region) Within(outer Region) bool {
	for x := r; x != ""; x = x.Parent() {
		if x == outer {
			return true
		}
	}
	return false
}

// Valid reports whether k is a known source kind.
func (k SourceKind) Valid() bool { _, ok := findCode(sourceKinds[:], string(k)); return ok }

// Label returns k's label in the best match for prefs, English by default.
func (k SourceKind) Label(prefs ...language.Tag) string {
	return label(sourceKinds[:], string(k), prefs)
}

// SourceKinds returns every source kind, in order of preference.
func SourceKinds() []SourceKind { return codes[SourceKind](sourceKinds[:]) }

// ParseSourceKind returns s as a SourceKind, or an error wrapping ErrInvalidValue.
func ParseSourceKind(s string) (SourceKind, error) {
	return parseCode[SourceKind](sourceKinds[:], "source kind", s)
}
