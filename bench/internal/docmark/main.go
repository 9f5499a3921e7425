// Command docmark replaces the part of a Markdown file between the lines
// "<!-- NAME -->" and "<!-- end of NAME -->" with its standard input, keeping the marker
// lines. It fails when the file lacks either marker.
//
//	go run ./internal/docmark FILE NAME < content
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
)

func main() {
	if err := run(os.Args[1:], os.Stdin); err != nil {
		fmt.Fprintln(os.Stderr, "docmark:", err)
		os.Exit(1)
	}
}

func run(args []string, stdin io.Reader) error {
	if len(args) != 2 {
		return fmt.Errorf("usage: docmark FILE NAME < content")
	}
	file, name := args[0], args[1]
	doc, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	content, err := io.ReadAll(stdin)
	if err != nil {
		return err
	}
	out, err := Replace(doc, name, content)
	if err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	return os.WriteFile(file, out, 0o644)
}

// Replace returns doc with the lines between the markers of name replaced by content.
func Replace(doc []byte, name string, content []byte) ([]byte, error) {
	begin, end := []byte("<!-- "+name+" -->\n"), []byte("<!-- end of "+name+" -->\n")
	i := bytes.Index(doc, begin)
	if i < 0 {
		return nil, fmt.Errorf("no line %q", bytes.TrimSpace(begin))
	}
	j := bytes.Index(doc[i:], end)
	if j < 0 {
		return nil, fmt.Errorf("no line %q after %q", bytes.TrimSpace(end), bytes.TrimSpace(begin))
	}
	if len(content) > 0 && content[len(content)-1] != '\n' {
		content = append(content, '\n')
	}
	var out bytes.Buffer
	out.Write(doc[:i+len(begin)])
	out.Write(content)
	out.Write(doc[i+j:])
	return out.Bytes(), nil
}
