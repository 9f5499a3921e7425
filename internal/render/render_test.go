package render

import (
	"testing"
)

func TestParseLang(t *testing.T) {
	for _, bad := range []string{"", " ", "x-", "not a tag", "en_US!"} {
		if _, err := ParseLang(bad); err == nil {
			t.Errorf("ParseLang(%q): no error", bad)
		}
	}
	if tag, err := ParseLang("es-419"); err != nil || tag.String() != "es-419" {
		t.Errorf("ParseLang(es-419) = %v, %v", tag, err)
	}
}

func TestOpen(t *testing.T) {
	if _, err := Open("../../testdata/mini"); err != nil {
		t.Fatal(err)
	}
	if _, err := Open("render.go"); err == nil {
		t.Error("Open(a file): no error")
	}
	if _, err := Open("no/such/dir"); err == nil {
		t.Error("Open(missing): no error")
	}
}
