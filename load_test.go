package regiodialogue

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func loadMini(t testing.TB) *Dataset {
	t.Helper()
	ds, err := Load(os.DirFS("testdata/mini"))
	require.NoError(t, err)
	return ds
}

func TestLoadMini(t *testing.T) {
	ds := loadMini(t)
	require.Equal(t, 2, ds.Len())
	var ids []string
	for a := range ds.Agreements() {
		ids = append(ids, a.ID)
	}
	assert.Equal(t, []string{"bb", "aa"}, ids, "Agreements() in signing order")
	var acts []string
	for a := range ds.Activities() {
		acts = append(acts, a.ID)
	}
	assert.Equal(t, []string{"bb-2007-signing", "aa-2012-11-workshop", "bb-2013-seminar", "aa-2013-study", "aa-2013-12-event"}, acts, "Activities() in date order")
	a, ok := ds.Agreement("aa")
	require.True(t, ok, `Agreement("aa") not found`)
	in := a.Instruments[0]
	assert.Equal(t, ExchangeOfLetters, in.Kind)
	assert.Equal(t, MustParseDate("2013-05"), in.Signed)
	assert.Equal(t, Month, in.Signed.Precision())
	if assert.NotNil(t, in.Binding) {
		assert.False(t, *in.Binding)
	}
	if assert.NotNil(t, in.Place) {
		assert.True(t, in.Place.Uncertain)
		assert.Equal(t, "BE", in.Place.Country)
	}
	if s := in.Parties[1].Signatory; assert.NotNil(t, s) {
		assert.Equal(t, "C. Person", s.OnBehalfOf)
		assert.True(t, s.Uncertain)
	}
	assert.Equal(t, "Un acuerdo sintético para pruebas.", a.Summary.In(language.MustParse("es-PE")))
	_, ok = ds.Agreement("zz")
	assert.False(t, ok, `Agreement("zz") found`)
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
	a.Partner.Languages[0] = language.Japanese
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
	assert.Empty(t, cmp.Diff(string(before), string(after)), "the dataset changed (-before +after)")
}

// TestRoundTrip checks that what the types encode decodes to the same values.
func TestRoundTrip(t *testing.T) {
	ds := loadMini(t)
	for a := range ds.Agreements() {
		data, err := json.MarshalIndent(a, "", "  ")
		require.NoError(t, err)
		b, err := DecodeAgreement(data)
		require.NoError(t, err, "%s: re-decoding the encoded agreement:\n%s", a.ID, data)
		assert.Empty(t, cmp.Diff(a, b), "%s: round trip changed the agreement (-want +got)", a.ID)
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
	assert.Len(t, faults, len(files), "one line in FAULTS per file in testdata/bad")
	for _, f := range faults {
		t.Run(f.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata/bad", f.file))
			require.NoError(t, err)
			sentinel := sentinels[f.sentinel]
			require.NotNil(t, sentinel, "FAULTS names unknown sentinel %s", f.sentinel)
			_, err = DecodeAgreement(data)
			checkFault(t, err, sentinel, "", f.pointer)

			// The same bytes under their own name in a dataset.
			_, err = Load(fstest.MapFS{f.file: {Data: data}})
			checkFault(t, err, sentinel, f.file, f.pointer)
		})
	}
}

// checkFault checks that err holds an *Error in file wrapping sentinel at pointer ("-" for
// any pointer, "/" for the whole document), and that its message names the file.
func checkFault(t *testing.T, err error, sentinel error, file, pointer string) {
	t.Helper()
	require.Error(t, err, "accepted")
	require.ErrorIs(t, err, sentinel)
	if pointer == "/" {
		pointer = ""
	}
	var got []string
	for _, e := range faultsOf(err) {
		if errors.Is(e, sentinel) && e.File == file && (pointer == "-" || e.Pointer == pointer) {
			assert.Contains(t, e.Error(), file, "the message names the file")
			return
		}
		got = append(got, e.File+" "+e.Pointer+" "+e.Err.Error())
	}
	t.Errorf("no fault %v in %q at %q among:\n%s", sentinel, file, pointer, strings.Join(got, "\n"))
}

// faultsOf returns the *Error values in err, a single one or a join.
func faultsOf(err error) []*Error {
	var out []*Error
	for _, one := range unjoin(err) {
		var e *Error
		if errors.As(one, &e) {
			out = append(out, e)
		}
	}
	return out
}

func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, unjoin(e)...)
		}
		return out
	}
	return []error{err}
}

func TestLoadCrossFileRules(t *testing.T) {
	aa, err := os.ReadFile("testdata/mini/aa.json")
	require.NoError(t, err)
	// A file named after another id.
	_, err = Load(fstest.MapFS{"ab.json": {Data: aa}})
	checkFault(t, err, ErrFileName, "ab.json", "/id")

	// The same activity id in two agreements.
	cc := strings.ReplaceAll(string(aa), `"id": "aa"`, `"id": "cc"`)
	cc = strings.ReplaceAll(cc, `"id": "aa-2013-study"`, `"id": "cc-2013-study"`)
	cc = strings.ReplaceAll(cc, `"id": "aa-2013-12-event"`, `"id": "cc-2013-12-event"`)
	_, err = Load(fstest.MapFS{"aa.json": {Data: aa}, "cc.json": {Data: []byte(cc)}})
	assert.Error(t, err, "Load with a shared activity id")

	// No agreement files at all; the descriptor and other files are not agreements.
	_, err = Load(fstest.MapFS{"datapackage.json": {Data: []byte("{}")}, "README.md": {Data: []byte("x")}})
	assert.ErrorIs(t, err, ErrNoData, "Load of an empty dataset")

	// A file over the size limit.
	big := make([]byte, MaxFileSize+1)
	_, err = Load(fstest.MapFS{"aa.json": {Data: big}})
	checkFault(t, err, ErrTooLarge, "aa.json", "/")

	// Faults in two files are both reported.
	_, err = Load(fstest.MapFS{"aa.json": {Data: []byte("{")}, "bb.json": {Data: []byte("[")}})
	assert.Len(t, unjoin(err), 2, "Load of two broken files: %v", err)
	assert.ErrorContains(t, err, "aa.json")
	assert.ErrorContains(t, err, "bb.json")

	// The faults of several files, several each, are one flat list of *Error values.
	two := strings.Replace(string(aa), `"group": "latin-america"`, `"group": "nowhere"`, 1)
	two = strings.Replace(two, `"kind": "workshop"`, `"kind": "party"`, 1)
	_, err = Load(fstest.MapFS{"aa.json": {Data: []byte(two)}, "bb.json": {Data: []byte(strings.Replace(two, `"id": "aa"`, `"id": "bb"`, 1))}})
	j, ok := err.(interface{ Unwrap() []error })
	require.True(t, ok, "Load's error is not a join: %v", err)
	var files []string
	for _, e := range j.Unwrap() {
		var fe *Error
		require.True(t, errors.As(e, &fe), "%v", e)
		assert.Same(t, fe, e, "an element of the list is not an *Error itself")
		files = append(files, fe.File)
	}
	// bb.json: the two faults, and three activities whose partners do not include "bb".
	assert.Equal(t, []string{"aa.json", "aa.json", "bb.json", "bb.json", "bb.json", "bb.json", "bb.json"}, files)
}

func TestCaseDifferingKeyMessage(t *testing.T) {
	_, err := DecodeAgreement([]byte(`{"ID": "aa"}`))
	assert.ErrorContains(t, err, `did you mean "id"`)
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
