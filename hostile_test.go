package regiodialogue

import (
	"errors"
	"io/fs"
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

// TestLoadDirectoryFaults checks that a directory that is missing or cannot be listed is
// its own fault, an *Error for "." wrapping the file system's error, not "no agreement
// files"; and that an empty directory is ErrNoData, also an *Error.
func TestLoadDirectoryFaults(t *testing.T) {
	check := func(err, want error) {
		t.Helper()
		var e *Error
		if !errors.As(err, &e) || e.File != "." {
			t.Fatalf("Load = %#v, want an *Error for the directory", err)
		}
		if !errors.Is(err, want) {
			t.Errorf("Load = %v, want errors.Is %v", err, want)
		}
		if want != ErrNoData && errors.Is(err, ErrNoData) {
			t.Errorf("Load = %v: reported as no data", err)
		}
	}
	_, err := Load(os.DirFS(filepath.Join(t.TempDir(), "missing")))
	check(err, fs.ErrNotExist)
	if !strings.HasPrefix(err.Error(), ".: the directory cannot be read: ") {
		t.Errorf("message %q", err)
	}
	_, err = Load(os.DirFS(t.TempDir()))
	check(err, ErrNoData)

	if os.Geteuid() == 0 {
		t.Log("running as root: modes 000 and 111 do not stop root from listing a directory; skipped")
		return
	}
	for _, mode := range []os.FileMode{0o000, 0o111} {
		dir := t.TempDir()
		copyMini(t, dir)
		if err := os.Chmod(dir, mode); err != nil {
			t.Fatal(err)
		}
		_, err := Load(os.DirFS(dir))
		os.Chmod(dir, 0o755)
		check(err, fs.ErrPermission)
	}
}

// TestLoadUnreadableFile checks that a file Load cannot open is an *Error naming it and
// wrapping the file system's error, beside the faults of the other files.
func TestLoadUnreadableFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: mode 000 does not stop root from reading a file")
	}
	dir := t.TempDir()
	copyMini(t, dir)
	if err := os.Chmod(filepath.Join(dir, "bb.json"), 0); err != nil {
		t.Fatal(err)
	}
	_, err := Load(os.DirFS(dir))
	var e *Error
	if !errors.As(err, &e) || e.File != "bb.json" || !errors.Is(err, fs.ErrPermission) {
		t.Fatalf("Load = %v, want an *Error for bb.json wrapping fs.ErrPermission", err)
	}
}

// deniedFS is a file system that refuses to list its directory (dir) or to open one file
// (file), as a directory or file without read permission does for anyone but root.
type deniedFS struct {
	fstest.MapFS
	dir  bool
	file string
}

func (d deniedFS) ReadDir(name string) ([]fs.DirEntry, error) {
	if d.dir {
		return nil, &fs.PathError{Op: "readdirent", Path: name, Err: fs.ErrPermission}
	}
	return d.MapFS.ReadDir(name)
}

func (d deniedFS) Open(name string) (fs.File, error) {
	if name == d.file || (d.dir && name == ".") {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return d.MapFS.Open(name)
}

// TestLoadDenied checks, as any user, that a directory Load may not list and a file it
// may not open are *Error values wrapping fs.ErrPermission, and that the other files'
// faults are still reported beside an unreadable file.
func TestLoadDenied(t *testing.T) {
	files := fstest.MapFS{"aa.json": {Data: readMini(t, "aa.json")}, "bb.json": {Data: readMini(t, "bb.json")}, "zz.json": {Data: []byte("{")}}
	_, err := Load(deniedFS{MapFS: files, dir: true})
	var e *Error
	if !errors.As(err, &e) || e.File != "." || !errors.Is(err, fs.ErrPermission) || errors.Is(err, ErrNoData) {
		t.Errorf("unlistable directory: Load = %v, want an *Error for . wrapping fs.ErrPermission", err)
	}
	_, err = Load(deniedFS{MapFS: files, file: "bb.json"})
	joined, ok := err.(interface{ Unwrap() []error })
	if !ok {
		t.Fatalf("Load = %v, want two faults", err)
	}
	var got []string
	for _, f := range joined.Unwrap() {
		if !errors.As(f, &e) {
			t.Fatalf("fault %v (%T) is not an *Error", f, f)
		}
		got = append(got, e.File)
	}
	if len(got) != 2 || got[0] != "bb.json" || got[1] != "zz.json" || !errors.Is(err, fs.ErrPermission) {
		t.Errorf("Load = %v; want faults for bb.json (fs.ErrPermission) and zz.json", err)
	}
}
