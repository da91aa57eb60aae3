export { check } from "./check";
export * from "./types";
