package imports

import "strconv"

func fmtNum(v float64) string { return strconv.FormatFloat(v, 'g', 4, 64) }
func fmtMW(v float64) string  { return strconv.FormatFloat(v, 'f', 0, 64) + " MW" }
func fmtYear(y int) string {
	if y == 0 {
		return "in service"
	}
	return strconv.Itoa(y)
}
