package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/regiodialogue/regiodialogue/schema"
)

func runArgs(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func glob(t *testing.T, pattern string) []string {
	t.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil || len(files) == 0 {
		t.Fatalf("glob %s: %v, %d files", pattern, err, len(files))
	}
	return files
}

func TestBadFilesInvalid(t *testing.T) {
	for _, f := range glob(t, "../../testdata/bad/*.json") {
		t.Run(filepath.Base(f), func(t *testing.T) {
			code, out, errOut := runArgs(t, "", f)
			if code != 1 {
				t.Fatalf("exit %d, want 1; stderr %q", code, errOut)
			}
			if !strings.HasPrefix(out, f+": /") {
				t.Errorf("output does not start with %q: %q", f+": /", out)
			}
			for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
				if !strings.HasPrefix(line, f+": /") || strings.Count(line, ": ") < 2 {
					t.Errorf("malformed line %q", line)
				}
			}
		})
	}
}

func TestBadFilesTogether(t *testing.T) {
	files := glob(t, "../../testdata/bad/*.json")
	code, out, _ := runArgs(t, "", append([]string{"-json"}, files...)...)
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	var rep report
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Files) != len(files) {
		t.Fatalf("%d files reported, want %d", len(rep.Files), len(files))
	}
	for i, fr := range rep.Files {
		if fr.File != files[i] || fr.Valid || len(fr.Errors) == 0 {
			t.Errorf("file %d: %+v, want %s invalid with errors", i, fr, files[i])
		}
	}
}

func TestValidFiles(t *testing.T) {
	files := glob(t, "../../testdata/mini/*.json")
	ds := glob(t, "../../dataset/*.json")
	for _, f := range ds {
		if filepath.Base(f) != "datapackage.json" {
			files = append(files, f)
		}
	}
	code, out, errOut := runArgs(t, "", files...)
	if code != 0 || out != "" || errOut != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q; want 0 and no output", code, out, errOut)
	}
}

func TestJSONReport(t *testing.T) {
	good := "../../testdata/mini/aa.json"
	bad := "../../testdata/bad/end-before-start.json"
	code, out, _ := runArgs(t, "", "-json", good, bad)
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	var rep report
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&rep); err != nil {
		t.Fatal(err)
	}
	want := report{Files: []fileReport{
		{File: good, Valid: true, Errors: []violation{}},
		{File: bad, Valid: false, Errors: []violation{{Pointer: "/activities/0/end", Keyword: "dateOrder",
			Message: "end 2013-05-01 is before start 2013-05-02"}}},
	}}
	if got, _ := json.Marshal(rep); !bytes.Equal(got, mustMarshal(t, want)) {
		t.Errorf("report\n%s\nwant\n%s", got, mustMarshal(t, want))
	}
	// "errors" is an empty array, never null, for a valid file.
	if !strings.Contains(out, `"errors": []`) {
		t.Errorf("valid file's errors not []: %s", out)
	}
}

func mustMarshal(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestRootPointer(t *testing.T) {
	code, out, _ := runArgs(t, "", "../../testdata/bad/empty-file.json")
	if code != 1 || !strings.HasPrefix(out, "../../testdata/bad/empty-file.json: /: ") {
		t.Fatalf("exit %d, output %q; want the root pointer \"/\"", code, out)
	}
}

func TestStdin(t *testing.T) {
	good, err := os.ReadFile("../../testdata/mini/aa.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{nil, {"-"}} {
		if code, out, errOut := runArgs(t, string(good), args...); code != 0 || out != "" {
			t.Errorf("%q valid stdin: exit %d, stdout %q, stderr %q", args, code, out, errOut)
		}
	}
	code, out, _ := runArgs(t, `{"id": "aa"`, "-")
	if code != 1 || !strings.HasPrefix(out, "<stdin>: /") {
		t.Errorf("invalid stdin: exit %d, output %q", code, out)
	}
	code, out, _ = runArgs(t, `[]`, "-json")
	var rep report
	if err := json.Unmarshal([]byte(out), &rep); err != nil || code != 1 || len(rep.Files) != 1 || rep.Files[0].File != "<stdin>" {
		t.Errorf("-json stdin: exit %d, output %q, err %v", code, out, err)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{"-nosuchflag"}, {"-kind", "instrument", "../../testdata/mini/aa.json"}} {
		code, out, errOut := runArgs(t, "", args...)
		if code != 2 || out != "" || !strings.Contains(errOut, "usage: validate") {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want 2 with usage on stderr", args, code, out, errOut)
		}
	}
	code, _, errOut := runArgs(t, "", "-h")
	if code != 0 || !strings.Contains(errOut, "-kind") || !strings.Contains(errOut, "-json") {
		t.Errorf("-h: exit %d, stderr %q", code, errOut)
	}
}

func TestMissingFile(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nope.json")
	code, out, errOut := runArgs(t, "", "../../testdata/mini/aa.json", missing)
	if code != 2 || out != "" || !strings.Contains(errOut, "nope.json") {
		t.Errorf("exit %d, stdout %q, stderr %q; want 2 naming the file", code, out, errOut)
	}
}

func TestTooLarge(t *testing.T) {
	big := `{"id":"` + strings.Repeat("a", schema.DefaultMaxSize) + `"}`
	code, out, _ := runArgs(t, big)
	if code != 1 || !strings.Contains(out, "limit") {
		t.Errorf("exit %d, output %q; want 1 with the size limit", code, out)
	}
}

// activity returns the first activity of the Peru agreement as a payload.
func activity(t *testing.T) []byte {
	t.Helper()
	data, err := os.ReadFile("../../dataset/pe.json")
	if err != nil {
		t.Fatal(err)
	}
	var a struct {
		Activities []json.RawMessage `json:"activities"`
	}
	if err := json.Unmarshal(data, &a); err != nil || len(a.Activities) == 0 {
		t.Fatalf("pe.json activities: %v", err)
	}
	return a.Activities[0]
}

func TestActivityKind(t *testing.T) {
	act := activity(t)
	dir := t.TempDir()
	f := filepath.Join(dir, "act.json")
	if err := os.WriteFile(f, act, 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := runArgs(t, "", "-kind", "activity", f); code != 0 {
		t.Errorf("-kind activity: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	// The same payload is not an agreement.
	if code, out, _ := runArgs(t, "", f); code != 1 || out == "" {
		t.Errorf("activity as agreement: exit %d, output %q; want 1", code, out)
	}
	// An agreement is not an activity.
	if code, _, _ := runArgs(t, "", "-kind", "activity", "../../testdata/mini/aa.json"); code != 1 {
		t.Errorf("agreement as activity: exit %d, want 1", code)
	}
	// An activity ending before it starts.
	var m map[string]any
	if err := json.Unmarshal(act, &m); err != nil {
		t.Fatal(err)
	}
	m["start"], m["end"] = "2020-01-02", "2020-01-01"
	bad := mustMarshal(t, m)
	code, out, _ := runArgs(t, string(bad), "-kind", "activity")
	if code != 1 || !strings.HasPrefix(out, "<stdin>: /end: ") {
		t.Errorf("end before start: exit %d, output %q", code, out)
	}
}

// TestByteOrderMark checks that a file starting with a UTF-8 byte-order mark gets a line
// saying so.
func TestByteOrderMark(t *testing.T) {
	f := "../../testdata/bad/byte-order-mark.json"
	code, out, _ := runArgs(t, "", f)
	if want := f + ": /: input starts with a UTF-8 byte-order mark; remove it\n"; code != 1 || out != want {
		t.Errorf("exit %d, output %q; want 1, %q", code, out, want)
	}
}
