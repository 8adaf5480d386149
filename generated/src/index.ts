export * as chatPython from "./chat-python/index.js";
export * as chatTs from "./chat-ts/index.js";
export * as proxyPython from "./proxy-python/index.js";
export * as sharedPython from "./shared-python/index.js";
export {
  type ChatCompletionChoice,
  isChatCompletionChoice,
} from "./chat-python/models/chatcompletionchoice.js";
export {
  type ChatCompletionContentPartText,
  isChatCompletionContentPartText,
} from "./chat-python/models/chatcompletioncontentparttext.js";
export {
  type ChatCompletionMessage,
  isChatCompletionMessage,
} from "./chat-python/models/chatcompletionmessage.js";
export {
  type ChatCompletionResponse,
  isChatCompletionResponse,
} from "./chat-python/models/chatcompletionresponse.js";
export { type Content, isContent } from "./chat-python/models/content.js";
export { type FunctionCall, isFunctionCall } from "./chat-python/models/functioncall.js";
export { type Role, isRole, roleValues } from "./chat-python/models/role.js";
export { type ToolCall, isToolCall } from "./chat-python/models/toolcall.js";
export {
  type ChatCompletionMessageCustomToolCall,
  isChatCompletionMessageCustomToolCall,
} from "./chat-ts/models/components/chatcompletionmessagecustomtoolcall.js";
export {
  type ChatCompletionMessageToolCall,
  isChatCompletionMessageToolCall,
} from "./chat-ts/models/components/chatcompletionmessagetoolcall.js";
export {
  type ChatCompletionResponseMessage,
  isChatCompletionResponseMessage,
} from "./chat-ts/models/components/chatcompletionresponsemessage.js";
export { type Choices, isChoices } from "./chat-ts/models/components/choices.js";
export {
  type CreateChatCompletionResponse,
  isCreateChatCompletionResponse,
} from "./chat-ts/models/components/createchatcompletionresponse.js";
export { type Custom, isCustom } from "./chat-ts/models/components/custom.js";
export { type FunctionT, isFunctionT } from "./chat-ts/models/components/functiont.js";
export { type ObjectT, isObjectT, objectTValues } from "./chat-ts/models/components/objectt.js";
export { type ToolCalls, isToolCalls } from "./chat-ts/models/components/toolcalls.js";
export {
  type CreateCompletionChoices,
  isCreateCompletionChoices,
} from "./proxy-python/models/createcompletionchoices.js";
export {
  type CreateCompletionCompletionTokensDetails,
  isCreateCompletionCompletionTokensDetails,
} from "./proxy-python/models/createcompletioncompletiontokensdetails.js";
export {
  type CreateCompletionFinishReason,
  isCreateCompletionFinishReason,
  createCompletionFinishReasonValues,
} from "./proxy-python/models/createcompletionfinishreason.js";
export {
  type CreateCompletionPromptTokensDetails,
  isCreateCompletionPromptTokensDetails,
} from "./proxy-python/models/createcompletionprompttokensdetails.js";
export {
  type CreateCompletionResponseBody,
  isCreateCompletionResponseBody,
} from "./proxy-python/models/createcompletionresponsebody.js";
export {
  type CreateCompletionUsage,
  isCreateCompletionUsage,
} from "./proxy-python/models/createcompletionusage.js";
export { type Created, isCreated } from "./proxy-python/models/created.js";
export {
  type PostV2ProxyCompletionsChoices,
  isPostV2ProxyCompletionsChoices,
} from "./proxy-python/models/postv2proxycompletionschoices.js";
export {
  type PostV2ProxyCompletionsFinishReason,
  isPostV2ProxyCompletionsFinishReason,
  postV2ProxyCompletionsFinishReasonValues,
} from "./proxy-python/models/postv2proxycompletionsfinishreason.js";
export {
  type PostV2ProxyCompletionsResponseBody,
  isPostV2ProxyCompletionsResponseBody,
} from "./proxy-python/models/postv2proxycompletionsresponsebody.js";
export {
  type PostV2ProxyCompletionsUsage,
  isPostV2ProxyCompletionsUsage,
} from "./proxy-python/models/postv2proxycompletionsusage.js";
export {
  type CreateCompletionResponse,
  isCreateCompletionResponse,
} from "./shared-python/models/shared/createcompletionresponse.js";
export {
  type CreateCompletionResponseChoices,
  isCreateCompletionResponseChoices,
} from "./shared-python/models/shared/createcompletionresponsechoices.js";
export {
  type CreateCompletionResponseFinishReason,
  isCreateCompletionResponseFinishReason,
  createCompletionResponseFinishReasonValues,
} from "./shared-python/models/shared/createcompletionresponsefinishreason.js";
export {
  type CreateCompletionResponseLogprobs,
  isCreateCompletionResponseLogprobs,
} from "./shared-python/models/shared/createcompletionresponselogprobs.js";
export {
  type CreateCompletionResponseUsage,
  isCreateCompletionResponseUsage,
} from "./shared-python/models/shared/createcompletionresponseusage.js";
