package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGenerated fails when a file generated from codes.json differs from what gencodes
// would write now: after an edit of the table without go generate, after a hand edit of a
// generated file, or after an upgrade of golang.org/x/text that renames a region.
func TestGenerated(t *testing.T) {
	stale, err := Run("../..", true)
	if err != nil {
		t.Fatal(err)
	}
	if len(stale) > 0 {
		t.Errorf("stale, run go generate in the module root: %s", strings.Join(stale, ", "))
	}
}

// TestTableRules checks that a table breaking one of its rules is refused with a message
// naming the list and code.
func TestTableRules(t *testing.T) {
	good := `{"languages": ["en", "es"], "lists": [{"type": "Theme", "key": "theme", "schema": "theme",
		"what": "theme", "description": "A theme.", "doc": "Theme is a theme.", "codes": [
		{"code": "innovation", "const": "Innovation", "description": "Innovation.", "label": {"en": "Innovation", "es": "Innovación"}}]}]}`
	dir := t.TempDir()
	path := filepath.Join(dir, "codes.json")
	write := func(s string) {
		if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(good)
	if _, err := ReadTable(path); err != nil {
		t.Fatalf("good table: %v", err)
	}
	for _, tc := range []struct{ name, from, to, want string }{
		{"missing label", `, "es": "Innovación"`, ``, "1 labels for 2 languages"},
		{"empty label", `"Innovación"`, `" "`, "the es label is missing"},
		{"bad code", `"code": "innovation"`, `"code": "Innovation"`, "code Innovation: a code is lower-case"},
		{"bad const", `"const": "Innovation"`, `"const": "innovation"`, "not an exported Go name"},
		{"no description", `"description": "Innovation."`, `"description": ""`, "the description is one line"},
		{"doc", `"Theme is a theme."`, `"A theme."`, "doc must start with the type's name"},
		{"English first", `["en", "es"]`, `["es", "en"]`, "English must come first"},
		{"unknown field", `"what": "theme"`, `"what": "theme", "colour": "red"`, "unknown field"},
		{"m49 outside CLDR", `"const": "Innovation"`, `"const": "Innovation", "m49": "419"`, "m49 and parent are for CLDR lists"},
	} {
		write(strings.Replace(good, tc.from, tc.to, 1))
		_, err := ReadTable(path)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want one containing %q", tc.name, err, tc.want)
		}
	}
}
