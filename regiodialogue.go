package regiodialogue

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"path"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/regiodialogue/regiodialogue/internal/embedded"
	"github.com/regiodialogue/regiodialogue/internal/fsx"
	"github.com/regiodialogue/regiodialogue/internal/jsonx"
	"github.com/regiodialogue/regiodialogue/internal/rules"
)

// After a change to dataset/, "go generate ." rewrites what is generated from it: the
// compressed copy this package embeds (internal/embedded), then the CSV tables,
// datapackage.json, COVERAGE.md, regiodialogue.sql, the README's tables and query output,
// and the report's output that docs/LANGUAGES.md shows.
//go:generate go generate ./internal/embedded
//go:generate go test -count=1 -run Dataset(PackageDescriptor|Coverage|ReadmeTable|Tables|SQL) . -update
//go:generate go test -count=1 -run DocsExample ./examples/report -update

// DataVersion is the semantic version of the embedded dataset: the major version changes
// when the records' format changes incompatibly, the minor when facts, records or texts are
// added or corrected. dataset/CHANGELOG.md lists the changes; dataset/datapackage.json
// repeats the version.
const DataVersion = "0.3.0"

// SourcesRead is the month, YYYY-MM, in which the embedded dataset's sources were last read;
// each source's Accessed says when it was.
const SourcesRead = "2026-12"

// MaxFileSize is the largest agreement file Load reads, 1 MiB; a larger one is an ErrTooLarge
// error. It is the default limit of package schema's validators too (schema.DefaultMaxSize).
const MaxFileSize = 1 << 20

// ErrTooLarge: a file is larger than MaxFileSize.
var ErrTooLarge = jsonx.ErrTooLarge

// ErrNoData: the file system given to Load holds no agreement file.
var ErrNoData = errors.New("no agreement files")

// PackageDescriptor is the name of the Data Package descriptor that may sit beside the
// agreement files; Load skips it.
const PackageDescriptor = "datapackage.json"

// Dataset is a checked, immutable set of agreements and their activities. It is safe for
// concurrent use; every value it hands out is a deep copy, the caller's own to change.
//
// An activity that concerns several partners is one record (see Activity.Partners): it is
// listed in the Activities of each of their agreements and yielded once by Activities.
type Dataset struct {
	agreements []Agreement    // in signing order, without their activities
	byID       map[string]int // agreement id → index in agreements
	activities []Activity     // every activity once, in date order
	actByID    map[string]int // activity id → index in activities
	perAgr     [][]int        // agreement index → indices in activities, in date order
	parts      map[int][]int  // activity index → indices of the activities part of it, in date order
}

// Default returns the dataset embedded in this package. The agreement files are embedded
// compressed (DEFLATE); they are inflated, decoded and checked on first use, once, exactly
// as Load checks files (inflating and decoding run in parallel); importing the package costs nothing at program start. The
// embedded data is tested to load, so Default panics only if the package itself is broken.
func Default() *Dataset {
	defaultOnce.Do(func() {
		var err error
		if defaultSet, err = loadEmbedded(); err != nil {
			panic("regiodialogue: embedded dataset: " + err.Error())
		}
	})
	return defaultSet
}

// A sync.Once rather than sync.OnceValue, whose closure would be allocated at init.
var (
	defaultOnce sync.Once
	defaultSet  *Dataset
)

// loadEmbedded inflates the embedded files and builds the dataset from them. One
// goroutine inflates the files one by one while up to GOMAXPROCS others decode and check
// those already inflated; the results are added in name order, as Load adds them.
func loadEmbedded() (*Dataset, error) {
	type decoded struct {
		name string
		a    Agreement
		errs []error
	}
	type job struct {
		i int
		f embedded.File
	}
	jobs := make(chan job)
	var inflateErr error
	go func() {
		i := 0
		inflateErr = embedded.Walk(func(f embedded.File) error {
			jobs <- job{i, f}
			i++
			return nil
		})
		close(jobs)
	}()
	var (
		mu      sync.Mutex
		results []decoded
		wg      sync.WaitGroup
	)
	for range max(1, runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				a, errs := decodeFile(j.f.Name, j.f.Data)
				mu.Lock()
				for len(results) <= j.i {
					results = append(results, decoded{})
				}
				results[j.i] = decoded{j.f.Name, a, errs}
				mu.Unlock()
			}
		}()
	}
	wg.Wait() // the inflating goroutine has closed jobs, so inflateErr is set
	if inflateErr != nil {
		return nil, inflateErr
	}
	var b builder
	for _, r := range results {
		b.append(r.a, r.errs)
	}
	return b.finish()
}

