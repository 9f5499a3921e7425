package problem

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/regiodialogue/regiodialogue/locale"
	"github.com/regiodialogue/regiodialogue/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func TestKinds(t *testing.T) {
	statuses := map[int]bool{}
	for _, k := range Kinds() {
		assert.True(t, strings.HasPrefix(k.Type(), TypeBase), k)
		assert.NotEqual(t, "problem."+string(k), k.Title(locale.New(language.English)), "%s has no title", k)
		assert.False(t, statuses[k.Status()], "%s repeats status %d", k, k.Status())
		statuses[k.Status()] = true
	}
	assert.Equal(t, 500, Kind("nonsense").Status())
}

func read(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("../testdata/" + name)
	require.NoError(t, err)
	return b
}

func TestFromError(t *testing.T) {
	en, ru := locale.New(language.English), locale.New(language.Russian)
	tests := []struct {
		name    string
		err     error
		kind    Kind
		n       int
		keyword string
	}{
		{"invalid", schema.ValidateAgreement(read(t, "broken/zz.json")), Invalid, 2, "dateOrder"},
		{"malformed", schema.ValidateAgreement(read(t, "bad/truncated.json")), Malformed, 1, "syntax"},
		{"too large", (&schema.Validator{MaxSize: 10}).ValidateAgreement(read(t, "mini/aa.json")), TooLarge, 1, "maxSize"},
		{"deadline", fmt.Errorf("validating: %w", context.DeadlineExceeded), Unavailable, 0, ""},
		{"other", errors.New("disk on fire"), Internal, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Error(t, tt.err)
			p := FromError(tt.err, en)
			assert.Equal(t, tt.kind.Type(), p.Type)
			assert.Equal(t, tt.kind.Status(), p.Status)
			require.Len(t, p.Violations, tt.n)
			if tt.n > 0 {
				assert.Equal(t, tt.keyword, p.Violations[0].Keyword)
				var se *schema.Error
				require.ErrorAs(t, tt.err, &se)
				assert.Equal(t, se.Violations[0].Message, p.Violations[0].Message, "English messages are the library's")
				assert.Equal(t, ru.Count(tt.n, locale.Violations), FromError(tt.err, ru).Detail)
			}
			assert.NotContains(t, p.Detail, "disk", "an internal error's text is not shown")
		})
	}
	assert.Nil(t, FromError(nil, en))
}

// TestFromDatasetError: ValidateDataset's faults, several files joined, keep their file.
func TestFromDatasetError(t *testing.T) {
	err := schema.ValidateDataset(os.DirFS("../testdata/broken"))
	require.Error(t, err)
	p := FromError(err, locale.New(language.Spanish))
	require.NotEmpty(t, p.Violations)
	for _, v := range p.Violations {
		assert.Equal(t, "zz.json", v.File)
	}
	assert.Equal(t, "Datos no válidos", p.Title)
}

func TestWrite(t *testing.T) {
	p := FromError(schema.ValidateAgreement(read(t, "broken/zz.json")), locale.FromAcceptLanguage("uk, en;q=0.5"))
	w := httptest.NewRecorder()
	require.NoError(t, p.Write(w))
	assert.Equal(t, 422, w.Code)
	assert.Equal(t, ContentType, w.Header().Get("Content-Type"))
	assert.Equal(t, "uk", w.Header().Get("Content-Language"))
	var got Details
	require.NoError(t, json.Unmarshal(w.Body.Bytes(), &got))
	assert.Equal(t, "Неприпустимі дані", got.Title)
	assert.Equal(t, "2 порушення", got.Detail)
	assert.Len(t, got.Violations, 2)
}

// TestAnswerBounded: however many violations, an answer is at most MaxAnswer bytes and
// counts what it leaves out.
func TestAnswerBounded(t *testing.T) {
	for _, n := range []int{0, 1, 100, 5000} {
		p := New(Invalid, locale.New(language.Japanese), "")
		for i := range n {
			p.Violations = append(p.Violations, Violation{Pointer: fmt.Sprintf("/activities/%d", i), Keyword: "type",
				Message: strings.Repeat("x", 100), Params: map[string]any{"expected": "object", "actual": "number"}})
		}
		w := httptest.NewRecorder()
		require.NoError(t, p.Write(w))
		assert.LessOrEqual(t, w.Body.Len(), MaxAnswer)
		var got Details
		require.NoError(t, json.Unmarshal(w.Body.Bytes(), &got))
		assert.Equal(t, n, len(got.Violations)+got.Omitted, "listed plus omitted")
		if n == 5000 {
			assert.Greater(t, got.Omitted, 0)
			// And as many as fit: one more would not.
			more := *p
			more.Violations = p.Violations[:len(got.Violations)+1]
			b, _ := json.Marshal(&more)
			assert.Greater(t, len(b), MaxAnswer-100)
		}
	}
}

func Example() {
	err := schema.ValidateAgreement([]byte(`{"id": "pe", "group": "nowhere"}`))
	p := FromError(err, locale.FromAcceptLanguage("es-PE"))
	fmt.Println(p.Status, p.Title, "—", p.Detail)
	fmt.Println(p.Type)
	// Output:
	// 422 Datos no válidos — 6 infracciones
	// https://github.com/regiodialogue/regiodialogue/blob/main/docs/PROBLEMS.md#invalid
}
