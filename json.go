package regiodialogue

import (
	"github.com/regiodialogue/regiodialogue/internal/jsonx"
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

// unmarshalCode decodes a JSON string holding a code of list.
func unmarshalCode[T ~string](data []byte, list []codeInfo, what string) (T, error) {
	var v T
	err := decodeDocument(data, func(d *jsonx.Decoder) (err error) {
		v, err = codeOf[T](d, list, what)
		return err
	})
	return v, err
}

// textCode checks a code in its text form.
func textCode[T ~string](text []byte, list []codeInfo, what string) (T, error) {
	s := string(text)
	if _, ok := findCode(list, s); !ok {
		return "", &Error{Err: ErrInvalidValue, Msg: quote(s) + " is not a known " + what}
	}
	return T(s), nil
}

func setCode[T ~string](p *T, v T, err error) error {
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// UnmarshalJSON accepts only a JSON string holding one of the instrument kinds.
func (k *InstrumentKind) UnmarshalJSON(data []byte) error {
	v, err := unmarshalCode[InstrumentKind](data, instrumentKinds[:], "instrument kind")
	return setCode(k, v, err)
}

// UnmarshalText accepts only one of the instrument kinds.
func (k *InstrumentKind) UnmarshalText(text []byte) error {
	v, err := textCode[InstrumentKind](text, instrumentKinds[:], "instrument kind")
	return setCode(k, v, err)
}

// UnmarshalJSON accepts only a JSON string holding one of the partner groups.
func (g *Group) UnmarshalJSON(data []byte) error {
	v, err := unmarshalCode[Group](data, groups[:], "partner group")
	return setCode(g, v, err)
}

// UnmarshalText accepts only one of the partner groups.
func (g *Group) UnmarshalText(text []byte) error {
	v, err := textCode[Group](text, groups[:], "partner group")
	return setCode(g, v, err)
}

// UnmarshalJSON accepts only a JSON string holding one of the regions.
func (r *Region) UnmarshalJSON(data []byte) error {
	v, err := unmarshalCode[Region](data, regions[:], "region")
	return setCode(r, v, err)
}

// UnmarshalText accepts only one of the regions.
func (r *Region) UnmarshalText(text []byte) error {
	v, err := textCode[Region](text, regions[:], "region")
	return setCode(r, v, err)
}

// UnmarshalJSON accepts only a JSON string holding one of the partner kinds.
func (k *PartnerKind) UnmarshalJSON(data []byte) error {
	v, err := unmarshalCode[PartnerKind](data, partnerKinds[:], "partner kind")
	return setCode(k, v, err)
}

// UnmarshalText accepts only one of the partner kinds.
func (k *PartnerKind) UnmarshalText(text []byte) error {
	v, err := textCode[PartnerKind](text, partnerKinds[:], "partner kind")
	return setCode(k, v, err)
}

// UnmarshalJSON accepts only a JSON string holding one of the party sides.
func (s *Side) UnmarshalJSON(data []byte) error {
	v, err := unmarshalCode[Side](data, sides[:], "party side")
	return setCode(s, v, err)
}

// UnmarshalText accepts only one of the party sides.
func (s *Side) UnmarshalText(text []byte) error {
	v, err := textCode[Side](text, sides[:], "party side")
	return setCode(s, v, err)
}

// UnmarshalJSON accepts only a JSON string holding one of the pairing levels.
func (l *PairLevel) UnmarshalJSON(data []byte) error {
	v, err := unmarshalCode[PairLevel](data, pairLevels[:], "pairing level")
	return setCode(l, v, err)
}

// UnmarshalText accepts only one of the pairing levels.
func (l *PairLevel) UnmarshalText(text []byte) error {
	v, err := textCode[PairLevel](text, pairLevels[:], "pairing level")
	return setCode(l, v, err)
}

// UnmarshalJSON accepts only a JSON string holding one of the note kinds.
func (k *NoteKind) UnmarshalJSON(data []byte) error {
	v, err := unmarshalCode[NoteKind](data, noteKinds[:], "note kind")
	return setCode(k, v, err)
}

// UnmarshalText accepts only one of the note kinds.
func (k *NoteKind) UnmarshalText(text []byte) error {
	v, err := textCode[NoteKind](text, noteKinds[:], "note kind")
	return setCode(k, v, err)
}

// UnmarshalJSON accepts only a JSON string holding one of the themes.
func (t *Theme) UnmarshalJSON(data []byte) error {
	v, err := unmarshalCode[Theme](data, themes[:], "theme")
	return setCode(t, v, err)
}

// UnmarshalText accepts only one of the themes.
func (t *Theme) UnmarshalText(text []byte) error {
	v, err := textCode[Theme](text, themes[:], "theme")
	return setCode(t, v, err)
}

// UnmarshalJSON accepts only a JSON string holding one of the activity kinds.
func (k *ActivityKind) UnmarshalJSON(data []byte) error {
	v, err := unmarshalCode[ActivityKind](data, activityKinds[:], "activity kind")
	return setCode(k, v, err)
}

// UnmarshalText accepts only one of the activity kinds.
func (k *ActivityKind) UnmarshalText(text []byte) error {
	v, err := textCode[ActivityKind](text, activityKinds[:], "activity kind")
	return setCode(k, v, err)
}

// UnmarshalJSON accepts only a JSON string holding one of the frameworks.
func (f *Framework) UnmarshalJSON(data []byte) error {
	v, err := unmarshalCode[Framework](data, frameworks[:], "framework")
	return setCode(f, v, err)
}

// UnmarshalText accepts only one of the frameworks.
func (f *Framework) UnmarshalText(text []byte) error {
	v, err := textCode[Framework](text, frameworks[:], "framework")
	return setCode(f, v, err)
}

// UnmarshalJSON accepts only a JSON string holding one of the source kinds.
func (k *SourceKind) UnmarshalJSON(data []byte) error {
	v, err := unmarshalCode[SourceKind](data, sourceKinds[:], "source kind")
	return setCode(k, v, err)
}

// UnmarshalText accepts only one of the source kinds.
func (k *SourceKind) UnmarshalText(text []byte) error {
	v, err := textCode[SourceKind](text, sourceKinds[:], "source kind")
	return setCode(k, v, err)
}
