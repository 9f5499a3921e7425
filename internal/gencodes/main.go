// Command gencodes writes, from the code-list table codes.json at the root of the module,
// everything that repeats the code lists: the Go types, constants and labels of the root
// package (codes_gen.go), the enums and descriptions of schema/defs.schema.json, the
// code-list index of package locale (locale/codes_gen.go), and the code-list section of
// dataset/README.md. The root package runs it with
// go generate; TestGenerated fails when a written file differs from what it would write.
//
// The labels of the region list are not typed in the table: they are the CLDR names of
// the regions' UN M49 codes in golang.org/x/text/language/display, in each UI language,
// copied here so that the root package needs no display tables.
//
// Usage, from the module root: go run ./internal/gencodes [-check]
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"go/format"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Table is the code-list table, codes.json.
type Table struct {
	// Languages are the BCP 47 tags of the labels' languages, English first: the UI
	// languages of package locale, in its order.
	Languages []string `json:"languages"`
	Lists     []List   `json:"lists"`
}

// List is one code list.
type List struct {
	Type        string `json:"type"`        // the Go type
	Key         string `json:"key"`         // the namespace of its labels in locale's catalog
	Schema      string `json:"schema"`      // its name in $defs of schema/defs.schema.json
	What        string `json:"what"`        // what one code is, in error messages
	Description string `json:"description"` // one line, for the schema
	Doc         string `json:"doc"`         // the Go type's doc comment
	CLDR        bool   `json:"cldr"`        // labels are the CLDR names of the codes' M49 codes
	Codes       []Code `json:"codes"`
}

// Code is one code.
type Code struct {
	Code        string            `json:"code"`
	Const       string            `json:"const"`
	Description string            `json:"description"`
	M49         string            `json:"m49"`    // CLDR lists only: the UN M49 code
	Parent      string            `json:"parent"` // CLDR lists only: the region it lies in
	Label       map[string]string `json:"label"`  // by language; none in a CLDR list
}

// ReadTable reads and checks the table at path.
func ReadTable(path string) (*Table, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var t Table
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&t); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if err := t.check(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &t, nil
}

var (
	codeRE  = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	identRE = regexp.MustCompile(`^[A-Z][A-Za-z0-9]*$`)
)

// check holds the table to its rules: every name given, codes well formed and unique in
// their list, constants unique in the package, a label in every language for every code
// of a list that is not CLDR's, and none besides.
func (t *Table) check() error {
	if len(t.Languages) == 0 || t.Languages[0] != "en" {
		return fmt.Errorf("languages: English must come first, got %q", t.Languages)
	}
	for _, l := range t.Languages {
		if _, err := language.Parse(l); err != nil {
			return fmt.Errorf("languages: %w", err)
		}
	}
	consts := map[string]string{}
	types := map[string]bool{}
	for i, l := range t.Lists {
		at := fmt.Sprintf("lists[%d] (%s)", i, l.Type)
		if !identRE.MatchString(l.Type) || l.Key == "" || l.Schema == "" || l.What == "" || l.Description == "" || l.Doc == "" {
			return fmt.Errorf("%s: type, key, schema, what, description and doc are required", at)
		}
		if !strings.HasPrefix(l.Doc, l.Type+" ") {
			return fmt.Errorf("%s: doc must start with the type's name", at)
		}
		if types[l.Type] {
			return fmt.Errorf("%s: a second list of that type", at)
		}
		types[l.Type] = true
		if len(l.Codes) == 0 {
			return fmt.Errorf("%s: no codes", at)
		}
		seen := map[string]bool{}
		for _, c := range l.Codes {
			at := at + ": code " + c.Code
			switch {
			case !codeRE.MatchString(c.Code):
				return fmt.Errorf("%s: a code is lower-case letters and digits in words joined by hyphens", at)
			case seen[c.Code]:
				return fmt.Errorf("%s: a second time", at)
			case !identRE.MatchString(c.Const):
				return fmt.Errorf("%s: const %q is not an exported Go name", at, c.Const)
			case consts[c.Const] != "":
				return fmt.Errorf("%s: const %s already names %s", at, c.Const, consts[c.Const])
			case c.Description == "" || strings.Contains(c.Description, "\n"):
				return fmt.Errorf("%s: the description is one line", at)
			}
			seen[c.Code] = true
			consts[c.Const] = l.Type + " " + c.Code
			if l.CLDR {
				if c.M49 == "" || len(c.Label) > 0 {
					return fmt.Errorf("%s: a CLDR list gives an m49 code and no labels", at)
				}
				if _, err := language.ParseRegion(c.M49); err != nil {
					return fmt.Errorf("%s: m49: %w", at, err)
				}
				continue
			}
			if c.M49 != "" || c.Parent != "" {
				return fmt.Errorf("%s: m49 and parent are for CLDR lists", at)
			}
			if len(c.Label) != len(t.Languages) {
				return fmt.Errorf("%s: %d labels for %d languages", at, len(c.Label), len(t.Languages))
			}
			for _, lang := range t.Languages {
				if s := strings.TrimSpace(c.Label[lang]); s == "" || s != c.Label[lang] || strings.Contains(s, "\n") {
					return fmt.Errorf("%s: the %s label is missing, empty or not one trimmed line", at, lang)
				}
			}
		}
		for _, c := range l.Codes {
			if c.Parent != "" && !seen[c.Parent] {
				return fmt.Errorf("%s: code %s: parent %q is not in the list", at, c.Code, c.Parent)
			}
		}
	}
	return nil
}

