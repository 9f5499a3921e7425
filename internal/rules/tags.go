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

// TextKeys checks the keys of one Text: each an acceptable tag, at most one per language.
// It returns the offending key and what is wrong, or "", "".
func TextKeys(keys []string) (key, msg string) {
	var plains Set
	for _, k := range keys {
		info := Tag(k)
		if info.Msg != "" {
			return k, info.Msg
		}
		if !plains.Add(info.Plain) {
			return k, "a second entry for the language " + strconv.Quote(info.Plain)
		}
	}
	return "", ""
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
