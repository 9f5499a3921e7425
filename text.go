package regiodialogue

import (
	"cmp"
	"github.com/regiodialogue/regiodialogue/internal/rules"
	"maps"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/regiodialogue/regiodialogue/internal/jsonx"
	"golang.org/x/text/language"
)

// Text is a short text in one or more languages, keyed by BCP 47 language tag. Its JSON form
// is an object keyed by canonical tags: {"en": "Peru", "es": "Perú"}. Every Text in the
// dataset has an English ("en") entry.
//
// # Our own translations
//
// A text the compilers of the dataset translated themselves, rather than an official wording
// found in a source, is keyed with the BCP 47 transformed-content extension (RFC 6497) naming
// the language it was translated from: "es-t-en" is Spanish translated from English. Use
// Translation to build such a tag and IsTranslation to test one; Match tells which entry was
// chosen. A Text holds at most one entry per language: "es" or "es-t-en", not both.
type Text map[language.Tag]string

// Translation returns the tag for a text in lang translated by the dataset's compilers from
// the language from: Translation(language.Spanish, language.English) is "es-t-en".
func Translation(lang, from language.Tag) language.Tag {
	t, err := language.Parse(rules.PlainTag(lang).String() + "-t-" + strings.ToLower(rules.PlainTag(from).String()))
	if err != nil {
		return lang
	}
	return t
}

// IsTranslation reports whether tag marks one of the dataset's own translations, that is,
// whether it carries a transformed-content ("-t-") extension.
func IsTranslation(tag language.Tag) bool {
	_, ok := tag.Extension('t')
	return ok
}

// Tags returns the tags of t's entries: English first, then the others in the order of
// their string form.
func (t Text) Tags() []language.Tag {
	tags := make([]language.Tag, 0, len(t))
	for tag := range t {
		tags = append(tags, tag)
	}
	slices.SortFunc(tags, func(a, b language.Tag) int {
		if (a == language.English) != (b == language.English) {
			if a == language.English {
				return -1
			}
			return 1
		}
		return cmp.Compare(a.String(), b.String())
	})
	return tags
}

// In returns the entry that best matches the preferred languages, in order of preference:
// a regional or script variant gets its language (es-PE gets es, pt-BR gets pt), a preferred
// language matches our own translation into it (es gets es-t-en), and a different script is
// not a match (zh-Hant does not get zh-Hans). When nothing matches well, In returns the
// English entry; it returns "" only for a Text with neither a match nor English.
func (t Text) In(prefs ...language.Tag) string {
	s, _ := t.Match(prefs...)
	return s
}

// Match is In, also returning the tag of the entry chosen (language.Und when there is none),
// so that a caller can tell an official wording from a translation with IsTranslation.
func (t Text) Match(prefs ...language.Tag) (string, language.Tag) {
	if len(t) == 0 {
		return "", language.Und
	}
	// Fast path: the first preference is present as is.
	if len(prefs) > 0 {
		if s, ok := t[prefs[0]]; ok {
			return s, prefs[0]
		}
	}
	if len(prefs) > 0 {
		tags, m := matcherFor(t)
		// The matcher defaults to its first tag when nothing matches; the result is only used
		// when confidence is High or Exact. Low is what a different script gets (zh-Hant for
		// zh-Hans), which must not be taken silently.
		_, i, conf := m.Match(prefs...)
		if conf >= language.High {
			return t[tags[i]], tags[i]
		}
	}
	if s, ok := t[language.English]; ok {
		return s, language.English
	}
	return "", language.Und
}

// Get returns the entry written in exactly tag's language and script, whether an original
// wording or one of the compilers' translations (which IsTranslation tells from the tag
// returned), and true; it returns "", language.Und and false when t has none. There is no
// fallback: Get(language.Spanish) does not answer with English, and zh-Hant does not get
// zh-Hans. Regions and extensions of tag are ignored (es-PE and es-t-en ask for Spanish);
// among entries of the same language and script, one with tag's region is preferred.
func (t Text) Get(tag language.Tag) (string, language.Tag, bool) {
	if s, ok := t[tag]; ok && !IsTranslation(tag) {
		return s, tag, true
	}
	plain := rules.PlainTag(tag)
	if raw, _, _ := plain.Raw(); raw.String() == "und" {
		return "", language.Und, false // no language: nothing is written in it
	}
	base, _ := plain.Base()
	script, _ := plain.Script()
	var found language.Tag
	ok := false
	for _, k := range t.Tags() {
		p := rules.PlainTag(k)
		b, _ := p.Base()
		sc, _ := p.Script()
		if b != base || sc != script {
			continue
		}
		if p == plain {
			return t[k], k, true
		}
		if !ok {
			found, ok = k, true
		}
	}
	if !ok {
		return "", language.Und, false
	}
	return t[found], found, true
}

// matchers caches a language.Matcher per set of tags: building one costs far more than
// matching, and a dataset has few distinct sets. The cache stops growing at maxMatchers.
var matchers sync.Map // string (tags joined by ' ') → *cachedMatcher

const maxMatchers = 512

var matcherCount atomic.Int32

type cachedMatcher struct {
	tags []language.Tag
	m    language.Matcher
}

func matcherFor(t Text) ([]language.Tag, language.Matcher) {
	tags := t.Tags()
	var b strings.Builder
	for _, tag := range tags {
		b.WriteString(tag.String())
		b.WriteByte(' ')
	}
	key := b.String()
	if c, ok := matchers.Load(key); ok {
		return c.(*cachedMatcher).tags, c.(*cachedMatcher).m
	}
	c := &cachedMatcher{tags: tags, m: language.NewMatcher(tags)}
	if matcherCount.Load() < maxMatchers {
		if _, loaded := matchers.LoadOrStore(key, c); !loaded {
			matcherCount.Add(1)
		}
	}
	return c.tags, c.m
}

// Clone returns a copy of t that shares nothing with it.
func (t Text) Clone() Text {
	if t == nil {
		return nil
	}
	c := make(Text, len(t))
	for k, v := range t {
		c[k] = v
	}
	return c
}

// UnmarshalJSON decodes a Text strictly: keys must be well-formed canonical BCP 47 tags,
// one per language, values non-empty strings, and "en" must be present.
func (t *Text) UnmarshalJSON(data []byte) error {
	var v Text
	err := decodeDocument(data, func(d *jsonx.Decoder) (err error) {
		v, err = decodeText(d)
		return err
	})
	if err != nil {
		return err
	}
	*t = v
	return nil
}

// Equal reports whether t and u have the same entries. A nil Text equals an empty one.
func (t Text) Equal(u Text) bool { return maps.Equal(t, u) }
