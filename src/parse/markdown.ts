/**
 * The markdown parser every spec goes through: remark-parse with GFM's
 * tables, frozen once.
 *
 * The build makes this module one file with its dependencies in it
 * (scripts/build.mjs): as some 200 small modules, they took longer to load
 * than a run after a one-spec edit takes to parse.
 */
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

export const markdown = unified().use(remarkParse).use(remarkGfm).freeze();
