package grid

import (
	"math"
	"slices"
)

// Estimates kept as sum and sum of squares per entity (zones, then system).
const (
	eDemand = iota
	eLOLE
	eEUE
	eNEUE
	eSH
	ePD4
	ePD8
	ePD12
	eEvents
	eLongest
	eServed
	eDPLOLE
	eHH
	nEst
)

// Offsets of streamed sums inside one entity's block of an accumulator.
const (
	oSum       = 0
	oSq        = nEst
	oEventH    = 2 * nEst
	oPeakSup   = oEventH + 1
	oPeakShort = oPeakSup + 1
	oMLOLE     = oPeakShort + 1
	oMEUE      = oMLOLE + 12
	oMSH       = oMEUE + 12
	oMPD       = oMSH + 12
	oLOLP      = oMPD + 36
	oMHH       = oLOLP + 288
	oSrc       = oMHH + 12
)

// layout sizes a chunk accumulator: a flat vector of sums, so merging two
// is a vector add, done in chunk order for bit-identical results whatever
// the worker count.
type layout struct {
	ent, nEnt, S, W int
	week            int // offset of the peak-week block
	size            int
}

func newLayout(m *model) layout {
	l := layout{ent: oSrc + m.S, nEnt: m.Z + 1, S: m.S, W: m.weekLen}
	l.week = l.ent * l.nEnt
	l.size = l.week + l.W*(2+m.S) + l.nEnt*l.W
	return l
}

// Peak-week block: demand[W], unserved[W], bySource[S][W].
func (l layout) weekDemand() int      { return l.week }
func (l layout) weekUnserved() int    { return l.week + l.W }
func (l layout) weekSource(s int) int { return l.week + (2+s)*l.W }

// weekSupply is the offset of entity e's supply in each peak-week hour
// (after the by-source sums).
func (l layout) weekSupply(e int) int { return l.week + (2+l.S+e)*l.W }

// PerSampleValues is how many float64 a Monte Carlo run keeps per sample
// and entity (each zone and the system) for quantiles and paired
// comparisons: annual EUE, LOLE, supply hours, household hours, served
// energy, and twelve monthly EUEs. Memory grows with samples by (zones + 1)
// × PerSampleValues × 8 bytes.
const PerSampleValues = 5 + 12

// perSample holds the O(samples × zones) values kept for quantiles and
// paired comparisons (PerSampleValues per sample and entity).
type perSample struct {
	eue, lole, sh, hh, served [][]float64 // [entity][sample]
	monthEUE                  [][]float64 // [entity][sample*12+month]
}

func newPerSample(nEnt, n int) *perSample {
	p := &perSample{}
	for range nEnt {
		p.eue = append(p.eue, make([]float64, n))
		p.lole = append(p.lole, make([]float64, n))
		p.sh = append(p.sh, make([]float64, n))
		p.hh = append(p.hh, make([]float64, n))
		p.served = append(p.served, make([]float64, n))
		p.monthEUE = append(p.monthEUE, make([]float64, n*12))
	}
	return p
}

func estimate(sum, sq, n float64) Estimate {
	mean := sum / n
	if n < 2 {
		return Estimate{Mean: mean}
	}
	v := (sq - n*mean*mean) / (n - 1)
	if v < 0 {
		v = 0
	}
	return Estimate{Mean: mean, SE: math.Sqrt(v / n)}
}

// quantile is the type-7 (linear interpolation) quantile of sorted x.
func quantile(sorted []float64, q float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	p := q * float64(len(sorted)-1)
	i := int(p)
	if i >= len(sorted)-1 {
		return sorted[len(sorted)-1]
	}
	return sorted[i] + (p-float64(i))*(sorted[i+1]-sorted[i])
}

