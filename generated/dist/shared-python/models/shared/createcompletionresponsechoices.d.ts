import { type CreateCompletionResponseFinishReason } from "./createcompletionresponsefinishreason.js";
import { type CreateCompletionResponseLogprobs } from "./createcompletionresponselogprobs.js";
/** CreateCompletionResponseChoices */
export interface CreateCompletionResponseChoices {
    finish_reason: CreateCompletionResponseFinishReason;
    index: number;
    logprobs?: CreateCompletionResponseLogprobs;
    text: string;
}
/** Whether `value` is a {@link CreateCompletionResponseChoices}. */
export declare function isCreateCompletionResponseChoices(value: unknown): value is CreateCompletionResponseChoices;
