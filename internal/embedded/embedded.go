// Package embedded holds the dataset's agreement files, compacted and compressed, for the
// root package's Default. dataset.flate is generated from ../../dataset by gen.go (go
// generate); a test fails when it differs from the files there.
//
// The format of dataset.flate: the uncompressed length as a uvarint, then one DEFLATE
// stream (RFC 1951) of the files in name order, each as a uvarint name length, the name,
// a uvarint data length and the data.
package embedded

//go:generate go run gen.go

import (
	"bufio"
	"bytes"
	"compress/flate"
	_ "embed"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

//go:embed dataset.flate
var blob []byte

// File is one agreement file: its name (pe.json) and its bytes.
type File struct {
	Name string
	Data []byte
}

// Size returns the size of the compressed data as embedded.
func Size() int { return len(blob) }

// Files inflates the embedded data and returns its files in name order. Their bytes share
// one buffer of the uncompressed size.
func Files() ([]File, error) { return Decode(blob) }

// Walk inflates the embedded data one file at a time and calls fn with each, in name
// order, as soon as it is inflated, so that a caller can work on one file while the next is
// inflated. Each file's bytes are its own. It stops at fn's first error and returns it.
func Walk(fn func(File) error) error { return walk(blob, fn) }

func walk(data []byte, fn func(File) error) error {
	size, n := binary.Uvarint(data)
	if n <= 0 || size > 1<<30 {
		return errors.New("embedded: bad length header")
	}
	zr := bufio.NewReader(flate.NewReader(bytes.NewReader(data[n:])))
	left := size // bytes of the uncompressed stream not read yet
	read := func() ([]byte, error) {
		l, err := binary.ReadUvarint(zr)
		if err != nil {
			return nil, errors.New("embedded: truncated record")
		}
		head := uint64(len(binary.AppendUvarint(nil, l)))
		if head+l > left {
			return nil, errors.New("embedded: record beyond the stated length")
		}
		left -= head + l
		b := make([]byte, l)
		if _, err := io.ReadFull(zr, b); err != nil {
			return nil, fmt.Errorf("embedded: inflating: %w", err)
		}
		return b, nil
	}
	for left > 0 {
		name, err := read()
		if err != nil {
			return err
		}
		body, err := read()
		if err != nil {
			return err
		}
		if err := fn(File{Name: string(name), Data: body}); err != nil {
			return err
		}
	}
	if _, err := zr.ReadByte(); err != io.EOF {
		return errors.New("embedded: data after the stated length")
	}
	return nil
}

// Decode inflates data in the format of dataset.flate.
func Decode(data []byte) ([]File, error) {
	size, n := binary.Uvarint(data)
	if n <= 0 || size > 1<<30 {
		return nil, errors.New("embedded: bad length header")
	}
	buf := make([]byte, size)
	zr := flate.NewReader(bytes.NewReader(data[n:]))
	if _, err := io.ReadFull(zr, buf); err != nil {
		return nil, fmt.Errorf("embedded: inflating: %w", err)
	}
	if k, err := zr.Read(make([]byte, 1)); k != 0 || err != io.EOF {
		return nil, errors.New("embedded: data after the stated length")
	}
	var files []File
	for len(buf) > 0 {
		name, rest, err := field(buf)
		if err != nil {
			return nil, err
		}
		body, rest, err := field(rest)
		if err != nil {
			return nil, err
		}
		files = append(files, File{Name: string(name), Data: body})
		buf = rest
	}
	return files, nil
}

func field(b []byte) (value, rest []byte, err error) {
	l, n := binary.Uvarint(b)
	if n <= 0 || l > uint64(len(b)-n) {
		return nil, nil, errors.New("embedded: truncated record")
	}
	end := n + int(l)
	return b[n:end:end], b[end:], nil
}

// Encode writes files, in the order given, in the format of dataset.flate.
func Encode(w io.Writer, files []File) error {
	var raw bytes.Buffer
	for _, f := range files {
		raw.Write(binary.AppendUvarint(nil, uint64(len(f.Name))))
		raw.WriteString(f.Name)
		raw.Write(binary.AppendUvarint(nil, uint64(len(f.Data))))
		raw.Write(f.Data)
	}
	if _, err := w.Write(binary.AppendUvarint(nil, uint64(raw.Len()))); err != nil {
		return err
	}
	zw, err := flate.NewWriter(w, flate.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(raw.Bytes()); err != nil {
		return err
	}
	return zw.Close()
}

// ReadDir reads the agreement files of a dataset directory (every *.json but
// datapackage.json), in name order, each without the white space between its tokens
// (json.Compact): what dataset.flate is made from. The values are the files' own, byte for
// byte; the compact form is a fifth smaller, so there is less to inflate and to read.
func ReadDir(dir string) ([]File, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	var files []File
	for _, name := range names { // Glob sorts
		base := filepath.Base(name)
		if base == "datapackage.json" {
			continue
		}
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		var compact bytes.Buffer
		if err := json.Compact(&compact, data); err != nil {
			return nil, fmt.Errorf("embedded: %s: %w", name, err)
		}
		files = append(files, File{Name: base, Data: compact.Bytes()})
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("embedded: no agreement files in %s", dir)
	}
	return files, nil
}
