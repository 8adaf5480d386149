/**
 * The indefinite article for a model's name in generated prose ("an
 * {@link Order}", "a {@link User}", "an {@link HTTPError}"). The name's
 * first word decides, read as English reads it: a word by its sound
 * (indefinite's lists of exceptions: "a Union", "an Hour"), an acronym
 * by its letters ("an SDKError", "a URLSource").
 */
import indefinite from "indefinite";

/** "a" or "an", for the type name `name` (a PascalCase identifier). */
export function articleFor(name: string): "a" | "an" {
  const word = /^[A-Z]+(?=[A-Z][a-z]|\d|_|$)|^[A-Z]?[a-z]+|^\d+/u.exec(name)?.[0] ?? name;
  return indefinite(word, { articleOnly: true }) === "an" ? "an" : "a";
}
