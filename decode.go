package regiodialogue

import (
	"errors"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/regiodialogue/regiodialogue/internal/jsonx"
	"github.com/regiodialogue/regiodialogue/internal/rules"
	"golang.org/x/text/language"
)

// The strict decoder. It reads the dataset format in one pass over the bytes with
// internal/jsonx (which rejects malformed JSON, duplicate keys and invalid UTF-8) and checks
// every rule of the JSON Schemas as it goes, so that what the schemas accept it decodes and
// what it accepts the schemas accept. Rules the schemas cannot state live in internal/rules.

// maxText is the longest free text allowed, in characters (the schemas' maxLength).
const maxText = 10000

// asError converts a jsonx error to an *Error in file, and sets the file of an *Error;
// other errors pass through. Each error of a join is converted.
func asError(err error, file string) error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs := j.Unwrap()
		out := make([]error, len(errs))
		for i, e := range errs {
			out[i] = asError(e, file)
		}
		return errors.Join(out...)
	}
	var je *jsonx.Error
	if errors.As(err, &je) {
		return &Error{File: file, Pointer: je.Pointer, Err: je.Err, Msg: je.Msg}
	}
	var e *Error
	if errors.As(err, &e) && e.File == "" && file != "" {
		c := *e
		c.File = file
		return &c
	}
	return err
}

func fail(d *jsonx.Decoder, sentinel error, msg string) error {
	return &Error{Pointer: d.Pointer(), Err: sentinel, Msg: msg}
}

// invalid reports an ErrInvalidValue fault in the value just read. Under the collecting
// decoder (see decodeFaults) the fault is recorded and nil returned, so that decoding goes
// on with the value as read: the rules checked after decoding see what the schemas' rules
// see, and a Text keeps its (invalid) "en" entry. Otherwise the fault is returned.
func invalid(d *jsonx.Decoder, msg string) error {
	return d.Report(fail(d, ErrInvalidValue, msg))
}

// object reads an object whose keys must be among known; the keys listed in required (a
// prefix-free subset of known) must be present. fn reads the value of each key.
func object(d *jsonx.Decoder, what string, known, required []string, fn func(key string) error) error {
	var seen uint64
	err := d.ObjectKnown(known, func(key string) error {
		i := indexOf(known, key)
		if i < 0 {
			msg := "unknown field " + quote(key) + " in " + what
			for _, k := range known {
				if strings.EqualFold(k, key) {
					msg += " (did you mean " + quote(k) + "?)"
					break
				}
			}
			return fail(d, ErrUnknownField, msg)
		}
		seen |= 1 << i
		return fn(key)
	})
	if err != nil {
		return err
	}
	// One fault per missing field, at the field's pointer. They are recorded rather than
	// returned, so that the checks the caller makes on the object's fields still run.
	for _, r := range required {
		if seen&(1<<indexOf(known, r)) == 0 {
			sentinel := ErrMissingField
			if r == "sources" {
				sentinel = ErrNoSource
			}
			if err := d.Report(&Error{Pointer: d.Pointer() + "/" + r, Err: sentinel, Msg: what + " has no " + quote(r)}); err != nil {
				return err
			}
		}
	}
	return nil
}

func indexOf(list []string, s string) int {
	for i, k := range list {
		if k == s {
			return i
		}
	}
	return -1
}

func quote(s string) string { return "\"" + s + "\"" }

// str reads a free-text string: not empty, one line without control characters, no white
// space at either end (rules.Line), at most maxText characters.
func str(d *jsonx.Decoder) (string, error) {
	s, err := d.String()
	if err != nil {
		return "", err
	}
	if err := checkFree(s); err != "" {
		return s, invalid(d, err)
	}
	return s, nil
}

func checkFree(s string) string {
	switch {
	case s == "":
		return "empty string"
	case len(s) > maxText && utf8.RuneCountInString(s) > maxText:
		return "string longer than 10000 characters"
	}
	return rules.Line(s)
}

// checked reads a string and checks it with fn, which returns a message when it is invalid.
func checked(d *jsonx.Decoder, fn func(string) string) (string, error) {
	s, err := d.String()
	if err != nil {
		return "", err
	}
	if msg := fn(s); msg != "" {
		return s, invalid(d, msg)
	}
	return s, nil
}

