import { type CreateCompletionResponseChoices } from "./createcompletionresponsechoices.js";
import { type CreateCompletionResponseUsage } from "./createcompletionresponseusage.js";
/** OK */
export interface CreateCompletionResponse {
    choices: CreateCompletionResponseChoices[];
    created: number;
    id: string;
    model: string;
    object: string;
    usage?: CreateCompletionResponseUsage;
}
/** Whether `value` is a {@link CreateCompletionResponse}. */
export declare function isCreateCompletionResponse(value: unknown): value is CreateCompletionResponse;
