// Package fsx holds what the root package's Load and package schema's ValidateDataset share
// about reading agreement files from an fs.FS: only regular files are read.
package fsx

import "io/fs"

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

// StatRegular stats name in fsys without opening it when fsys implements fs.StatFS
// (opening a named pipe blocks until a writer comes) and returns its FileInfo, with irregular set to what it is when it is not a
// regular file. fs.Stat follows symbolic links when fsys does (os.DirFS does; an os.Root's
// FS does within the root only).
func StatRegular(fsys fs.FS, name string) (info fs.FileInfo, irregular string, err error) {
	info, err = fs.Stat(fsys, name)
	if err != nil {
		return nil, "", err
	}
	return info, Irregular(info.Mode()), nil
}