func codeOf[T ~string](d *jsonx.Decoder, list []codeInfo, what string) (T, error) {
	s, err := d.String()
	if err != nil {
		return "", err
	}
	if _, ok := findCode(list, s); !ok {
		return T(s), invalid(d, quote(s)+" is not a known "+what)
	}
	return T(s), nil
}

// list reads a non-empty array.
func list(d *jsonx.Decoder, fn func() error) error {
	return listOr(d, ErrInvalidValue, fn)
}

// listOr reads a non-empty array; an empty one is an error wrapping sentinel.
func listOr(d *jsonx.Decoder, sentinel error, fn func() error) error {
	n := 0
	err := d.Array(func(int) error { n++; return fn() })
	if err == nil && n == 0 {
		err = fail(d, sentinel, "empty list (leave the field out instead)")
	}
	return err
}

// uniqueStrings reads a non-empty array of distinct strings, each checked by fn, in time
// linear in the array's length.
func uniqueStrings[T ~string](d *jsonx.Decoder, fn func() (T, error)) ([]T, error) {
	var out []T
	var seen rules.Set
	err := list(d, func() error {
		v, err := fn()
		if err != nil {
			return err
		}
		if !seen.Add(string(v)) {
			return fail(d, ErrInvalidValue, "duplicate item "+quote(string(v)))
		}
		out = append(grow(out), v)
		return nil
	})
	return out, err
}

// grow makes room for one more item in a full list by doubling its capacity: the total
// allocated for a list of n items stays under 2n items, where append's gentler growth for
// large slices (about 1.25×) would allocate and copy about 5n.
func grow[T any](list []T) []T {
	if len(list) == cap(list) {
		return slices.Grow(list, max(len(list), 4))
	}
	return list
}

func dateOf(d *jsonx.Decoder) (Date, error) {
	s, err := d.String()
	if err != nil {
		return Date{}, err
	}
	v, err := ParseDate(s)
	if err != nil {
		return Date{}, fail(d, ErrInvalidValue, strings.TrimPrefix(err.Error(), ErrInvalidValue.Error()+": "))
	}
	return v, nil
}

func tagString(d *jsonx.Decoder) (string, error) {
	return checked(d, func(s string) string {
		_, msg := parseTag(s)
		return msg
	})
}

func parseTag(s string) (language.Tag, string) {
	info := rules.Tag(s)
	return info.Tag, info.Msg
}

func decodeText(d *jsonx.Decoder) (Text, error) {
	t := make(Text, 2)
	var langs rules.TextLanguages
	hasEnglish := false // an "en" key, even with a faulty value: its fault is reported alone
	err := d.Object(func(key string) error {
		hasEnglish = hasEnglish || key == "en"
		info := rules.Tag(key)
		if info.Msg != "" {
			return badKey(d, info.Msg)
		}
		if faults := langs.Add(key, info); len(faults) > 0 {
			if faults[0].Key == key {
				return badKey(d, faults[0].Msg)
			}
			// Translations met before the original in their language: the pointers of
			// their keys, beside this one's.
			p := d.Pointer()
			p = p[:strings.LastIndexByte(p, '/')+1]
			for _, f := range faults {
				if err := d.Report(&Error{Pointer: p + jsonx.EscapePointerToken(f.Key), Err: ErrInvalidValue, Msg: f.Msg}); err != nil {
					return err
				}
			}
		}
		s, err := str(d)
		if err != nil {
			return err
		}
		t[info.Tag] = s
		return nil
	})
	if err != nil {
		return nil, err
	}
	if !hasEnglish {
		return nil, &Error{Pointer: d.Pointer() + "/en", Err: ErrNoEnglish, Msg: "text has no \"en\" entry"}
	}
	return t, nil
}

// badKey reports a faulty key of a Text, then reads its value, whose type the schemas check
// too. The value's own string rules are not applied: a fault of theirs would be a second
// invalid value at the key's pointer, where the schemas report one.
func badKey(d *jsonx.Decoder, msg string) error {
	if err := invalid(d, msg); err != nil {
		return err
	}
	_, err := d.String()
	return err
}

