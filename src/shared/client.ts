import browser from "webextension-polyfill";
import type { ErrorResponse, Requests, RequestType, Responses } from "./protocol";

/** The one way extension pages and content scripts talk to the background worker. */
export async function request<T extends RequestType>(message: Requests[T]): Promise<Responses[T]> {
  const answer = (await browser.runtime.sendMessage(message)) as Responses[T] | ErrorResponse | undefined;
  if (answer === undefined) throw new Error("Safe Harbor's background worker did not answer.");
  if (typeof answer === "object" && answer !== null && "error" in answer) throw new Error(answer.error);
  return answer as Responses[T];
}
