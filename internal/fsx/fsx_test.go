package fsx

import (
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

func TestStatRegular(t *testing.T) {
	fsys := fstest.MapFS{"a.json": {Data: []byte("{}")}, "d.json": {Mode: fs.ModeDir}}
	if info, irr, err := StatRegular(fsys, "a.json"); err != nil || irr != "" || info.Size() != 2 {
		t.Errorf("a.json: %v, %q, %v", info, irr, err)
	}
	if _, irr, err := StatRegular(fsys, "d.json"); err != nil || irr != "a directory" {
		t.Errorf("d.json: %q, %v", irr, err)
	}
	if _, _, err := StatRegular(fsys, "none.json"); err == nil {
		t.Error("a missing file: no error")
	}
}
