/** A problem with the options, worded for the user; the CLI exits 2 with it. */
export class ConfigError extends Error {
  override name = "ConfigError";
}
