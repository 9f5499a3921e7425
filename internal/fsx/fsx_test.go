package fsx

import (
	"errors"
	"io/fs"
	"testing"
	"testing/fstest"
)

func TestIrregular(t *testing.T) {
	for mode, want := range map[fs.FileMode]string{
		0o644:                             "",
		fs.ModeDir | 0o755:                "a directory",
		fs.ModeNamedPipe:                  "a named pipe",
		fs.ModeSocket:                     "a socket",
		fs.ModeDevice | fs.ModeCharDevice: "a device",
		fs.ModeSymlink:                    "a symbolic link",
		fs.ModeIrregular:                  "an irregular file",
	} {
		if got := Irregular(mode); got != want {
			t.Errorf("Irregular(%v) = %q, want %q", mode, got, want)
		}
	}
}

func TestOpenRegular(t *testing.T) {
	fsys := fstest.MapFS{"a.json": {Data: []byte("{}")}, "d.json": {Mode: fs.ModeDir}}
	f, info, irr, err := OpenRegular(fsys, "a.json")
	if err != nil || irr != "" || info.Size() != 2 || f == nil {
		t.Errorf("a.json: %v, %q, %v", info, irr, err)
	} else {
		f.Close()
	}
	if f, _, irr, err := OpenRegular(fsys, "d.json"); err != nil || irr != "a directory" || f != nil {
		t.Errorf("d.json: %q, %v", irr, err)
	}
	if _, _, _, err := OpenRegular(fsys, "none.json"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a missing file: %v, want fs.ErrNotExist", err)
	}
}
