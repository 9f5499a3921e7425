package regiodialogue

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

func loadMini(t testing.TB) *Dataset {
	t.Helper()
	ds, err := Load(os.DirFS("testdata/mini"))
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

func TestLoadMini(t *testing.T) {
	ds := loadMini(t)
	if ds.Len() != 2 {
		t.Fatalf("Len() = %d, want 2", ds.Len())
	}
	var ids []string
	for a := range ds.Agreements() {
		ids = append(ids, a.ID)
	}
	if want := []string{"bb", "aa"}; !slices.Equal(ids, want) {
		t.Errorf("Agreements() order = %v, want %v (signing order)", ids, want)
	}
	var acts []string
	for a := range ds.Activities() {
		acts = append(acts, a.ID)
	}
	want := []string{"bb-2007-signing", "aa-2012-11-workshop", "bb-2013-seminar", "aa-2013-study", "aa-2013-12-event"}
	if !slices.Equal(acts, want) {
		t.Errorf("Activities() order = %v, want %v", acts, want)
	}
	a, ok := ds.Agreement("aa")
	if !ok {
		t.Fatal(`Agreement("aa") not found`)
	}
	in := a.Instruments[0]
	if in.Kind != ExchangeOfLetters || in.Signed.String() != "2013-05" || in.Signed.Precision() != Month {
		t.Errorf("instrument = %v %v", in.Kind, in.Signed)
	}
	if in.Binding == nil || *in.Binding {
		t.Errorf("Binding = %v, want false", in.Binding)
	}
	if in.Place == nil || !in.Place.Uncertain || in.Place.Country != "BE" {
		t.Errorf("Place = %+v", in.Place)
	}
	if s := in.Parties[1].Signatory; s == nil || s.OnBehalfOf != "C. Person" || !s.Uncertain {
		t.Errorf("Signatory = %+v", s)
	}
	if got := a.Summary.In(language.MustParse("es-PE")); got != "Un acuerdo sintético para pruebas." {
		t.Errorf("Summary.In(es-PE) = %q", got)
	}
	if _, ok := ds.Agreement("zz"); ok {
		t.Error(`Agreement("zz") found`)
	}
	// Early exit from the iterators.
	for range ds.Agreements() {
		break
	}
	for range ds.Activities() {
		break
	}
}

// TestValuesAreCopies checks that changing a value handed out never changes what another
// caller sees.
func TestValuesAreCopies(t *testing.T) {
	ds := loadMini(t)
	a, _ := ds.Agreement("aa")
	before, _ := json.Marshal(a)
	a.Dialogue[language.English] = "changed"
	a.Partner.Name[language.English] = "changed"
	a.Partner.Languages[0] = "xx"
	a.Instruments[0].Parties[0].Signatory.Name = "changed"
	a.Instruments[0].Parties[0].Signatory.Role[language.English] = "changed"
	a.Instruments[0].Place.Name[language.English] = "changed"
	*a.Instruments[0].Binding = true
	a.Instruments[0].Documents[0].Languages[0] = "xx"
	a.Instruments[0].Sources[0].URL = "changed"
	a.Themes[0] = "changed"
	a.Activities[0].Places[0].Name[language.English] = "changed"
	a.Activities[1].Outputs[0].Title[language.English] = "changed"
	a.Activities[0].Sources[0].URL = "changed"
	a.Notes[0].Text[language.English] = "changed"
	a.Notes[0].Sources[0].URL = "changed"
	a.Sources[0].URL = "changed"
	for act := range ds.Activities() {
		act.Title[language.English] = "changed"
		act.Themes = append(act.Themes[:0], "changed")
	}
	for ag := range ds.Agreements() {
		ag.Summary[language.English] = "changed"
	}
	again, _ := ds.Agreement("aa")
	after, _ := json.Marshal(again)
	if d := cmp.Diff(string(before), string(after)); d != "" {
		t.Errorf("the dataset changed (-before +after):\n%s", d)
	}
}

// TestRoundTrip checks that what the types encode decodes to the same values.
func TestRoundTrip(t *testing.T) {
	ds := loadMini(t)
	for a := range ds.Agreements() {
		data, err := json.MarshalIndent(a, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		b, err := DecodeAgreement(data)
		if err != nil {
			t.Fatalf("%s: re-decoding the encoded agreement: %v\n%s", a.ID, err, data)
		}
		if d := cmp.Diff(a, b); d != "" {
			t.Errorf("%s: round trip changed the agreement (-want +got):\n%s", a.ID, d)
		}
	}
}

type fault struct {
	file, sentinel, pointer string
}

func readFaults(t testing.TB) []fault {
	t.Helper()
	f, err := os.Open("testdata/bad/FAULTS")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []fault
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, "\t")
		if len(parts) != 3 {
			t.Fatalf("FAULTS: malformed line %q", line)
		}
		out = append(out, fault{parts[0], parts[1], parts[2]})
	}
	return out
}

var sentinels = map[string]error{
	"ErrSyntax": ErrSyntax, "ErrDuplicateKey": ErrDuplicateKey, "ErrTooDeep": ErrTooDeep, "ErrType": ErrType,
	"ErrUnknownField": ErrUnknownField, "ErrMissingField": ErrMissingField, "ErrInvalidValue": ErrInvalidValue,
	"ErrNoEnglish": ErrNoEnglish, "ErrDuplicateID": ErrDuplicateID, "ErrDateOrder": ErrDateOrder,
	"ErrNoSource": ErrNoSource, "ErrFileName": ErrFileName, "ErrTooLarge": ErrTooLarge,
}

