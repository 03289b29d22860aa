package report

import (
	"fmt"
	"math"
	"strings"
)

// rankItem is one entry of a ranking: a name, the value ranked and its
// standard error (0 when exact or unknown).
type rankItem struct {
	name  string
	v, se float64
}

// tied says whether a and b cannot be told apart: their difference is
// within two standard errors of the difference, 2·√(se_a² + se_b²), or
// they are equal at dec decimals, the precision shown.
func tied(a, b rankItem, dec int) bool {
	if math.Abs(a.v-b.v) <= 2*math.Hypot(a.se, b.se) {
		return true
	}
	return fmt.Sprintf("%.*f", dec, a.v) == fmt.Sprintf("%.*f", dec, b.v)
}

// leaders is how many entries at the head of items (sorted, the leader
// first) tie with the leader; 0 for no items. The run stops at the first
// entry that does not tie, so the leaders are always the top of the list.
func leaders(items []rankItem, dec int) int {
	if len(items) == 0 {
		return 0
	}
	n := 1
	for n < len(items) && tied(items[0], items[n], dec) {
		n++
	}
	return n
}

// maxNamed is how many tied names a title or message lists before it
// counts the rest.
const maxNamed = 3

// joinNames lists names for a sentence: "A", "A and B", "A, B and C",
// "A, B, C and 4 others" (in Arabic with و).
func joinNames(names []string, ar bool) string { return joinList(names, ar, maxNamed) }

// joinList is joinNames listing at most limit names (0: all).
func joinList(names []string, ar bool, limit int) string {
	if len(names) == 0 {
		return ""
	}
	shown := names
	rest := 0
	if limit > 0 && len(names) > limit {
		shown, rest = names[:limit], len(names)-limit
	}
	if ar {
		out := strings.Join(shown, " و")
		if rest > 0 {
			out += fmt.Sprintf(" و%d أخرى", rest)
		}
		return out
	}
	switch {
	case rest > 0:
		return strings.Join(shown, ", ") + fmt.Sprintf(" and %d others", rest)
	case len(shown) == 1:
		return shown[0]
	default:
		return strings.Join(shown[:len(shown)-1], ", ") + " and " + shown[len(shown)-1]
	}
}

// leaderNames are the names of the leaders of items (see leaders).
func leaderNames(items []rankItem, dec int) []string {
	n := leaders(items, dec)
	out := make([]string, n)
	for i := range n {
		out[i] = items[i].name
	}
	return out
}
