//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package regiodialogue

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestLoadNamedPipe checks that a named pipe called *.json is an ErrNotRegular error found
// at once: Load must not open it (opening a pipe with no writer blocks for ever). The
// timeout only guards against such a hang.
func TestLoadNamedPipe(t *testing.T) {
	dir := t.TempDir()
	copyMini(t, dir)
	if err := syscall.Mkfifo(filepath.Join(dir, "cc.json"), 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	done := make(chan error, 1)
	start := time.Now()
	go func() {
		_, err := Load(os.DirFS(dir))
		done <- err
	}()
	select {
	case err := <-done:
		t.Logf("Load returned in %v: %v", time.Since(start), err)
		checkNotRegular(t, err, "cc.json", "a named pipe")
	case <-time.After(5 * time.Second):
		t.Fatal("Load has not returned after 5s: it opened the named pipe")
	}
}

// TestLoadFIFOSwap replaces an agreement file with a named pipe and back (a hard link
// renamed over it), over and over, while Load reads the directory through os.DirFS and through an os.Root's FS: a
// Load that looked at the regular file and then opened the pipe would wait for ever. Every
// Load must return, with the dataset or an ErrNotRegular error for the swapped file; the
// watchdog turns a hang into a failure.
func TestLoadFIFOSwap(t *testing.T) {
	dir := t.TempDir()
	copyMini(t, dir)
	target := filepath.Join(dir, "bb.json")
	pipe, file, tmp := filepath.Join(dir, "bb.pipe"), filepath.Join(dir, "bb.file"), filepath.Join(dir, "bb.tmp")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	if err := os.Link(target, file); err != nil {
		t.Skipf("link: %v", err)
	}
	swap := func(src string) error { // target becomes src, atomically
		if err := os.Link(src, tmp); err != nil {
			return err
		}
		return os.Rename(tmp, target)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()

	stop := make(chan struct{})
	swapped := make(chan int)
	go func() {
		n := 0
		defer func() { swapped <- n }()
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
			n++
		}
	}()

	loads := 5000
	if testing.Short() {
		loads = 500
	}
	type result struct{ ok, pipe int }
	done := make(chan result, 1)
	go func() {
		var r result
		for i := 0; i < loads; i++ {
			fsys := os.DirFS(dir)
			if i%2 == 1 {
				fsys = root.FS()
			}
			_, err := Load(fsys)
			var e *Error
			switch {
			case err == nil:
				r.ok++
			case errors.Is(err, ErrNotRegular) && errors.As(err, &e) && e.File == "bb.json":
				r.pipe++
			default:
				t.Errorf("load %d: %v", i, err)
			}
		}
		done <- r
	}()
	select {
	case r := <-done:
		close(stop)
		n := <-swapped
		t.Logf("%d loads (%d of the dataset, %d refusing the named pipe) during %d swaps", loads, r.ok, r.pipe, n)
		if r.ok == 0 || r.pipe == 0 {
			t.Errorf("the loads did not meet both a regular file and a pipe (%d, %d): the test did not race", r.ok, r.pipe)
		}
	case <-time.After(60 * time.Second):
		close(stop)
		// Release the Load waiting on the pipe, so that the test binary can end.
		if f, err := os.OpenFile(pipe, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			f.Close()
		}
		t.Fatal("Load has not returned after 60s: it waits on a named pipe")
	}
}
