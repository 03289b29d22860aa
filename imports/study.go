package imports

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"hash"
	"math"
	"reflect"
	"runtime"
	"slices"
	"sync"

	"gridrisk/data"
	"gridrisk/grid"
)

// Study remembers the simulations of one command, so that no (system,
// settings) pair is simulated twice: assess, the dependency
// counterfactuals, the back-test periods, replace, outlook and sensitivity
// all ask for runs, and many are the same (the base scenario of every
// analysis, the study year's baseline in the back-test). A run is keyed by
// a hash of the built system and the Monte Carlo settings that change
// results (samples, seed, policy, protected zones; not the worker count,
// which never changes them), so equal systems reached by different
// scenario names share one run too.
//
// Served energy by source (grid.MonteCarlo.BySource) is not part of the
// key: a run simulated with it serves requests with or without it, and a
// request that needs it, of a run simulated without, simulates again. Plan
// the runs that need it with BySource set, so that the first request
// simulates it once for all.
//
// Attach a Study to a context with Context; Run and every analysis in this
// package then consult it. Results it hands out are shared: read only.
//
// A Study also counts the command's progress in sample years: the caller
// declares the runs it will ask for with Plan (each analysis lists its runs:
// DependencyRuns, BackTestRuns, OutlookRuns, SensitivityRuns,
// RankOptionsRuns), and OnProgress receives the samples simulated so far
// against the total of the distinct runs planned, so a command shows one
// total however many analyses it runs. A run already simulated adds nothing
// (it is served from memory); a run that was not planned (replace's
// bisection, whose steps depend on the results) adds its samples to the
// total when it starts.
type Study struct {
	mu      sync.Mutex
	runs    map[[32]byte]*grid.Result
	planned map[[32]byte]int // planned, not yet simulated: samples
	// bySource marks the runs planned, or simulated, with served energy
	// by source.
	bySource map[[32]byte]bool
	// known are the runs whose key is known from their spec (Plan and
	// earlier runs), so asking again needs no build and no hash.
	known []knownRun
	// built are the systems Plan built for runs not yet simulated.
	built []builtRun
	// arrays are the hourly arrays of the systems Plan built, by content:
	// systems that share one (most scenarios and inputs leave demand or
	// temperature alone) hold a single copy (share).
	arrays map[[32]byte][]float64
	// Simulated counts the simulations run, Reused the results served
	// from memory.
	Simulated, Reused int
	// SimulatedSamples counts the sample years simulated.
	SimulatedSamples int
	total, done      int // sample years: planned or started, finished
	// OnProgress, if set (before the first run), is called as samples
	// finish, from the goroutine that asked for the run.
	OnProgress func(Progress)
}

// knownRun is a run's spec with the key its built system hashed to.
type knownRun struct {
	ds   *data.Dataset
	spec RunSpec
	mc   grid.MonteCarlo // Samples, Seed, Policy and Protected only
	key  [32]byte
}

// settings is what of mc the key depends on.
func settings(mc grid.MonteCarlo) grid.MonteCarlo {
	return grid.MonteCarlo{Samples: mc.Samples, Seed: mc.Seed, Policy: mc.Policy, Protected: mc.Protected}
}

// keyOf returns the key of a run asked for before (scenarios compared in
// full, layers and all), under the lock.
func (s *Study) keyOf(ds *data.Dataset, spec RunSpec, mc grid.MonteCarlo) ([32]byte, bool) {
	mc = settings(mc)
	for _, k := range s.known {
		if k.ds == ds && reflect.DeepEqual(k.spec, spec) && reflect.DeepEqual(k.mc, mc) {
			return k.key, true
		}
	}
	return [32]byte{}, false
}

// remember records a run's key, under the lock.
func (s *Study) remember(ds *data.Dataset, spec RunSpec, mc grid.MonteCarlo, key [32]byte) {
	if _, ok := s.keyOf(ds, spec, mc); !ok {
		s.known = append(s.known, knownRun{ds, spec, settings(mc), key})
	}
}

// Progress is a Study's count of sample years: Done of Total simulated.
type Progress struct{ Done, Total int }

