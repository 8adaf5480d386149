/**
 * The markdown parser slows down sharply on a few shapes of text. Those are
 * refused before parsing, with the line they start on; large but ordinary
 * specs are not.
 */
import { describe, expect, it } from "vitest";
import { exceedsMarkdownBudget, MAX_CONTAINER_DEPTH } from "../../src/parse/markdown-budget.js";

const TABLE_HEAD = "| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n";
const row = (i: number) => `| \`field_${i}\` | *Optional[str]* | :heavy_minus_sign: | The *${i}th* field, see [docs](x.md). |`;
const PROSE = "Some *emphasised* text with `code`, a [link](x) and __strong__ words. ";

describe("refused", () => {
  it.each([
    ["emphasis nested thousands deep in one paragraph", `# X\n\nintro\n${"*a ".repeat(4000)}b${" c*".repeat(4000)}\n`, 3],
    ["a 300 KB paragraph dense with markup", `# X\n\n${PROSE.repeat(4000)}\n`, 3],
    ["thousands of unmatched brackets", `# X\n\n${"[a](".repeat(20000)}\n`, 3],
    ["a list item continued lazily over 3,000 unmarked lines", `# X\n\n- item\n${"more\n".repeat(3000)}`, 3],
    ["a quote continued lazily over 3,000 unmarked lines", `# X\n\n> quote\n${"more\n".repeat(3000)}`, 3],
    ["a lazy continuation inside a list item begun before a blank line", `# X\n\n- item\n\n  para\n${"more\n".repeat(3000)}`, 5],
  ])("%s", (_name, source, line) => {
    expect(exceedsMarkdownBudget(source)?.line).toBe(line);
  });

  it("quotes nested deeper than the limit, at the line", () => {
    const source = `# X\n\n${"> ".repeat(MAX_CONTAINER_DEPTH + 1)}deep\n`;
    expect(exceedsMarkdownBudget(source)).toEqual({ line: 3, message: `quotes or lists nest about ${MAX_CONTAINER_DEPTH + 1} levels deep here; mdspec reads at most ${MAX_CONTAINER_DEPTH}` });
  });

  it("lists nested deeper than the limit", () => {
    const lines = Array.from({ length: MAX_CONTAINER_DEPTH + 2 }, (_, i) => `${"  ".repeat(i)}- level ${i + 1}`);
    // Line n nests n levels deep: the first one too deep is refused.
    expect(exceedsMarkdownBudget(lines.join("\n"))?.line).toBe(MAX_CONTAINER_DEPTH + 1);
  });

  it("markup after a fence that an HTML comment hides from the parser", () => {
    // The ``` line is inside the comment: the dense paragraph after it is parsed, so it is charged.
    const source = `# X\n\n<!--\n\`\`\`\n-->\n\n${PROSE.repeat(4000)}\n`;
    expect(exceedsMarkdownBudget(source)?.line).toBe(7);
  });

  it("a paragraph that only looks like a table (its delimiter row has a different number of cells)", () => {
    const source = `# X\n\n| a | b |\n| --- |\n${"| *a *a *a *a *a *a *a *a *a *a |\n".repeat(1000)}`;
    expect(exceedsMarkdownBudget(source)?.line).toBe(3);
  });
});

describe("accepted", () => {
  it("a 5,000-row fields table", () => {
    const source = `# X\n\n## Fields\n\n${TABLE_HEAD}${Array.from({ length: 5000 }, (_, i) => row(i)).join("\n")}\n`;
    expect(exceedsMarkdownBudget(source)).toBeUndefined();
  });

  it("a table straight after a paragraph line", () => {
    const source = `# X\n\nThe fields:\n${TABLE_HEAD}${Array.from({ length: 5000 }, (_, i) => row(i)).join("\n")}\n`;
    expect(exceedsMarkdownBudget(source)).toBeUndefined();
  });

  it("a 1 MB description in paragraphs", () => {
    const source = `# X\n\n${Array.from({ length: 14_000 }, () => PROSE).join("\n\n")}\n`;
    expect(source.length).toBeGreaterThan(1_000_000);
    expect(exceedsMarkdownBudget(source)).toBeUndefined();
  });

  it("a 1 MB example in a fenced code block, however much it looks like markup", () => {
    const json = Array.from({ length: 20_000 }, (_, i) => `${" ".repeat(40)}"key_${i}": [{"a_b": "*x*"}],`).join("\n");
    expect(exceedsMarkdownBudget(`# X\n\n\`\`\`json\n${json}\n\`\`\`\n`)).toBeUndefined();
  });

  it("lists and quotes nested as deep as the limit", () => {
    const lines = Array.from({ length: MAX_CONTAINER_DEPTH }, (_, i) => `${"  ".repeat(i)}- level ${i + 1}`);
    expect(exceedsMarkdownBudget(lines.join("\n"))).toBeUndefined();
    expect(exceedsMarkdownBudget(`${"> ".repeat(MAX_CONTAINER_DEPTH)}quote`)).toBeUndefined();
  });

  it("a spec with CRLF line endings already normalised, tabs and a short lazy quote", () => {
    expect(exceedsMarkdownBudget("# X\n\n> a quote\nthat continues\n\n## Fields\n\n|\tField\t|\tType\t|\n|-|-|\n|\ta\t|\tstr\t|\n")).toBeUndefined();
  });
});
