/** The values of {@link ObjectT}. */
export declare const objectTValues: readonly ["chat.completion"];
/**
 * The object type, which is always `chat.completion`.
 * @example ```
 * import { ObjectT } from "chat-sdk/models/components";
 *
 * let value: ObjectT = "chat.completion";
 * ```
 */
export type ObjectT = "chat.completion";
/** Whether `value` is a {@link ObjectT}. */
export declare function isObjectT(value: unknown): value is ObjectT;