// NewStudy returns an empty Study.
func NewStudy() *Study {
	return &Study{runs: map[[32]byte]*grid.Result{}, planned: map[[32]byte]int{}, bySource: map[[32]byte]bool{},
		arrays: map[[32]byte][]float64{}}
}

// RunSpec is one run an analysis asks for: a scenario in a study year.
type RunSpec struct {
	Scenario Scenario
	Year     int
}

// Plan adds runs to the study's total: each whose (system, settings) is
// neither simulated nor planned yet adds mc.Samples. With mc.BySource, the
// runs are simulated with served energy by source when first asked for. A run whose system
// cannot be built is left out (the analysis reports the error when it gets
// there). Each distinct run is built and hashed, in parallel: tens of
// milliseconds a run, small beside simulating it. Plan reports no
// progress (a command may plan in parts); each run reports the total when
// it starts.
func (s *Study) Plan(ds *data.Dataset, mc grid.MonteCarlo, runs ...RunSpec) {
	var distinct []RunSpec // the analyses ask for many runs more than once
	for _, r := range runs {
		if !slices.ContainsFunc(distinct, func(d RunSpec) bool { return reflect.DeepEqual(d, r) }) {
			distinct = append(distinct, r)
		}
	}
	runs = distinct
	keys := make([]*[32]byte, len(runs))
	systems := make([]*grid.System, len(runs))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i, r := range runs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			sys, err := Build(ds, r.Scenario, r.Year)
			if err != nil {
				return
			}
			if k, err := runKey(sys, mc); err == nil {
				keys[i], systems[i] = &k, sys
			}
		}()
	}
	wg.Wait()
	s.mu.Lock()
	for i, k := range keys {
		if k == nil {
			continue
		}
		s.remember(ds, runs[i], mc, *k)
		if _, ok := s.held(*k, mc); ok {
			continue
		}
		if mc.BySource {
			s.bySource[*k] = true
		}
		if _, ok := s.planned[*k]; ok {
			continue
		}
		s.planned[*k] = mc.Samples
		s.total += mc.Samples
		s.share(systems[i])
		s.built = append(s.built, builtRun{ds, runs[i], systems[i]})
	}
	s.mu.Unlock()
}

// share points sys's hourly arrays (zone demand and temperature, profile
// values) at equal ones an earlier planned system holds, so the systems
// held for their runs cost only what differs between them. Systems are
// read-only once built. Called with s.mu held.
func (s *Study) share(sys *grid.System) {
	for i := range sys.Zones {
		z := &sys.Zones[i]
		z.Demand, z.Temperature = s.intern(z.Demand), s.intern(z.Temperature)
	}
	for i := range sys.Profiles {
		sys.Profiles[i].Values = s.intern(sys.Profiles[i].Values)
	}
}

// intern returns the array held for v's content, holding v if none is.
func (s *Study) intern(v []float64) []float64 {
	if len(v) == 0 {
		return v
	}
	h := keyHasher{h: sha256.New()}
	for _, x := range v {
		h.u64(math.Float64bits(x))
	}
	k := h.sum()
	if w, ok := s.arrays[k]; ok {
		return w
	}
	s.arrays[k] = v
	return v
}

// builtRun is a system Plan built, kept for the run that simulates it.
type builtRun struct {
	ds   *data.Dataset
	spec RunSpec
	sys  *grid.System
}

// BuildFor is Build through the context's Study: the system Plan built for
// the run is handed over (once) instead of being built again.
func BuildFor(ctx context.Context, ds *data.Dataset, sc Scenario, year int) (*grid.System, error) {
	if st := studyOf(ctx); st != nil {
		spec := RunSpec{sc, year}
		st.mu.Lock()
		for i, b := range st.built {
			if b.ds == ds && reflect.DeepEqual(b.spec, spec) {
				st.built = slices.Delete(st.built, i, i+1)
				st.mu.Unlock()
				return b.sys, nil
			}
		}
		st.mu.Unlock()
	}
	return Build(ds, sc, year)
}

