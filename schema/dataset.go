package schema

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/regiodialogue/regiodialogue"
	"github.com/regiodialogue/regiodialogue/internal/rules"
)

// ValidateDataset validates every agreement file (*.json other than datapackage.json) at the
// top of fsys against the agreement schema and the rules within one agreement, then the
// rules across files: each file is named after its agreement's id, activity ids are unique
// across the dataset. It reports the faults of every file, joined with errors.Join, each an
// *Error naming its file.
func (v *Validator) ValidateDataset(fsys fs.FS) error {
	names, err := fs.Glob(fsys, "*.json")
	if err != nil {
		return err
	}
	names = slices.DeleteFunc(names, func(n string) bool { return n == regiodialogue.PackageDescriptor })
	if len(names) == 0 {
		return fmt.Errorf("schema: %w (*.json) in the file system", regiodialogue.ErrNoData)
	}
	var errs []error
	seen := map[string]string{} // activity id → file
	type file struct {
		name string
		a    regiodialogue.Agreement
		vs   []Violation
	}
	var valid []file
	for _, name := range names {
		data, err := readLimited(fsys, name, v.maxSize())
		if err != nil {
			errs = append(errs, &Error{File: name, Violations: []Violation{{Keyword: KeywordMaxSize, Message: err.Error()}}})
			continue
		}
		// One decode for a valid file; the full evaluation only for an invalid one.
		a, err := regiodialogue.DecodeAgreement(data)
		if err != nil || !v.fastPath(data) {
			if verr := v.ValidateAgreement(data); verr != nil {
				var se *Error
				if !errors.As(verr, &se) {
					return verr
				}
				se.File = name
				errs = append(errs, se)
				continue
			}
		}
		var vs []Violation
		if want := strings.TrimSuffix(path.Base(name), ".json"); a.ID != want {
			vs = append(vs, Violation{Pointer: "/id", Keyword: string(rules.FileName),
				Message: fmt.Sprintf("id %q does not match the file name (want %q)", a.ID, want)})
		}
		for i, act := range a.Activities {
			if other, dup := seen[act.ID]; dup {
				vs = append(vs, Violation{Pointer: fmt.Sprintf("/activities/%d/id", i), Keyword: string(rules.DuplicateID),
					Message: fmt.Sprintf("activity id %q is also used in %s", act.ID, other)})
			}
			seen[act.ID] = name
		}
		valid = append(valid, file{name, a, vs})
	}
	// The activities' partners, against the agreements in signing order.
	order := slices.Clone(valid)
	slices.SortStableFunc(order, func(x, y file) int {
		if c := x.a.Signed().Compare(y.a.Signed()); c != 0 {
			return c
		}
		return strings.Compare(x.a.ID, y.a.ID)
	})
	rank := make(map[string]int, len(order))
	for i, f := range order {
		rank[f.a.ID] = i
	}
	for _, f := range valid {
		acts := make([]rules.Activity, len(f.a.Activities))
		for i, act := range f.a.Activities {
			acts[i] = rules.Activity{ID: act.ID, Partners: act.Partners}
		}
		for _, rv := range rules.CheckPartners(f.a.ID, acts, rank) {
			f.vs = append(f.vs, Violation{Pointer: rv.Pointer, Keyword: string(rv.Rule), Message: rv.Message})
		}
		if len(f.vs) > 0 {
			sortViolations(f.vs)
			errs = append(errs, &Error{File: f.name, Violations: f.vs})
		}
	}
	return errors.Join(errs...)
}

func (v *Validator) maxSize() int {
	if v.MaxSize <= 0 {
		return DefaultMaxSize
	}
	return v.MaxSize
}

func readLimited(fsys fs.FS, name string, limit int) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, int64(limit)+1))
	if err != nil {
		return nil, err
	}
	if len(data) > limit {
		return nil, fmt.Errorf("file is larger than %d bytes", limit)
	}
	return data, nil
}
