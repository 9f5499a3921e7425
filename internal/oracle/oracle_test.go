package oracle

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

func TestDefuseNumbers(t *testing.T) {
	for lit, costly := range map[string]bool{
		"0": false, "-12.5": false, "1e400": false, "1E-400": false, "1e+0400": false, "1e00000000401": true,
		"1e401": true, "1e-401": true, "1e999999": true, strings.Repeat("9", 101): true, strings.Repeat("9", 100): false,
	} {
		if got := costlyNumber(lit); got != costly {
			t.Errorf("costlyNumber(%s) = %v", lit, got)
		}
	}
	doc := []any{json.Number("1e999999"), map[string]any{"a": json.Number("-1e999999")}, []any{json.Number("1e-999999")},
		json.Number("1e999999"), json.Number("2"), json.Number("1e999998")}
	for range 9 {
		doc = append(doc, json.Number("1e"+strings.Repeat("9", 7)+string(rune('0'+len(doc)%10))))
	}
	got := defuseNumbers(doc, map[json.Number]json.Number{}).([]any)
	want := []any{json.Number("1.11e401"), map[string]any{"a": json.Number("-1.21e401")}, []any{json.Number("1.31e-401")},
		json.Number("1.11e401"), json.Number("2"), json.Number("1.41e401")}
	if !reflect.DeepEqual(got[:6], want) {
		t.Errorf("defuseNumbers = %v, want %v", got[:6], want)
	}
	if got[14] != json.Number("1.131e401") { // the 13th distinct costly literal
		t.Errorf("the 13th stand-in is %v, want 1.131e401", got[14])
	}
}
