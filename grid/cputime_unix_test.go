//go:build unix

package grid

import (
	"syscall"
	"time"
)

// processCPU is the process's user+system CPU time, so benchmarks can
// report throughput per CPU-second on a machine shared with other jobs.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
