// Preloaded into a timed run (node --import) where GNU time is not at hand: writes the process's peak
// resident set size in KiB and its user and system CPU time in seconds, worker threads included (they
// share the process), to the file named by MDSPEC_BENCH_RSS_FILE when the process exits: what
// `/usr/bin/time -f "%M %U %S"` writes.
import { writeFileSync } from "node:fs";

const file = process.env.MDSPEC_BENCH_RSS_FILE;
if (file) {
  process.on("exit", () => {
    const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
    writeFileSync(file, `${maxRSS} ${userCPUTime / 1e6} ${systemCPUTime / 1e6}\n`);
  });
}
