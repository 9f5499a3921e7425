package main

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/regiodialogue/regiodialogue/problem"
)

// TestAcceptLanguage checks that every error is written in the reader's language.
func TestAcceptLanguage(t *testing.T) {
	srv, _ := testServer(t, 0)
	bad := readFile(t, "../../testdata/broken/zz.json") // two violations
	tests := []struct {
		lang, title, detail, contentLanguage string
	}{
		{"ru-RU, ru;q=0.9, en;q=0.5", "Недопустимые данные", "2 нарушения", "ru"},
		{"es-PE", "Datos no válidos", "2 infracciones", "es"},
		{"ja", "無効なデータ", "2 件の違反", "ja"},
		{"sw", "Invalid payload", "2 violations", "en"}, // no catalog: English
		{"", "Invalid payload", "2 violations", "en"},
		{";;;", "Invalid payload", "2 violations", "en"}, // a header that does not parse
	}
	for _, tt := range tests {
		req, _ := http.NewRequest("POST", srv.URL+"/validate/agreement", strings.NewReader(string(bad)))
		req.Header.Set("Content-Type", "application/json")
		if tt.lang != "" {
			req.Header.Set("Accept-Language", tt.lang)
		}
		res, err := srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		p := decodeProblem(t, response{res.StatusCode, res.Header, body})
		if res.StatusCode != 422 || p.Title != tt.title || p.Detail != tt.detail || res.Header.Get("Content-Language") != tt.contentLanguage {
			t.Errorf("Accept-Language %q: %d %s %s, Content-Language %q", tt.lang, res.StatusCode, p.Title, p.Detail, res.Header.Get("Content-Language"))
		}
	}
	// The other errors too.
	req, _ := http.NewRequest("GET", srv.URL+"/agreements/zz", nil)
	req.Header.Set("Accept-Language", "uk")
	res, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if p := decodeProblem(t, response{res.StatusCode, res.Header, body}); p.Title != "Не знайдено" || p.Detail != `Немає угоди з ідентифікатором "zz"` {
		t.Errorf("404 in Ukrainian: %s", body)
	}
}

func TestAgreementAnyCase(t *testing.T) {
	srv, _ := testServer(t, 0)
	lower := do(t, srv.Client(), "GET", srv.URL+"/agreements/pe", "", nil)
	for _, id := range []string{"PE", "Pe"} {
		r := do(t, srv.Client(), "GET", srv.URL+"/agreements/"+id, "", nil)
		if r.status != 200 || string(r.body) != string(lower.body) {
			t.Errorf("GET /agreements/%s: %d", id, r.status)
		}
	}
}

// TestOpenAPI checks the description: OpenAPI 3.1, every route the server registers with
// its method, every $ref resolving inside the document (the published schemas by their
// $id), and the answer types of package problem. CI also validates it with an independent
// OpenAPI validator (tools/openapi).
func TestOpenAPI(t *testing.T) {
	srv, _ := testServer(t, 0)
	r := do(t, srv.Client(), "GET", srv.URL+"/openapi.json", "", nil)
	if r.status != 200 || r.header.Get("Content-Type") != "application/json" {
		t.Fatalf("GET /openapi.json: %d %q", r.status, r.header.Get("Content-Type"))
	}
	var doc map[string]any
	if err := json.Unmarshal(r.body, &doc); err != nil {
		t.Fatal(err)
	}
	if doc["openapi"] != "3.1.0" {
		t.Errorf("openapi %v", doc["openapi"])
	}
	paths, _ := doc["paths"].(map[string]any)
	_, routes := newMux(options{}, slog.New(slog.DiscardHandler))
	registered := map[string]bool{}
	for _, rt := range routes {
		p := openAPIPath(rt.pattern)
		registered[p] = true
		item, _ := paths[p].(map[string]any)
		if _, ok := item[strings.ToLower(rt.method)]; !ok {
			t.Errorf("route %s %s is not in the description", rt.method, rt.pattern)
		}
	}
	for p := range paths {
		if !registered[p] {
			t.Errorf("the description has %s, which the server does not serve", p)
		}
	}
	// Every $ref resolves: "#/…" in the document, or a schema's $id (and a pointer in it).
	ids := map[string]any{}
	schemas := doc["components"].(map[string]any)["schemas"].(map[string]any)
	for _, c := range schemaComponents {
		s := schemas[c.name].(map[string]any)
		ids[s["$id"].(string)] = s
	}
	// A reference is resolved against the resource it appears in: the document, or the
	// schema whose $id encloses it.
	type refIn struct {
		ref      string
		resource any
	}
	var refs []refIn
	var walk func(v, resource any)
	walk = func(v, resource any) {
		switch v := v.(type) {
		case map[string]any:
			if _, ok := v["$id"].(string); ok {
				resource = v
			}
			if ref, ok := v["$ref"].(string); ok {
				refs = append(refs, refIn{ref, resource})
			}
			for _, x := range v {
				walk(x, resource)
			}
		case []any:
			for _, x := range v {
				walk(x, resource)
			}
		}
	}
	walk(doc, doc)
	if len(refs) < 20 {
		t.Fatalf("only %d $refs", len(refs))
	}
	for _, r := range refs {
		ref := r.ref
		base, frag, _ := strings.Cut(ref, "#")
		root := r.resource
		if base != "" {
			if root = ids[base]; root == nil {
				if i := strings.LastIndex(base, "/"); i >= 0 {
					// a relative reference inside a schema resolves against its $id
					for id, s := range ids {
						if strings.HasSuffix(id, base[i:]) {
							root = s
						}
					}
				}
				if root == nil {
					t.Errorf("$ref %q names no schema of the document", ref)
					continue
				}
			}
		}
		if !resolves(root, frag) {
			t.Errorf("$ref %q does not resolve", ref)
		}
	}
	// The problem types and statuses are those of package problem.
	p := schemas["Problem"].(map[string]any)["properties"].(map[string]any)
	var types []string
	for _, x := range p["type"].(map[string]any)["enum"].([]any) {
		types = append(types, x.(string))
	}
	for _, k := range problem.Kinds() {
		if !slices.Contains(types, k.Type()) {
			t.Errorf("problem type %s is not in the description", k.Type())
		}
	}
}

// resolves reports whether the JSON pointer ptr names a value in v.
func resolves(v any, ptr string) bool {
	if ptr == "" {
		return true
	}
	for _, tok := range strings.Split(strings.TrimPrefix(ptr, "/"), "/") {
		tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
		m, ok := v.(map[string]any)
		if !ok {
			return false
		}
		if v, ok = m[tok]; !ok {
			return false
		}
	}
	return true
}

func TestOpenAPIFlag(t *testing.T) {
	var out, errs strings.Builder
	if code := run(t.Context(), []string{"-openapi"}, &out, &errs); code != 0 || errs.Len() > 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	doc, _ := openAPI()
	if out.String() != string(doc) {
		t.Error("-openapi prints another document than GET /openapi.json")
	}
}
