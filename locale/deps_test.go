package locale

import (
	"os/exec"
	"strings"
	"testing"
)

// TestRootStaysLight checks that the root package depends on neither this package, nor
// the CLDR display tables, nor the message catalogs.
func TestRootStaysLight(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	out, err := exec.Command("go", "list", "-deps", "github.com/regiodialogue/regiodialogue").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	deps := strings.Fields(string(out))
	if len(deps) < 10 {
		t.Fatalf("go list -deps gave %d packages: %q", len(deps), out)
	}
	for _, d := range deps {
		for _, banned := range []string{
			"github.com/regiodialogue/regiodialogue/locale",
			"golang.org/x/text/language/display",
			"golang.org/x/text/message",
			"golang.org/x/text/feature/plural",
		} {
			if d == banned || strings.HasPrefix(d, banned+"/") {
				t.Errorf("the root package depends on %s", d)
			}
		}
	}
}
