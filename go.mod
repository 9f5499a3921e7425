module github.com/regiodialogue/regiodialogue

go 1.24.0

require (
	github.com/google/go-cmp v0.7.0
	github.com/santhosh-tekuri/jsonschema/v5 v5.3.1
	github.com/stretchr/testify v1.12.1
	golang.org/x/text v0.34.0
)

require go.yaml.in/yaml/v3 v3.0.5 // indirect