// labels returns c's labels in the table's languages, in their order.
func (t *Table) labels(l List, c Code) ([]string, error) {
	out := make([]string, len(t.Languages))
	for i, lang := range t.Languages {
		if !l.CLDR {
			out[i] = c.Label[lang]
			continue
		}
		n := display.Regions(language.MustParse(lang))
		if n == nil {
			return nil, fmt.Errorf("%s %s: no CLDR region names in %s", l.Type, c.Code, lang)
		}
		s := n.Name(language.MustParseRegion(c.M49))
		if s == "" {
			return nil, fmt.Errorf("%s %s: no CLDR name of M49 %s in %s", l.Type, c.Code, c.M49, lang)
		}
		out[i] = s
	}
	return out, nil
}

const header = "// Code generated by internal/gencodes from codes.json; DO NOT EDIT.\n\n"

// Generate returns the files written from t, by path relative to the module root; schema
// is the current schema/defs.schema.json, whose code-list enums and descriptions it
// rewrites, and readme the current dataset/README.md, whose code-list section it rewrites.
func Generate(t *Table, schema, readme []byte) (map[string][]byte, error) {
	root, err := t.rootFile()
	if err != nil {
		return nil, err
	}
	loc, err := t.localeFile()
	if err != nil {
		return nil, err
	}
	defs, err := t.schemaFile(schema)
	if err != nil {
		return nil, err
	}
	doc, err := t.readmeFile(readme)
	if err != nil {
		return nil, err
	}
	return map[string][]byte{
		"codes_gen.go":            root,
		"locale/codes_gen.go":     loc,
		"schema/defs.schema.json": defs,
		"dataset/README.md":       doc,
	}, nil
}

const (
	readmeStart = "<!-- code lists: generated by go generate from ../codes.json -->\n"
	readmeEnd   = "<!-- end of code lists -->\n"
)

// readmeFile rewrites, in dataset/README.md, the text between the code-list markers: each
// list with its description, and each code with its description.
func (t *Table) readmeFile(readme []byte) ([]byte, error) {
	s := string(readme)
	i, j := strings.Index(s, readmeStart), strings.Index(s, readmeEnd)
	if i < 0 || j < i {
		return nil, fmt.Errorf("dataset/README.md: no %q line followed by %q", strings.TrimSpace(readmeStart), strings.TrimSpace(readmeEnd))
	}
	var b strings.Builder
	for _, l := range t.Lists {
		title := strings.ToUpper(l.What[:1]) + l.What[1:] + "s"
		desc := strings.ToLower(l.Description[:1]) + l.Description[1:]
		fmt.Fprintf(&b, "\n**%s** (`%s`): %s\n\n", title, l.Schema, desc)
		for _, c := range l.Codes {
			fmt.Fprintf(&b, "- `%s`: %s\n", c.Code, c.Description)
		}
	}
	b.WriteString("\n")
	return []byte(s[:i+len(readmeStart)] + b.String() + s[j:]), nil
}

// varName is the name of the root package's array of l's codes: themes for Theme.
func varName(l List) string { return strings.ToLower(l.Type[:1]) + l.Type[1:] + "s" }

