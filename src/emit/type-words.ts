/**
 * A type in words, as a validator's issues and the docs both say it:
 * TypeScript's spelling, with integers and date strings told apart, so the
 * docs say of a field what a validator says when a value misses it. The two
 * differ only in how a model is named (a name, or a link to its page) and in
 * the markup around the words (none, or markdown's escapes).
 */
import type { RefType, TypeNode } from "../ir/types.js";

export interface Wording {
  /** A referenced model. */
  ref(type: RefType): string;
  /** A literal value, written as JSON. */
  literal(json: string): string;
  /** The separator of a union's members. */
  or: string;
  /** A generic type: `Record<string, X>`, `AsyncIterable<X>`. */
  generic(name: string, args: string): string;
}

/** The words as they stand in a validator's issue: plain text. */
export const PLAIN: Omit<Wording, "ref"> = {
  literal: (json) => json,
  or: " | ",
  generic: (name, args) => `${name}<${args}>`,
};

export function typeWords(type: TypeNode, wording: Wording): string {
  const say = (t: TypeNode): string => {
    switch (t.kind) {
      case "literal":
        return wording.literal(JSON.stringify(t.value));
      case "array":
        return t.items.kind === "union" ? `(${say(t.items)})[]` : `${say(t.items)}[]`;
      case "map":
        return wording.generic("Record", `string, ${say(t.values)}`);
      case "union":
        return t.members.map(say).join(wording.or);
      case "ref":
        return wording.ref(t);
      case "date":
        if (t.representation === "Date") return "Date";
        return t.format === "date-time" ? "date-time string (ISO 8601)" : "date or date-time string (ISO 8601)";
      case "binary":
        return ["Uint8Array", "Blob", "ReadableStream"].join(wording.or);
      case "stream":
        return wording.generic("AsyncIterable", say(t.events));
      default:
        // string, number, integer (a whole number, told apart from number), boolean, null, unknown.
        return t.kind;
    }
  };
  return say(type);
}
