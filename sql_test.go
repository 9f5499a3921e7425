package regiodialogue

// The typed SQLite database for analysts: dataset/regiodialogue.sql, generated from the same
// tables as the CSV files by "go test -run Dataset -update", and the analyst queries of the
// README, run here against a database built from it with the sqlite3 shell.

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// sqlPath is the generated SQL file.
const sqlPath = "dataset/regiodialogue.sql"

// isDateField reports whether a column holds a Date (YYYY, YYYY-MM or YYYY-MM-DD).
func isDateField(f tableField) bool {
	return strings.HasPrefix(f.Description, dateDesc) || f.Name == "accessed"
}

// sqlQuote writes s as an SQL string literal.
func sqlQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

func sqlIdent(s string) string { return `"` + s + `"` }

// sqlDump writes the tables as one SQL script for SQLite: a STRICT table per CSV table with
// its primary and foreign keys, integers as INTEGER, booleans as 0 or 1, absent values as
// NULL, and beside every date column X the columns X_from and X_to, the first and last day
// of the period the date denotes; then the rows, in one transaction, with foreign keys on.
func sqlDump(tables []*table) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(`-- regiodialogue: the dataset as a typed SQLite database. Generated from the JSON records by
-- go test -run Dataset -update (the same run writes dataset/csv/); do not edit.
--
--   sqlite3 regiodialogue.db < dataset/regiodialogue.sql
--
-- Tables and columns are those of the CSV tables (dataset/datapackage.json describes them),
-- with SQL types: integers are INTEGER, booleans 0 or 1, absent values NULL. Beside every
-- date column X (as given: YYYY, YYYY-MM or YYYY-MM-DD) stand X_from and X_to, the first
-- and last day of the period it denotes, as ISO dates. Primary and foreign keys are
-- declared; foreign keys are checked at the end of the transaction below.
PRAGMA foreign_keys = ON;
BEGIN TRANSACTION;
`)
	for _, t := range tables {
		var cols []string
		for _, f := range t.schema.Fields {
			name := sqlIdent(f.Name)
			switch {
			case f.Type == "integer":
				cols = append(cols, name+" INTEGER")
			case f.Type == "boolean":
				cols = append(cols, name+" INTEGER CHECK ("+name+" IN (0, 1))")
			case f.Type == "string" && isDateField(f):
				from, to := sqlIdent(f.Name+"_from"), sqlIdent(f.Name+"_to")
				cols = append(cols, name+" TEXT", from+" TEXT", to+" TEXT CHECK ("+from+" <= "+to+")")
			case f.Type == "string":
				cols = append(cols, name+" TEXT")
			default:
				return nil, fmt.Errorf("%s.%s: no SQL type for %q", t.name, f.Name, f.Type)
			}
			if slices.Contains(t.schema.PrimaryKey, f.Name) {
				c := &cols[len(cols)-1]
				if i := strings.Index(*c, " CHECK"); i >= 0 {
					*c = (*c)[:i] + " NOT NULL" + (*c)[i:]
				} else {
					*c += " NOT NULL"
				}
			}
		}
		var keys []string
		for _, k := range t.schema.PrimaryKey {
			keys = append(keys, sqlIdent(k))
		}
		cols = append(cols, "PRIMARY KEY ("+strings.Join(keys, ", ")+")")
		for _, k := range t.schema.ForeignKeys {
			var from, to []string
			for _, f := range k.Fields {
				from = append(from, sqlIdent(f))
			}
			for _, f := range k.Reference.Fields {
				to = append(to, sqlIdent(f))
			}
			cols = append(cols, fmt.Sprintf("FOREIGN KEY (%s) REFERENCES %s (%s) DEFERRABLE INITIALLY DEFERRED",
				strings.Join(from, ", "), sqlIdent(k.Reference.Resource), strings.Join(to, ", ")))
		}
		fmt.Fprintf(&b, "\n-- %s\nCREATE TABLE %s (\n  %s\n) STRICT;\n", t.title, sqlIdent(t.name), strings.Join(cols, ",\n  "))
		for i, row := range t.rows {
			var vals []string
			for j, f := range t.schema.Fields {
				v, err := sqlValues(f, row[j])
				if err != nil {
					return nil, fmt.Errorf("%s row %d, %s: %v", t.name, i+1, f.Name, err)
				}
				vals = append(vals, v...)
			}
			fmt.Fprintf(&b, "INSERT INTO %s VALUES (%s);\n", sqlIdent(t.name), strings.Join(vals, ", "))
		}
	}
	b.WriteString("\nCOMMIT;\n")
	return b.Bytes(), nil
}

