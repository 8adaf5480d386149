/**
 * A value that is none of a union's members: the validator says what is
 * wrong with it, not only where. The member the value means (the one whose
 * literal field it matches, or the one it misses by least) reports its
 * issues; a literal field no member allows is reported with those they do;
 * only when no member stands out does the union report the value.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../src/run/generate.js";
import { fieldsSpec, specFolder, type SpecFolder } from "../helpers/spec-folder.js";

const message = (role: string, rows: Array<[string, string, boolean]>) =>
  fieldsSpec(`${role.charAt(0).toUpperCase()}${role.slice(1)}Message`, [["role", `*Literal["${role}"]*`, true], ...rows]);

const files = {
  "models/assistantmessage.md": message("assistant", [["content", "*Optional[str]*", false], ["prefix", "*Optional[bool]*", false]]),
  "models/systemmessage.md": message("system", [["content", "*str*", true]]),
  "models/toolmessage.md": message("tool", [["content", "*str*", true], ["tool_call_id", "*str*", true]]),
  "models/usermessage.md": message("user", [["content", "*Union[str, List[str]]*", true]]),
  "models/messages.md": [
    "# Messages",
    "",
    "## Supported Types",
    "",
    ...["AssistantMessage", "SystemMessage", "ToolMessage", "UserMessage"].flatMap((name) => [`### \`models.${name}\``, "", "```python", `value: models.${name} = /* values here */`, "```", ""]),
  ].join("\n"),
  "models/chatrequest.md": fieldsSpec("ChatRequest", [
    ["model", "*str*", true],
    ["messages", "List[[models.Messages](messages.md)]", true],
  ]),
};

interface Issue {
  path: string;
  expected: string;
  received: string;
}

let folder: SpecFolder;
let validate: (value: unknown) => Issue[];

beforeAll(async () => {
  folder = specFolder(files);
  const out = join(folder.root, "out");
  const result = await generate({ specs: folder.specs, out, name: "out", prettier: false });
  expect(result.diagnostics).toEqual([]);
  const root = (await import(pathToFileURL(join(out, "dist/index.js")).href)) as Record<string, (value: unknown) => Issue[]>;
  validate = root["validateChatRequest"]!;
}, 120_000);

afterAll(() => folder?.remove());

describe("a union of messages told apart by their role", () => {
  it("reports the fields of the member whose role the value has", () => {
    expect(validate({ model: "m", messages: [{ role: "user", content: 5 }] })).toEqual([
      { path: "/messages/0/content", expected: "string | string[]", received: "number 5" },
    ]);
    expect(validate({ model: "m", messages: [{ role: "tool", content: "x" }] })).toEqual([
      { path: "/messages/0/tool_call_id", expected: "string", received: "nothing (the key is missing)" },
    ]);
  });

  it("says which roles there are when the value's role is none of theirs", () => {
    expect(validate({ model: "m", messages: [{ role: "sytem", content: "x" }] })).toEqual([
      { path: "/messages/0/role", expected: '"assistant" | "system" | "tool" | "user"', received: 'string "sytem"' },
    ]);
  });

  it("reports the union when no member stands out, or the value is no object at all", () => {
    expect(validate({ model: "m", messages: [5] })).toEqual([
      { path: "/messages/0", expected: "AssistantMessage | SystemMessage | ToolMessage | UserMessage", received: "number 5" },
    ]);
    expect(validate({ model: "m", messages: [{ content: 1 }] })).toEqual([
      { path: "/messages/0", expected: "AssistantMessage | SystemMessage | ToolMessage | UserMessage", received: "object" },
    ]);
  });

  it("finds nothing in a valid request", () => {
    expect(validate({ model: "m", messages: [{ role: "system", content: "s" }, { role: "user", content: ["a"] }, { role: "assistant" }] })).toEqual([]);
  });
});
