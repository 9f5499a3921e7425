//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package regiodialogue

import (
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