// Progress returns the samples simulated so far and the total.
func (s *Study) Progress() Progress {
	s.mu.Lock()
	defer s.mu.Unlock()
	return Progress{s.done, s.total}
}

func (s *Study) report(p Progress) {
	if s.OnProgress != nil {
		s.OnProgress(p)
	}
}

// DependencyRuns are the runs of DependencyFrom: the reference scenario and
// its two counterfactuals.
func DependencyRuns(ref Scenario, year int) []RunSpec {
	return []RunSpec{{ref, year}, {ref.With(cutGas), year}, {ref.With(cutPower), year}}
}

// BackTestRuns are the runs of BackTest: the national rows' (as
// nationalRows asks for them) and each observation's period that the data
// supports. Keep in step with BackTest; TestAssessProgressTotal in package
// main checks that the planned total is what assess simulates.
func BackTestRuns(ds *data.Dataset, year int) []RunSpec {
	if year == 0 {
		y, ok := param(ds, ParamBaseYear)
		if !ok {
			return nil
		}
		year = int(y)
	}
	runs := []RunSpec{{mustScenario("partial"), 2025}, {mustScenario("baseline"), year}, {mustScenario("waiver-ended"), year}}
	lo, hi := supportedYears(ds)
	for _, o := range observations {
		if o.year >= lo && o.year <= hi {
			runs = append(runs, RunSpec{mustScenario(o.scenario), o.year})
		}
	}
	return runs
}

// OutlookRuns are the runs of Outlook: the scenario in each year.
func OutlookRuns(sc Scenario, first, last int) []RunSpec {
	var runs []RunSpec
	for y := first; y <= last; y++ {
		runs = append(runs, RunSpec{sc, y})
	}
	return runs
}

// SensitivityRuns are the runs of Sensitivity: the scenario, then each
// input low and high (DefaultSensitivityInputs when none are given).
func SensitivityRuns(sc Scenario, year int, inputs ...SensitivityInput) []RunSpec {
	if len(inputs) == 0 {
		inputs = DefaultSensitivityInputs()
	}
	runs := []RunSpec{{sc, year}}
	for _, in := range inputs {
		runs = append(runs, RunSpec{sc.With(in.Low), year}, RunSpec{sc.With(in.High), year})
	}
	return runs
}

// RankOptionsRuns are the runs of RankOptions: base, alt, and alt with each
// mitigation in service in the year (Mitigations when none are given).
func RankOptionsRuns(base, alt Scenario, year int, options ...Scenario) []RunSpec {
	if len(options) == 0 {
		options = Mitigations()
	}
	runs := []RunSpec{{base, year}, {alt, year}}
	for _, m := range options {
		if activeIn(m, year) {
			runs = append(runs, RunSpec{alt.With(m), year})
		}
	}
	return runs
}

// ReplaceRuns are the runs of Replace known before it starts: base and
// alt. The bisection's runs depend on the results, so they join the total
// as they start.
func ReplaceRuns(spec ReplaceSpec) []RunSpec {
	return []RunSpec{{spec.Base, spec.Year}, {spec.Alt, spec.Year}}
}

// Simulate assesses sys, which the caller built from spec, with mc through
// the context's Study when it has one (once per (system, settings)), like
// Run.
func Simulate(ctx context.Context, ds *data.Dataset, spec RunSpec, mc grid.MonteCarlo, sys *grid.System) (*grid.Result, error) {
	return simulateSpec(ctx, ds, spec, mc, sys)
}

type studyKey struct{}

// Context returns ctx carrying the study.
func (s *Study) Context(ctx context.Context) context.Context {
	return context.WithValue(ctx, studyKey{}, s)
}

func studyOf(ctx context.Context) *Study {
	s, _ := ctx.Value(studyKey{}).(*Study)
	return s
}

