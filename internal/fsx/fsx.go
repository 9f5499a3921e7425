// Package fsx holds what the root package's Load and package schema's ValidateDataset share
// about reading agreement files from an fs.FS: only regular files are read, and opening a
// file never waits on it.
package fsx

import (
	"io/fs"
	"path"
)

// Irregular returns what the file of the given mode is when it is not a regular file ("a
// directory", "a named pipe", ...), or "" for a regular file.
func Irregular(mode fs.FileMode) string {
	switch {
	case mode.IsRegular():
		return ""
	case mode&fs.ModeDir != 0:
		return "a directory"
	case mode&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case mode&fs.ModeSocket != 0:
		return "a socket"
	case mode&fs.ModeDevice != 0:
		return "a device"
	case mode&fs.ModeSymlink != 0:
		return "a symbolic link"
	}
	return "an irregular file"
}

// OpenRegular opens name in fsys for reading and returns the open file with the FileInfo
// of the open handle. When the file is not a regular file, it returns irregular saying what
// it is ("a named pipe") and no file.
//
// Opening never waits: the file systems of os.DirFS and of an os.Root's FS are opened with
// O_NONBLOCK (a named pipe with no writer would otherwise block the open for ever), and what
// was opened is checked on the handle, so a file swapped for a named pipe between a look
// and the open is refused, not waited on. Other file systems are opened with their Open;
// when they implement fs.StatFS, a file fs.Stat already shows to be irregular is refused
// without opening it.
func OpenRegular(fsys fs.FS, name string) (f fs.File, info fs.FileInfo, irregular string, err error) {
	f, ok, err := openNonblock(fsys, name)
	if !ok {
		if _, statFS := fsys.(fs.StatFS); statFS {
			info, err := fs.Stat(fsys, name)
			if err != nil {
				return nil, nil, "", err
			}
			if irregular := Irregular(info.Mode()); irregular != "" {
				return nil, info, irregular, nil
			}
		}
		f, err = fsys.Open(name)
	}
	if err != nil {
		return nil, nil, "", err
	}
	info, err = f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, "", err
	}
	if irregular := Irregular(info.Mode()); irregular != "" {
		f.Close()
		return nil, info, irregular, nil
	}
	return f, info, "", nil
}

// List returns the names of the agreement files at the top of fsys: every name matching
// *.json but skip, in name order. A directory that is missing or cannot be read is an
// error (a *fs.PathError wrapping fs.ErrNotExist, fs.ErrPermission ...), where fs.Glob
// would give no names.
func List(fsys fs.FS, skip string) ([]string, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries { // ReadDir sorts by name
		name := e.Name()
		if ok, _ := path.Match("*.json", name); ok && name != skip {
			names = append(names, name)
		}
	}
	return names, nil
}
