package regiodialogue

import (
	"github.com/regiodialogue/regiodialogue/internal/jsonx"
	"github.com/regiodialogue/regiodialogue/internal/rules"
	"golang.org/x/text/language"
)

// Standard decoding. json.Unmarshal into an Agreement, an Activity, a Text or a code type
// is as strict as DecodeAgreement: these types decode themselves with the package's own
// decoder (internal/jsonx, which never calls back into encoding/json), and fail with the
// same errors, *Error values wrapping the package's sentinels. Only malformed JSON is
// reported by encoding/json itself, as a *json.SyntaxError, since it checks the syntax of
// the whole input before any UnmarshalJSON method runs.

// UnmarshalJSON decodes an agreement strictly, as DecodeAgreement, and leaves a unchanged on
// error.
func (a *Agreement) UnmarshalJSON(data []byte) error {
	v, err := DecodeAgreement(data)
	if err != nil {
		return err
	}
	*a = v
	return nil
}

// UnmarshalJSON decodes an activity strictly, as DecodeActivity, and leaves a unchanged on
// error.
func (a *Activity) UnmarshalJSON(data []byte) error {
	v, err := DecodeActivity(data)
	if err != nil {
		return err
	}
	*a = v
	return nil
}

// unmarshalCode decodes into c a JSON string holding one of its type's codes; c is left
// unchanged on error.
func unmarshalCode[T Code](c *T, data []byte) error {
	var v T
	err := decodeDocument(data, func(d *jsonx.Decoder) (err error) {
		v, err = codeOf[T](d, v.list(), v.what())
		return err
	})
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// textCode sets c to text, one of its type's codes; c is left unchanged on error.
func textCode[T Code](c *T, text []byte) error {
	s := string(text)
	if _, ok := findCode((*c).list(), s); !ok {
		return &Error{Err: ErrInvalidValue, Msg: quote(s) + " is not a known " + (*c).what()}
	}
	*c = T(s)
	return nil
}

// uniqueTags reads a non-empty array of distinct language tags in canonical form.
func uniqueTags(d *jsonx.Decoder) ([]language.Tag, error) {
	strs, err := uniqueStrings(d, func() (string, error) { return tagString(d) })
	if err != nil {
		return nil, err
	}
	tags := make([]language.Tag, len(strs))
	for i, s := range strs {
		tags[i] = rules.Tag(s).Tag
	}
	return tags, nil
}
