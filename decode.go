package regiodialogue

import (
	"context"
	"errors"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/regiodialogue/regiodialogue/internal/date"
	flt "github.com/regiodialogue/regiodialogue/internal/fault"
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
		return fromJSONX(je, file)
	}
	var e *Error
	if errors.As(err, &e) && e.File == "" && file != "" {
		c := *e
		c.File = file
		return &c
	}
	return err
}

// fromJSONX converts a fault of the JSON reader, with its keyword and parameters.
func fromJSONX(je *jsonx.Error, file string) *Error {
	e := &Error{File: file, Pointer: je.Pointer, Err: je.Err, Msg: je.Msg}
	switch je.Err {
	case jsonx.ErrType:
		e.keyword, e.params = flt.Type, map[string]any{"expected": je.Want, "actual": je.Got}
	case jsonx.ErrDuplicateKey:
		e.keyword, e.params = flt.DuplicateKey, map[string]any{"offset": je.Offset}
		if i := strings.LastIndexByte(je.Pointer, '/'); i >= 0 {
			e.params["property"] = unescapeToken(je.Pointer[i+1:])
		}
	case jsonx.ErrTooDeep:
		e.keyword, e.params = flt.MaxDepth, map[string]any{"limit": je.Limit}
	case jsonx.ErrTooLarge:
		e.keyword = flt.MaxSize
	default:
		e.keyword, e.params = flt.Syntax, map[string]any{"offset": je.Offset}
		if je.Byte != "" {
			e.params["byte"] = je.Byte
		}
		if je.Found != "" {
			e.params["found"] = je.Found
		}
	}
	return e
}

func unescapeToken(t string) string {
	if !strings.Contains(t, "~") {
		return t
	}
	return strings.NewReplacer("~1", "/", "~0", "~").Replace(t)
}

// counted reports whether d lists no more faults, counting the fault found when so: the
// caller then builds nothing. It keeps the cost of a payload full of faults that of its
// bytes.
func counted(d *jsonx.Decoder) bool {
	if d.Full() {
		d.Count()
		return true
	}
	return false
}

// report records a fault in the value just read, at its pointer, unless d lists no more
// faults (see counted); reading goes on with the value as read, so that the rules checked
// after decoding see what the schemas' rules see.
func report(d *jsonx.Decoder, sentinel error, keyword, msg string, params map[string]any) {
	reportAt(d, d.Pointer(), sentinel, keyword, msg, params)
}

func reportAt(d *jsonx.Decoder, ptr string, sentinel error, keyword, msg string, params map[string]any) {
	// Every fault built here is recoverable, so Report records it and returns nil.
	_ = d.Report(&Error{Pointer: ptr, Err: sentinel, Msg: msg, keyword: keyword, params: params})
}

