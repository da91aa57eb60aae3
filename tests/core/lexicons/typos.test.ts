import { describe, expect, it } from "vitest";
import { isTypoOf, typoFinder } from "../../../src/core/lexicons/typos";

describe("typos of conduct words", () => {
  it.each([
    ["pateints", "patients"],
    ["idoit", "idiot"],
    ["stupud", "stupid"],
    ["patints", "patients"],
    ["stuppid", "stupid"],
    ["pathetc", "pathetic"],
  ])("reads %s as %s", (typed, target) => {
    expect(isTypoOf(typed, target)).toBe(true);
  });

  it.each([
    ["idiom", "idiot"],
    ["lasers", "losers"],
    ["lowers", "losers"],
    ["grass", "gross"],
    ["crack", "crock"],
    ["gamer", "gomer"],
    ["patents", "patients"],
    ["degenerate", "degenerates"],
    ["crepe", "creep"],
    ["stupid", "stupid"],
    ["dumb", "dumbo"],
  ])("does not read the real word %s as %s", (typed, target) => {
    expect(isTypoOf(typed, target)).toBe(false);
  });

  it("finds which target a word is a typo of", () => {
    const find = typoFinder(["patient", "patients", "people"]);
    expect(find("Pateints")).toBe("patients");
    expect(find("peopel")).toBe("people");
    expect(find("pizza")).toBeUndefined();
  });
});