var (
	agreementKeys = []string{"id", "partner", "group", "dialogue", "instruments", "themes", "summary", "activities", "notes", "sources"}
	agreementReq  = []string{"id", "partner", "group", "dialogue", "instruments", "summary", "sources"}
	partnerKeys   = []string{"code", "kind", "region", "name", "languages"}
	instrKeys     = []string{"kind", "title", "signed", "place", "parties", "framework", "binding", "documents", "sources"}
	instrReq      = []string{"kind", "signed", "sources"}
	partyKeys     = []string{"side", "institution", "signatory", "uncertain"}
	partyReq      = []string{"side", "institution"}
	signatoryKeys = []string{"name", "role", "onBehalfOf", "uncertain"}
	placeKeys     = []string{"name", "country", "uncertain"}
	documentKeys  = []string{"title", "languages", "url", "format", "published"}
	sourceKeys    = []string{"url", "title", "kind", "publisher", "published", "accessed", "language", "supports", "original"}
	sourceReq     = []string{"url", "kind", "publisher", "accessed", "language"}
	originalKeys  = []string{"title", "publisher", "published", "reference"}
	noteKeys      = []string{"kind", "text", "sources"}
	noteReq       = []string{"kind", "text"}
	activityKeys  = []string{"id", "kind", "title", "start", "end", "places", "pair", "themes", "summary", "outputs", "framework", "partners", "partOf", "sources"}
	pairKeys      = []string{"eu", "partner", "level"}
	activityReq   = []string{"id", "kind", "title", "start", "framework", "partners", "sources"}
)

// DecodeAgreement decodes one agreement record strictly and checks the rules that hold
// within one agreement (activity ids unique and prefixed by the agreement's id, no activity
// ending before it starts). It reports every fault it finds, as Load does: each is an
// *Error, joined with errors.Join when there are several, in the order of their pointers.
// Only malformed JSON (and a duplicate key, or nesting too deep) stops the reading; it is
// then the one fault reported.
func DecodeAgreement(data []byte) (Agreement, error) {
	a, errs, _ := decodeAgreementFaults(data, "")
	if len(errs) > 0 {
		return Agreement{}, errors.Join(errs...)
	}
	return a, nil
}

// DecodeActivity decodes one activity record strictly (as it appears in an agreement's
// "activities") and checks that it does not end before it starts. Like DecodeAgreement, it
// reports every fault it finds.
func DecodeActivity(data []byte) (Activity, error) {
	var a Activity
	errs, fatal := decodeFaults(data, func(d *jsonx.Decoder) error { return decodeActivity(d, &a) })
	if !fatal {
		for _, v := range rules.CheckActivity(ruleActivity(&a), "") {
			errs = append(errs, ruleError(v, ""))
		}
	}
	if len(errs) > 0 {
		sortFaults(errs)
		return Activity{}, errors.Join(errs...)
	}
	return a, nil
}

// decodeAgreementFaults decodes an agreement in file, returning what it could decode and
// every fault found, sorted by pointer: those of the decoder and, unless the reading
// stopped (fatal), those of the rules within one agreement, applied to what was decoded.
func decodeAgreementFaults(data []byte, file string) (a Agreement, errs []error, fatal bool) {
	errs, fatal = decodeFaults(data, func(d *jsonx.Decoder) error { return decodeAgreement(d, &a) })
	if !fatal {
		errs = append(errs, checkAgreement(&a, "")...)
	}
	if file != "" {
		for i, e := range errs {
			errs[i] = asError(e, file)
		}
	}
	sortFaults(errs)
	return a, errs, fatal
}

// decodeDocument reads data as one JSON document whose top-level value fn decodes; its
// error joins every fault found.
func decodeDocument(data []byte, fn func(*jsonx.Decoder) error) error {
	errs, _ := decodeFaults(data, fn)
	sortFaults(errs)
	return errors.Join(errs...)
}

