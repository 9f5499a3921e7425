package regiodialogue

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"path"
	"slices"
	"strings"
	"sync"

	"github.com/regiodialogue/regiodialogue/internal/jsonx"
)

// DataVersion names the version of the embedded dataset and the month its sources were read.
const DataVersion = "0.1.0 (sources read 2026-11)"

// MaxFileSize is the largest agreement file Load reads; a larger one is an ErrTooLarge error.
const MaxFileSize = 4 << 20

// ErrTooLarge: a file is larger than MaxFileSize.
var ErrTooLarge = jsonx.ErrTooLarge

// ErrNoData: the file system given to Load holds no agreement file.
var ErrNoData = errors.New("no agreement files")

// PackageDescriptor is the name of the Data Package descriptor that may sit beside the
// agreement files; Load skips it.
const PackageDescriptor = "datapackage.json"

//go:embed dataset/*.json
var embedded embed.FS

// Dataset is a checked, immutable set of agreements. It is safe for concurrent use; every
// value it hands out is a deep copy, the caller's own to change.
type Dataset struct {
	agreements []Agreement     // in signing order
	byID       map[string]int  // id → index in agreements
	activities []activityIndex // every activity, in date order
}

type activityIndex struct{ agreement, activity int }

var (
	defaultOnce sync.Once
	defaultSet  *Dataset
)

// Default returns the dataset embedded in this package. It is decoded and checked on first
// use, once; importing the package costs nothing at program start. The embedded data is
// tested to load, so Default panics only if the package itself is broken.
func Default() *Dataset {
	defaultOnce.Do(func() {
		sub, err := fs.Sub(embedded, "dataset")
		if err == nil {
			defaultSet, err = Load(sub)
		}
		if err != nil {
			panic("regiodialogue: embedded dataset: " + err.Error())
		}
	})
	return defaultSet
}

// Load reads every agreement file (*.json other than datapackage.json) at the top of fsys,
// decodes each strictly and checks the dataset's rules: unknown fields, duplicate keys,
// wrong types, malformed dates, language tags and codes, missing English, missing sources,
// file names that differ from ids, duplicate ids, activities that end before they start.
// Files in subdirectories and files with other extensions are ignored.
//
// Every fault found is reported as an *Error naming the file and the JSON pointer and
// wrapping one of the package's sentinel errors; several are joined with errors.Join.
func Load(fsys fs.FS) (*Dataset, error) {
	names, err := fs.Glob(fsys, "*.json")
	if err != nil {
		return nil, fmt.Errorf("regiodialogue: listing files: %w", err)
	}
	names = slices.DeleteFunc(names, func(n string) bool { return n == PackageDescriptor })
	if len(names) == 0 {
		return nil, fmt.Errorf("regiodialogue: %w (*.json) in the file system", ErrNoData)
	}
	ds := &Dataset{byID: make(map[string]int, len(names))}
	var errs []error
	for _, name := range names {
		a, err := loadFile(fsys, name)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		ds.agreements = append(ds.agreements, a)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	slices.SortStableFunc(ds.agreements, func(a, b Agreement) int {
		if c := a.Signed().Compare(b.Signed()); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	actIDs := make(map[string]string)
	for i, a := range ds.agreements {
		ds.byID[a.ID] = i
		for j, act := range a.Activities {
			if other, dup := actIDs[act.ID]; dup {
				errs = append(errs, &Error{File: a.ID + ".json", Pointer: fmt.Sprintf("/activities/%d/id", j),
					Err: ErrDuplicateID, Msg: fmt.Sprintf("activity id %q is also used in %s.json", act.ID, other)})
			}
			actIDs[act.ID] = a.ID
			ds.activities = append(ds.activities, activityIndex{i, j})
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	slices.SortStableFunc(ds.activities, func(x, y activityIndex) int {
		ax, ay := &ds.agreements[x.agreement].Activities[x.activity], &ds.agreements[y.agreement].Activities[y.activity]
		if c := ax.Start.Compare(ay.Start); c != 0 {
			return c
		}
		if c := ax.End.Compare(ay.End); c != 0 {
			return c
		}
		return strings.Compare(ax.ID, ay.ID)
	})
	return ds, nil
}

func loadFile(fsys fs.FS, name string) (Agreement, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return Agreement{}, fmt.Errorf("regiodialogue: %w", err)
	}
	defer f.Close()
	var size int64
	if st, err := f.Stat(); err == nil {
		size = st.Size()
	}
	if size > MaxFileSize {
		return Agreement{}, &Error{File: name, Err: ErrTooLarge, Msg: fmt.Sprintf("file is %d bytes; the limit is %d", size, MaxFileSize)}
	}
	data, err := readAll(f, size, MaxFileSize)
	if err != nil {
		if errors.Is(err, ErrTooLarge) {
			return Agreement{}, &Error{File: name, Err: ErrTooLarge, Msg: fmt.Sprintf("file is larger than %d bytes", MaxFileSize)}
		}
		return Agreement{}, fmt.Errorf("regiodialogue: reading %s: %w", name, err)
	}
	a, err := decodeAgreementBytes(data)
	if err != nil {
		return Agreement{}, asError(err, name)
	}
	errs := checkAgreement(&a, name)
	if want := strings.TrimSuffix(path.Base(name), ".json"); a.ID != want {
		errs = append(errs, &Error{File: name, Pointer: "/id", Err: ErrFileName,
			Msg: fmt.Sprintf("id %q does not match the file name (want %q)", a.ID, want)})
	}
	if len(errs) > 0 {
		return Agreement{}, errors.Join(errs...)
	}
	return a, nil
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

// Agreements returns the agreements in signing order (of their first instrument; ties by id).
func (ds *Dataset) Agreements() iter.Seq[Agreement] {
	return func(yield func(Agreement) bool) {
		for i := range ds.agreements {
			if !yield(ds.agreements[i].Clone()) {
				return
			}
		}
	}
}

// Agreement returns the agreement with the given id ("pe", "sica"), and whether there is one.
func (ds *Dataset) Agreement(id string) (Agreement, bool) {
	i, ok := ds.byID[id]
	if !ok {
		return Agreement{}, false
	}
	return ds.agreements[i].Clone(), true
}

// Activities returns the activities of all agreements in date order: by start date (see
// Date.Compare), then end date, then id.
func (ds *Dataset) Activities() iter.Seq[Activity] {
	return func(yield func(Activity) bool) {
		for _, x := range ds.activities {
			if !yield(ds.agreements[x.agreement].Activities[x.activity].Clone()) {
				return
			}
		}
	}
}
