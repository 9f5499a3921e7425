package regiodialogue

import "slices"

// Clone returns a deep copy of a: changing the copy, its maps or its slices never changes a.
func (a Agreement) Clone() Agreement {
	c := a
	c.Partner = a.Partner.Clone()
	c.Dialogue = a.Dialogue.Clone()
	c.Instruments = cloneEach(a.Instruments, Instrument.Clone)
	c.Themes = slices.Clone(a.Themes)
	c.Summary = a.Summary.Clone()
	c.Activities = cloneEach(a.Activities, Activity.Clone)
	c.Notes = cloneEach(a.Notes, Note.Clone)
	c.Sources = cloneSources(a.Sources)
	return c
}

// Clone returns a deep copy of p.
func (p Partner) Clone() Partner {
	c := p
	c.Name = p.Name.Clone()
	c.Languages = slices.Clone(p.Languages)
	return c
}

// Clone returns a deep copy of in.
func (in Instrument) Clone() Instrument {
	c := in
	c.Title = in.Title.Clone()
	if in.Place != nil {
		p := in.Place.Clone()
		c.Place = &p
	}
	c.Parties = cloneEach(in.Parties, Party.Clone)
	c.Framework = in.Framework.Clone()
	if in.Binding != nil {
		b := *in.Binding
		c.Binding = &b
	}
	c.Documents = cloneEach(in.Documents, Document.Clone)
	c.Sources = cloneSources(in.Sources)
	return c
}

// Clone returns a deep copy of p.
func (p Party) Clone() Party {
	c := p
	c.Institution = p.Institution.Clone()
	if p.Signatory != nil {
		s := p.Signatory.Clone()
		c.Signatory = &s
	}
	return c
}

// Clone returns a deep copy of s.
func (s Signatory) Clone() Signatory {
	c := s
	c.Role = s.Role.Clone()
	return c
}

// Clone returns a deep copy of p.
func (p Place) Clone() Place {
	c := p
	c.Name = p.Name.Clone()
	return c
}

// Clone returns a deep copy of d.
func (d Document) Clone() Document {
	c := d
	c.Title = d.Title.Clone()
	c.Languages = slices.Clone(d.Languages)
	return c
}

// Clone returns a deep copy of n.
func (n Note) Clone() Note {
	c := n
	c.Text = n.Text.Clone()
	c.Sources = cloneSources(n.Sources)
	return c
}

// Clone returns a deep copy of a.
func (a Activity) Clone() Activity {
	c := a
	c.Title = a.Title.Clone()
	c.Places = cloneEach(a.Places, Place.Clone)
	if a.Pair != nil {
		p := a.Pair.Clone()
		c.Pair = &p
	}
	c.Themes = slices.Clone(a.Themes)
	c.Summary = a.Summary.Clone()
	c.Outputs = cloneEach(a.Outputs, Document.Clone)
	c.Partners = slices.Clone(a.Partners)
	c.Sources = cloneSources(a.Sources)
	return c
}

// Clone returns a deep copy of p.
func (p Pair) Clone() Pair {
	c := p
	c.EU = cloneEach(p.EU, Place.Clone)
	c.Partner = cloneEach(p.Partner, Place.Clone)
	return c
}

func cloneEach[T any](s []T, clone func(T) T) []T {
	if s == nil {
		return nil
	}
	out := make([]T, len(s))
	for i, v := range s {
		out[i] = clone(v)
	}
	return out
}

// Clone returns a deep copy of s.
func (s Source) Clone() Source {
	if s.Original != nil {
		o := *s.Original
		s.Original = &o
	}
	return s
}

// cloneSources copies a list of sources; only a mirror's Original needs a copy of its own.
func cloneSources(s []Source) []Source {
	c := slices.Clone(s)
	for i := range c {
		if c[i].Original != nil {
			o := *c[i].Original
			c[i].Original = &o
		}
	}
	return c
}