// decodeFaults reads data as one JSON document whose top-level value fn decodes, going on
// after each recoverable fault. It returns every fault, each an *Error; fatal reports a
// fault that stopped the reading (see recoverable), which is then the only one returned.
func decodeFaults(data []byte, fn func(*jsonx.Decoder) error) (errs []error, fatal bool) {
	d := jsonx.NewDecoder(data)
	d.Recoverable = recoverable
	err := d.Begin()
	if err == nil {
		err = d.Guard(func() error { return fn(d) })
	}
	if err == nil {
		err = d.End()
	}
	if err != nil {
		return []error{asError(err, "")}, true
	}
	for _, f := range d.Faults() {
		errs = appendFlat(errs, f)
	}
	return errs, false
}

// recoverable reports whether the decoder can go on after err: every fault but malformed
// JSON, a duplicate key (the input checks of package schema stop there too), nesting too
// deep and input too large.
func recoverable(err error) bool {
	return !errors.Is(err, ErrSyntax) && !errors.Is(err, ErrDuplicateKey) && !errors.Is(err, ErrTooDeep) && !errors.Is(err, ErrTooLarge)
}

// appendFlat appends err, or each error err joins, as an *Error.
func appendFlat(errs []error, err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range j.Unwrap() {
			errs = appendFlat(errs, e)
		}
		return errs
	}
	return append(errs, asError(err, ""))
}

// sortFaults orders *Error values by pointer (array indexes numerically), keeping the order
// of faults at the same place.
func sortFaults(errs []error) {
	ptr := func(err error) string {
		var e *Error
		if errors.As(err, &e) {
			return e.Pointer
		}
		return ""
	}
	slices.SortStableFunc(errs, func(a, b error) int { return jsonx.ComparePointers(ptr(a), ptr(b)) })
}

func decodeAgreement(d *jsonx.Decoder, a *Agreement) error {
	return object(d, "agreement", agreementKeys, agreementReq, func(key string) (err error) {
		switch key {
		case "id":
			a.ID, err = checked(d, rules.AgreementID)
		case "partner":
			err = decodePartner(d, &a.Partner)
		case "group":
			a.Group, err = codeOf[Group](d, groups[:], "partner group")
		case "dialogue":
			a.Dialogue, err = decodeText(d)
		case "instruments":
			err = list(d, func() error {
				a.Instruments = append(grow(a.Instruments), Instrument{})
				return decodeInstrument(d, &a.Instruments[len(a.Instruments)-1])
			})
		case "themes":
			a.Themes, err = uniqueStrings(d, func() (Theme, error) { return codeOf[Theme](d, themes[:], "theme") })
		case "summary":
			a.Summary, err = decodeText(d)
		case "activities":
			err = list(d, func() error {
				a.Activities = append(grow(a.Activities), Activity{})
				return decodeActivity(d, &a.Activities[len(a.Activities)-1])
			})
		case "notes":
			err = list(d, func() error {
				a.Notes = append(grow(a.Notes), Note{})
				return decodeNote(d, &a.Notes[len(a.Notes)-1])
			})
		case "sources":
			a.Sources, err = decodeSources(d)
		}
		return err
	})
}

func decodePartner(d *jsonx.Decoder, p *Partner) error {
	return object(d, "partner", partnerKeys, partnerKeys, func(key string) (err error) {
		switch key {
		case "code":
			p.Code, err = checked(d, rules.PartnerCode)
		case "kind":
			p.Kind, err = codeOf[PartnerKind](d, partnerKinds[:], "partner kind")
		case "region":
			p.Region, err = codeOf[Region](d, regions[:], "region")
		case "name":
			p.Name, err = decodeText(d)
		case "languages":
			p.Languages, err = uniqueTags(d)
		}
		return err
	})
}

