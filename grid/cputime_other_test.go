//go:build !unix

package grid

import "time"

func processCPU() time.Duration { return 0 }
