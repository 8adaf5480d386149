// Preloaded into a timed run (node --import) where GNU time is not at hand: writes the process's peak
// resident set size in KiB, worker threads included (they share the process), to the file named by
// MDSPEC_BENCH_RSS_FILE when the process exits.
import { writeFileSync } from "node:fs";

const file = process.env.MDSPEC_BENCH_RSS_FILE;
if (file) process.on("exit", () => writeFileSync(file, `${process.resourceUsage().maxRSS}\n`));
