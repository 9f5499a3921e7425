package regiodialogue

import flt "github.com/regiodialogue/regiodialogue/internal/fault"

// The decoder as package schema uses it: the faults with their keywords and parameters.
func init() {
	flt.DecodeAgreement = func(data []byte, o flt.Options) (any, flt.Result) {
		a, r := decodeAgreementResult(data, "", decodeOptions{maxFaults: o.MaxFaults, maxDepth: o.MaxDepth, ctx: o.Ctx})
		return a, r.fault()
	}
	flt.DecodeActivity = func(data []byte, o flt.Options) (any, flt.Result) {
		a, r := decodeActivityResult(data, decodeOptions{maxFaults: o.MaxFaults, maxDepth: o.MaxDepth, ctx: o.Ctx})
		return a, r.fault()
	}
}

// fault converts r for package schema.
func (r *result) fault() flt.Result {
	out := flt.Result{More: r.more, Stopped: r.stopped}
	if len(r.errs) > 0 {
		out.Faults = make([]flt.Fault, len(r.errs))
	}
	for i, err := range r.errs {
		e := err.(*Error)
		out.Faults[i] = flt.Fault{Pointer: e.Pointer, Keyword: e.keyword, Message: e.Msg, Params: e.params, Err: e.Err}
	}
	return out
}
