export {
  type CreateCompletionChoices,
  isCreateCompletionChoices,
} from "./createcompletionchoices.js";
export {
  type CreateCompletionCompletionTokensDetails,
  isCreateCompletionCompletionTokensDetails,
} from "./createcompletioncompletiontokensdetails.js";
export {
  type CreateCompletionFinishReason,
  isCreateCompletionFinishReason,
  createCompletionFinishReasonValues,
} from "./createcompletionfinishreason.js";
export {
  type CreateCompletionPromptTokensDetails,
  isCreateCompletionPromptTokensDetails,
} from "./createcompletionprompttokensdetails.js";
export {
  type CreateCompletionResponseBody,
  isCreateCompletionResponseBody,
} from "./createcompletionresponsebody.js";
export { type CreateCompletionUsage, isCreateCompletionUsage } from "./createcompletionusage.js";
export { type Created, isCreated } from "./created.js";
export {
  type PostV2ProxyCompletionsChoices,
  isPostV2ProxyCompletionsChoices,
} from "./postv2proxycompletionschoices.js";
export {
  type PostV2ProxyCompletionsFinishReason,
  isPostV2ProxyCompletionsFinishReason,
  postV2ProxyCompletionsFinishReasonValues,
} from "./postv2proxycompletionsfinishreason.js";
export {
  type PostV2ProxyCompletionsResponseBody,
  isPostV2ProxyCompletionsResponseBody,
} from "./postv2proxycompletionsresponsebody.js";
export {
  type PostV2ProxyCompletionsUsage,
  isPostV2ProxyCompletionsUsage,
} from "./postv2proxycompletionsusage.js";