// receiver is the receiver name of l's methods.
func receiver(l List) string { return strings.ToLower(l.Type[:1]) }

func (t *Table) rootFile() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(header)
	b.WriteString("package regiodialogue\n\nimport \"golang.org/x/text/language\"\n\n")
	var text strings.Builder
	var ends []int
	for _, l := range t.Lists {
		comment(&b, "", l.Doc)
		fmt.Fprintf(&b, "type %s string\n\n", l.Type)
		fmt.Fprintf(&b, "// The %ss.\nconst (\n", l.What)
		for _, c := range l.Codes {
			comment(&b, "\t", c.Description)
			fmt.Fprintf(&b, "\t%s %s = %q\n", c.Const, l.Type, c.Code)
		}
		b.WriteString(")\n\n")
		fmt.Fprintf(&b, "var %s = [...]codeInfo{\n", varName(l))
		for _, c := range l.Codes {
			labels, err := t.labels(l, c)
			if err != nil {
				return nil, err
			}
			fmt.Fprintf(&b, "\t{%q, %d}, // %s\n", c.Code, len(ends), strings.Join(labels, " | "))
			for _, s := range labels {
				text.WriteString(s)
				ends = append(ends, text.Len())
			}
		}
		b.WriteString("}\n\n")
		r := receiver(l)
		fmt.Fprintf(&b, "// Valid reports whether %s is one of the %ss.\n", r, l.What)
		fmt.Fprintf(&b, "func (%s %s) Valid() bool { return valid(%s) }\n\n", r, l.Type, r)
		fmt.Fprintf(&b, "// Label returns %s's label in the best of LabelLanguages for prefs, English when none\n", r)
		fmt.Fprintf(&b, "// matches well or prefs is empty, and %s itself when it is not a known %s.\n", r, l.What)
		fmt.Fprintf(&b, "func (%s %s) Label(prefs ...language.Tag) string { return label(%s, prefs) }\n\n", r, l.Type, r)
		fmt.Fprintf(&b, "// UnmarshalJSON accepts only a JSON string holding one of the %ss.\n", l.What)
		fmt.Fprintf(&b, "func (%s *%s) UnmarshalJSON(data []byte) error { return unmarshalCode(%s, data) }\n\n", r, l.Type, r)
		fmt.Fprintf(&b, "// UnmarshalText accepts only one of the %ss.\n", l.What)
		fmt.Fprintf(&b, "func (%s *%s) UnmarshalText(text []byte) error { return textCode(%s, text) }\n\n", r, l.Type, r)
		fmt.Fprintf(&b, "func (%s) list() []codeInfo { return %s[:] }\n\n", l.Type, varName(l))
		fmt.Fprintf(&b, "func (%s) what() string { return %q }\n\n", l.Type, l.What)
		if l.CLDR {
			fmt.Fprintf(&b, "// %sM49 holds the UN M49 code of each of %s and the code of the region it lies in.\n", varName(l), varName(l))
			fmt.Fprintf(&b, "var %sM49 = [...]struct{ m49, parent string }{\n", varName(l))
			for _, c := range l.Codes {
				fmt.Fprintf(&b, "\t{%q, %q},\n", c.M49, c.Parent)
			}
			b.WriteString("}\n\n")
		}
	}
	b.WriteString("// labelTags are the BCP 47 tags of the labels' languages, in the order of each code's\n// labels in labelText.\n")
	fmt.Fprintf(&b, "var labelTags = [...]string{%s}\n\n", quoteAll(t.Languages))
	typ := "uint16"
	if text.Len() > 1<<16-1 {
		typ = "uint32"
	}
	b.WriteString("// labelEnd holds where each label ends in labelText: a code's labels, in the order of\n// labelTags, from the index its codeInfo gives.\n")
	fmt.Fprintf(&b, "var labelEnd = [...]%s{", typ)
	for i, e := range ends {
		if i%12 == 0 {
			b.WriteString("\n\t")
		} else {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, "%d,", e)
	}
	b.WriteString("\n}\n\n")
	b.WriteString("// labelText is every label, one after the other.\n")
	b.WriteString("const labelText = \"\" +\n")
	s := text.String()
	for i, e := range ends {
		start := 0
		if i > 0 {
			start = ends[i-1]
		}
		sep := " +"
		if i == len(ends)-1 {
			sep = ""
		}
		fmt.Fprintf(&b, "\t%q%s\n", s[start:e], sep)
	}
	return format.Source(b.Bytes())
}

