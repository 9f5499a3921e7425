package regiodialogue

import (
	"encoding/json"
	"errors"
	"testing"

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
			if got := tt.text.In(prefs...); got != tt.want {
				t.Errorf("In(%v) = %q, want %q", tt.prefs, got, tt.want)
			}
			if _, tag := tt.text.Match(prefs...); tag.String() != tt.tag {
				t.Errorf("Match(%v) tag = %v, want %v", tt.prefs, tag, tt.tag)
			}
		})
	}
}

func TestTranslation(t *testing.T) {
	tag := Translation(language.MustParse("es-PE"), language.English)
	if tag.String() != "es-PE-t-en" {
		t.Errorf("Translation(es-PE, en) = %v", tag)
	}
	if !IsTranslation(tag) {
		t.Error("IsTranslation(es-PE-t-en) = false")
	}
	if IsTranslation(language.Spanish) {
		t.Error("IsTranslation(es) = true")
	}
	if got := Translation(language.MustParse("zh-Hans"), language.English).String(); got != "zh-Hans-t-en" {
		t.Errorf("Translation(zh-Hans, en) = %v", got)
	}
}

func TestTextJSON(t *testing.T) {
	var tx Text
	if err := json.Unmarshal([]byte(`{"es-t-en":"Resumen","en":"Summary","pt":"Resumo"}`), &tx); err != nil {
		t.Fatal(err)
	}
	got, err := json.Marshal(tx)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"en":"Summary","es-t-en":"Resumen","pt":"Resumo"}`; string(got) != want {
		t.Errorf("Marshal = %s, want %s", got, want)
	}
	if tags := tx.Tags(); len(tags) != 3 || tags[0] != language.English || tags[1].String() != "es-t-en" {
		t.Errorf("Tags() = %v", tags)
	}
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
		err := json.Unmarshal([]byte(in), &tx)
		if !errors.Is(err, want) {
			t.Errorf("Unmarshal(%s) = %v, want %v", in, err, want)
		}
	}
}

func TestTextClone(t *testing.T) {
	a := Text{language.English: "a"}
	b := a.Clone()
	b[language.English] = "b"
	if a[language.English] != "a" {
		t.Error("changing a clone changed the original")
	}
	if Text(nil).Clone() != nil {
		t.Error("Clone of nil is not nil")
	}
}
