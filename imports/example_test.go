package imports_test

import (
	"context"
	"fmt"

	"gridrisk/data"
	"gridrisk/grid"
	"gridrisk/imports"
)

// Build the embedded Iraq model under two scenarios and compare them: the
// end of the waiver raises unserved energy, and Diyala, which loses the
// Iranian lines that land in it, loses more supply hours than Iraq as a
// whole.
func Example() {
	ds, err := data.Embedded()
	if err != nil {
		fmt.Println(err)
		return
	}
	mc := grid.MonteCarlo{Samples: 4, Seed: 1, Policy: grid.Shares}
	ctx := imports.NewStudy().Context(context.Background())
	var res [2]*grid.Result
	for i, name := range []string{"baseline", "waiver-ended"} {
		sc, err := imports.Lookup(name)
		if err != nil {
			fmt.Println(err)
			return
		}
		if res[i], _, err = imports.Run(ctx, ds, sc, 2025, mc); err != nil {
			fmt.Println(err)
			return
		}
	}
	c := imports.Compare(res[0], res[1])
	fmt.Println("unserved energy rises:", c.System.EUE > 0)
	for _, z := range c.Zones {
		if z.Code == "IQ-DI" {
			fmt.Println("Diyala loses more hours than Iraq:", z.SupplyHours < c.System.SupplyHours)
		}
	}
	// Output:
	// unserved energy rises: true
	// Diyala loses more hours than Iraq: true
}
