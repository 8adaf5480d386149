/**
 * A model's TypeScript name is PascalCase whatever the spec calls it, and
 * never a keyword or a name the generated code takes for itself.
 */
import { describe, expect, it } from "vitest";
import { guardName, modulePath, propertyAccess, propertyKey, typeName, withinNameLimit } from "../../src/emit/names.js";

describe("typeName", () => {
  it("keeps an identifier, its first letter upper-cased", () => {
    expect(["Pet", "pet", "HTTPStatus", "Enum_TestEnumString", "class"].map(typeName)).toEqual(["Pet", "Pet", "HTTPStatus", "Enum_TestEnumString", "Class"]);
  });

  it("joins the words of a C typedef, by which the C client names models, and keeps another name's `_`", () => {
    expect(["v1_owner_reference_t", "ord_status_t", "pet_t"].map(typeName)).toEqual(["V1OwnerReferenceT", "OrdStatusT", "PetT"]);
    expect(guardName(typeName("v1_owner_reference_t")!)).toBe("isV1OwnerReferenceT");
    expect(["order_status", "api_key", "V1_pod_t"].map(typeName)).toEqual(["Order_status", "Api_key", "V1_pod_t"]);
  });

  it("joins the words of a name that is no identifier, and has none without letters or digits", () => {
    expect(["order item", "2fa-settings", "---"].map(typeName)).toEqual(["OrderItem", "_2faSettings", undefined]);
  });
});

describe("module paths", () => {
  it("reduce each segment to safe characters, and keep the ones a package takes apart", () => {
    expect(modulePath("models/Components/Chat Completion.md")).toBe("models/components/chat-completion");
    expect(modulePath("index.md")).toBe("index_");
    expect(modulePath("runtime.md")).toBe("runtime_");
  });

  it("shorten a segment longer than a file name may be, with a hash that keeps two such names apart", () => {
    const long = "a".repeat(252);
    const shortened = modulePath(`models/${long}.md`).split("/")[1]!;
    // Room for `.schema.json` and `.d.ts` under the 255 bytes a file name may take.
    expect(shortened.length).toBeLessThanOrEqual(200);
    expect(shortened).toMatch(/^a+-[0-9a-f]{8}$/u);
    expect(modulePath(`models/${long}b.md`)).not.toBe(modulePath(`models/${long}.md`));
    expect(withinNameLimit("É".repeat(150))).toMatch(/^É+-[0-9a-f]{8}$/u);
    expect(Buffer.byteLength(withinNameLimit("É".repeat(150)))).toBeLessThanOrEqual(200);
    expect(withinNameLimit("Pet")).toBe("Pet");
  });
});

describe("names that hold a character that would hide in the code", () => {
  it("are written as escaped strings where they are keys, and part words where they make a type's name", () => {
    expect(propertyKey("is\u200dAdmin")).toBe('"is\\u200dAdmin"');
    expect(propertyAccess("value", "is\u200cAdmin")).toBe('value["is\\u200cAdmin"]');
    expect(propertyKey("isAdmin")).toBe("isAdmin");
    // A Hangul filler is a letter to JavaScript, and shows as nothing.
    expect(propertyKey("a\u3164")).toBe('"a\\u3164"');
    expect(typeName("User\u200dAccount")).toBe("UserAccount");
    expect(typeName("\u3164")).toBeUndefined();
  });
});
