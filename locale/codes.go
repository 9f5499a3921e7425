package locale

import "golang.org/x/text/language"

// codeList is one of the root package's code lists, as locale/codes_gen.go lists them.
type codeList struct {
	kind  string                                     // the namespace of its catalog keys
	codes func() []string                            // its codes, in list order
	label func(code string, tag language.Tag) string // a code's label in a label language
}

func strs[T ~string](s []T) []string {
	out := make([]string, len(s))
	for i, v := range s {
		out[i] = string(v)
	}
	return out
}