// Load reads every agreement file (*.json other than datapackage.json) at the top of fsys,
// decodes each strictly and checks the dataset's rules: unknown fields, duplicate keys,
// wrong types, malformed dates, language tags and codes, missing English, missing sources,
// file names that differ from ids, duplicate ids, activities that end before they start,
// activities' partners (each an agreement of the dataset, in signing order, the record
// stored in its first partner's file and listed by an agreement it names). Files in
// subdirectories and files with other extensions are ignored.
//
// A directory that is missing or cannot be listed is one *Error with File "." wrapping the
// file system's error (errors.Is(err, fs.ErrNotExist), fs.ErrPermission); a directory
// with no agreement file is an ErrNoData error.
//
// Load reads only regular files, and opening a file never waits. The files of os.DirFS and
// of an os.Root's FS are opened with O_NONBLOCK (on Unix), and what was opened is checked
// on the open handle before a byte is read: a directory, named pipe, device or socket whose
// name ends in .json is an ErrNotRegular error, also when a file is replaced by a named
// pipe while Load runs. Other file systems are opened with their Open; those implementing
// fs.StatFS (fstest.MapFS does) are asked with fs.Stat first, so a named pipe they show is
// never opened. Symbolic links are followed as fsys follows them: os.DirFS follows every
// link, also out of its directory (a link to a regular file is read like that file); the FS
// of an os.Root follows only links that stay inside the root and fails on the others. To
// read a directory and nothing outside it, pass os.OpenRoot(dir)'s FS.
//
// Every fault of every file is reported, up to MaxFaults per file, as an *Error naming the
// file and the JSON pointer and wrapping one of the package's sentinel errors, or, for a
// file that cannot be opened or read, the file system's error; several are joined with
// errors.Join into one flat list (its Unwrap() []error gives the *Error values), file by
// file, in the order of their pointers. A file with more faults than MaxFaults ends its part
// of the list with one *Error wrapping ErrTooManyFaults that counts the faults not listed.
// The list is the one schema.ValidateDataset gives. Within a file only malformed JSON (or a
// duplicate key, or nesting too deep) stops the reading, and is then the file's one fault.
// The rules across files (duplicate activity ids, activities' partners) are checked once
// every file passes on its own.
func Load(fsys fs.FS) (*Dataset, error) {
	names, err := fsx.List(fsys, PackageDescriptor)
	if err != nil {
		return nil, &Error{File: ".", Err: err, Msg: "the directory cannot be read: " + err.Error()}
	}
	if len(names) == 0 {
		return nil, &Error{File: ".", Err: ErrNoData, Msg: "no agreement files (*.json) in the file system"}
	}
	var b builder
	for _, name := range names {
		data, err := readFile(fsys, name)
		if err != nil {
			b.errs = append(b.errs, err)
			continue
		}
		b.add(name, data)
	}
	return b.finish()
}

// builder makes a Dataset from agreement files, one at a time.
type builder struct {
	agreements []Agreement
	errs       []error // one flat list of the faults of all files
}

// add decodes and checks the agreement file name holding data.
func (b *builder) add(name string, data []byte) { b.append(decodeFile(name, data)) }

// append adds a decoded agreement, or the faults of its file.
func (b *builder) append(a Agreement, errs []error) {
	if len(errs) > 0 {
		b.errs = append(b.errs, errs...)
		return
	}
	b.agreements = append(b.agreements, a)
}