func decodeInstrument(d *jsonx.Decoder, in *Instrument) error {
	return object(d, "instrument", instrKeys, instrReq, func(key string) (err error) {
		switch key {
		case "kind":
			in.Kind, err = codeOf[InstrumentKind](d, instrumentKinds[:], "instrument kind")
		case "title":
			in.Title, err = decodeText(d)
		case "signed":
			in.Signed, err = dateOf(d)
		case "place":
			in.Place = new(Place)
			err = decodePlace(d, in.Place)
		case "parties":
			err = list(d, func() error {
				in.Parties = append(grow(in.Parties), Party{})
				return decodeParty(d, &in.Parties[len(in.Parties)-1])
			})
		case "framework":
			in.Framework, err = decodeText(d)
		case "binding":
			var b bool
			b, err = d.Bool()
			in.Binding = &b
		case "documents":
			in.Documents, err = decodeDocuments(d)
		case "sources":
			in.Sources, err = decodeSources(d)
		}
		return err
	})
}

func decodeParty(d *jsonx.Decoder, p *Party) error {
	return object(d, "party", partyKeys, partyReq, func(key string) (err error) {
		switch key {
		case "side":
			p.Side, err = codeOf[Side](d, sides[:], "party side")
		case "institution":
			p.Institution, err = decodeText(d)
		case "signatory":
			s := new(Signatory)
			p.Signatory = s
			err = object(d, "signatory", signatoryKeys, signatoryKeys[:1], func(key string) (err error) {
				switch key {
				case "name":
					s.Name, err = str(d)
				case "role":
					s.Role, err = decodeText(d)
				case "onBehalfOf":
					s.OnBehalfOf, err = str(d)
				case "uncertain":
					s.Uncertain, err = d.Bool()
				}
				return err
			})
		case "uncertain":
			p.Uncertain, err = d.Bool()
		}
		return err
	})
}

func decodePlace(d *jsonx.Decoder, p *Place) error {
	return object(d, "place", placeKeys, placeKeys[:1], func(key string) (err error) {
		switch key {
		case "name":
			p.Name, err = decodeText(d)
		case "country":
			p.Country, err = checked(d, rules.CountryCode)
		case "uncertain":
			p.Uncertain, err = d.Bool()
		}
		return err
	})
}

func decodeDocuments(d *jsonx.Decoder) ([]Document, error) {
	var docs []Document
	err := list(d, func() error {
		var doc Document
		err := object(d, "document", documentKeys, documentKeys[:2], func(key string) (err error) {
			switch key {
			case "title":
				doc.Title, err = decodeText(d)
			case "languages":
				doc.Languages, err = uniqueStrings(d, func() (string, error) { return tagString(d) })
			case "url":
				doc.URL, err = checked(d, rules.URL)
			case "format":
				doc.Format, err = checked(d, rules.MediaType)
			case "published":
				doc.Published, err = dateOf(d)
			}
			return err
		})
		docs = append(grow(docs), doc)
		return err
	})
	return docs, err
}

func decodeSources(d *jsonx.Decoder) ([]Source, error) {
	var srcs []Source
	err := listOr(d, ErrNoSource, func() error {
		var s Source
		err := object(d, "source", sourceKeys, sourceReq, func(key string) (err error) {
			switch key {
			case "url":
				s.URL, err = checked(d, rules.URL)
			case "title":
				s.Title, err = str(d)
			case "kind":
				s.Kind, err = codeOf[SourceKind](d, sourceKinds[:], "source kind")
			case "publisher":
				s.Publisher, err = str(d)
			case "published":
				s.Published, err = dateOf(d)
			case "accessed":
				s.Accessed, err = monthOf(d)
			case "language":
				s.Language, err = tagString(d)
			case "supports":
				s.Supports, err = str(d)
			case "original":
				s.Original = new(Original)
				err = object(d, "original", originalKeys, originalKeys[:2], func(key string) (err error) {
					switch key {
					case "title":
						s.Original.Title, err = str(d)
					case "publisher":
						s.Original.Publisher, err = str(d)
					case "published":
						s.Original.Published, err = dateOf(d)
					case "reference":
						s.Original.Reference, err = str(d)
					}
					return err
				})
			}
			return err
		})
		if err == nil {
			switch {
			case s.Kind == SourceMirror && s.Original == nil:
				err = &Error{Pointer: d.Pointer() + "/original", Err: ErrMissingField, Msg: "a source of kind \"mirror\" has no \"original\""}
			case s.Kind != SourceMirror && s.Original != nil:
				err = fail(d, ErrInvalidValue, "only a source of kind \"mirror\" has an \"original\"")
			}
		}
		srcs = append(grow(srcs), s)
		return err
	})
	return srcs, err
}