// finalize turns the merged sums and per-sample values into a Result.
func finalize(m *model, l layout, acc []float64, ps *perSample, n int, mc *MonteCarlo) *Result {
	sys := m.sys
	r := &Result{Method: "montecarlo", Samples: n, Seed: mc.Seed, Hours: m.H, Sources: sys.Sources, MonthDays: m.dayCounts()}
	nf := float64(n)
	tmp := make([]float64, n)
	for e := 0; e < l.nEnt; e++ {
		a := acc[e*l.ent : (e+1)*l.ent]
		est := func(k int) Estimate { return estimate(a[oSum+k], a[oSq+k], nf) }
		mt := Metrics{
			DemandMWh: est(eDemand), LOLE: est(eLOLE), DailyPeakLOLE: est(eDPLOLE), EUE: est(eEUE),
			NEUEPPM: est(eNEUE), SupplyHoursPerDay: est(eSH),
			PDaysBelow: [3]Estimate{est(ePD4), est(ePD8), est(ePD12)},
			Events:     est(eEvents), LongestDuration: est(eLongest), ServedMWh: est(eServed),
			PeakHour: m.peakHour[e], PeakSupplyMW: a[oPeakSup] / nf, PeakShortfallMW: a[oPeakShort] / nf,
		}
		hh := est(eHH)
		mt.HouseholdHoursPerDay = &hh
		mt.PeakWeekSupplyMW = scaled(acc[l.weekSupply(e):l.weekSupply(e)+l.W], nf)
		if ev := a[oSum+eEvents]; ev > 0 {
			mt.MeanDurationH = a[oEventH] / ev
		}
		if e < m.Z {
			mt.Code, mt.Name = sys.Zones[e].Code, sys.Zones[e].Name
			mt.PeakDemandMW = m.demand[m.peakHour[e]*m.Z+e]
		} else {
			mt.Name = "system"
			mt.PeakDemandMW = m.sysDem[m.peakHour[e]]
		}
		for mo := range 12 {
			mt.MonthlyLOLE[mo] = a[oMLOLE+mo] / nf
			mt.MonthlyEUE[mo] = a[oMEUE+mo] / nf
			if m.monthDays[mo] > 0 {
				mt.MonthlySupplyHours[mo] = a[oMSH+mo] / nf
				if mt.MonthlyHouseholdHours == nil {
					mt.MonthlyHouseholdHours = make([]float64, 12)
				}
				mt.MonthlyHouseholdHours[mo] = a[oMHH+mo] / nf
				for k := range 3 {
					mt.MonthlyPDaysBelow[mo][k] = a[oMPD+3*mo+k] / nf
				}
			}
			for hd := range 24 {
				if c := m.mhCount[mo][hd]; c > 0 {
					mt.LOLPMonthHour[mo][hd] = a[oLOLP+24*mo+hd] / (nf * c)
				}
			}
			if hrs := m.monthHours[mo]; hrs > 0 {
				mt.MonthlyShortfallGW[mo] = mt.MonthlyEUE[mo] / hrs / 1000
				for i := range n {
					tmp[i] = ps.monthEUE[e][i*12+mo]
				}
				slices.Sort(tmp)
				mt.MonthlyShortfallGWP10[mo] = quantile(tmp, 0.1) / hrs / 1000
				mt.MonthlyShortfallGWP90[mo] = quantile(tmp, 0.9) / hrs / 1000
			}
		}
		if len(sys.Sources) > 0 && mc.BySource {
			mt.ServedBySourceMWh = make([]float64, len(sys.Sources))
			for s := range sys.Sources {
				mt.ServedBySourceMWh[s] = a[oSrc+s] / nf
			}
		}
		copy(tmp, ps.eue[e])
		slices.Sort(tmp)
		mt.EUEP90 = quantile(tmp, 0.9)
		k := max(1, int(math.Ceil(0.1*nf)))
		sum := 0.0
		for _, v := range tmp[n-k:] {
			sum += v
		}
		mt.EUECVaR90 = sum / float64(k)
		mt.SampleEUE, mt.SampleSupplyHours, mt.SampleServedMWh = ps.eue[e], ps.sh[e], ps.served[e]
		mt.SampleLOLE, mt.SampleHouseholdHours = ps.lole[e], ps.hh[e]
		if e < m.Z {
			if !sys.Zones[e].Junction {
				r.Zones = append(r.Zones, mt)
			}
		} else {
			r.System = mt
		}
	}
	w := PeakWeek{StartHour: m.weekStart}
	w.DemandMW = scaled(acc[l.weekDemand():l.weekDemand()+l.W], nf)
	w.UnservedMW = scaled(acc[l.weekUnserved():l.weekUnserved()+l.W], nf)
	if mc.BySource {
		for s := range sys.Sources {
			w.BySourceMW = append(w.BySourceMW, scaled(acc[l.weekSource(s):l.weekSource(s)+l.W], nf))
		}
	}
	r.PeakWeek = w
	return r
}

func scaled(v []float64, n float64) []float64 {
	out := make([]float64, len(v))
	for i, x := range v {
		out[i] = x / n
	}
	return out
}
