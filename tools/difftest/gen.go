package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/regiodialogue/regiodialogue"
	"github.com/regiodialogue/regiodialogue/internal/jsonx"
)

// base is a file the variants are made from.
type base struct {
	name string // path relative to the repository root
	data []byte
	tree any // nil when the file is not strict JSON: it is then only used as it is
}

// loadBases reads the dataset's agreement files and the files of testdata/mini and
// testdata/bad, in name order.
func loadBases(root string) ([]base, error) {
	var out []base
	for _, glob := range []string{"dataset/*.json", "testdata/mini/*.json", "testdata/bad/*.json"} {
		names, err := filepath.Glob(filepath.Join(root, glob))
		if err != nil {
			return nil, err
		}
		for _, name := range names {
			if filepath.Base(name) == regiodialogue.PackageDescriptor {
				continue
			}
			data, err := os.ReadFile(name)
			if err != nil {
				return nil, err
			}
			rel, _ := filepath.Rel(root, name)
			b := base{name: filepath.ToSlash(rel), data: data}
			if _, err := jsonx.Decode(data, 0); err == nil {
				if b.tree, err = parseTree(data); err != nil {
					return nil, fmt.Errorf("%s: %v", name, err)
				}
			}
			out = append(out, b)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no base files under %s (run from the repository root, or pass -root)", root)
	}
	return out, nil
}

// variant is one generated payload.
type variant struct {
	name     string   // file name in the variant directory
	base     string   // the base file it was made from
	mutation string   // the mutations applied, joined with "+"; "none" for a base as it is
	detail   string   // what exactly was changed, for people
	data     []byte   // the payload
	goOnly   []string // the Go-only rules it breaks (classify)
}

// work is a variant being built.
type work struct {
	root           any
	st             style
	prefix, suffix []byte
	detail         []string
}

type mutation struct {
	name   string
	weight int
	apply  func(g *gen, w *work) bool // false when the tree offers no place for it
}

var mutations = []mutation{
	{"string-char", 24, (*gen).stringChar},
	{"string-set", 16, (*gen).stringSet},
	{"type", 6, (*gen).changeType},
	{"unknown-key", 4, (*gen).unknownKey},
	{"case-key", 4, (*gen).caseKey},
	{"drop-key", 4, (*gen).dropKey},
	{"duplicate-key", 4, (*gen).duplicateKey},
	{"array", 6, (*gen).arrayOp},
	{"date-order", 3, (*gen).dateOrder},
	{"activity-id", 3, (*gen).activityID},
	{"utf8", 3, (*gen).badUTF8},
	{"surrogate", 3, (*gen).surrogate},
	{"raw-control", 2, (*gen).rawControl},
	{"nesting", 2, (*gen).nesting},
	{"trailing", 2, (*gen).trailing},
	{"leading", 1, (*gen).leading},
	{"escape", 3, (*gen).escape},
	{"number", 2, (*gen).number},
	{"size", 1, (*gen).size},
}

type gen struct {
	rnd *rand.Rand
}

// generate makes every base as it is, then n mutated variants, deterministically for a
// seed. Three in four mutated variants start from a valid file (dataset, testdata/mini),
// the rest from a strict-JSON file of testdata/bad.
func generate(bases []base, n int, seed uint64) []variant {
	g := &gen{rnd: rand.New(rand.NewPCG(seed, 0x5eed))}
	var valid, bad []base
	var out []variant
	for _, b := range bases {
		out = append(out, variant{base: b.name, mutation: "none", data: b.data})
		switch {
		case b.tree == nil:
		case strings.HasPrefix(b.name, "testdata/bad/"):
			bad = append(bad, b)
		default:
			valid = append(valid, b)
		}
	}
	total := 0
	for _, m := range mutations {
		total += m.weight
	}
	for len(out) < len(bases)+n {
		from := valid
		if len(bad) > 0 && g.rnd.IntN(4) == 0 {
			from = bad
		}
		b := from[g.rnd.IntN(len(from))]
		w := &work{root: clone(b.tree), st: style{indent: g.rnd.IntN(4) != 0}}
		count := 1
		if g.rnd.IntN(10) == 0 {
			count = 2 + g.rnd.IntN(2)
		}
		var names []string
		for len(names) < count {
			pick := g.rnd.IntN(total)
			var m mutation
			for _, m = range mutations {
				if pick < m.weight {
					break
				}
				pick -= m.weight
			}
			if m.apply(g, w) {
				names = append(names, m.name)
			}
		}
		data := append(append(append([]byte{}, w.prefix...), encode(w.root, w.st)...), w.suffix...)
		out = append(out, variant{base: b.name, mutation: strings.Join(names, "+"), detail: strings.Join(w.detail, "; "), data: data})
	}
	for i := range out {
		out[i].name = fmt.Sprintf("%05d.json", i+1)
		out[i].goOnly = classify(out[i].data)
	}
	return out
}

func pick[T any](g *gen, list []T) T { return list[g.rnd.IntN(len(list))] }

func (w *work) note(format string, args ...any) {
	w.detail = append(w.detail, fmt.Sprintf(format, args...))
}

// slot is a place in the tree: an object member's value or key, or an array item.
type slot struct {
	obj  *object
	arr  *array
	i    int
	key  bool     // the member's key rather than its value
	path []string // the keys and indexes from the root
}

func (s slot) value() any {
	switch {
	case s.key:
		return s.obj.members[s.i].key
	case s.obj != nil:
		return s.obj.members[s.i].val
	case s.arr != nil:
		return s.arr.items[s.i]
	}
	return nil
}

func (s slot) set(v any) {
	switch {
	case s.key:
		switch v := v.(type) {
		case string:
			s.obj.members[s.i].key, s.obj.members[s.i].rawKey = v, nil
		case rawJSON:
			s.obj.members[s.i].rawKey = v
		}
	case s.obj != nil:
		s.obj.members[s.i].val = v
	case s.arr != nil:
		s.arr.items[s.i] = v
	}
}

func (s slot) pointer() string {
	p := ""
	for _, t := range s.path {
		p += "/" + jsonx.EscapePointerToken(t)
	}
	if s.key {
		p += " (key)"
	}
	return p
}

// slots lists every place in the tree, in document order.
func slots(root any) []slot {
	var out []slot
	var walk func(v any, path []string)
	walk = func(v any, path []string) {
		switch v := v.(type) {
		case *object:
			for i, m := range v.members {
				p := append(path[:len(path):len(path)], m.key)
				out = append(out, slot{obj: v, i: i, key: true, path: p}, slot{obj: v, i: i, path: p})
				walk(m.val, p)
			}
		case *array:
			for i, x := range v.items {
				p := append(path[:len(path):len(path)], strconv.Itoa(i))
				out = append(out, slot{arr: v, i: i, path: p})
				walk(x, p)
			}
		}
	}
	walk(root, nil)
	return out
}

func (g *gen) pickSlot(w *work, keep func(slot) bool) (slot, bool) {
	var list []slot
	for _, s := range slots(w.root) {
		if keep(s) {
			list = append(list, s)
		}
	}
	if len(list) == 0 {
		return slot{}, false
	}
	return pick(g, list), true
}

func isString(s slot) bool { _, ok := s.value().(string); return ok }

// isTextKey reports whether s is a key of a Text (an object with an "en" member).
func isTextKey(s slot) bool {
	if !s.key {
		return false
	}
	_, ok := s.obj.get("en")
	return ok
}

// kindOf says what a string slot holds, by where it is.
func kindOf(s slot) string {
	if s.key {
		if isTextKey(s) {
			return "tag"
		}
		return "key"
	}
	last, parent := s.path[len(s.path)-1], ""
	if len(s.path) > 1 {
		parent = s.path[len(s.path)-2]
	}
	if s.obj != nil {
		if _, ok := s.obj.get("en"); ok {
			return "line"
		}
	}
	switch {
	case last == "signed" || last == "start" || last == "end" || last == "published":
		return "date"
	case last == "url":
		return "url"
	case last == "format":
		return "mediaType"
	case last == "country":
		return "countryCode"
	case last == "code":
		return "partnerCode"
	case last == "id" && len(s.path) == 1:
		return "agreementId"
	case last == "id":
		return "activityId"
	case parent == "languages":
		return "tag"
	case parent == "themes", last == "kind", last == "group", last == "side", last == "framework":
		return "enum"
	}
	return "line"
}

// specialRunes are the characters stringChar puts into strings: every C0 control, DEL,
// C1 controls, every Unicode white space character, the byte order mark, and characters
// near those sets that are allowed (zero-width and format characters, combining marks,
// private use, noncharacters, astral characters).
var specialRunes = func() []rune {
	var rs []rune
	for r := rune(0); r < 0x20; r++ {
		rs = append(rs, r)
	}
	rs = append(rs, 0x7F, 0x80, 0x85, 0x9F, 0xA0, 0xAD, 0x1680, 0x180E)
	for r := rune(0x2000); r <= 0x200D; r++ {
		rs = append(rs, r)
	}
	rs = append(rs, 0x2028, 0x2029, 0x202F, 0x205F, 0x2060, 0x3000, 0xFEFF, 0xFFFD, 0xFFFE, 0xFFFF,
		0xE000, 0x0301, 0x1F600, 0x10FFFF, 'a', ' ', '"', '\\', '/', '\n', '\n', '\n', ' ', 0xA0)
	return rs
}()

// stringChar puts one special character at the start, the end, the middle, or in place of
// a string (a value or a Text key).
func (g *gen) stringChar(w *work) bool {
	s, ok := g.pickSlot(w, func(s slot) bool { return isString(s) && (!s.key || isTextKey(s)) })
	if !ok {
		return false
	}
	v := s.value().(string)
	r := pick(g, specialRunes)
	c := string(r)
	var where string
	switch g.rnd.IntN(5) {
	case 0:
		v, where = c+v, "at the start"
	case 1, 2:
		v, where = v+c, "at the end"
	case 3:
		n := utf8Middle(v)
		v, where = v[:n]+c+v[n:], "in the middle"
	case 4:
		v, where = c, "alone"
	}
	s.set(v)
	w.note("%s: U+%04X %s", s.pointer(), r, where)
	return true
}

func utf8Middle(s string) int {
	n := len(s) / 2
	for n > 0 && n < len(s) && s[n]&0xC0 == 0x80 {
		n--
	}
	return n
}

// candidates are strings to put in a slot, by its kind: valid ones, and ones that break a
// rule of the kind, with line breaks, padding and look-alikes.
var candidates = map[string][]string{
	"date": {"2013", "2013-05", "2013-05-02", "2013-05-02?", "2013?", "2000-02-29", "1900-02-29", "2024-02-29",
		"2023-02-29", "2013-02-30", "2013-04-31", "2013-13", "2013-00", "2013-5", "13-05-02", "2013/05/02",
		"2013-05-02T10:00", "2013-05-02 ", " 2013", "2013\n", "2013-05\n", "2013-05-02?\n", "2013??", "?", "",
		"２０１３", "2013\u00a0", "\n2013", "2013\r", "0000", "9999-12-31"},
	"tag": {"en", "es", "fr", "pt", "zh-Hans", "zh-Hant", "es-419", "pt-BR", "es-t-en", "zh-Hans-t-en", "es-PE-t-en",
		"EN", "En", "en-us", "en_US", "zh-hans", "en\n", "es-t-en\n", "e", "english", "qq", "iw", "en-US", "und",
		"es-t-es", "en-Latn", "sr-Cyrl", "ar-001", "en ", "\u00a0en", "es-x-priv", "zz", "tlh", "fil", "mo", "en\r",
		"en\u2028", "ru-t-en", "uk"},
	"url": {"https://ec.europa.eu/regional_policy/x?y=1#z", "http://a", "https://a b", "https://a\u00a0b",
		"https://a\u3000", "https://a\u0000", "https://a\u007f", "https://a\u0085", "https://a\n", "https://a\r",
		"https:///a", "https://", "https://?q", "https://#f", "ftp://a", "//a", "HTTPS://a", "https://ä.example/ü",
		"https://a\u2028", "https://a\ufeff", "https://a\u200b", "https://a/\t", " https://a", "https://a\n\n",
		"https://a/" + strings.Repeat("x", 2038), "https://a/" + strings.Repeat("x", 2039),
		"https://a/" + strings.Repeat("\U0001F600", 2038), "https://a/" + strings.Repeat("\U0001F600", 2039)},
	"mediaType":   {"application/pdf", "text/html", "application/vnd.ms-excel", "image/svg+xml", "a/b", "application/PDF", "pdf", "application/", "application/pdf\n", "application/pdf ", "/pdf"},
	"countryCode": {"PE", "XK", "pe", "PER", "P", "PE\n", "ＰＥ", "P\u00a0", ""},
	"partnerCode": {"PE", "SICA", "ZZ", "sica", "Sica", "SICA\n", "PE\n", "PER", "P"},
	"agreementId": {"pe", "sica", "zz", "p", "perus", "PE", "pe\n", "p1", "", "pe "},
	"enum": {"workshop", "seminar", "study", "eu", "partner", "country", "organisation", "latin-america", "strategic-partner",
		"dialogue", "other", "innovation", "urban-development", "context", "gap", "declaration",
		"Workshop", "workshop\n", "", "other ", "latin_america", "EU", "dialogue\n", "nowhere"},
	"line": {"Title", "Ünïcödé", "a\u00a0b", "日本語", "\U0001F600", "a b", "", " ", "\u00a0", "\u3000", "\ufeff", "Title\n",
		"\nTitle", "Title\r\n", "Ti\ttle", "Title\u2028", "e\u0301", "\u0301", "\u200b", "\u00ad", "a\u0085b", "Title\u0085",
		strings.Repeat("x", 10000), strings.Repeat("x", 10001), strings.Repeat("\U0001F600", 10000),
		strings.Repeat("\U0001F600", 10001), strings.Repeat("é", 10000) + " ", "Title\u007f", "x\u0000y"},
	"key": {"colour", "x", "", "Id", "TITLE", "__proto__", "constructor", "toString", "$schema", "id ", "en\n"},
}

// stringSet puts a candidate string of the slot's kind in place of a string, or of an
// activity id (keeping its agreement prefix most of the time).
func (g *gen) stringSet(w *work) bool {
	s, ok := g.pickSlot(w, isString)
	if !ok {
		return false
	}
	kind := kindOf(s)
	var v string
	if kind == "activityId" {
		prefix := strings.SplitN(s.value().(string), "-", 2)[0]
		v = pick(g, []string{prefix + "-x", prefix + "-2013-05", prefix + "--x", prefix + "-x-", prefix + "-X", prefix + "-x\n",
			"x", prefix, prefix + "-" + strings.Repeat("a", 119-len(prefix)), prefix + "-" + strings.Repeat("a", 120-len(prefix)),
			"zz-x", prefix + "-\u00e9"})
	} else {
		v = pick(g, candidates[kind])
	}
	s.set(v)
	w.note("%s (%s) = %s", s.pointer(), kind, short(v))
	return true
}

func short(s string) string {
	q := strconv.QuoteToASCII(s)
	if len(q) > 60 {
		q = q[:40] + fmt.Sprintf("…(%d bytes)", len(s))
	}
	return q
}

// changeType puts a value of another JSON type in place of a value.
func (g *gen) changeType(w *work) bool {
	s, ok := g.pickSlot(w, func(s slot) bool { return !s.key })
	if !ok {
		return false
	}
	opts := []any{"x", json.Number("1"), json.Number("1.0"), json.Number("-0"), true, false, nil, &array{}, &object{},
		&array{items: []any{"x"}}, &object{members: []member{{key: "en", val: "x"}}}}
	v := pick(g, opts)
	s.set(clone(v))
	w.note("%s = %s", s.pointer(), encode(v, style{}))
	return true
}

// unknownKey adds a member to an object.
func (g *gen) unknownKey(w *work) bool {
	var objs []*object
	for _, s := range slots(w.root) {
		if o, ok := s.value().(*object); ok && !s.key {
			objs = append(objs, o)
		}
	}
	if o, ok := w.root.(*object); ok {
		objs = append(objs, o)
	}
	if len(objs) == 0 {
		return false
	}
	o := pick(g, objs)
	k := pick(g, append(candidates["key"], "fr", "de-t-en", "notes", "summary", "sources", "uncertain"))
	i := g.rnd.IntN(len(o.members) + 1)
	o.members = slices.Insert(o.members, i, member{key: k, val: pick(g, []any{"x", true, &array{}})})
	w.note("key %s added", short(k))
	return true
}

// caseKey changes the case of a member's key.
func (g *gen) caseKey(w *work) bool {
	s, ok := g.pickSlot(w, func(s slot) bool { return s.key })
	if !ok {
		return false
	}
	k := s.value().(string)
	var v string
	switch g.rnd.IntN(3) {
	case 0:
		v = strings.ToUpper(k)
	case 1:
		v = strings.ToUpper(k[:1]) + k[1:]
	default:
		v = strings.ToLower(k)
		if v == k && len(k) > 1 {
			v = k[:len(k)-1] + strings.ToUpper(k[len(k)-1:])
		}
	}
	s.set(v)
	w.note("%s renamed %s", s.pointer(), short(v))
	return true
}

// dropKey removes a member.
func (g *gen) dropKey(w *work) bool {
	s, ok := g.pickSlot(w, func(s slot) bool { return s.key })
	if !ok {
		return false
	}
	s.obj.members = slices.Delete(s.obj.members, s.i, s.i+1)
	w.note("%s removed", s.pointer())
	return true
}

// duplicateKey repeats a member's key, with the same value or another member's.
func (g *gen) duplicateKey(w *work) bool {
	s, ok := g.pickSlot(w, func(s slot) bool { return s.key })
	if !ok {
		return false
	}
	m := s.obj.members[s.i]
	dup := member{key: m.key, val: clone(m.val)}
	if g.rnd.IntN(2) == 0 {
		dup.val = clone(s.obj.members[g.rnd.IntN(len(s.obj.members))].val)
	}
	at := s.i + 1
	if g.rnd.IntN(2) == 0 {
		at = len(s.obj.members)
	}
	s.obj.members = slices.Insert(s.obj.members, at, dup)
	w.note("%s repeated", s.pointer())
	return true
}

// arrayOp empties an array, repeats an item, removes one or reverses the order.
func (g *gen) arrayOp(w *work) bool {
	s, ok := g.pickSlot(w, func(s slot) bool { a, ok := s.value().(*array); return ok && !s.key && len(a.items) > 0 })
	if !ok {
		return false
	}
	a := s.value().(*array)
	switch g.rnd.IntN(4) {
	case 0:
		a.items = nil
		w.note("%s emptied", s.pointer())
	case 1:
		a.items = append(a.items, clone(pick(g, a.items)))
		w.note("%s: an item repeated", s.pointer())
	case 2:
		i := g.rnd.IntN(len(a.items))
		a.items = slices.Delete(a.items, i, i+1)
		w.note("%s/%d removed", s.pointer(), i)
	case 3:
		slices.Reverse(a.items)
		w.note("%s reversed", s.pointer())
	}
	return true
}

// activities returns the activity objects of an agreement tree.
func activities(root any) []*object {
	o, ok := root.(*object)
	if !ok {
		return nil
	}
	v, _ := o.get("activities")
	a, ok := v.(*array)
	if !ok {
		return nil
	}
	var out []*object
	for _, x := range a.items {
		if act, ok := x.(*object); ok {
			out = append(out, act)
		}
	}
	return out
}

func setMember(o *object, key string, v any) {
	for i := range o.members {
		if o.members[i].key == key {
			o.members[i].val = v
			return
		}
	}
	o.members = append(o.members, member{key: key, val: v})
}

// dateOrder gives an activity an end before (or on, or just after) its start.
func (g *gen) dateOrder(w *work) bool {
	acts := activities(w.root)
	if len(acts) == 0 {
		return false
	}
	a := pick(g, acts)
	start, _ := a.get("start")
	s, ok := start.(string)
	if !ok || len(s) < 4 {
		return false
	}
	y, _ := strconv.Atoi(s[:4])
	end := pick(g, []string{strconv.Itoa(y - 1), s, strconv.Itoa(y) + "?", strconv.Itoa(y-1) + "-12-31", strconv.Itoa(y+1) + "-01"})
	setMember(a, "end", end)
	w.note("an activity starting %s ends %s", s, end)
	return true
}

// activityID gives an activity another activity's id, or another agreement's prefix.
func (g *gen) activityID(w *work) bool {
	acts := activities(w.root)
	if len(acts) == 0 {
		return false
	}
	a := pick(g, acts)
	var id string
	if b := pick(g, acts); b != a && g.rnd.IntN(2) == 0 {
		v, _ := b.get("id")
		id, _ = v.(string)
	} else {
		id = pick(g, []string{"zz-x", "pex-1", "x"})
	}
	setMember(a, "id", id)
	w.note("an activity's id = %s", short(id))
	return true
}

// badUTF8 puts bytes that are not UTF-8 into a string.
func (g *gen) badUTF8(w *work) bool {
	s, ok := g.pickSlot(w, isString)
	if !ok {
		return false
	}
	bad := pick(g, [][]byte{{0xFF}, {0xC0, 0xAF}, {0xED, 0xA0, 0x80}, {0xE2, 0x82}, {0xF4, 0x90, 0x80, 0x80}, {0x80}, {0xC2}})
	v := s.value().(string)
	s.set(rawString(v, bad, ""))
	w.note("%s: bytes % x appended", s.pointer(), bad)
	return true
}

// surrogate puts a UTF-16 surrogate escape, lone or paired, into a string.
func (g *gen) surrogate(w *work) bool {
	s, ok := g.pickSlot(w, isString)
	if !ok {
		return false
	}
	esc := pick(g, []string{`\ud800`, `\udfff`, `\ud83d`, `\ude00\ud83d`, `\ud83d\ude00`, `\uD800\u0041`, `\udbff\udfff`})
	v := s.value().(string)
	if g.rnd.IntN(2) == 0 {
		s.set(rawString("", []byte(esc), v))
	} else {
		s.set(rawString(v, []byte(esc), ""))
	}
	w.note("%s: escape %s added", s.pointer(), esc)
	return true
}

// rawControl writes a control character into a string unescaped: invalid JSON for C0
// controls, valid JSON (but not a valid string of the format) for DEL and C1.
func (g *gen) rawControl(w *work) bool {
	s, ok := g.pickSlot(w, isString)
	if !ok {
		return false
	}
	c := pick(g, [][]byte{{0x09}, {0x0A}, {0x00}, {0x1F}, {0x7F}, {0xC2, 0x85}, {0xE2, 0x80, 0xA8}})
	s.set(rawString(s.value().(string), c, ""))
	w.note("%s: raw bytes % x appended", s.pointer(), c)
	return true
}

// nesting puts deeply nested arrays or objects in place of a value.
func (g *gen) nesting(w *work) bool {
	s, ok := g.pickSlot(w, func(s slot) bool { return !s.key })
	if !ok {
		return false
	}
	depth := pick(g, []int{10, 58, 62, 63, 64, 65, 100, 300})
	var v []byte
	if g.rnd.IntN(2) == 0 {
		v = append(bytes.Repeat([]byte("["), depth), bytes.Repeat([]byte("]"), depth)...)
	} else {
		v = append(bytes.Repeat([]byte(`{"en":`), depth), '1')
		v = append(v, bytes.Repeat([]byte("}"), depth)...)
	}
	s.set(rawJSON(v))
	w.note("%s: nested %d deep", s.pointer(), depth)
	return true
}

// trailing appends data (or white space) after the top-level value.
func (g *gen) trailing(w *work) bool {
	t := pick(g, []string{"x", "{}", "\n", "  \n\t", "\u00a0", "\x00", "//c", "]", ",", "\r\n\r\n", "\ufeff", "null"})
	w.suffix = append(w.suffix, t...)
	w.note("trailing %s", short(t))
	return true
}

// leading puts a byte order mark or white space before the top-level value.
func (g *gen) leading(w *work) bool {
	t := pick(g, []string{"\ufeff", " \n", "\t", "\u00a0", "\r\n"})
	w.prefix = append([]byte(t), w.prefix...)
	w.note("leading %s", short(t))
	return true
}

// escape writes every non-ASCII character as a \u escape, or the tree compactly.
func (g *gen) escape(w *work) bool {
	if g.rnd.IntN(2) == 0 {
		w.st.escapeAll = true
		w.note("non-ASCII escaped")
	} else {
		w.st.indent = false
		w.note("compact")
	}
	return true
}

// number puts a number, or a non-JSON number literal, in place of a boolean or a string.
func (g *gen) number(w *work) bool {
	s, ok := g.pickSlot(w, func(s slot) bool {
		if s.key {
			return false
		}
		switch s.value().(type) {
		case bool, string:
			return true
		}
		return false
	})
	if !ok {
		return false
	}
	v := pick(g, []any{json.Number("1"), json.Number("0"), json.Number("1e400"), rawJSON("NaN"), rawJSON("Infinity"),
		rawJSON("-0"), rawJSON("tru"), "true", rawJSON("01"), rawJSON("1."), rawJSON("+1")})
	s.set(v)
	w.note("%s = %s", s.pointer(), encode(v, style{}))
	return true
}

// size pads the payload past the 1 MiB limit of schema.Validator with trailing white space.
func (g *gen) size(w *work) bool {
	w.suffix = append(w.suffix, bytes.Repeat([]byte(" "), 1<<20+g.rnd.IntN(1000))...)
	w.note("padded past 1 MiB")
	return true
}