// decodeFile decodes and checks the agreement file name holding data, returning its
// faults, each an *Error naming the file.
func decodeFile(name string, data []byte) (Agreement, []error) {
	a, r := decodeAgreementResult(data, name, decodeOptions{maxFaults: MaxFaults})
	if want := strings.TrimSuffix(path.Base(name), ".json"); !r.fatal && a.ID != "" && a.ID != want {
		r.add(&Error{File: name, Pointer: "/id", Err: ErrFileName,
			Msg:     fmt.Sprintf("id %q does not match the file name (want %q)", a.ID, want),
			keyword: string(rules.FileName), params: map[string]any{"value": a.ID, "expected": want + ".json"}}, MaxFaults)
		sortFaults(r.errs)
	}
	if len(r.errs) > 0 {
		return Agreement{}, r.list(name)
	}
	return a, nil
}

// finish checks the rules across files and indexes the dataset.
func (b *builder) finish() (*Dataset, error) {
	if len(b.errs) > 0 {
		return nil, errors.Join(b.errs...)
	}
	ds := &Dataset{agreements: b.agreements, byID: make(map[string]int, len(b.agreements))}
	var errs []error
	slices.SortStableFunc(ds.agreements, func(a, b Agreement) int {
		if c := a.Signed().Compare(b.Signed()); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	for i, a := range ds.agreements {
		ds.byID[a.ID] = i
	}
	n := 0
	for _, a := range ds.agreements {
		n += len(a.Activities)
	}
	ds.activities = make([]Activity, 0, n)
	ds.actByID = make(map[string]int, n)
	actFile := make(map[string]string, n)
	parent := make(map[string]string, n)
	for _, a := range ds.agreements {
		for _, act := range a.Activities {
			parent[act.ID] = act.PartOf
		}
	}
	cyclic := rules.PartOfCycles(parent)
	for i := range ds.agreements {
		a := &ds.agreements[i]
		acts := make([]rules.Activity, len(a.Activities))
		for j, act := range a.Activities {
			acts[j] = rules.Activity{Index: j, ID: act.ID, Partners: act.Partners, PartOf: act.PartOf}
			if other, dup := actFile[act.ID]; dup {
				errs = append(errs, &Error{File: a.ID + ".json", Pointer: fmt.Sprintf("/activities/%d/id", j),
					Err: ErrDuplicateID, Msg: fmt.Sprintf("activity id %q is also used in %s.json", act.ID, other)})
				continue
			}
			actFile[act.ID] = a.ID
			ds.activities = append(ds.activities, act)
		}
		for _, v := range rules.CheckPartners(a.ID, acts, ds.byID) {
			errs = append(errs, ruleError(v, a.ID+".json"))
		}
		for _, v := range rules.CheckPartOf(acts, parent, cyclic) {
			errs = append(errs, ruleError(v, a.ID+".json"))
		}
		a.Activities = nil
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	slices.SortStableFunc(ds.activities, compareActivities)
	ds.perAgr = make([][]int, len(ds.agreements))
	for k, act := range ds.activities {
		ds.actByID[act.ID] = k
		for _, p := range act.Partners {
			i := ds.byID[p]
			ds.perAgr[i] = append(ds.perAgr[i], k)
		}
	}
	for k, act := range ds.activities {
		if act.PartOf != "" {
			if ds.parts == nil {
				ds.parts = make(map[int][]int)
			}
			p := ds.actByID[act.PartOf]
			ds.parts[p] = append(ds.parts[p], k)
		}
	}
	return ds, nil
}

// compareActivities orders activities by start date (see Date.Compare), then end date,
// then id.
func compareActivities(x, y Activity) int {
	if c := x.Start.Compare(y.Start); c != 0 {
		return c
	}
	if c := x.End.Compare(y.End); c != 0 {
		return c
	}
	return strings.Compare(x.ID, y.ID)
}

// readFile reads the regular file name of fsys, opened without waiting (see
// fsx.OpenRegular); every failure is an *Error naming the file.
func readFile(fsys fs.FS, name string) ([]byte, error) {
	f, st, irregular, err := fsx.OpenRegular(fsys, name)
	if err != nil {
		return nil, &Error{File: name, Err: err, Msg: "cannot open: " + err.Error()}
	}
	if irregular != "" {
		return nil, &Error{File: name, Err: ErrNotRegular, Msg: irregular + ", not a regular file; Load reads only regular files"}
	}
	defer f.Close()
	size := st.Size()
	if size > MaxFileSize {
		return nil, &Error{File: name, Err: ErrTooLarge, Msg: fmt.Sprintf("file is %d bytes; the limit is %d", size, MaxFileSize)}
	}
	data, err := readAll(f, size, MaxFileSize)
	if err != nil {
		if errors.Is(err, ErrTooLarge) {
			return nil, &Error{File: name, Err: ErrTooLarge, Msg: fmt.Sprintf("file is larger than %d bytes", MaxFileSize)}
		}
		return nil, &Error{File: name, Err: err, Msg: "cannot read: " + err.Error()}
	}
	return data, nil
}

// readAll reads f up to limit bytes, into a buffer sized from size, the size Stat reported
// (0 when unknown).
func readAll(f fs.File, size, limit int64) ([]byte, error) {
	if size <= 0 || size > limit {
		size = 511
	}
	buf := bytes.NewBuffer(make([]byte, 0, size+1)) // +1 so that io.EOF is seen without growing
	if _, err := buf.ReadFrom(io.LimitReader(f, limit+1)); err != nil {
		return nil, err
	}
	if int64(buf.Len()) > limit {
		return nil, ErrTooLarge
	}
	return buf.Bytes(), nil
}

// Len returns the number of agreements.
func (ds *Dataset) Len() int { return len(ds.agreements) }

// Agreements returns the agreements in signing order (of their first instrument; ties by
// id), each with all the activities that concern it.
func (ds *Dataset) Agreements() iter.Seq[Agreement] {
	return func(yield func(Agreement) bool) {
		for i := range ds.agreements {
			if !yield(ds.agreement(i)) {
				return
			}
		}
	}
}

// Agreement returns the agreement with the given id ("pe", "sica", in any letter case) with
// all the activities that concern it, in date order, and whether there is one.
func (ds *Dataset) Agreement(id string) (Agreement, bool) {
	i, ok := ds.byID[lowerID(id)]
	if !ok {
		return Agreement{}, false
	}
	return ds.agreement(i), true
}

func (ds *Dataset) agreement(i int) Agreement {
	a := ds.agreements[i].Clone()
	if idx := ds.perAgr[i]; len(idx) > 0 {
		a.Activities = make([]Activity, len(idx))
		for j, k := range idx {
			a.Activities[j] = ds.activities[k].Clone()
		}
	}
	return a
}

// Partner returns the partner of the agreement with the given id (in any letter case), and
// whether there is one. It copies only the partner, so it is a cheap way to name the
// partners of an activity (see Activity.Partners).
func (ds *Dataset) Partner(id string) (Partner, bool) {
	i, ok := ds.byID[lowerID(id)]
	if !ok {
		return Partner{}, false
	}
	return ds.agreements[i].Partner.Clone(), true
}

// Activities returns every activity once, in date order: by start date (see Date.Compare),
// then end date, then id. An activity shared by several partners is yielded once; its
// Partners lists them.
func (ds *Dataset) Activities() iter.Seq[Activity] {
	return func(yield func(Activity) bool) {
		for i := range ds.activities {
			if !yield(ds.activities[i].Clone()) {
				return
			}
		}
	}
}

// Activity returns the activity with the given id (in any letter case), and whether there
// is one.
func (ds *Dataset) Activity(id string) (Activity, bool) {
	k, ok := ds.actByID[lowerID(id)]
	if !ok {
		return Activity{}, false
	}
	return ds.activities[k].Clone(), true
}

// Parts returns the activities that took place within the activity with the given id (in
// any letter case), those whose PartOf names it, in date order: the visits and meetings of
// a pairing, the sessions of a project or a seminar series. Only the direct parts are
// yielded; a part's own parts are Parts of its id.
func (ds *Dataset) Parts(id string) iter.Seq[Activity] {
	return func(yield func(Activity) bool) {
		k, ok := ds.actByID[lowerID(id)]
		if !ok {
			return
		}
		for _, j := range ds.parts[k] {
			if !yield(ds.activities[j].Clone()) {
				return
			}
		}
	}
}

// lowerID returns id in lower case; ids are ASCII, and an id already in lower case is
// returned as it is, without allocating.
func lowerID(id string) string {
	for i := 0; i < len(id); i++ {
		if c := id[i]; 'A' <= c && c <= 'Z' {
			return strings.ToLower(id)
		}
	}
	return id
}
