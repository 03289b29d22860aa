// Package grid is the resource-adequacy engine. It assesses an immutable
// System (zones, units, fuel pools, corridors, hourly demand) with a Method
// (sequential Monte Carlo, or exact convolution for one zone) and returns
// reliability indices per zone and for the system. It knows nothing about
// Iraq, files or spreadsheets.
package grid
