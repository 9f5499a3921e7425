//go:build !unix

package fsx

import "io/fs"

// openNonblock is not available here: ok is false, and OpenRegular uses fsys.Open.
func openNonblock(fs.FS, string) (fs.File, bool, error) { return nil, false, nil }
