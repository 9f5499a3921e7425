package main

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"sync"

	"github.com/regiodialogue/regiodialogue/schema"
)

// openAPISource is the OpenAPI 3.1 description of the service without the JSON Schemas:
// requests and answers refer to them by their $id, and openAPI adds them under
// components.schemas, so the description is whole in one document.
//
//go:embed openapi.json
var openAPISource []byte

// schemaComponents name the published schemas in components.schemas.
var schemaComponents = []struct{ name, file string }{
	{"Agreement", "agreement.schema.json"},
	{"Activity", "activity.schema.json"},
	{"Definitions", "defs.schema.json"},
}

var openAPI = sync.OnceValues(func() ([]byte, error) {
	var doc map[string]any
	if err := json.Unmarshal(openAPISource, &doc); err != nil {
		return nil, fmt.Errorf("openapi.json: %w", err)
	}
	components, _ := doc["components"].(map[string]any)
	schemas, _ := components["schemas"].(map[string]any)
	if schemas == nil {
		return nil, fmt.Errorf("openapi.json has no components.schemas")
	}
	for _, c := range schemaComponents {
		data, err := fs.ReadFile(schema.FS(), c.file)
		if err != nil {
			return nil, err
		}
		var s any
		if err := json.Unmarshal(data, &s); err != nil {
			return nil, fmt.Errorf("%s: %w", c.file, err)
		}
		schemas[c.name] = s
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
})
