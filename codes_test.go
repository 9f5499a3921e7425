package regiodialogue

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"
)

// checkCodes checks the generic methods and functions on one code type.
func checkCodes[T Code](t *testing.T) {
	t.Helper()
	codes := Codes[T]()
	assert.NotEmpty(t, codes)
	seen := map[T]bool{}
	for _, c := range codes {
		assert.True(t, c.Valid(), "%s", c)
		assert.False(t, seen[c], "%s listed twice", c)
		seen[c] = true
		p, err := ParseCode[T](string(c))
		assert.NoError(t, err)
		assert.Equal(t, c, p)
		en := c.Label()
		assert.NotEmpty(t, en)
		assert.Equal(t, en, c.Label(language.English))
		assert.Equal(t, en, c.Label(language.MustParse("sw")), "no Swahili labels: English")
		assert.Equal(t, en, c.Label(language.MustParse("zh-Hant")), "another script: English")
		assert.Equal(t, c.Label(language.Spanish), c.Label(language.MustParse("es-PE")))
		assert.Equal(t, c.Label(language.SimplifiedChinese), c.Label(language.MustParse("zh-CN")))
		assert.Equal(t, c.Label(language.Russian), c.Label(language.MustParse("sw"), language.Russian), "the first preference that matches")
		for _, tag := range LabelLanguages() {
			assert.NotEmpty(t, c.Label(tag), "%s in %v", c, tag)
		}
	}
	var bad T = "no-such-code"
	assert.False(t, bad.Valid())
	assert.Equal(t, "no-such-code", bad.Label(language.Russian))
	_, err := ParseCode[T]("no-such-code")
	assert.ErrorIs(t, err, ErrInvalidValue)
	var empty T
	assert.False(t, empty.Valid())
}

func TestCodes(t *testing.T) {
	t.Run("InstrumentKind", checkCodes[InstrumentKind])
	t.Run("Group", checkCodes[Group])
	t.Run("PartnerKind", checkCodes[PartnerKind])
	t.Run("Side", checkCodes[Side])
	t.Run("PairLevel", checkCodes[PairLevel])
	t.Run("NoteKind", checkCodes[NoteKind])
	t.Run("Theme", checkCodes[Theme])
	t.Run("ActivityKind", checkCodes[ActivityKind])
	t.Run("Framework", checkCodes[Framework])
	t.Run("Region", checkCodes[Region])
	t.Run("SourceKind", checkCodes[SourceKind])
}

func TestLabels(t *testing.T) {
	langs := LabelLanguages()
	assert.Len(t, langs, 12)
	assert.Equal(t, language.English, langs[0])
	langs[0] = language.Und // a copy: the caller's own
	assert.Equal(t, language.English, LabelLanguages()[0])
	for _, tc := range []struct {
		label func(...language.Tag) string
		tag   string
		want  string
	}{
		{StudyVisit.Label, "ru", "Ознакомительный визит"},
		{StudyVisit.Label, "be", "Ознакомительный визит"}, // the matcher's judgement: Russian for Belarusian
		{Innovation.Label, "es-PE", "Innovación"},
		{Innovation.Label, "ka", "ინოვაცია"},
		{RegionSouthAmerica.Label, "es", "Sudamérica"}, // CLDR's name
		{RegionSouthAmerica.Label, "en", "South America"},
		{PairCities.Label, "hi", "शहरों की जोड़ी"},
	} {
		assert.Equal(t, tc.want, tc.label(language.MustParse(tc.tag)), tc.tag)
	}
}
