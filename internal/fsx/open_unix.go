//go:build unix

package fsx

import (
	"io/fs"
	"os"
	"reflect"
	"syscall"
)

var rootType = reflect.TypeFor[os.Root]()

// openNonblock opens name with O_NONBLOCK when fsys is the FS of os.DirFS or of an
// os.Root, whose types the os package does not export: ok is false for any other fsys.
func openNonblock(fsys fs.FS, name string) (f fs.File, ok bool, err error) {
	t := reflect.TypeOf(fsys)
	switch {
	case t.Kind() == reflect.String && t.PkgPath() == "os" && t.Name() == "dirFS":
		dir := reflect.ValueOf(fsys).String()
		if dir == "" || !fs.ValidPath(name) {
			return nil, false, nil // os.DirFS's own Open gives the error
		}
		f, err := os.OpenFile(dir+"/"+name, os.O_RDONLY|syscall.O_NONBLOCK, 0)
		if err != nil {
			return nil, true, err
		}
		return f, true, nil
	case t.Kind() == reflect.Pointer && t.Elem().PkgPath() == "os" && t.Elem().Name() == "rootFS" &&
		t.Elem().ConvertibleTo(rootType):
		// os.Root.FS returns (*rootFS)(r), a defined type over Root's own.
		r := (*os.Root)(reflect.ValueOf(fsys).UnsafePointer())
		if !fs.ValidPath(name) {
			return nil, false, nil
		}
		f, err := r.OpenFile(name, os.O_RDONLY|syscall.O_NONBLOCK, 0)
		if err != nil {
			return nil, true, err
		}
		return f, true, nil
	}
	return nil, false, nil
}
