package bench

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// runBlock returns the output of bench/run.sh that docs/PERFORMANCE.md holds.
func runBlock(t *testing.T) string {
	t.Helper()
	doc, err := os.ReadFile("../docs/PERFORMANCE.md")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)<!-- bench/run.sh output -->\n(.*)<!-- end of bench/run.sh output -->").FindSubmatch(doc)
	if m == nil || len(m[1]) == 0 {
		t.Fatal("docs/PERFORMANCE.md has no output of bench/run.sh between its markers; run bench/run.sh -w")
	}
	return string(m[1])
}

// TestDocsFigures checks the figures of docs/PERFORMANCE.md and docs/LANGUAGES.md that do
// not depend on the machine's load against the code as it is: the binary sizes of the
// start-up programs, built as bench/run.sh builds them (with the Go version the document
// names; another version is skipped), the init cost of regiodialogue's packages, and the
// allocations of the first Default() (within 2 %: map growth varies a little between
// processes). When it fails, run bench/run.sh -w.
func TestDocsFigures(t *testing.T) {
	if testing.Short() {
		t.Skip("builds five programs")
	}
	block := runBlock(t)
	goVersion, err := exec.Command("go", "version").Output()
	if err != nil {
		t.Fatal(err)
	}
	docVersion, _, _ := strings.Cut(strings.SplitN(block, "\n", 4)[2], ",")
	if want := strings.TrimSpace(string(goVersion)); docVersion != want {
		t.Skipf("docs/PERFORMANCE.md was measured with %q, this is %q", docVersion, want)
	}
	stale := func(format string, args ...any) {
		t.Helper()
		t.Errorf(format+"; run bench/run.sh -w", args...)
	}

	dir := t.TempDir()
	build := func(name string, stripped bool) int64 {
		t.Helper()
		out := filepath.Join(dir, name)
		args := []string{"build", "-trimpath", "-buildvcs=false", "-o", out}
		if stripped {
			out += ".stripped"
			args = []string{"build", "-trimpath", "-buildvcs=false", "-ldflags=-s -w", "-o", out}
		}
		cmd := exec.Command("go", append(args, "./startup/"+name)...)
		cmd.Env = append(os.Environ(), "GOFLAGS=")
		if msg, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go build %s: %v\n%s", name, err, msg)
		}
		st, err := os.Stat(out)
		if err != nil {
			t.Fatal(err)
		}
		return st.Size()
	}
	sizes := map[string][2]int64{}
	for _, p := range []string{"hello", "xtext", "importer", "localeimp"} {
		got := [2]int64{build(p, false), build(p, true)}
		sizes[p] = got
		line := fmt.Sprintf("%-10s %12d %12d\n", p, got[0], got[1])
		if !strings.Contains(block, line) {
			stale("docs/PERFORMANCE.md lacks the line %q", strings.TrimSpace(line))
		}
	}
	diff := fmt.Sprintf("importer - xtext = %d bytes", sizes["importer"][0]-sizes["xtext"][0])
	if !strings.Contains(block, diff) {
		stale("docs/PERFORMANCE.md lacks %q", diff)
	}
	if sizes["importer"][0]-sizes["xtext"][0] > 1<<20 {
		t.Errorf("%s: more than 1 MiB", diff)
	}
	langs, err := os.ReadFile("../docs/LANGUAGES.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"importer", "localeimp"} {
		row := fmt.Sprintf("| `%s` | %d | %d | ", p, sizes[p][0], sizes[p][1])
		if !strings.Contains(string(langs), row) {
			stale("docs/LANGUAGES.md lacks a row starting %q", row)
		}
	}

	// The root package's init, as inittrace reports it: nothing allocated.
	cmd := exec.Command(filepath.Join(dir, "importer"))
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	trace, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(string(trace), "\n") {
		if strings.HasPrefix(l, "init github.com/regiodialogue/regiodialogue @") && !strings.HasSuffix(l, " 0 bytes, 0 allocs") {
			t.Errorf("the root package's init allocates: %s", l)
		}
	}

	// The first Default(): allocations, median of 5 fresh processes.
	m := regexp.MustCompile(`(?m)^Default\(\) +median .*; (\d+) bytes, (\d+) allocs$`).FindStringSubmatch(block)
	if m == nil {
		t.Fatal("docs/PERFORMANCE.md has no first-use line for Default()")
	}
	docAllocs, _ := strconv.Atoi(m[2])
	build("firstuse", false)
	var allocs []int
	for range 5 {
		out, err := exec.Command(filepath.Join(dir, "firstuse")).Output()
		if err != nil {
			t.Fatal(err)
		}
		f := strings.Fields(string(out))
		n, err := strconv.Atoi(f[2])
		if err != nil {
			t.Fatalf("firstuse printed %q", out)
		}
		allocs = append(allocs, n)
	}
	slices.Sort(allocs)
	if got := allocs[2]; float64(got) < 0.98*float64(docAllocs) || float64(got) > 1.02*float64(docAllocs) {
		stale("the first Default() allocates %d times (median of 5), docs/PERFORMANCE.md says %d", got, docAllocs)
	}
}

// TestDocsDuration checks that bench/run.sh's duration is stated once, by the script
// itself at the end of its output, and nowhere else in the documents or the script.
func TestDocsDuration(t *testing.T) {
	block := runBlock(t)
	if !regexp.MustCompile(`(?m)^# bench/run.sh took \d+ min \d+ s$`).MatchString(block) {
		t.Error("the output of bench/run.sh in docs/PERFORMANCE.md does not end with its duration; run bench/run.sh -w")
	}
	minutes := regexp.MustCompile(`(?i)(about|≈) *\d+ *(min|minutes)`)
	for _, f := range []string{"../docs/PERFORMANCE.md", "run.sh", "../README.md", "../CONTRIBUTING.md"} {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := strings.Replace(string(data), block, "", 1)
		for _, l := range strings.Split(text, "\n") {
			if strings.Contains(l, "run.sh") && minutes.MatchString(l) {
				t.Errorf("%s states a duration of bench/run.sh: %q", f, l)
			}
		}
	}
}