// monthOf reads a date at month precision, such as "2026-11".
func monthOf(d *jsonx.Decoder) (Date, error) {
	v, err := dateOf(d)
	if err == nil && (v.Precision() != Month || v.Uncertain()) {
		err = fail(d, ErrInvalidValue, quote(v.String())+" is not a month (YYYY-MM)")
	}
	return v, err
}

func decodeNote(d *jsonx.Decoder, n *Note) error {
	return object(d, "note", noteKeys, noteReq, func(key string) (err error) {
		switch key {
		case "kind":
			n.Kind, err = codeOf[NoteKind](d, noteKinds[:], "note kind")
		case "text":
			n.Text, err = decodeText(d)
		case "sources":
			n.Sources, err = decodeSources(d)
		}
		return err
	})
}

func decodeActivity(d *jsonx.Decoder, a *Activity) error {
	err := object(d, "activity", activityKeys, activityReq, func(key string) (err error) {
		switch key {
		case "id":
			a.ID, err = checked(d, rules.ActivityID)
		case "kind":
			a.Kind, err = codeOf[ActivityKind](d, activityKinds[:], "activity kind")
		case "title":
			a.Title, err = decodeText(d)
		case "start":
			a.Start, err = dateOf(d)
		case "end":
			a.End, err = dateOf(d)
		case "places":
			err = list(d, func() error {
				a.Places = append(grow(a.Places), Place{})
				return decodePlace(d, &a.Places[len(a.Places)-1])
			})
		case "themes":
			a.Themes, err = uniqueStrings(d, func() (Theme, error) { return codeOf[Theme](d, themes[:], "theme") })
		case "summary":
			a.Summary, err = decodeText(d)
		case "outputs":
			a.Outputs, err = decodeDocuments(d)
		case "framework":
			a.Framework, err = codeOf[Framework](d, frameworks[:], "framework")
		case "partners":
			a.Partners, err = uniqueStrings(d, func() (string, error) { return checked(d, rules.AgreementID) })
		case "partOf":
			a.PartOf, err = checked(d, rules.ActivityID)
		case "pair":
			a.Pair = new(Pair)
			err = decodePair(d, a.Pair)
		case "sources":
			a.Sources, err = decodeSources(d)
		}
		return err
	})
	if err == nil && a.Pair != nil && a.Kind != "" && a.Kind != Pairing {
		err = fail(d, ErrInvalidValue, "only an activity of kind \"pairing\" has a \"pair\"")
	}
	return err
}

func decodePair(d *jsonx.Decoder, p *Pair) error {
	places := func(side *[]Place) error {
		return list(d, func() error {
			*side = append(grow(*side), Place{})
			return decodePlace(d, &(*side)[len(*side)-1])
		})
	}
	return object(d, "pair", pairKeys, pairKeys, func(key string) (err error) {
		switch key {
		case "eu":
			err = places(&p.EU)
		case "partner":
			err = places(&p.Partner)
		case "level":
			p.Level, err = codeOf[PairLevel](d, pairLevels[:], "pairing level")
		}
		return err
	})
}

// ruleActivity is what the rules of internal/rules need of a.
func ruleActivity(a *Activity) rules.Activity {
	return rules.Activity{ID: a.ID, Start: a.Start.d, End: a.End.d, Partners: a.Partners, PartOf: a.PartOf}
}

// checkAgreement applies the rules of internal/rules that hold within one agreement.
func checkAgreement(a *Agreement, file string) []error {
	acts := make([]rules.Activity, len(a.Activities))
	for i, act := range a.Activities {
		acts[i] = ruleActivity(&act)
	}
	var errs []error
	for _, v := range rules.CheckAgreement(a.ID, acts) {
		errs = append(errs, ruleError(v, file))
	}
	return errs
}

func ruleError(v rules.Violation, file string) error {
	return &Error{File: file, Pointer: v.Pointer, Err: v.Rule.Err(), Msg: v.Message}
}