// sqlValues gives the SQL literals of one CSV cell: one, or three for a date.
func sqlValues(f tableField, cell string) ([]string, error) {
	date := f.Type == "string" && isDateField(f)
	if cell == "" {
		if date {
			return []string{"NULL", "NULL", "NULL"}, nil
		}
		return []string{"NULL"}, nil
	}
	switch {
	case f.Type == "integer":
		if _, err := strconv.ParseInt(cell, 10, 64); err != nil {
			return nil, err
		}
		return []string{cell}, nil
	case f.Type == "boolean":
		v, err := strconv.ParseBool(cell)
		if err != nil {
			return nil, err
		}
		if v {
			return []string{"1"}, nil
		}
		return []string{"0"}, nil
	case date:
		d, err := ParseDate(cell)
		if err != nil {
			return nil, err
		}
		return []string{sqlQuote(cell), sqlQuote(d.First().Format("2006-01-02")), sqlQuote(d.Last().Format("2006-01-02"))}, nil
	}
	return []string{sqlQuote(cell)}, nil
}

func TestDatasetSQL(t *testing.T) {
	tables := datasetTables(Default())
	got, err := sqlDump(tables)
	if err != nil {
		t.Fatal(err)
	}
	checkGenerated(t, sqlPath, got)

	db := sqliteDB(t)
	// Every row arrived, keys hold, and the values have their SQL types.
	var script strings.Builder
	script.WriteString("PRAGMA foreign_keys = ON;\n.mode list\n.separator |\nSELECT 'fk', count(*) FROM pragma_foreign_key_check;\n")
	for _, tb := range tables {
		fmt.Fprintf(&script, "SELECT 'rows', %s, count(*) FROM %s;\n", sqlQuote(tb.name), sqlIdent(tb.name))
	}
	script.WriteString(`SELECT 'type', typeof(position), typeof(signed_uncertain), typeof(binding) FROM instruments WHERE agreement_id = 'jp' AND position = 2;
SELECT 'maxpos', max(position) FROM activity_partners;
`)
	out := sqlite(t, db, script.String())
	want := []string{"fk|0"}
	for _, tb := range tables {
		want = append(want, fmt.Sprintf("rows|%s|%d", tb.name, len(tb.rows)))
	}
	maxPos := 0
	for act := range Default().Activities() {
		maxPos = max(maxPos, len(act.Partners))
	}
	// jp's second instrument: a dated letter of intent, no source says whether it binds.
	want = append(want, "type|integer|integer|null", fmt.Sprintf("maxpos|%d", maxPos))
	if g := strings.Split(strings.TrimSpace(out), "\n"); !slices.Equal(g, want) {
		t.Errorf("sqlite3 gave\n%s\nwant\n%s", strings.Join(g, "\n"), strings.Join(want, "\n"))
	}

	// A foreign key is enforced: an activity of an agreement that does not exist is refused.
	if out, err := sqliteErr(db, "PRAGMA foreign_keys = ON;\nINSERT INTO activity_partners VALUES ('nowhere', 'zz', 1);\n"); err == nil {
		t.Errorf("a dangling foreign key was accepted: %s", out)
	}
	// So is a type: STRICT tables refuse text in an INTEGER column.
	if out, err := sqliteErr(db, "INSERT INTO notes VALUES ('pe', 'ten', 'gap', 'x');\n"); err == nil {
		t.Errorf("text in an INTEGER column was accepted: %s", out)
	}
}

