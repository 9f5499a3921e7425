package regiodialogue

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"
)

// TestInitAllocatesNothing builds a program that imports this package and checks, with
// GODEBUG=inittrace=1, that the package's initialisation allocates nothing.
func TestInitAllocatesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a program")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool")
	}
	bin := filepath.Join(t.TempDir(), "inittrace")
	build := exec.Command(goTool, "build", "-o", bin, "./testdata/inittrace")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	run := exec.Command(bin)
	run.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	out, err := run.CombinedOutput()
	if err != nil {
		t.Fatalf("running: %v\n%s", err, out)
	}
	line := regexp.MustCompile(`(?m)^init github\.com/regiodialogue/regiodialogue @.*$`).Find(out)
	if line == nil {
		return // no init work at all
	}
	if !regexp.MustCompile(`, 0 bytes, 0 allocs$`).Match(line) {
		t.Errorf("package init allocates: %s", line)
	}
	t.Logf("%s", line)
}
