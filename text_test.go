package regiodialogue

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func TestTextIn(t *testing.T) {
	tx := func(kv ...string) Text {
		t := Text{}
		for i := 0; i < len(kv); i += 2 {
			t[language.MustParse(kv[i])] = kv[i+1]
		}
		return t
	}
	tests := []struct {
		name  string
		text  Text
		prefs []string
		want  string
		tag   string
	}{
		{"exact", tx("en", "Peru", "es", "Perú"), []string{"es"}, "Perú", "es"},
		{"region gets language", tx("en", "Peru", "es", "Perú"), []string{"es-PE"}, "Perú", "es"},
		{"pt-BR gets pt", tx("en", "Brazil", "pt", "Brasil"), []string{"pt-BR"}, "Brasil", "pt"},
		{"pt-BR without pt gets English", tx("en", "Brazil", "es", "Brasil"), []string{"pt-BR"}, "Brazil", "en"},
		{"our translation matches", tx("en", "Summary", "es-t-en", "Resumen"), []string{"es-PE"}, "Resumen", "es-t-en"},
		{"zh-Hant does not get zh-Hans", tx("en", "China", "zh-Hans", "中国"), []string{"zh-Hant"}, "China", "en"},
		{"zh-TW does not get zh-Hans", tx("en", "China", "zh-Hans", "中国"), []string{"zh-TW"}, "China", "en"},
		{"zh gets zh-Hans", tx("en", "China", "zh-Hans", "中国"), []string{"zh"}, "中国", "zh-Hans"},
		{"nothing matches", tx("en", "Peru", "es", "Perú"), []string{"fr"}, "Peru", "en"},
		{"uk does not get ru", tx("en", "Russia", "ru", "Россия"), []string{"uk"}, "Russia", "en"},
		{"second preference", tx("en", "Peru", "es", "Perú"), []string{"fr", "es"}, "Perú", "es"},
		{"no preference", tx("en", "Peru", "es", "Perú"), nil, "Peru", "en"},
		{"no English, no match", tx("es", "Perú"), []string{"fr"}, "", "und"},
		{"empty", Text{}, []string{"en"}, "", "und"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var prefs []language.Tag
			for _, p := range tt.prefs {
				prefs = append(prefs, language.MustParse(p))
			}
			assert.Equal(t, tt.want, tt.text.In(prefs...), "In(%v)", tt.prefs)
			_, tag := tt.text.Match(prefs...)
			assert.Equal(t, tt.tag, tag.String(), "Match(%v) tag", tt.prefs)
		})
	}
}

func TestTranslation(t *testing.T) {
	tag := Translation(language.MustParse("es-PE"), language.English)
	assert.Equal(t, "es-PE-t-en", tag.String())
	assert.True(t, IsTranslation(tag), "IsTranslation(es-PE-t-en)")
	assert.False(t, IsTranslation(language.Spanish), "IsTranslation(es)")
	assert.Equal(t, "zh-Hans-t-en", Translation(language.MustParse("zh-Hans"), language.English).String())
}

func TestTextJSON(t *testing.T) {
	var tx Text
	require.NoError(t, json.Unmarshal([]byte(`{"es-t-en":"Resumen","en":"Summary","pt":"Resumo"}`), &tx))
	got, err := json.Marshal(tx)
	require.NoError(t, err)
	assert.Equal(t, `{"en":"Summary","es-t-en":"Resumen","pt":"Resumo"}`, string(got))
	assert.Equal(t, []language.Tag{language.English, language.MustParse("es-t-en"), language.Portuguese}, tx.Tags())
	for in, want := range map[string]error{
		`{"es":"Perú"}`:                        ErrNoEnglish,
		`{"en":"Peru","EN":"Peru"}`:            ErrInvalidValue,
		`{"en":"Peru","iw":"x"}`:               ErrInvalidValue,
		`{"en":"Peru","en":"Peru"}`:            ErrDuplicateKey,
		`{"en":"Peru","es":"a","es-t-en":"b"}`: ErrInvalidValue,
		`{"en":1}`:                             ErrType,
		`{"en":null}`:                          ErrType,
		`{"en":""}`:                            ErrInvalidValue,
		`["en"]`:                               ErrType,
	} {
		var tx Text
		assert.ErrorIs(t, json.Unmarshal([]byte(in), &tx), want, "Unmarshal(%s)", in)
	}
}

func TestTextClone(t *testing.T) {
	a := Text{language.English: "a"}
	b := a.Clone()
	b[language.English] = "b"
	assert.Equal(t, "a", a[language.English], "changing a clone changed the original")
	assert.Nil(t, Text(nil).Clone())
}

// TestInPrefersRegionalOriginal holds what schema/README.md says of a regional original
// beside a translation into the bare language (a Text the rules refuse): In gives the
// original to every request for that language, so the translation would never be shown.
func TestInPrefersRegionalOriginal(t *testing.T) {
	x := Text{language.English: "en", language.MustParse("es-ES"): "original", language.MustParse("es-t-en"): "translation"}
	for _, q := range []string{"es", "es-MX", "es-ES", "es-419"} {
		if got := x.In(language.MustParse(q)); got != "original" {
			t.Errorf("In(%s) = %q, want the es-ES original", q, got)
		}
	}
}

func TestTextGet(t *testing.T) {
	tx := Text{
		language.English: "Regional policy",
		Translation(language.Spanish, language.English): "Política regional",
		language.MustParse("pt-BR"):                     "Política regional (Brasil)",
		language.MustParse("pt"):                        "Política regional (Portugal)",
		language.MustParse("zh-Hans"):                   "区域政策",
	}
	for _, tc := range []struct {
		ask, want, tag string
		ok             bool
	}{
		{"en", "Regional policy", "en", true},
		{"en-GB", "Regional policy", "en", true},
		{"es", "Política regional", "es-t-en", true},           // a marked translation
		{"es-PE", "Política regional", "es-t-en", true},        // the region is ignored
		{"es-t-fr", "Política regional", "es-t-en", true},      // and so is the extension
		{"pt", "Política regional (Portugal)", "pt", true},     // the entry without a region
		{"pt-BR", "Política regional (Brasil)", "pt-BR", true}, // the entry with the region asked
		{"pt-AO", "Política regional (Portugal)", "pt", true},
		{"zh", "区域政策", "zh-Hans", true}, // zh is written in Hans
		{"zh-Hans-CN", "区域政策", "zh-Hans", true},
		{"zh-Hant", "", "und", false}, // another script: no entry
		{"fr", "", "und", false},      // no fallback to English
		{"und", "", "und", false},
	} {
		s, tag, ok := tx.Get(language.MustParse(tc.ask))
		assert.Equal(t, tc.want, s, "Get(%s)", tc.ask)
		assert.Equal(t, tc.tag, tag.String(), "Get(%s) tag", tc.ask)
		assert.Equal(t, tc.ok, ok, "Get(%s) ok", tc.ask)
	}
	_, _, ok := Text(nil).Get(language.English)
	assert.False(t, ok)
}

func TestSignatoryClone(t *testing.T) {
	s := Signatory{Name: "A. Person", Role: Text{language.English: "Minister"}, Uncertain: true}
	c := s.Clone()
	assert.Equal(t, s, c)
	c.Role[language.English] = "changed"
	assert.Equal(t, "Minister", s.Role[language.English], "a change to the clone reached the original")
}
