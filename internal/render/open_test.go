package render

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOpenStaysInside checks that Open reads nothing outside the directory: a symbolic
// link to an agreement file elsewhere is refused, one inside the directory is followed.
func TestOpenStaysInside(t *testing.T) {
	mini, err := filepath.Abs("../../testdata/mini")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.Symlink(filepath.Join(mini, "aa.json"), filepath.Join(dir, "aa.json")); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	if _, err := Open(dir); err == nil || !strings.Contains(err.Error(), "aa.json") {
		t.Fatalf("Open with a link out of the directory = %v, want an error naming aa.json", err)
	}

	// A link that stays inside is followed.
	inside := t.TempDir()
	data, err := os.ReadFile(filepath.Join(mini, "aa.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(inside, "store"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(inside, "store", "aa.json"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join("store", "aa.json"), filepath.Join(inside, "aa.json")); err != nil {
		t.Fatal(err)
	}
	ds, err := Open(inside)
	if err != nil || ds.Len() != 1 {
		t.Fatalf("Open with a link inside = %v, %v", ds, err)
	}
}
