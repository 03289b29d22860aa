package main

import (
	"context"
	"fmt"

	"github.com/urfave/cli/v2"

	"gridrisk/data"
	"gridrisk/grid"
	"gridrisk/imports"
	"gridrisk/report"
)

func (e *runEnv) runAssess(c *cli.Context) error {
	s, err := e.newSession(c)
	if err != nil {
		return err
	}
	var method grid.Method = s.mc
	switch m := c.String("method"); m {
	case "montecarlo":
	case "convolution":
		method = grid.Convolution{}
	default:
		return usageError("--method %q: want montecarlo or convolution", m)
	}
	scs, err := s.scenarios("baseline", "waiver-ended")
	if err != nil {
		return err
	}
	var planned []imports.Scenario
	if _, ok := method.(grid.MonteCarlo); ok {
		planned = scs
	}
	ctx, stop := s.start(planned)
	defer stop()

	doc := s.document(c.String("method"))
	if err := s.assessScenarios(ctx, doc, method, scs); err != nil {
		return err
	}
	return s.emit(ctx, doc, fmt.Sprintf("gridrisk-%d.xlsx", s.year))
}

// assessScenarios runs each scenario, adds it and its comparison with the
// first to the document, then the dependency indicators and the back-test.
func (s *session) assessScenarios(ctx context.Context, doc *report.Document, method grid.Method, scs []imports.Scenario) error {
	results := make([]*grid.Result, len(scs))
	for i, sc := range scs {
		sys, err := imports.BuildFor(ctx, s.ds, sc, s.year)
		if err != nil {
			return cli.Exit(err.Error(), 2)
		}
		var res *grid.Result
		if _, ok := method.(grid.MonteCarlo); ok {
			// Through the Study: later analyses reuse it.
			res, err = imports.Simulate(ctx, s.ds, imports.RunSpec{Scenario: sc, Year: s.year}, s.documentMC(), sys)
		} else {
			res, err = method.Assess(ctx, sys)
		}
		if err != nil {
			return simError(ctx, sc.Name, err)
		}
		results[i] = res
		doc.Scenarios = append(doc.Scenarios, report.FromResult(sc.Name, sc.Description, res))
		if i > 0 {
			doc.Comparisons = append(doc.Comparisons, fromComparison(scs[0].Name, sc.Name, imports.Compare(results[0], res)))
		}
	}
	if _, ok := method.(grid.MonteCarlo); ok && hasIranianSupply(s) {
		if err := s.addImportAnalysis(ctx, doc, scs, results); err != nil {
			return err
		}
	}
	report.FillZoneNames(doc, s.ds.Zones)
	if doc.Policy == "shares" {
		rows, err := allocationRows(s.ds)
		if err != nil {
			return cli.Exit(err.Error(), 2)
		}
		doc.Allocation = rows
	}
	return nil
}

// allocationRows are the shares policy's inputs as the run used them, one
// per zone, derived shares resolved, for the workbook's Allocation sheet.
func allocationRows(ds *data.Dataset) ([]report.AllocationRow, error) {
	al, err := imports.Allocations(ds)
	if err != nil {
		return nil, err
	}
	notes := map[string]string{}
	for _, a := range ds.Allocation {
		notes[a.Zone] = a.Note
	}
	perCapita := true // as imports.Allocations decides the basis of derived shares
	for _, z := range ds.Zones {
		perCapita = perCapita && z.Population > 0 && z.ClimateFactor > 0
	}
	rows := make([]report.AllocationRow, len(al))
	for i, a := range al {
		basis := "published"
		switch {
		case a.ShareDerived && perCapita:
			basis = "population × climate"
		case a.ShareDerived:
			basis = "demand"
		}
		rows[i] = report.AllocationRow{Code: a.Code, Region: ds.Zones[i].Region, Share: a.Share, Basis: basis,
			LocalCredit: a.LocalCredit, EmergencyFrac: a.EmergencyFrac, IntakeMW: a.IntakeMW, Source: a.Source, Note: notes[a.Code]}
	}
	return rows, nil
}

// hasIranianSupply says whether the dataset models Iranian imports at all
// (user tables often do not). Asked when planning and when running, it
// builds the baseline once.
func hasIranianSupply(s *session) bool {
	if s.iranian == nil {
		has := false
		if gas, power, err := imports.AtRisk(s.ds, mustLookup("baseline"), s.year); err == nil {
			var total float64
			for i := range gas {
				total += gas[i] + power[i]
			}
			has = total > 0
		}
		s.iranian = &has
	}
	return *s.iranian
}

// backTestWanted says whether assess runs the back-test: when it compares
// baseline and waiver-ended, the two states the Iraqi record was made in.
func backTestWanted(scs []imports.Scenario) bool {
	var base, ended bool
	for _, sc := range scs {
		base = base || sc.Name == "baseline"
		ended = ended || sc.Name == "waiver-ended"
	}
	return base && ended
}

// addImportAnalysis adds dependency indicators and, when both baseline and
// waiver-ended were run, the back-test against the Iraqi record.
func (s *session) addImportAnalysis(ctx context.Context, doc *report.Document, scs []imports.Scenario, results []*grid.Result) error {
	dep, err := imports.DependencyFrom(ctx, s.ds, scs[0], results[0], s.year, s.mc)
	if err != nil {
		return simError(ctx, "dependency", err)
	}
	doc.Dependency = fromDependency(dep)
	if backTestWanted(scs) {
		bt, err := imports.BackTest(ctx, s.ds, s.year, s.mc)
		if err != nil {
			return simError(ctx, "back-test", err)
		}
		doc.BackTest = fromBackTest(bt)
	}
	return nil
}

func mustLookup(name string) imports.Scenario {
	sc, err := imports.Lookup(name)
	if err != nil {
		panic(err) // built-in names are fixed; a failure is a programming error
	}
	return sc
}

// simError turns a cancelled run into a short message (exit 130, or 143
// for SIGTERM).
func simError(ctx context.Context, what string, err error) error {
	if ctx.Err() != nil {
		return cli.Exit("interrupted: no report written, earlier reports left as they were", interruptStatus(ctx))
	}
	return cli.Exit(fmt.Sprintf("%s: %v", what, err), 2)
}
