/**
 * What makes a file a spec by its name: markdown, `.md`, or MDX, `.mdx`
 * (Speakeasy writes its docs so with the `mintlify` documentation option).
 * A spec's stem, its path without that extension, names its module and its
 * models' ids, and is what an extensionless link to it writes.
 */

const SPEC_EXTENSION = /\.mdx?$/iu;

/** Whether a file's name makes it a spec file. */
export function isSpecPath(path: string): boolean {
  return SPEC_EXTENSION.test(path);
}

/** The path without its spec extension: `models/pet.mdx` is `models/pet`. */
export function specStem(path: string): string {
  return path.replace(SPEC_EXTENSION, "");
}

/** A link's path as written, percent-decoded where it decodes (`oneOf%3CA%3E.md`). */
export function decodeLink(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Whether a spec path is MDX. */
export function isMdx(path: string): boolean {
  return /\.mdx$/iu.test(path);
}
