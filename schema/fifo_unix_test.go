//go:build unix

package schema

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/regiodialogue/regiodialogue"
)

// TestValidateDatasetFIFOSwap replaces an agreement file with a named pipe and back (a
// hard link renamed over it), over and over, while ValidateDataset reads the directory
// through os.DirFS and an os.Root's FS: every call must return, with no fault or with a
// regularFile violation for the swapped file. The watchdog turns a hang into a failure.
func TestValidateDatasetFIFOSwap(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"aa.json", "bb.json"} {
		data, err := os.ReadFile(filepath.Join("../testdata/mini", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	target := filepath.Join(dir, "bb.json")
	pipe, file, tmp := filepath.Join(dir, "bb.pipe"), filepath.Join(dir, "bb.file"), filepath.Join(dir, "bb.tmp")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	if err := os.Link(target, file); err != nil {
		t.Skipf("link: %v", err)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	swap := func(src string) error {
		if err := os.Link(src, tmp); err != nil {
			return err
		}
		return os.Rename(tmp, target)
	}
	stop, stopped := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(stopped)
		for {
			select {
			case <-stop:
				return
			default:
			}
			if err := swap(pipe); err != nil {
				t.Error(err)
				return
			}
			if err := swap(file); err != nil {
				t.Error(err)
				return
			}
		}
	}()
	calls := 2000
	if testing.Short() {
		calls = 200
	}
	done := make(chan [2]int, 1)
	go func() {
		var ok, pipes int
		for i := range calls {
			fsys := os.DirFS(dir)
			if i%2 == 1 {
				fsys = root.FS()
			}
			err := ValidateDataset(fsys)
			var se *Error
			switch {
			case err == nil:
				ok++
			case errors.As(err, &se) && se.File == "bb.json" && len(se.Violations) == 1 && se.Violations[0].Keyword == KeywordRegularFile:
				pipes++
			default:
				t.Errorf("call %d: %v", i, err)
			}
		}
		done <- [2]int{ok, pipes}
	}()
	select {
	case r := <-done:
		close(stop)
		<-stopped
		t.Logf("%d calls: %d valid, %d refusing the named pipe", calls, r[0], r[1])
		if r[0] == 0 || r[1] == 0 {
			t.Errorf("the calls did not meet both a regular file and a pipe (%d, %d): the test did not race", r[0], r[1])
		}
	case <-time.After(60 * time.Second):
		close(stop)
		if f, err := os.OpenFile(pipe, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			f.Close()
		}
		t.Fatal("ValidateDataset has not returned after 60s: it waits on a named pipe")
	}
}

// TestValidateDatasetMissingDirectory checks that a directory that does not exist is its
// own error, wrapping fs.ErrNotExist, and not "no agreement files".
func TestValidateDatasetMissingDirectory(t *testing.T) {
	err := ValidateDataset(os.DirFS(filepath.Join(t.TempDir(), "missing")))
	if !errors.Is(err, fs.ErrNotExist) || errors.Is(err, regiodialogue.ErrNoData) {
		t.Errorf("ValidateDataset of a missing directory = %v, want an error wrapping fs.ErrNotExist", err)
	}
}
