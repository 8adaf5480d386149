/** The values of {@link Role}. */
export declare const roleValues: readonly ["system", "user", "assistant", "tool"];
/**
 * The role of the author of this message.
 * @example ```
 * from chat_sdk.models import Role
 * value: Role = "assistant"
 * ```
 */
export type Role = "system" | "user" | "assistant" | "tool";
/** Whether `value` is a {@link Role}. */
export declare function isRole(value: unknown): value is Role;
