/**
 * The TypeScript spelling of IR types. Global types are named through
 * `globalThis` where a model of the module shadows them; maps are written as
 * index signatures so that a model named `Record` cannot change their meaning.
 */
import type { TypeNode } from "../ir/types.js";
import type { ModuleScope } from "./scope.js";
import { valueLiteral } from "./literal.js";

export function typeText(type: TypeNode, scope: ModuleScope): string {
  switch (type.kind) {
    case "string":
    case "number":
    case "boolean":
    case "null":
    case "unknown":
      return type.kind;
    case "integer":
      return "number";
    case "literal":
      return valueLiteral(type.value);
    case "array":
      return `${wrap(type.items, scope)}[]`;
    case "map":
      return `{ [key: string]: ${typeText(type.values, scope)} }`;
    case "union":
      if (type.members.some((member) => member.kind === "unknown")) return "unknown";
      // Members the IR tells apart may be spelled alike (a date string and a string, an integer and a number).
      return [...new Set(type.members.map((member) => typeText(member, scope)))].join(" | ");
    case "ref":
      return scope.local(type.target!).type;
    case "date":
      if (type.representation === "string") return "string";
      return scope.global("Date");
    case "binary":
      return scope.runtime("Binary");
    case "stream":
      return `${scope.global("AsyncIterable")}<${typeText(type.events, scope)}>`;
  }
}

/** Parenthesised where `[]` would otherwise bind to the last union member. */
function wrap(type: TypeNode, scope: ModuleScope): string {
  const text = typeText(type, scope);
  return type.kind === "union" && text !== "unknown" ? `(${text})` : text;
}