// object reads an object whose keys must be among known; the keys listed in required, the
// first keys of known (known[:len(required)]), must be present. fn reads the value of each
// key.
func object(d *jsonx.Decoder, what string, known, required []string, fn func(key string) error) error {
	var seen uint64
	err := d.ObjectKnown(known, func(key string) error {
		i := indexOf(known, key)
		if i < 0 {
			if counted(d) {
				return d.Skip()
			}
			msg := "unknown field " + quote(key) + " in " + what
			params := map[string]any{"property": key}
			for _, k := range known {
				if strings.EqualFold(k, key) {
					msg += " (did you mean " + quote(k) + "?)"
					params["suggestion"] = k
					break
				}
			}
			return &Error{Pointer: d.Pointer(), Err: ErrUnknownField, Msg: msg, keyword: flt.AdditionalProperties, params: params}
		}
		seen |= 1 << i
		return fn(key)
	})
	if err != nil {
		return err
	}
	// One fault per missing field, at the field's pointer. They are recorded rather than
	// returned, so that the checks the caller makes on the object's fields still run.
	if reqMask := uint64(1)<<len(required) - 1; seen&reqMask == reqMask {
		return nil
	}
	for i, r := range required {
		if seen&(1<<i) == 0 && !counted(d) {
			sentinel := ErrMissingField
			if r == "sources" {
				sentinel = ErrNoSource
			}
			reportAt(d, d.Pointer()+"/"+r, sentinel, flt.Required, what+" has no "+quote(r), map[string]any{"property": r})
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
	if c := checkFree(s); c.keyword != "" && !counted(d) {
		report(d, ErrInvalidValue, c.keyword, c.msg, c.params())
	}
	return s, nil
}

// check is the outcome of a check of a string: the keyword it fails ("" for none), the
// message, and what the parameters are made of.
type check struct {
	keyword, msg string
	format       string          // the $defs entry or field whose rule failed
	value        string          // the value, when the parameters quote it
	quoteValue   bool            // the parameters quote the value
	line         rules.LineFault // for "not" on a free-text string
	limit, n     int             // for minLength and maxLength
	extra        map[string]any  // more parameters
}

// rank orders the string checks as the schemas' evaluation does when one string fails
// several: the first in this order is the one reported.
func rank(keyword string) int {
	switch keyword {
	case flt.Pattern:
		return 1
	case flt.Not:
		return 2
	case flt.MaxLength:
		return 3
	case flt.MinLength:
		return 4
	case flt.LanguageTag:
		return 5
	}
	return 0
}

func (c check) params() map[string]any {
	p := make(map[string]any, 4)
	if c.format != "" {
		p["format"] = c.format
	}
	if c.quoteValue {
		p["value"] = c.value
	}
	switch c.keyword {
	case flt.Not:
		if c.line.Reason != "" {
			p["reason"] = c.line.Reason
			p["codePoint"] = rules.CodePoint(c.line.Char)
			p["position"] = c.line.Position
		}
	case flt.MinLength, flt.MaxLength:
		p["limit"] = c.limit
		p["length"] = c.n
	}
	for k, v := range c.extra {
		p[k] = v
	}
	return p
}

func checkFree(s string) check {
	if s == "" {
		return check{keyword: flt.MinLength, msg: "empty string", format: "nonEmptyString", limit: 1}
	}
	if f := rules.CheckLine(s); f.Msg != "" {
		return check{keyword: flt.Not, msg: f.Msg, format: "nonEmptyString", line: f}
	}
	if len(s) > maxText {
		if n := utf8.RuneCountInString(s); n > maxText {
			return check{keyword: flt.MaxLength, msg: "string longer than 10000 characters", format: "nonEmptyString", limit: maxText, n: n}
		}
	}
	return check{}
}

// checked reads a string and checks it with fn.
func checked(d *jsonx.Decoder, fn func(string) check) (string, error) {
	s, err := d.String()
	if err != nil {
		return "", err
	}
	if c := fn(s); c.keyword != "" && !counted(d) {
		report(d, ErrInvalidValue, c.keyword, c.msg, c.params())
	}
	return s, nil
}

// patternCheck turns the outcome of a check of internal/rules, msg, into a check for the
// pattern of format.
func patternCheck(msg, format, s string) check {
	if msg == "" {
		return check{}
	}
	return check{keyword: flt.Pattern, msg: msg, format: format, value: s, quoteValue: true}
}

func agreementIDCheck(s string) check { return patternCheck(rules.AgreementID(s), "agreementId", s) }
func partnerCodeCheck(s string) check { return patternCheck(rules.PartnerCode(s), "partnerCode", s) }
func countryCheck(s string) check     { return patternCheck(rules.CountryCode(s), "countryCode", s) }
func mediaTypeCheck(s string) check   { return patternCheck(rules.MediaType(s), "mediaType", s) }

func activityIDCheck(s string) check {
	if !rules.ActivityIDForm(s) {
		return check{keyword: flt.Pattern, msg: rules.ActivityID(s), format: "activityId", value: s, quoteValue: true}
	}
	if len(s) > rules.MaxActivityID {
		return check{keyword: flt.MaxLength, msg: "activity id longer than 120 characters", format: "activityId", limit: rules.MaxActivityID, n: len(s)}
	}
	return check{}
}

func urlCheck(s string) check {
	switch {
	case !rules.URLForm(s):
		return check{keyword: flt.Pattern, msg: rules.URL(s), format: "url", value: s, quoteValue: len(s) <= 200}
	case rules.HasSpaceOrControl(s):
		c := check{keyword: flt.Not, msg: strconv.Quote(s) + " holds white space or a control character; a URL may not", format: "url"}
		for i, r := range s {
			if rules.IsSpace(r) || rules.IsControl(r) {
				c.line = rules.LineFault{Reason: "space", Char: r, Position: utf8.RuneCountInString(s[:i]) + 1}
				if rules.IsControl(r) {
					c.line.Reason = "control"
				}
				break
			}
		}
		return c
	}
	if len(s) > rules.MaxURL {
		if n := utf8.RuneCountInString(s); n > rules.MaxURL {
			return check{keyword: flt.MaxLength, msg: "URL longer than 2048 characters", format: "url", limit: rules.MaxURL, n: n}
		}
	}
	return check{}
}

// tagCheck checks a language tag: its form (the schemas' pattern), then that its subtags
// are registered and it is canonical (languageTag). info is rules.Tag(s).
func tagCheck(s string, info rules.TagInfo) check {
	if info.Msg == "" {
		return check{}
	}
	if !rules.TagSyntax(s) {
		return check{keyword: flt.Pattern, msg: info.Msg, format: "tag", value: s, quoteValue: true}
	}
	c := check{keyword: flt.LanguageTag, msg: info.Msg, value: s, quoteValue: true, extra: map[string]any{"reason": "unregistered"}}
	if tag, err := language.Parse(s); err == nil {
		c.extra = map[string]any{"reason": "notCanonical", "canonical": tag.String()}
	}
	return c
}

func codeOf[T ~string](d *jsonx.Decoder, list []codeInfo, what, format string) (T, error) {
	known := false
	s, err := d.StringWith(func(raw []byte) (string, bool) {
		for _, c := range list {
			if string(raw) == c.code {
				known = true
				return c.code, true // the list's own string: nothing allocated
			}
		}
		return "", false
	})
	if err != nil {
		return "", err
	}
	if !known {
		_, known = findCode(list, s) // a code written with escapes
	}
	if !known && !counted(d) {
		allowed := make([]string, len(list))
		for i, c := range list {
			allowed[i] = c.code
		}
		report(d, ErrInvalidValue, flt.Enum, quote(s)+" is not a known "+what,
			map[string]any{"value": s, "allowed": allowed, "format": format})
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
	if err == nil && n == 0 && !counted(d) {
		report(d, sentinel, flt.MinItems, "empty list (leave the field out instead)", map[string]any{"limit": 1, "length": 0})
	}
	return err
}

// listOf reads a non-empty array of items, each decoded by fn into the next item of out.
// Once d has found a fault the items are decoded into one scratch value instead, and out
// no longer grows: the value will not be returned, and a payload full of faults costs no
// more memory than a valid one.
func listOf[T any](d *jsonx.Decoder, out *[]T, fn func(*T) error) error {
	return listOfOr(d, ErrInvalidValue, out, fn)
}

func listOfOr[T any](d *jsonx.Decoder, sentinel error, out *[]T, fn func(*T) error) error {
	var scratch *T
	return listOr(d, sentinel, func() error {
		if d.Faulty() {
			// Every item is an object: once no more faults are listed, an item of another
			// type is one fault to count, and nothing to decode.
			if d.Full() && !d.PeekObject() {
				d.Count()
				return d.Skip()
			}
			if scratch == nil {
				scratch = new(T)
			} else {
				var zero T
				*scratch = zero
			}
			return fn(scratch)
		}
		var zero T
		*out = append(grow(*out), zero)
		return fn(&(*out)[len(*out)-1])
	})
}

// uniqueStrings reads a non-empty array of distinct strings, each checked by fn, in time
// linear in the array's length. The first repeat is a fault (as the schemas' uniqueItems
// reports one per array).
func uniqueStrings[T ~string](d *jsonx.Decoder, fn func() (T, error)) ([]T, error) {
	var out []T
	var seen, others rules.IndexSet // the strings; the items of other types, by jsonx.PeekKey
	i, repeated := -1, false
	err := list(d, func() error {
		i++
		j, ok := 0, true
		v, err := fn()
		if err == nil {
			j, ok = seen.Add(string(v), i)
		} else if errors.Is(err, ErrType) {
			// An item of the wrong type is a repeat too when it equals an earlier item.
			if key, keyOK := d.PeekKey(); keyOK {
				j, ok = others.Add(key, i)
			}
		}
		if !ok && !repeated {
			repeated = true
			if !counted(d) {
				report(d, ErrInvalidValue, flt.UniqueItems, "item "+strconv.Itoa(i)+" repeats item "+strconv.Itoa(j),
					map[string]any{"index": i, "first": j})
			}
		}
		if err != nil {
			return err
		}
		out = append(grow(out), v) // kept when faulty too: the rules read an activity's partners
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
	return dateAs(d, "date")
}

func dateAs(d *jsonx.Decoder, format string) (Date, error) {
	// A valid date is parsed from the input's bytes: its text is not kept, and costs no
	// allocation. An invalid one is read as a string, for its fault.
	var parsed Date
	ok := false
	s, err := d.StringWith(func(raw []byte) (string, bool) {
		x, err := date.Parse(raw)
		if err != nil || format == "month" && (x.Prec != 2 || x.Uncertain) {
			return "", false
		}
		parsed, ok = Date{x}, true
		return "", true
	})
	if err != nil {
		return Date{}, err
	}
	if ok {
		return parsed, nil
	}
	v, err := ParseDate(s)
	if err == nil && format == "month" && (v.Precision() != Month || v.Uncertain()) {
		err = errors.New(quote(v.String()) + " is not a month (YYYY-MM)")
	}
	if err != nil && !counted(d) {
		report(d, ErrInvalidValue, flt.Pattern, strings.TrimPrefix(err.Error(), ErrInvalidValue.Error()+": "),
			map[string]any{"format": format, "value": s})
	}
	return v, nil
}

// commonTags are the language tags the dataset uses most, keys of its Texts and languages
// of its sources: read as these strings, they cost no allocation.
var commonTags = []string{"en", "es-t-en", "zh-Hans-t-en", "pt-t-en", "hi-t-en", "ja-t-en", "uk-t-en", "ka-t-en",
	"ro-t-en", "ru-t-en", "fr-t-en", "de-t-en", "es", "pt", "ja", "ro", "zh-Hans", "zh-Hant", "hi", "uk", "ru", "ka", "fr", "de"}

// findString returns the string of list whose bytes are raw.
func findString(list []string, raw []byte) (string, bool) {
	for _, s := range list {
		if string(raw) == s {
			return s, true
		}
	}
	return "", false
}

func tagString(d *jsonx.Decoder) (string, error) {
	s, err := d.StringWith(func(raw []byte) (string, bool) { return findString(commonTags, raw) })
	if err != nil {
		return "", err
	}
	if c := tagCheck(s, rules.Tag(s)); c.keyword != "" && !counted(d) {
		report(d, ErrInvalidValue, c.keyword, c.msg, c.params())
	}
	return s, nil
}

// textPlains holds, for one Text, the key that stands for each language ("es" for "es" and
// "es-t-en"): of several keys for one language, the first in byte order stands and each
// other is a second entry, as the schemas' rules order them. It keeps its first entries in
// an array, searched in place, and moves to a map once it outgrows it.
type textPlains struct {
	small [8]plainEntry
	n     int            // entries in small
	big   []plainEntry   // every entry, once small is outgrown
	m     map[string]int // plain → index in big
}

type plainEntry struct {
	plain, key string
	faulty     bool // the key's value failed a string check, which is reported instead
}

// at returns the i-th entry.
func (p *textPlains) at(i int) *plainEntry {
	if p.big != nil {
		return &p.big[i]
	}
	return &p.small[i]
}

func (p *textPlains) find(plain string) int {
	if p.m != nil {
		if i, ok := p.m[plain]; ok {
			return i
		}
		return -1
	}
	for i := range p.n {
		if p.small[i].plain == plain {
			return i
		}
	}
	return -1
}

func (p *textPlains) add(e plainEntry) int {
	if p.big == nil && p.n < len(p.small) {
		p.small[p.n] = e
		p.n++
		return p.n - 1
	}
	if p.big == nil {
		p.big = append(make([]plainEntry, 0, 4*len(p.small)), p.small[:]...)
		p.m = make(map[string]int, 4*len(p.small))
		for i, x := range p.big {
			p.m[x.plain] = i
		}
	}
	p.big = append(p.big, e)
	p.m[e.plain] = len(p.big) - 1
	return len(p.big) - 1
}

func secondEntry(key, plain string) check {
	return check{keyword: flt.LanguageTag, msg: "a second entry for the language " + quote(plain), value: key, quoteValue: true,
		extra: map[string]any{"reason": "secondEntry", "language": plain}}
}

// translationBeside is the fault of a translation into a language in which the Text has an
// original (rules.TextLanguages).
func translationBeside(key string) check {
	lang := rules.TextLanguage(rules.Tag(key).Plain)
	return check{keyword: flt.LanguageTag, msg: "a translation into " + quote(lang) + " beside an original in that language",
		value: key, quoteValue: true, extra: map[string]any{"reason": "translation", "language": lang}}
}

func decodeText(d *jsonx.Decoder) (Text, error) {
	t := make(Text, 2)
	var plains textPlains
	var langs rules.TextLanguages // a translation beside an original in its language
	var faultyKeys rules.Set      // keys whose value's fault was reported at their pointer
	hasEnglish := false           // an "en" key, even with a faulty value: its fault is reported alone
	err := d.ObjectKnown(commonTags, func(key string) error {
		hasEnglish = hasEnglish || key == "en"
		info := rules.Tag(key)
		kc := tagCheck(key, info)
		entry := -1 // the entry of plains this key stands for
		if kc.keyword == "" {
			plain := info.Plain
			switch j := plains.find(plain); {
			case j < 0:
				entry = plains.add(plainEntry{plain: plain, key: key})
			case key > plains.at(j).key:
				kc = secondEntry(key, plain)
			default:
				// This key comes first in byte order: the one that stood is the second entry
				// (unless its value's fault was reported in its place).
				prev := *plains.at(j)
				if !prev.faulty && !counted(d) {
					ptr := d.Pointer()
					ptr = ptr[:strings.LastIndexByte(ptr, '/')+1] + jsonx.EscapePointerToken(prev.key)
					c := secondEntry(prev.key, plain)
					reportAt(d, ptr, ErrInvalidValue, c.keyword, c.msg, c.params())
				}
				*plains.at(j) = plainEntry{plain: plain, key: key}
				entry = j
			}
		}
		if kc.keyword == "" {
			for _, f := range langs.Add(key, info) {
				switch {
				case strings.HasPrefix(f.Msg, "a second entry"):
					// reported above, by byte order
				case f.Key == key:
					kc = translationBeside(key)
				case !faultyKeys.Has(f.Key) && !counted(d):
					// A translation met before the original in its language (unless its
					// value's fault was reported in its place: one fault per pointer).
					ptr := d.Pointer()
					ptr = ptr[:strings.LastIndexByte(ptr, '/')+1] + jsonx.EscapePointerToken(f.Key)
					c := translationBeside(f.Key)
					reportAt(d, ptr, ErrInvalidValue, c.keyword, c.msg, c.params())
				}
			}
		}
		s, err := d.String()
		if err != nil {
			if kc.keyword != "" && !counted(d) {
				report(d, ErrInvalidValue, kc.keyword, kc.msg, kc.params())
			}
			return err
		}
		// The key and the value are at one pointer: one fault there, the first in the
		// schemas' order (see rank).
		vc := checkFree(s)
		if entry >= 0 && vc.keyword != "" {
			plains.at(entry).faulty = true
		}
		if vc.keyword != "" {
			faultyKeys.Add(key)
		}
		if c := kc; c.keyword != "" || vc.keyword != "" {
			if c.keyword == "" || vc.keyword != "" && rank(vc.keyword) < rank(c.keyword) {
				c = vc
			}
			if !counted(d) {
				report(d, ErrInvalidValue, c.keyword, c.msg, c.params())
			}
		}
		if kc.keyword == "" && !d.Faulty() {
			t[info.Tag] = s
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if !hasEnglish && !counted(d) {
		reportAt(d, d.Pointer()+"/en", ErrNoEnglish, flt.Required, "text has no \"en\" entry", map[string]any{"property": "en"})
	}
	return t, nil
}

var (
	agreementKeys = []string{"id", "partner", "group", "dialogue", "instruments", "summary", "sources", "themes", "activities", "notes"}
	agreementReq  = agreementKeys[:7]
	partnerKeys   = []string{"code", "kind", "region", "name", "languages"}
	instrKeys     = []string{"kind", "signed", "sources", "title", "place", "parties", "framework", "binding", "documents"}
	instrReq      = instrKeys[:3]
	partyKeys     = []string{"side", "institution", "signatory", "uncertain"}
	partyReq      = partyKeys[:2]
	signatoryKeys = []string{"name", "role", "onBehalfOf", "uncertain"}
	placeKeys     = []string{"name", "country", "uncertain"}
	documentKeys  = []string{"title", "languages", "url", "format", "published"}
	sourceKeys    = []string{"url", "kind", "publisher", "accessed", "language", "title", "published", "supports", "original"}
	sourceReq     = sourceKeys[:5]
	originalKeys  = []string{"title", "publisher", "published", "reference"}
	noteKeys      = []string{"kind", "text", "sources"}
	noteReq       = noteKeys[:2]
	activityKeys  = []string{"id", "kind", "title", "start", "framework", "partners", "sources", "end", "places", "pair", "themes", "summary", "outputs", "partOf"}
	activityReq   = activityKeys[:7]
	pairKeys      = []string{"eu", "partner", "level"}
)

// MaxFaults is the most faults Load, DecodeAgreement and DecodeActivity list for one file
// or record; the list then ends with one *Error wrapping ErrTooManyFaults that counts the
// faults not listed ("and 2,096,907 more faults"). Zero or less lists every fault. Set it
// before use, not while a Load or a decoding runs. Package schema's Validator has its own
// limit, MaxFaults, of the same default.
var MaxFaults = DefaultMaxFaults

// DefaultMaxFaults is MaxFaults' default: 100 faults per file.
const DefaultMaxFaults = 100

// DecodeAgreement decodes one agreement record strictly and checks the rules that hold
// within one agreement (activity ids unique and prefixed by the agreement's id, no activity
// ending before it starts). It reports every fault it finds, up to MaxFaults, as Load
// does: each is an *Error, joined with errors.Join when there are several, in the order of
// their pointers. Only malformed JSON (and a duplicate key, or nesting too deep) stops the
// reading; it is then the one fault reported.
func DecodeAgreement(data []byte) (Agreement, error) {
	a, r := decodeAgreementResult(data, "", decodeOptions{maxFaults: MaxFaults})
	if len(r.errs) > 0 {
		return Agreement{}, errors.Join(r.list("")...)
	}
	return a, nil
}

// DecodeActivity decodes one activity record strictly (as it appears in an agreement's
// "activities") and checks that it does not end before it starts. Like DecodeAgreement, it
// reports every fault it finds, up to MaxFaults.
func DecodeActivity(data []byte) (Activity, error) {
	a, r := decodeActivityResult(data, decodeOptions{maxFaults: MaxFaults})
	if len(r.errs) > 0 {
		return Activity{}, errors.Join(r.list("")...)
	}
	return a, nil
}

// decodeOptions tune one decoding.
type decodeOptions struct {
	maxFaults int             // the most faults listed; 0 or less: all
	maxDepth  int             // 0: jsonx.DefaultMaxDepth
	ctx       context.Context // nil: none
}

// result is what one decoding found: the faults listed (*Error values, in pointer order),
// how many more were found, whether reading stopped on a fault (fatal) or because the
// context ended (stopped, wrapping its error).
type result struct {
	errs    []error
	more    int
	fatal   bool
	stopped error
}

// add adds the fault err, or counts it when maxFaults are listed.
func (r *result) add(err error, maxFaults int) {
	if maxFaults > 0 && len(r.errs) >= maxFaults {
		r.more++
		return
	}
	r.errs = append(r.errs, err)
}

// list returns the faults listed, followed, when some were not, by the fault that counts
// them, in file.
func (r *result) list(file string) []error {
	if r.more == 0 {
		return r.errs
	}
	return append(r.errs, tooMany(r.more, len(r.errs), file))
}

// tooMany is the fault that ends a list of faults cut at limit, counting the n not listed.
func tooMany(n, limit int, file string) *Error {
	return &Error{File: file, Err: ErrTooManyFaults, Msg: flt.More(n, "fault"),
		keyword: flt.MaxFaults, params: map[string]any{"count": n, "limit": limit}}
}

func decodeActivityResult(data []byte, o decodeOptions) (Activity, result) {
	var a Activity
	r := decodeFaults(data, o, func(d *jsonx.Decoder) error { return decodeActivity(d, &a) })
	if !r.fatal {
		for _, v := range rules.CheckActivity(ruleActivity(&a, 0), "") {
			r.add(ruleError(v, ""), o.maxFaults)
		}
	}
	sortFaults(r.errs)
	return a, r
}

// decodeAgreementResult decodes an agreement in file, returning what it could decode and
// the faults found, sorted by pointer: those of the decoder and, unless the reading stopped
// (fatal), those of the rules within one agreement.
func decodeAgreementResult(data []byte, file string, o decodeOptions) (Agreement, result) {
	var a Agreement
	var st agreementState
	r := decodeFaults(data, o, func(d *jsonx.Decoder) error { return decodeAgreement(d, &a, &st) })
	if !r.fatal {
		for _, v := range st.checked {
			r.add(ruleError(v, ""), o.maxFaults)
		}
		// The activities decoded into the agreement, then those read after a fault.
		acts := make([]rules.Activity, 0, len(a.Activities)+len(st.acts))
		for i := range a.Activities {
			if a.Activities[i].ID != "" {
				acts = append(acts, ruleActivity(&a.Activities[i], i))
			}
		}
		acts = append(acts, st.acts...)
		for _, v := range rules.CheckAgreement(a.ID, acts) {
			r.add(ruleError(v, ""), o.maxFaults)
		}
	}
	if file != "" {
		for i, e := range r.errs {
			r.errs[i] = asError(e, file)
		}
	}
	sortFaults(r.errs)
	return a, r
}

// decodeDocument reads data as one JSON document whose top-level value fn decodes; its
// error joins every fault found, up to MaxFaults.
func decodeDocument(data []byte, fn func(*jsonx.Decoder) error) error {
	r := decodeFaults(data, decodeOptions{maxFaults: MaxFaults}, fn)
	sortFaults(r.errs)
	return errors.Join(r.list("")...)
}

// decodeFaults reads data as one JSON document whose top-level value fn decodes, going on
// after each recoverable fault. It returns the faults, each an *Error; fatal reports a
// fault that stopped the reading (see recoverable), which is then the only one returned.
func decodeFaults(data []byte, o decodeOptions, fn func(*jsonx.Decoder) error) result {
	d := jsonx.NewDecoder(data)
	d.Recoverable = recoverable
	d.MaxFaults = o.maxFaults
	d.MaxDepth = o.maxDepth
	d.Ctx = o.ctx
	err := d.Begin()
	if err == nil {
		err = d.Guard(func() error { return fn(d) })
	}
	if err == nil {
		err = d.End()
	}
	if err != nil {
		var st *jsonx.ErrStopped
		if errors.As(err, &st) {
			return result{fatal: true, stopped: st}
		}
		return result{errs: []error{asError(err, "")}, fatal: true}
	}
	r := result{more: d.More()}
	for _, f := range d.Faults() {
		r.errs = appendFlat(r.errs, f)
	}
	return r
}

// recoverable reports whether the decoder can go on after err: every fault but malformed
// JSON, a duplicate key, nesting too deep, input too large and a context that ended.
func recoverable(err error) bool {
	var sentinel error
	switch e := err.(type) {
	case *Error:
		sentinel = e.Err
	case *jsonx.Error:
		sentinel = e.Err
	case *jsonx.ErrStopped:
		return false
	default:
		return !errors.Is(err, ErrSyntax) && !errors.Is(err, ErrDuplicateKey) && !errors.Is(err, ErrTooDeep) && !errors.Is(err, ErrTooLarge)
	}
	return sentinel != ErrSyntax && sentinel != ErrDuplicateKey && sentinel != ErrTooDeep && sentinel != ErrTooLarge
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

// agreementState is what decoding an agreement keeps for the rules checked after it: the
// activities with an id read once a fault was found (those read before are in the
// agreement), and the rule faults already found (an activity without an id is checked as
// it is read).
type agreementState struct {
	acts    []rules.Activity
	checked []rules.Violation
}

func decodeAgreement(d *jsonx.Decoder, a *Agreement, st *agreementState) error {
	return object(d, "agreement", agreementKeys, agreementReq, func(key string) (err error) {
		switch key {
		case "id":
			a.ID, err = checked(d, agreementIDCheck)
		case "partner":
			err = decodePartner(d, &a.Partner)
		case "group":
			a.Group, err = codeOf[Group](d, groups[:], "partner group", "group")
		case "dialogue":
			a.Dialogue, err = decodeText(d)
		case "instruments":
			err = listOf(d, &a.Instruments, func(in *Instrument) error { return decodeInstrument(d, in) })
		case "themes":
			a.Themes, err = uniqueStrings(d, func() (Theme, error) { return codeOf[Theme](d, themes[:], "theme", "theme") })
		case "summary":
			a.Summary, err = decodeText(d)
		case "activities":
			err = listOf(d, &a.Activities, func(act *Activity) error {
				i := d.Index()
				err := decodeActivity(d, act)
				ra := ruleActivity(act, i)
				switch {
				case ra.ID == "":
					if ra.End.Prec != 0 && len(rules.CheckActivity(ra, "")) > 0 {
						st.checked = append(st.checked, rules.CheckActivity(ra, "/activities/"+strconv.Itoa(i))...)
					}
				case len(a.Activities) == 0 || act != &a.Activities[len(a.Activities)-1]:
					// Decoded into scratch once a fault was found: kept here for the rules.
					st.acts = append(st.acts, ra)
				}
				return err
			})
		case "notes":
			err = listOf(d, &a.Notes, func(n *Note) error { return decodeNote(d, n) })
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
			p.Code, err = checked(d, partnerCodeCheck)
		case "kind":
			p.Kind, err = codeOf[PartnerKind](d, partnerKinds[:], "partner kind", "partnerKind")
		case "region":
			p.Region, err = codeOf[Region](d, regions[:], "region", "region")
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
			in.Kind, err = codeOf[InstrumentKind](d, instrumentKinds[:], "instrument kind", "instrumentKind")
		case "title":
			in.Title, err = decodeText(d)
		case "signed":
			in.Signed, err = dateOf(d)
		case "place":
			in.Place = new(Place)
			err = decodePlace(d, in.Place)
		case "parties":
			err = listOf(d, &in.Parties, func(p *Party) error { return decodeParty(d, p) })
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
			p.Side, err = codeOf[Side](d, sides[:], "party side", "side")
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
			p.Country, err = checked(d, countryCheck)
		case "uncertain":
			p.Uncertain, err = d.Bool()
		}
		return err
	})
}

func decodeDocuments(d *jsonx.Decoder) ([]Document, error) {
	var docs []Document
	err := listOf(d, &docs, func(doc *Document) error {
		return object(d, "document", documentKeys, documentKeys[:2], func(key string) (err error) {
			switch key {
			case "title":
				doc.Title, err = decodeText(d)
			case "languages":
				doc.Languages, err = uniqueStrings(d, func() (string, error) { return tagString(d) })
			case "url":
				doc.URL, err = checked(d, urlCheck)
			case "format":
				doc.Format, err = checked(d, mediaTypeCheck)
			case "published":
				doc.Published, err = dateOf(d)
			}
			return err
		})
	})
	return docs, err
}

func decodeSources(d *jsonx.Decoder) ([]Source, error) {
	var srcs []Source
	err := listOfOr(d, ErrNoSource, &srcs, func(s *Source) error {
		err := object(d, "source", sourceKeys, sourceReq, func(key string) (err error) {
			switch key {
			case "url":
				s.URL, err = checked(d, urlCheck)
			case "title":
				s.Title, err = str(d)
			case "kind":
				s.Kind, err = codeOf[SourceKind](d, sourceKinds[:], "source kind", "sourceKind")
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
				if !counted(d) {
					reportAt(d, d.Pointer()+"/original", ErrMissingField, flt.Required, "a source of kind \"mirror\" has no \"original\"",
						map[string]any{"property": "original"})
				}
			case s.Kind != SourceMirror && s.Original != nil:
				if !counted(d) {
					report(d, ErrInvalidValue, flt.Not, "only a source of kind \"mirror\" has an \"original\"",
						map[string]any{"format": "source", "property": "original", "kind": string(s.Kind)})
				}
			}
		}
		return err
	})
	return srcs, err
}

// monthOf reads a date at month precision, such as "2026-11".
func monthOf(d *jsonx.Decoder) (Date, error) {
	return dateAs(d, "month")
}

func decodeNote(d *jsonx.Decoder, n *Note) error {
	return object(d, "note", noteKeys, noteReq, func(key string) (err error) {
		switch key {
		case "kind":
			n.Kind, err = codeOf[NoteKind](d, noteKinds[:], "note kind", "noteKind")
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
			a.ID, err = checked(d, activityIDCheck)
		case "kind":
			a.Kind, err = codeOf[ActivityKind](d, activityKinds[:], "activity kind", "activityKind")
		case "title":
			a.Title, err = decodeText(d)
		case "start":
			a.Start, err = dateOf(d)
		case "end":
			a.End, err = dateOf(d)
		case "places":
			err = listOf(d, &a.Places, func(p *Place) error { return decodePlace(d, p) })
		case "themes":
			a.Themes, err = uniqueStrings(d, func() (Theme, error) { return codeOf[Theme](d, themes[:], "theme", "theme") })
		case "summary":
			a.Summary, err = decodeText(d)
		case "outputs":
			a.Outputs, err = decodeDocuments(d)
		case "framework":
			a.Framework, err = codeOf[Framework](d, frameworks[:], "framework", "framework")
		case "partners":
			a.Partners, err = uniqueStrings(d, func() (string, error) { return checked(d, agreementIDCheck) })
		case "partOf":
			a.PartOf, err = checked(d, activityIDCheck)
		case "pair":
			a.Pair = new(Pair)
			err = decodePair(d, a.Pair)
		case "sources":
			a.Sources, err = decodeSources(d)
		}
		return err
	})
	// The schema's "if kind is pairing, else no pair": a pair on an activity of any other
	// kind, or of no kind, is a fault of the activity.
	if err == nil && a.Pair != nil && a.Kind != Pairing && !counted(d) {
		report(d, ErrInvalidValue, flt.Not, "only an activity of kind \"pairing\" has a \"pair\"",
			map[string]any{"format": "activity", "property": "pair", "kind": string(a.Kind)})
	}
	return err
}

func decodePair(d *jsonx.Decoder, p *Pair) error {
	places := func(side *[]Place) error {
		return listOf(d, side, func(pl *Place) error { return decodePlace(d, pl) })
	}
	return object(d, "pair", pairKeys, pairKeys, func(key string) (err error) {
		switch key {
		case "eu":
			err = places(&p.EU)
		case "partner":
			err = places(&p.Partner)
		case "level":
			p.Level, err = codeOf[PairLevel](d, pairLevels[:], "pairing level", "pairLevel")
		}
		return err
	})
}

// validActivityID reports whether s is an activity id, building no message.
func validActivityID(s string) bool { return len(s) <= rules.MaxActivityID && rules.ActivityIDForm(s) }

// ruleActivity is what the rules of internal/rules need of a, the i-th activity of its
// agreement, as the schemas' evaluation gives it to them: no end without a start to compare
// it with, and no partOf when it or the activity's id is malformed (the schema reports that).
func ruleActivity(a *Activity, i int) rules.Activity {
	ra := rules.Activity{Index: i, ID: a.ID, Start: a.Start.d, End: a.End.d, Partners: a.Partners, PartOf: a.PartOf}
	if ra.Start.Prec == 0 {
		ra.End = date.D{}
	}
	if ra.PartOf != "" && (!validActivityID(ra.ID) || !validActivityID(ra.PartOf)) {
		ra.PartOf = ""
	}
	return ra
}

func ruleError(v rules.Violation, file string) error {
	return &Error{File: file, Pointer: v.Pointer, Err: v.Rule.Err(), Msg: v.Message, keyword: string(v.Rule), params: v.Params}
}