// TestDatasetSQLDates checks the date columns against Date.First and Date.Last of the
// records: every activity's start_from and start_to, through SQLite's own date functions.
func TestDatasetSQLDates(t *testing.T) {
	db := sqliteDB(t)
	out := sqlite(t, db, ".mode list\n.separator |\nSELECT id, start, date(start_from), date(start_to), ifnull(end_to, start_to) FROM activities ORDER BY id;\n")
	var want []string
	for act := range Default().Activities() {
		end := act.End
		if end.IsZero() {
			end = act.Start
		}
		want = append(want, strings.Join([]string{act.ID, strings.TrimSuffix(act.Start.String(), "?"),
			act.Start.First().Format("2006-01-02"), act.Start.Last().Format("2006-01-02"), end.Last().Format("2006-01-02")}, "|"))
	}
	slices.Sort(want)
	if got := strings.Split(strings.TrimSpace(out), "\n"); !slices.Equal(got, want) {
		t.Errorf("activities' dates in SQLite differ from the records':\n%s", firstDiff(got, want))
	}
}

func firstDiff(got, want []string) string {
	for i := range min(len(got), len(want)) {
		if got[i] != want[i] {
			return fmt.Sprintf("line %d: got %q, want %q", i+1, got[i], want[i])
		}
	}
	return fmt.Sprintf("%d lines, want %d", len(got), len(want))
}

// readmeQuery is one analyst query of the README: the SQL in a fenced sql block, then its
// output in a fenced text block, between the markers <!-- sql: NAME --> and
// <!-- end of sql: NAME -->.
var readmeQuery = regexp.MustCompile("(?s)<!-- sql: ([a-z-]+) -->\n(.*?)<!-- end of sql: ([a-z-]+) -->")

var readmeBlocks = regexp.MustCompile("(?s)^(.*?```sql\n)(.*?)(```\n.*?```text\n)(.*?)(```\n.*)$")

// TestDatasetSQLReadme runs each query of the README's SQL section against a database built
// from dataset/regiodialogue.sql, as the README says, and compares the output with the one
// the README shows (-update rewrites it). The activities-per-year query is also checked
// against a count made from the records.
func TestDatasetSQLReadme(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	db := sqliteDB(t)
	names := map[string]bool{}
	var failed bool
	rewritten := readmeQuery.ReplaceAllStringFunc(string(readme), func(m string) string {
		sub := readmeQuery.FindStringSubmatch(m)
		name, body := sub[1], sub[2]
		if sub[3] != name {
			t.Errorf("README: the SQL block %q ends with the marker of %q", name, sub[3])
			return m
		}
		names[name] = true
		parts := readmeBlocks.FindStringSubmatch(body)
		if parts == nil {
			t.Errorf("README: the SQL block %q lacks a sql block followed by a text block", name)
			return m
		}
		out := sqlite(t, db, ".headers on\n.mode list\n.separator ' | '\n"+parts[2])
		if out != parts[4] {
			if !*update {
				failed = true
				t.Errorf("README: the output of the query %q differs from sqlite3's:\n%s", name,
					firstDiff(strings.Split(out, "\n"), strings.Split(parts[4], "\n")))
			}
		}
		if name == "activities-per-year" {
			checkPerYear(t, out)
		}
		return "<!-- sql: " + name + " -->\n" + parts[1] + parts[2] + parts[3] + out + parts[5] + "<!-- end of sql: " + name + " -->"
	})
	for _, want := range []string{"activities-per-year", "shared-activities", "sources-by-kind"} {
		if !names[want] {
			t.Errorf("README has no SQL block %q", want)
		}
	}
	if *update && rewritten != string(readme) {
		if err := os.WriteFile("README.md", []byte(rewritten), 0o644); err != nil {
			t.Fatal(err)
		}
	} else if failed {
		t.Log("run go test -run Dataset -update and review the diff")
	}
}

