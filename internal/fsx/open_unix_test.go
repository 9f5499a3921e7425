//go:build unix

package fsx

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestOpenRegularNonblock opens a named pipe that has no writer through os.DirFS and
// through an os.Root's FS: OpenRegular must refuse it at once, where a plain Open would wait
// for ever. The timeout only turns such a hang into a failure.
func TestOpenRegularNonblock(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.json"), []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "p.json"), 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	for name, fsys := range map[string]fs.FS{"os.DirFS": os.DirFS(dir), "os.Root": root.FS()} {
		if _, ok, _ := openNonblock(fsys, "a.json"); !ok {
			t.Errorf("%s: not recognised: it would be opened with a blocking Open", name)
		}
		done := make(chan string, 1)
		go func() {
			f, _, irr, err := OpenRegular(fsys, "p.json")
			if f != nil || err != nil {
				t.Errorf("%s: p.json: file %v, error %v", name, f, err)
			}
			done <- irr
		}()
		select {
		case irr := <-done:
			if irr != "a named pipe" {
				t.Errorf("%s: p.json is %q, want a named pipe", name, irr)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("%s: OpenRegular has not returned after 5s: it waits on the named pipe", name)
		}
		f, info, irr, err := OpenRegular(fsys, "a.json")
		if err != nil || irr != "" || info.Size() != 2 {
			t.Fatalf("%s: a.json: %q, %v", name, irr, err)
		}
		if data, err := io.ReadAll(f); err != nil || string(data) != "{}" {
			t.Errorf("%s: a.json reads %q, %v", name, data, err)
		}
		f.Close()
		if _, _, _, err := OpenRegular(fsys, "none.json"); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("%s: a missing file: %v, want fs.ErrNotExist", name, err)
		}
		if _, _, _, err := OpenRegular(fsys, "../x.json"); err == nil {
			t.Errorf("%s: a name outside the file system: no error", name)
		}
	}
}
