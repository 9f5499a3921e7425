package rules

// Set is a set of strings for finding repeats in one pass: it keeps its first items in a
// small array, searched in place, and moves to a map once it outgrows it, so that checking
// n items for repeats costs O(n) however large n is. The zero Set is empty and ready.
type Set struct {
	small [8]string
	n     int
	m     map[string]struct{}
}

// Add adds v and reports whether it was absent.
func (s *Set) Add(v string) bool {
	if s.m != nil {
		if _, ok := s.m[v]; ok {
			return false
		}
		s.m[v] = struct{}{}
		return true
	}
	for _, w := range s.small[:s.n] {
		if w == v {
			return false
		}
	}
	if s.n < len(s.small) {
		s.small[s.n] = v
		s.n++
		return true
	}
	s.m = make(map[string]struct{}, 4*len(s.small))
	for _, w := range s.small {
		s.m[w] = struct{}{}
	}
	s.m[v] = struct{}{}
	return true
}

// IndexSet is a Set that remembers where each string was first added.
type IndexSet struct {
	small [8]string
	at    [8]int
	n     int
	m     map[string]int
}

// Add adds v, found at index i, and reports whether it was absent; when it was not, first
// is the index v was first added with.
func (s *IndexSet) Add(v string, i int) (first int, ok bool) {
	if s.m != nil {
		if j, dup := s.m[v]; dup {
			return j, false
		}
		s.m[v] = i
		return i, true
	}
	for k, w := range s.small[:s.n] {
		if w == v {
			return s.at[k], false
		}
	}
	if s.n < len(s.small) {
		s.small[s.n], s.at[s.n] = v, i
		s.n++
		return i, true
	}
	s.m = make(map[string]int, 4*len(s.small))
	for k, w := range s.small {
		s.m[w] = s.at[k]
	}
	s.m[v] = i
	return i, true
}

// Has reports whether v is in the set.
func (s *Set) Has(v string) bool {
	if s.m != nil {
		_, ok := s.m[v]
		return ok
	}
	for _, w := range s.small[:s.n] {
		if w == v {
			return true
		}
	}
	return false
}