// runKey hashes what determines a Monte Carlo result: the system, field
// by field in binary (float64 bits, lengths, nil marked apart from empty),
// and the settings that change results.
func runKey(sys *grid.System, mc grid.MonteCarlo) ([32]byte, error) {
	h := keyHasher{h: sha256.New()}
	h.value(reflect.ValueOf(sys).Elem())
	h.value(reflect.ValueOf([]int{mc.Samples, int(mc.Seed), int(mc.Policy)}))
	h.value(reflect.ValueOf(mc.Protected))
	if h.err != nil {
		return [32]byte{}, h.err
	}
	return h.sum(), nil
}

// keyHasher writes values into a hash through a buffer. Kinds a System
// does not use (maps, interfaces, channels, functions) are an error rather
// than silently left out of the key.
type keyHasher struct {
	h   hash.Hash
	buf []byte
	err error
}

func (k *keyHasher) flush() {
	k.h.Write(k.buf)
	k.buf = k.buf[:0]
}

// sum is the hash of everything written.
func (k *keyHasher) sum() [32]byte {
	k.flush()
	var s [32]byte
	copy(s[:], k.h.Sum(nil))
	return s
}

func (k *keyHasher) u64(v uint64) {
	k.buf = binary.LittleEndian.AppendUint64(k.buf, v)
	if len(k.buf) >= 1<<16 {
		k.flush()
	}
}

func (k *keyHasher) value(v reflect.Value) {
	switch v.Kind() {
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				k.value(v.Field(i))
			}
		}
	case reflect.Slice:
		if v.IsNil() {
			k.u64(math.MaxUint64)
			return
		}
		fallthrough
	case reflect.Array:
		k.u64(uint64(v.Len()))
		if f, ok := v.Interface().([]float64); ok {
			for _, x := range f {
				k.u64(math.Float64bits(x))
			}
			return
		}
		for i := range v.Len() {
			k.value(v.Index(i))
		}
	case reflect.String:
		k.u64(uint64(v.Len()))
		k.buf = append(k.buf, v.String()...)
	case reflect.Float32, reflect.Float64:
		k.u64(math.Float64bits(v.Float()))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		k.u64(uint64(v.Int()))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		k.u64(v.Uint())
	case reflect.Bool:
		b := uint64(0)
		if v.Bool() {
			b = 1
		}
		k.u64(b)
	case reflect.Pointer:
		if v.IsNil() {
			k.u64(math.MaxUint64)
			return
		}
		k.u64(0)
		k.value(v.Elem())
	default:
		if k.err == nil {
			k.err = fmt.Errorf("study key: cannot hash a %s", v.Type())
		}
	}
}

// held returns the run of key if the study has simulated it with what mc
// asks for, under the lock.
func (st *Study) held(key [32]byte, mc grid.MonteCarlo) (*grid.Result, bool) {
	r, ok := st.runs[key]
	if !ok || mc.BySource && !st.bySource[key] {
		return nil, false
	}
	return r, true
}

// simulateKeyed assesses sys, whose key is known, through the Study.
func (st *Study) simulateKeyed(ctx context.Context, mc grid.MonteCarlo, sys *grid.System, key [32]byte) (*grid.Result, error) {
	st.mu.Lock()
	if r, ok := st.held(key, mc); ok {
		st.Reused++
		st.mu.Unlock()
		return r, nil
	}
	mc.BySource = mc.BySource || st.bySource[key]
	st.bySource[key] = mc.BySource
	if _, ok := st.planned[key]; ok {
		delete(st.planned, key)
	} else {
		st.total += mc.Samples // not planned: it joins the total now
	}
	start, total := st.done, st.total
	st.mu.Unlock()
	st.report(Progress{start, total})
	if st.OnProgress != nil {
		own := mc.Progress
		mc.Progress = func(done int) {
			if own != nil {
				own(done)
			}
			st.mu.Lock()
			st.done = start + done
			p := Progress{st.done, st.total}
			st.mu.Unlock()
			st.report(p)
		}
	}
	r, err := assessFn(ctx, mc, sys)
	if err != nil {
		return nil, err
	}
	st.mu.Lock()
	st.runs[key] = r
	st.Simulated++
	st.SimulatedSamples += mc.Samples
	st.done = start + mc.Samples
	p := Progress{st.done, st.total}
	st.mu.Unlock()
	st.report(p)
	return r, nil
}
