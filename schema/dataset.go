package schema

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/regiodialogue/regiodialogue"
	flt "github.com/regiodialogue/regiodialogue/internal/fault"
	"github.com/regiodialogue/regiodialogue/internal/fsx"
	"github.com/regiodialogue/regiodialogue/internal/rules"
)

// ValidateDataset validates every agreement file (*.json other than datapackage.json) at the
// top of fsys against the agreement schema, the rules within one agreement and its file
// name (the agreement's id followed by ".json"), then, once every file passes on its own,
// the rules across files: activity ids unique across the dataset, activities' partners
// naming agreements in signing order. It reports the faults of every file, joined with
// errors.Join, each an *Error naming its file: the same faults, at the same pointers and
// wrapping the same sentinels, as regiodialogue.Load. It reads only regular files: a
// *.json name that is a directory, named pipe, device or socket is a violation with keyword
// "regularFile" (KeywordRegularFile), found on the file opened without waiting (see
// regiodialogue.Load), and symbolic links are followed as fsys follows them. A directory
// that is missing or cannot be read is an error wrapping fs.ErrNotExist or
// fs.ErrPermission.
func (v *Validator) ValidateDataset(fsys fs.FS) error {
	names, err := fsx.List(fsys, regiodialogue.PackageDescriptor)
	if err != nil {
		return fmt.Errorf("schema: the directory cannot be read: %w", err)
	}
	if len(names) == 0 {
		return fmt.Errorf("schema: %w (*.json) in the file system", regiodialogue.ErrNoData)
	}
	var errs []error
	type file struct {
		name string
		a    regiodialogue.Agreement
		vs   []Violation
	}
	var valid []file
	for _, name := range names {
		data, keyword, err := readLimited(fsys, name, v.maxSize())
		if err != nil {
			viol := Violation{Keyword: keyword, Message: err.Error()}
			if keyword == KeywordMaxSize {
				viol.Params = map[string]any{"limit": v.maxSize(), "size": v.maxSize() + 1}
				if st, err := fs.Stat(fsys, name); err == nil && st.Size() > int64(v.maxSize()) {
					viol.Params["size"] = int(st.Size())
				}
			}
			errs = append(errs, &Error{File: name, Violations: []Violation{viol}})
			continue
		}
		x, r, err := v.run(context.Background(), data, false)
		if err != nil {
			var se *Error
			if !errors.As(err, &se) {
				return err
			}
			se.File = name
			errs = append(errs, se)
			continue
		}
		a := x.(regiodialogue.Agreement)
		if r.Stopped == nil && !fatal(r) {
			if vs := fileNameViolations(name, a.ID); len(vs) > 0 {
				if max := v.maxFaults(); max > 0 && len(r.Faults) >= max {
					r.More++
				} else {
					r.Faults = append(r.Faults, flt.Fault{Pointer: vs[0].Pointer, Keyword: vs[0].Keyword, Message: vs[0].Message, Params: vs[0].Params})
				}
			}
		}
		if len(r.Faults) > 0 {
			errs = append(errs, &Error{File: name, Violations: violations(r)})
			continue
		}
		valid = append(valid, file{name: name, a: a})
	}
	// The rules across files, once every file passes on its own (as in regiodialogue.Load):
	// a broken file would otherwise make faults appear in the files that refer to it.
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	seen := map[string]string{} // activity id → file
	for i := range valid {
		f := &valid[i]
		for j, act := range f.a.Activities {
			if other, dup := seen[act.ID]; dup {
				f.vs = append(f.vs, Violation{Pointer: fmt.Sprintf("/activities/%d/id", j), Keyword: KeywordUniqueID,
					Message: fmt.Sprintf("activity id %q is also used in %s", act.ID, other),
					Params:  map[string]any{"value": act.ID, "other": other}})
			}
			seen[act.ID] = f.name
		}
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
	parent := make(map[string]string)
	for _, f := range valid {
		for _, act := range f.a.Activities {
			parent[act.ID] = act.PartOf
		}
	}
	cyclic := rules.PartOfCycles(parent)
	for _, f := range valid {
		acts := make([]rules.Activity, len(f.a.Activities))
		for i, act := range f.a.Activities {
			acts[i] = rules.Activity{Index: i, ID: act.ID, Partners: act.Partners, PartOf: act.PartOf}
		}
		for _, rv := range rules.CheckPartners(f.a.ID, acts, rank) {
			f.vs = append(f.vs, Violation{Pointer: rv.Pointer, Keyword: string(rv.Rule), Message: rv.Message, Params: rv.Params})
		}
		for _, rv := range rules.CheckPartOf(acts, parent, cyclic) {
			f.vs = append(f.vs, Violation{Pointer: rv.Pointer, Keyword: string(rv.Rule), Message: rv.Message, Params: rv.Params})
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

// readLimited reads a regular file of at most limit bytes. On failure it returns the
// keyword of the violation: "regularFile" for a directory, named pipe, device or socket
// (the file is opened without waiting, and what was opened is checked before reading),
// "maxSize" for a file too large, "read" for an I/O error.
func readLimited(fsys fs.FS, name string, limit int) ([]byte, string, error) {
	f, _, irregular, err := fsx.OpenRegular(fsys, name)
	if err != nil {
		return nil, KeywordRead, err
	}
	if irregular != "" {
		return nil, KeywordRegularFile, errors.New(irregular + ", not a regular file")
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, int64(limit)+1))
	if err != nil {
		return nil, KeywordRead, err
	}
	if len(data) > limit {
		return nil, "maxSize", fmt.Errorf("file is larger than %d bytes", limit)
	}
	return data, "", nil
}

// fileNameViolations checks that the file name is the agreement's id followed by ".json".
// An empty id (missing or of the wrong type) is reported elsewhere.
func fileNameViolations(name, id string) []Violation {
	if want := strings.TrimSuffix(path.Base(name), ".json"); id != "" && id != want {
		return []Violation{{Pointer: "/id", Keyword: KeywordFileName,
			Message: fmt.Sprintf("id %q does not match the file name (want %q)", id, want),
			Params:  map[string]any{"value": id, "expected": want + ".json"}}}
	}
	return nil
}

// fatal reports whether the decoder stopped reading on r's one fault: malformed JSON, a
// duplicate key, nesting too deep.
func fatal(r flt.Result) bool {
	if len(r.Faults) != 1 {
		return false
	}
	switch r.Faults[0].Keyword {
	case KeywordSyntax, KeywordDuplicateKey, KeywordMaxDepth, KeywordMaxSize:
		return true
	}
	return false
}
