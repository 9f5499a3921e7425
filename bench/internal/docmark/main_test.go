package main

import "testing"

func TestReplace(t *testing.T) {
	doc := "a\n<!-- x -->\nold\nlines\n<!-- end of x -->\nb\n"
	got, err := Replace([]byte(doc), "x", []byte("new"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "a\n<!-- x -->\nnew\n<!-- end of x -->\nb\n"; string(got) != want {
		t.Errorf("Replace = %q, want %q", got, want)
	}
	for _, bad := range []string{"a\n<!-- x -->\nold\n", "a\nold\n<!-- end of x -->\n", "<!-- end of x -->\n<!-- x -->\n"} {
		if _, err := Replace([]byte(bad), "x", nil); err == nil {
			t.Errorf("Replace(%q): no error", bad)
		}
	}
}