// TestBadFiles checks that every file in testdata/bad is rejected, by DecodeAgreement and by
// Load, with the fault its name and testdata/bad/FAULTS give, at the pointer FAULTS gives.
func TestBadFiles(t *testing.T) {
	faults := readFaults(t)
	files, _ := filepath.Glob("testdata/bad/*.json")
	if len(files) != len(faults) {
		t.Errorf("%d files in testdata/bad, %d lines in FAULTS", len(files), len(faults))
	}
	for _, f := range faults {
		t.Run(f.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata/bad", f.file))
			if err != nil {
				t.Fatal(err)
			}
			sentinel := sentinels[f.sentinel]
			if sentinel == nil {
				t.Fatalf("FAULTS names unknown sentinel %s", f.sentinel)
			}
			_, err = DecodeAgreement(data)
			checkFault(t, err, sentinel, "", f.pointer)

			// The same bytes under their own name in a dataset.
			_, err = Load(fstest.MapFS{f.file: {Data: data}})
			checkFault(t, err, sentinel, f.file, f.pointer)
		})
	}
}

func checkFault(t *testing.T, err error, sentinel error, file, pointer string) {
	t.Helper()
	if err == nil {
		t.Fatal("accepted")
	}
	if !errors.Is(err, sentinel) {
		t.Fatalf("error %q does not wrap %v", err, sentinel)
	}
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("error %q is not an *Error", err)
	}
	// Find the *Error wrapping the sentinel (Load joins several).
	for _, one := range unjoin(err) {
		if errors.As(one, &e) && errors.Is(e, sentinel) {
			break
		}
	}
	if e.File != file {
		t.Errorf("File = %q, want %q", e.File, file)
	}
	if pointer != "-" {
		if pointer == "/" {
			pointer = ""
		}
		if e.Pointer != pointer {
			t.Errorf("Pointer = %q, want %q (error: %v)", e.Pointer, pointer, e)
		}
	}
	if !strings.Contains(err.Error(), file) {
		t.Errorf("message %q does not name the file %q", err, file)
	}
}

func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

func TestLoadCrossFileRules(t *testing.T) {
	aa, err := os.ReadFile("testdata/mini/aa.json")
	if err != nil {
		t.Fatal(err)
	}
	// A file named after another id.
	_, err = Load(fstest.MapFS{"ab.json": {Data: aa}})
	checkFault(t, err, ErrFileName, "ab.json", "/id")

	// The same activity id in two agreements.
	cc := strings.ReplaceAll(string(aa), `"id": "aa"`, `"id": "cc"`)
	cc = strings.ReplaceAll(cc, `"id": "aa-2013-study"`, `"id": "cc-2013-study"`)
	cc = strings.ReplaceAll(cc, `"id": "aa-2013-12-event"`, `"id": "cc-2013-12-event"`)
	if _, err := Load(fstest.MapFS{"aa.json": {Data: aa}, "cc.json": {Data: []byte(cc)}}); !errors.Is(err, ErrFileName) && !errors.Is(err, ErrDuplicateID) && !errors.Is(err, ErrInvalidValue) {
		t.Errorf("Load with a shared activity id: %v", err)
	}

	// No agreement files at all; the descriptor and other files are not agreements.
	_, err = Load(fstest.MapFS{"datapackage.json": {Data: []byte("{}")}, "README.md": {Data: []byte("x")}})
	if !errors.Is(err, ErrNoData) {
		t.Errorf("Load of an empty dataset: %v, want ErrNoData", err)
	}

	// A file over the size limit.
	big := make([]byte, MaxFileSize+1)
	_, err = Load(fstest.MapFS{"aa.json": {Data: big}})
	checkFault(t, err, ErrTooLarge, "aa.json", "/")

	// Faults in two files are both reported.
	_, err = Load(fstest.MapFS{"aa.json": {Data: []byte("{")}, "bb.json": {Data: []byte("[")}})
	if n := len(unjoin(err)); n != 2 || !strings.Contains(err.Error(), "aa.json") || !strings.Contains(err.Error(), "bb.json") {
		t.Errorf("Load of two broken files reported %d errors: %v", n, err)
	}
}

func TestCaseDifferingKeyMessage(t *testing.T) {
	_, err := DecodeAgreement([]byte(`{"ID": "aa"}`))
	if err == nil || !strings.Contains(err.Error(), `did you mean "id"`) {
		t.Errorf("error %v does not suggest the right key", err)
	}
}

func TestDefaultConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	sets := make([]*Dataset, 8)
	for i := range sets {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sets[i] = Default()
			for a := range sets[i].Agreements() {
				a.Summary[language.English] = "mine"
			}
		}()
	}
	wg.Wait()
	for _, s := range sets[1:] {
		if s != sets[0] {
			t.Fatal("Default returned different datasets")
		}
	}
	for a := range sets[0].Agreements() {
		if a.Summary.In() == "mine" {
			t.Fatal("a caller's change reached the shared dataset")
		}
	}
}

func FuzzDecodeAgreement(f *testing.F) {
	for _, dir := range []string{"testdata/mini", "testdata/bad"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err == nil {
				f.Add(data)
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := DecodeAgreement(data)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v is not an *Error", err)
			}
			return
		}
		enc, err := json.Marshal(a)
		if err != nil {
			t.Fatalf("encoding an accepted agreement: %v", err)
		}
		b, err := DecodeAgreement(enc)
		if err != nil {
			t.Fatalf("re-decoding an accepted agreement: %v\n%s", err, enc)
		}
		if d := cmp.Diff(a, b); d != "" {
			t.Fatalf("decode→encode→decode changed the agreement:\n%s", d)
		}
	})
}
