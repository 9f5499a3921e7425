// Package render holds what the example programs share: opening a dataset and parsing a
// -lang flag. Presenting the data in a language is package locale's work.
//
// It is internal to the module: the example programs are its only users.
package render

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/regiodialogue/regiodialogue"
	"golang.org/x/text/language"
)

// Open returns the embedded dataset when dir is empty, else the dataset in directory dir.
// The directory is opened as an os.Root: nothing outside it is read, and a symbolic link
// leading out of it is an error.
func Open(dir string) (*regiodialogue.Dataset, error) {
	if dir == "" {
		return regiodialogue.Default(), nil
	}
	st, err := os.Stat(dir)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("%s is not a directory", dir)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	defer root.Close()
	return regiodialogue.Load(root.FS())
}

// ParseLang parses a BCP 47 tag given on the command line.
func ParseLang(s string) (language.Tag, error) {
	if strings.TrimSpace(s) == "" {
		return language.Und, errors.New("empty language tag")
	}
	tag, err := language.Parse(s)
	if err != nil {
		return language.Und, fmt.Errorf("malformed language tag %q: %v", s, err)
	}
	return tag, nil
}