func (t *Table) localeFile() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(header)
	b.WriteString("package locale\n\nimport (\n\t\"golang.org/x/text/language\"\n\n\t\"github.com/regiodialogue/regiodialogue\"\n)\n\n")
	b.WriteString("// codeLists are the root package's code lists: the namespace of their catalog keys, their\n// codes and each code's label.\n")
	b.WriteString("var codeLists = [...]codeList{\n")
	for _, l := range t.Lists {
		fmt.Fprintf(&b, "\t{%q, func() []string { return strs(regiodialogue.Codes[regiodialogue.%s]()) }, func(s string, tag language.Tag) string { return regiodialogue.%s(s).Label(tag) }},\n", l.Key, l.Type, l.Type)
	}
	b.WriteString("}\n\n")
	return format.Source(b.Bytes())
}

// schemaFile rewrites, in the schema's text, the description and enum of each code list's
// definition; everything else stays as it is.
func (t *Table) schemaFile(schema []byte) ([]byte, error) {
	s := string(schema)
	for _, l := range t.Lists {
		re := regexp.MustCompile(`(?s)(\n    "` + regexp.QuoteMeta(l.Schema) + `": \{\n      "description": )"(?:[^"\\]|\\.)*"(,\n      "type": "string",\n      "enum": \[\n).*?(\n      \])`)
		loc := re.FindStringSubmatchIndex(s)
		if loc == nil {
			return nil, fmt.Errorf("schema/defs.schema.json: no $defs/%s with a description, type string and enum, in that order", l.Schema)
		}
		desc, _ := json.Marshal(l.Description)
		var codes []string
		for _, c := range l.Codes {
			q, _ := json.Marshal(c.Code)
			codes = append(codes, "        "+string(q))
		}
		s = s[:loc[0]] + s[loc[2]:loc[3]] + string(desc) + s[loc[4]:loc[5]] + strings.Join(codes, ",\n") + s[loc[6]:loc[7]] + s[loc[1]:]
	}
	if !json.Valid([]byte(s)) {
		return nil, fmt.Errorf("schema/defs.schema.json: not valid JSON after rewriting")
	}
	return []byte(s), nil
}

// comment writes text as a Go comment wrapped at 95 columns, each line indented by indent.
func comment(b *bytes.Buffer, indent, text string) {
	line := indent + "//"
	for _, w := range strings.Fields(text) {
		if len(line)+1+len(w) > 95 && line != indent+"//" {
			b.WriteString(line + "\n")
			line = indent + "//"
		}
		line += " " + w
	}
	b.WriteString(line + "\n")
}

func quoteAll(s []string) string {
	q := make([]string, len(s))
	for i, x := range s {
		q[i] = fmt.Sprintf("%q", x)
	}
	return strings.Join(q, ", ")
}

// Run generates the files under root, the module root, and writes those that changed; with
// check it writes nothing and returns the paths that would change.
func Run(root string, check bool) ([]string, error) {
	t, err := ReadTable(filepath.Join(root, "codes.json"))
	if err != nil {
		return nil, err
	}
	schema, err := os.ReadFile(filepath.Join(root, "schema/defs.schema.json"))
	if err != nil {
		return nil, err
	}
	readme, err := os.ReadFile(filepath.Join(root, "dataset/README.md"))
	if err != nil {
		return nil, err
	}
	files, err := Generate(t, schema, readme)
	if err != nil {
		return nil, err
	}
	var stale []string
	for path, data := range files {
		old, _ := os.ReadFile(filepath.Join(root, path))
		if bytes.Equal(old, data) {
			continue
		}
		stale = append(stale, path)
		if !check {
			if err := os.WriteFile(filepath.Join(root, path), data, 0o644); err != nil {
				return nil, err
			}
		}
	}
	slices.Sort(stale)
	return stale, nil
}

func main() {
	check := flag.Bool("check", false, "write nothing; fail if a generated file is stale")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("gencodes: ")
	stale, err := Run(".", *check)
	if err != nil {
		log.Fatal(err)
	}
	if *check && len(stale) > 0 {
		log.Fatalf("stale, run go generate: %s", strings.Join(stale, ", "))
	}
}
