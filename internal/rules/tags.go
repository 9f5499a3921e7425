package rules

import (
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"golang.org/x/text/language"
)

// TagInfo is what Tag finds out about a language tag.
type TagInfo struct {
	Tag   language.Tag // the parsed tag
	Plain string       // the tag without extensions: the language a text is written in
	Msg   string       // "" when the tag is acceptable, else what is wrong
}

// tagCache memoises Tag: a dataset uses a few dozen distinct tags, and parsing one costs
// far more than a map look-up. It stops growing at maxTags entries.
var (
	tagCache sync.Map // string → TagInfo
	tagCount atomic.Int32
)

const maxTags = 1024

// Tag checks a language tag as the dataset requires it: the restricted syntax of TagSyntax,
// registered subtags (golang.org/x/text/language parses it) and canonical form.
func Tag(s string) TagInfo {
	if v, ok := tagCache.Load(s); ok {
		return v.(TagInfo)
	}
	info := parseTag(s)
	if tagCount.Load() < maxTags {
		if _, loaded := tagCache.LoadOrStore(s, info); !loaded {
			tagCount.Add(1)
		}
	}
	return info
}

func parseTag(s string) TagInfo {
	if !TagSyntax(s) {
		return TagInfo{Msg: strconv.Quote(s) + " is not a BCP 47 tag of the form lang[-Script][-RE][-t-lang]"}
	}
	tag, err := language.Parse(s)
	if err != nil {
		return TagInfo{Msg: strconv.Quote(s) + " is not a valid BCP 47 tag: " + err.Error()}
	}
	if c := tag.String(); c != s {
		return TagInfo{Msg: strconv.Quote(s) + " is not in canonical form; write " + strconv.Quote(c)}
	}
	// The plain form is the tag without its extension: TagSyntax allows only a "-t-" one, at
	// the end, and the part before it of a canonical tag is canonical
	// (TestPlainIsPrefix holds this to language.Compose).
	plain, _, _ := strings.Cut(s, "-t-")
	return TagInfo{Tag: tag, Plain: plain}
}

// TextKeys checks the keys of one Text with TextLanguages. It returns the first offending
// key and what is wrong, or "", "".
func TextKeys(keys []string) (key, msg string) {
	var l TextLanguages
	for _, k := range keys {
		info := Tag(k)
		if info.Msg != "" {
			return k, info.Msg
		}
		if faults := l.Add(k, info); len(faults) > 0 {
			return faults[0].Key, faults[0].Msg
		}
	}
	return "", ""
}

// TextFault is a key of a Text that breaks the rules of TextLanguages.
type TextFault struct {
	Key, Msg string
}

// TextLanguages checks the keys of one Text, given one at a time, against two rules:
//
//   - at most one entry per tag without its -t- extension: "es" or "es-t-en", not both;
//   - a translation (a tag with -t-) into a language only where the Text has no original
//     in that language, whatever its region: "es-t-en" is refused beside "es-ES" or
//     "es-419" as beside "es", and so is "es-ES-t-en" beside "es". The language is the
//     tag's language subtag and script ("zh-Hans"); originals in several regions
//     ("es-ES", "es-MX") may stand together.
//
// A translation that breaks the second rule is the fault, wherever it stands among the
// keys, so that the faults do not depend on the order of the keys. The zero value is
// ready; each check is linear in the number of keys.
type TextLanguages struct {
	plains    Set
	originals Set // languages with an original
	// The translations into languages that have no original yet, as pairs (language, key):
	// in place while few, in the map (language → keys) beyond.
	small [4][2]string
	n     int
	more  map[string][]string
}

// Add checks key, whose Tag(key) is info (an acceptable tag), and returns the faults it
// reveals: the key itself, or translations added before it.
func (l *TextLanguages) Add(key string, info TagInfo) []TextFault {
	if !l.plains.Add(info.Plain) {
		return []TextFault{{key, "a second entry for the language " + strconv.Quote(info.Plain)}}
	}
	lang := textLanguage(info.Plain)
	if len(key) != len(info.Plain) { // a translation
		if l.originals.Has(lang) {
			return []TextFault{{key, translationMsg(lang)}}
		}
		if l.n < len(l.small) {
			l.small[l.n] = [2]string{lang, key}
			l.n++
			return nil
		}
		if l.more == nil {
			l.more = make(map[string][]string)
		}
		l.more[lang] = append(l.more[lang], key)
		return nil
	}
	if !l.originals.Add(lang) {
		return nil // translations into lang were reported with its first original
	}
	var faults []TextFault
	for i := 0; i < l.n; i++ {
		if l.small[i][0] == lang {
			faults = append(faults, TextFault{l.small[i][1], translationMsg(lang)})
		}
	}
	for _, t := range l.more[lang] {
		faults = append(faults, TextFault{t, translationMsg(lang)})
	}
	delete(l.more, lang)
	return faults
}

func translationMsg(lang string) string {
	return "a translation into " + strconv.Quote(lang) + " beside an original in that language"
}

// TextLanguage returns the language of a plain tag as TextLanguages compares them: its
// language subtag and script, without the region ("es" for "es-ES").
func TextLanguage(plain string) string { return textLanguage(plain) }

// textLanguage returns the language of a plain tag (see TagInfo.Plain): its language
// subtag and script, without the region ("es" for "es-ES" and "es-419", "zh-Hans" for
// "zh-Hans-CN").
func textLanguage(plain string) string {
	i := strings.LastIndexByte(plain, '-')
	if i < 0 {
		return plain
	}
	if seg := plain[i+1:]; len(seg) == 2 || (len(seg) == 3 && seg[0] >= '0' && seg[0] <= '9') {
		return plain[:i]
	}
	return plain
}

// PlainTag returns tag without extensions or variants: the language a text so tagged is
// written in ("es" for "es-t-en", "zh-Hans" for "zh-Hans-t-en").
func PlainTag(tag language.Tag) language.Tag {
	base, script, region := tag.Raw()
	t, err := language.Compose(base, script, region)
	if err != nil {
		return tag
	}
	return t
}
