package rules

import (
	"maps"
	"slices"
	"strconv"
	"testing"
)

func TestPartOfCycles(t *testing.T) {
	tests := []struct {
		name   string
		parent map[string]string
		want   []string
	}{
		{"none", map[string]string{"a": "", "b": "a", "c": "b"}, nil},
		{"self", map[string]string{"a": "a", "b": "a"}, []string{"a"}},
		{"two", map[string]string{"a": "b", "b": "a", "c": "a"}, []string{"a", "b"}},
		{"three with a tail", map[string]string{"a": "b", "b": "c", "c": "a", "d": "c", "e": "d"}, []string{"a", "b", "c"}},
		{"dangling", map[string]string{"a": "zz", "b": "a"}, nil},
		{"two cycles", map[string]string{"a": "b", "b": "a", "c": "d", "d": "c", "e": ""}, []string{"a", "b", "c", "d"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := slices.Sorted(maps.Keys(PartOfCycles(tt.parent)))
			if !slices.Equal(got, tt.want) {
				t.Errorf("PartOfCycles = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestPartOfCyclesLong: a chain of n links and a loop of n are each walked once; the test
// would take minutes if every id walked the chain to its end.
func TestPartOfCyclesLong(t *testing.T) {
	const n = 200_000
	chain := make(map[string]string, n)
	loop := make(map[string]string, n)
	for i := range n {
		chain[strconv.Itoa(i)] = strconv.Itoa(i + 1)
		loop[strconv.Itoa(i)] = strconv.Itoa((i + 1) % n)
	}
	chain[strconv.Itoa(n)] = ""
	if c := PartOfCycles(chain); len(c) != 0 {
		t.Errorf("a chain has %d ids on cycles", len(c))
	}
	if c := PartOfCycles(loop); len(c) != n {
		t.Errorf("a loop of %d has %d ids on cycles", n, len(c))
	}
}

func TestCheckPartOf(t *testing.T) {
	parent := map[string]string{"x-1": "", "x-2": "x-1", "x-3": "x-4", "x-4": "x-3"}
	acts := []Activity{{ID: "x-1"}, {ID: "x-2", PartOf: "x-1"}, {ID: "x-5", PartOf: "x-9"}, {ID: "x-3", PartOf: "x-4"}}
	got := CheckPartOf(acts, parent, PartOfCycles(parent))
	want := []Violation{
		{Pointer: "/activities/2/partOf", Rule: PartOfRef, Message: `activity "x-9" is not in the dataset`},
		{Pointer: "/activities/3/partOf", Rule: PartOfCycle, Message: `activity "x-3" is part of itself through "x-4"`},
	}
	if !slices.Equal(got, want) {
		t.Errorf("CheckPartOf = %v, want %v", got, want)
	}
}
