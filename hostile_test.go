package regiodialogue

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// TestLoadDirectoryNamedJSON checks that a directory called *.json is an ErrNotRegular
// error naming it, and that the other files are still checked.
func TestLoadDirectoryNamedJSON(t *testing.T) {
	dir := t.TempDir()
	copyMini(t, dir)
	if err := os.Mkdir(filepath.Join(dir, "cc.json"), 0o755); err != nil {
		t.Fatal(err)
	}
	_, err := Load(os.DirFS(dir))
	checkNotRegular(t, err, "cc.json", "a directory")

	_, err = Load(fstest.MapFS{"aa.json": {Data: readMini(t, "aa.json")}, "dd.json": {Mode: os.ModeDir}})
	checkNotRegular(t, err, "dd.json", "a directory")
}

func checkNotRegular(t *testing.T, err error, file, what string) {
	t.Helper()
	if !errors.Is(err, ErrNotRegular) {
		t.Fatalf("Load = %v, want ErrNotRegular", err)
	}
	var e *Error
	if !errors.As(err, &e) || e.File != file || e.Pointer != "" {
		t.Fatalf("Load = %#v, want an *Error for %s at the whole document", err, file)
	}
	if !strings.Contains(e.Error(), what) || !strings.Contains(e.Error(), "not a regular file") {
		t.Errorf("message %q does not say %q and \"not a regular file\"", e.Error(), what)
	}
}

func readMini(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata/mini", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func copyMini(t *testing.T, dir string) {
	t.Helper()
	for _, name := range []string{"aa.json", "bb.json"} {
		if err := os.WriteFile(filepath.Join(dir, name), readMini(t, name), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestLoadSymlinks checks what Load does with symbolic links: os.DirFS follows them, so a
// link to an agreement file is read like the file; the FS of an os.Root refuses a link that
// leads out of the root.
func TestLoadSymlinks(t *testing.T) {
	outside := t.TempDir()
	copyMini(t, outside)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "aa.json"), readMini(t, "aa.json"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(outside, "bb.json"), filepath.Join(dir, "bb.json")); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	ds, err := Load(os.DirFS(dir))
	if err != nil || ds.Len() != 2 {
		t.Fatalf("Load(os.DirFS) with a link = %v, %v; want both agreements", ds, err)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	if _, err := Load(root.FS()); err == nil || !strings.Contains(err.Error(), "bb.json") {
		t.Fatalf("Load(root.FS()) with a link out of the root = %v, want an error naming bb.json", err)
	}
}

// TestByteOrderMark checks that DecodeAgreement and Load say that a file starts with a
// byte-order mark.
func TestByteOrderMark(t *testing.T) {
	data := append([]byte("\xEF\xBB\xBF"), readMini(t, "aa.json")...)
	const want = "/: input starts with a UTF-8 byte-order mark; remove it"
	_, err := DecodeAgreement(data)
	if !errors.Is(err, ErrSyntax) || err.Error() != want {
		t.Errorf("DecodeAgreement = %v, want %q", err, want)
	}
	_, err = Load(fstest.MapFS{"aa.json": {Data: data}})
	if !errors.Is(err, ErrSyntax) || err.Error() != "aa.json: "+want {
		t.Errorf("Load = %v, want %q", err, "aa.json: "+want)
	}
}
