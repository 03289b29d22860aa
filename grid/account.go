package grid

// account turns one sample's shortage records into its indices and adds
// them to the chunk sums. Every index is a function of the short hours only
// (a day with no short hour has 24 supply hours), so this costs
// O(short hours), not O(hours).
func (w *worker) account(i int) {
	m := w.m
	l := w.l
	Z := m.Z
	nd := float64(m.nDays)
	for e := 0; e <= Z; e++ {
		a := w.acc[e*l.ent : (e+1)*l.ent]
		var est [nEst]float64
		var mSHdef, mHHdef [12]float64
		var mPD [12][3]float64
		var pd [3]float64
		var mEUE [12]float64
		shDef, hhDef := 0.0, 0.0
		dem := w.annualDemand(e)
		lastH, evLen, curDay := -2, 0, -1
		dayU, dayHU := 0.0, 0.0
		closeDay := func() {
			if curDay < 0 {
				return
			}
			dd := w.dayDemand(e, curDay)
			frac := 0.0
			if dd > 0 {
				frac = min(1, dayU/dd)
			}
			mo := m.dayMonth[curDay]
			shDef += 24 * frac
			mSHdef[mo] += 24 * frac
			if hd := w.dayRotated(e, curDay, dd); hd > 0 {
				f := min(1, dayHU/hd)
				hhDef += 24 * f
				mHHdef[mo] += 24 * f
			}
			sh := 24 * (1 - frac)
			for k, lim := range [3]float64{4, 8, 12} {
				if sh < lim {
					pd[k]++
					mPD[mo][k]++
				}
			}
		}
		n := len(w.recH)
		recU, recR := w.recU[e*m.H:e*m.H+n], w.recR[e*m.H:e*m.H+n]
		for k, h32 := range w.recH {
			h := int(h32)
			u, r := recU[k], recR[k]
			if u <= 0 {
				continue
			}
			mo := m.month[h]
			est[eLOLE]++
			est[eEUE] += u
			a[oMLOLE+int(mo)]++
			mEUE[mo] += u
			a[oLOLP+24*int(mo)+int(m.hod[h])]++
			if h == lastH+1 {
				evLen++
			} else {
				if evLen > 0 {
					a[oEventH] += float64(evLen)
					est[eLongest] = max(est[eLongest], float64(evLen))
				}
				est[eEvents]++
				evLen = 1
			}
			lastH = h
			d := h / 24
			if d != curDay {
				closeDay()
				curDay, dayU, dayHU = d, 0, 0
			}
			dayU += u
			dayHU += r
			if h == m.dayPeak[e][d] {
				est[eDPLOLE]++
			}
			if h == m.peakHour[e] {
				a[oPeakShort] += u
			}
		}
		if evLen > 0 {
			a[oEventH] += float64(evLen)
			est[eLongest] = max(est[eLongest], float64(evLen))
		}
		closeDay()
		est[eDemand] = dem
		est[eServed] = dem - est[eEUE]
		if dem > 0 {
			est[eNEUE] = est[eEUE] / dem * 1e6
		}
		est[eSH] = 24 - shDef/nd
		est[eHH] = 24 - hhDef/nd
		for k := range 3 {
			est[ePD4+k] = pd[k] / nd
		}
		for k, v := range est {
			a[oSum+k] += v
			a[oSq+k] += v * v
		}
		for mo := range 12 {
			a[oMEUE+mo] += mEUE[mo]
			if md := m.monthDays[mo]; md > 0 {
				a[oMSH+mo] += 24 - mSHdef[mo]/md
				a[oMHH+mo] += 24 - mHHdef[mo]/md
				for k := range 3 {
					a[oMPD+3*mo+k] += mPD[mo][k] / md
				}
			}
			w.ps.monthEUE[e][i*12+mo] = mEUE[mo]
		}
		a[oPeakSup] += w.peakSup[e]
		w.ps.eue[e][i] = est[eEUE]
		w.ps.lole[e][i] = est[eLOLE]
		w.ps.hh[e][i] = est[eHH]
		w.ps.sh[e][i] = est[eSH]
		w.ps.served[e][i] = est[eServed]
		switch {
		case !w.mc.BySource:
		case m.simple && m.G == 1:
			a[oSrc+m.groups[0].source] += est[eServed]
		default:
			w.addServedBySource(a[oSrc:oSrc+m.S], e)
		}
	}
	if m.simple {
		w.weekSimple()
	}
}

// annualDemand is entity e's demand energy over the study period under
// this sample's weather.
func (w *worker) annualDemand(e int) float64 {
	m := w.m
	Z := m.Z
	dem := 0.0
	for mo := range 12 {
		if e < Z {
			dem += m.monthDem[e][mo] * w.mult[mo*Z+e]
			continue
		}
		for z := range Z {
			dem += m.monthDem[z][mo] * w.mult[mo*Z+z]
		}
	}
	return dem
}

// dayRotated is entity e's demand energy on rotated feeders on day d,
// given its whole demand dd that day.
func (w *worker) dayRotated(e, d int, dd float64) float64 {
	m := w.m
	if e < m.Z {
		return (1 - m.emerg[e]) * dd
	}
	s := 0.0
	for z := range m.Z {
		s += (1 - m.emerg[z]) * w.dayDemand(z, d)
	}
	return s
}

// addServedBySource adds entity e's served energy by source in this sample
// (the system's is the sum over zones) to dst (len S).
func (w *worker) addServedBySource(dst []float64, e int) {
	S, Z := w.m.S, w.m.Z
	if e < Z {
		for s := range S {
			dst[s] += w.servedSrc[e*S+s]
		}
		return
	}
	for z := range Z {
		for s := range S {
			dst[s] += w.servedSrc[z*S+s]
		}
	}
}

// dayDemand is entity e's demand energy on day d under this sample's
// weather: the day's base demand (precomputed by month) times the month's
// multiplier. A label change inside a day is legal (any calendar), hence
// the second month.
func (w *worker) dayDemand(e, d int) float64 {
	m := w.m
	Z := m.Z
	m1, m2 := int(m.dayMonth[d])*Z, int(m.dayMonth2[d])*Z
	b1, b2 := m.dayDem[d*2*Z:(d*2+1)*Z], m.dayDem[(d*2+1)*Z:(d*2+2)*Z]
	if e < Z {
		return b1[e]*w.mult[m1+e] + b2[e]*w.mult[m2+e]
	}
	s := 0.0
	for z := range Z {
		s += b1[z]*w.mult[m1+z] + b2[z]*w.mult[m2+z]
	}
	return s
}

// weekSimple fills the peak-week demand and unserved sums for the
// single-zone path, and the served by source when one group serves it all
// (with several, hoursSimple splits it hour by hour).
func (w *worker) weekSimple() {
	m, l := w.m, w.l
	src := -1
	if m.G == 1 && w.mc.BySource {
		src = m.groups[0].source
	}
	for k := range m.weekLen {
		h := m.weekStart + k
		d := m.demand[h] * w.mult[m.month[h]]
		w.acc[l.weekDemand()+k] += d
		if src >= 0 {
			w.acc[l.weekSource(src)+k] += d
		}
	}
	for k, h32 := range w.recH {
		h := int(h32)
		if h >= m.weekStart && h < m.weekStart+m.weekLen {
			u := w.recU[m.H+k] // the system's
			w.acc[l.weekUnserved()+h-m.weekStart] += u
			if src >= 0 {
				w.acc[l.weekSource(src)+h-m.weekStart] -= u
			}
		}
	}
}
