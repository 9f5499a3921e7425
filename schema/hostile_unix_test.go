//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package schema

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestValidateDatasetNamedPipe checks that a named pipe called *.json is reported at once,
// without being opened (which would block). The timeout only guards against that hang.
func TestValidateDatasetNamedPipe(t *testing.T) {
	dir := t.TempDir()
	aa, err := os.ReadFile("../testdata/mini/aa.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "aa.json"), aa, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "cc.json"), 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	done := make(chan error, 1)
	go func() { done <- ValidateDataset(os.DirFS(dir)) }()
	select {
	case err := <-done:
		checkRegularFile(t, err, "cc.json", "a named pipe")
	case <-time.After(5 * time.Second):
		t.Fatal("ValidateDataset has not returned after 5s: it opened the named pipe")
	}
}