// checkPerYear compares the output of the activities-per-year query (a header, then
// "year | partner n, partner n ...") with a count made from the records: each activity
// counts once for each of its partners, in the year it started.
func checkPerYear(t *testing.T, out string) {
	t.Helper()
	want := map[string]int{}
	for act := range Default().Activities() {
		for _, p := range act.Partners {
			want[fmt.Sprintf("%04d %s", act.Start.First().Year(), p)]++
		}
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	got := map[string]int{}
	for _, l := range lines[1:] {
		year, list, _ := strings.Cut(l, " | ")
		for _, item := range strings.Split(list, ", ") {
			p, n, _ := strings.Cut(item, " ")
			k, err := strconv.Atoi(n)
			if err != nil {
				t.Fatalf("activities-per-year: line %q", l)
			}
			got[year+" "+p] = k
		}
	}
	if len(got) != len(want) {
		t.Errorf("activities-per-year: %d partner-years, the records give %d", len(got), len(want))
	}
	for k, n := range want {
		if got[k] != n {
			t.Errorf("activities-per-year: %s: %d, the records give %d", k, got[k], n)
		}
	}
}

// sqliteDB builds a database from the generated SQL file with the sqlite3 shell, as the
// README says, with foreign keys on: a foreign key that does not resolve fails the load.
func sqliteDB(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("sqlite3"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("CI needs the sqlite3 shell (Debian: sqlite3)")
		}
		t.Skip("no sqlite3 shell (Debian: sqlite3); CI installs it")
	}
	db := filepath.Join(t.TempDir(), "regiodialogue.db")
	script, err := os.ReadFile(sqlPath)
	if err != nil {
		t.Fatal(err)
	}
	if out, err := sqliteErr(db, ".bail on\n"+string(script)+"\nPRAGMA foreign_key_check;\n"); err != nil || out != "" {
		t.Fatalf("sqlite3 %s < %s: %v\n%s", db, sqlPath, err, out)
	}
	return db
}

func sqlite(t *testing.T, db, script string) string {
	t.Helper()
	out, err := sqliteErr(db, script)
	if err != nil {
		t.Fatalf("sqlite3: %v\n%s", err, out)
	}
	return out
}

// sqliteErr runs script with the sqlite3 shell on db; an error message from sqlite3 is an
// error, also when its exit status is 0.
func sqliteErr(db, script string) (string, error) {
	cmd := exec.Command("sqlite3", "-bail", db)
	cmd.Stdin = strings.NewReader(script)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if err == nil && stderr.Len() > 0 {
		err = fmt.Errorf("%s", strings.TrimSpace(stderr.String()))
	} else if err != nil {
		err = fmt.Errorf("%v: %s", err, strings.TrimSpace(stderr.String()))
	}
	return stdout.String(), err
}

// TestSQLDumpChecksKeys checks that the generated script itself refuses a row whose
// foreign key does not resolve, as its header says: the transaction fails at COMMIT.
func TestSQLDumpChecksKeys(t *testing.T) {
	if _, err := exec.LookPath("sqlite3"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("CI needs the sqlite3 shell (Debian: sqlite3)")
		}
		t.Skip("no sqlite3 shell (Debian: sqlite3); CI installs it")
	}
	tables := datasetTables(Default())
	for _, tb := range tables {
		if tb.name == "activity_partners" {
			row := slices.Clone(tb.rows[0])
			row[1] = "zz" // an agreement that does not exist
			row[2] = "99"
			tb.rows = append(tb.rows, row)
		}
	}
	script, err := sqlDump(tables)
	if err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "bad.db")
	out, err := sqliteErr(db, string(script))
	if err == nil || !strings.Contains(err.Error(), "FOREIGN KEY") {
		t.Errorf("loading a script with a dangling key: %v, %q; want a FOREIGN KEY error", err, out)
	}
}
