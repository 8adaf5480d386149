// The floor a generation run is measured against: a bare remark-parse + remark-gfm parse of every
// spec file, in one thread, timing the parse calls only (not the process start, the imports or the
// reads). Prints the milliseconds. Usage: node bench/bare-parse.mjs SPECS_DIR
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { listSpecFiles } from "../dist/read/specs-folder.js";

const root = process.argv[2];
if (!root) {
  process.stderr.write("usage: node bench/bare-parse.mjs SPECS_DIR\n");
  process.exit(2);
}
const texts = listSpecFiles(root).map((file) => readFileSync(join(root, file), "utf8"));
// One frozen processor for every file, as a program that parses many files would keep it.
const processor = unified().use(remarkParse).use(remarkGfm).freeze();
const start = performance.now();
let nodes = 0;
for (const text of texts) nodes += processor.parse(text).children.length;
const ms = performance.now() - start;
if (nodes === 0 && texts.length > 0) process.stderr.write("bare-parse: the files parsed to nothing\n");
process.stdout.write(`${ms}\n`);
