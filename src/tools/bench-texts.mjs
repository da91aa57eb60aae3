// Realistic bench input: the labelled posts (shared dev corpus and this repo's corpora) joined into
// texts of a given length, so the engine is timed on the words, identifiers and emoji clinicians write.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const SHARED_CORPUS = resolve("../shared/corpus/dev.jsonl");
const REPO_CORPORA = resolve("tests/corpus");

/** Every post text of every corpus file we can read, in file order. */
export function readPosts() {
  const files = [SHARED_CORPUS];
  if (existsSync(REPO_CORPORA)) {
    for (const name of readdirSync(REPO_CORPORA).sort()) {
      if (name.endsWith(".jsonl")) files.push(join(REPO_CORPORA, name));
    }
  }
  const posts = [];
  for (const file of files.filter((path) => existsSync(path))) {
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (line.trim() === "") continue;
      try {
        const { text } = JSON.parse(line);
        if (typeof text === "string" && text.length > 0) posts.push(text);
      } catch {
        // A half-written line in a corpus someone is editing right now is not the bench's business.
      }
    }
  }
  if (posts.length === 0) throw new Error(`no posts found in ${SHARED_CORPUS} or ${REPO_CORPORA}`);
  return { posts, files };
}

/**
 * `count` different texts of exactly `length` UTF-16 units, the first starting at post `offset`. Each
 * starts at a different post and
 * keeps appending posts (blank line between, as in a long post or a thread) until long enough; the cut
 * falls on a space where one is near, so no surrogate pair or word is split in a way people never type.
 */
export function textsOfLength(posts, length, count, offset = 0) {
  const texts = [];
  for (let variant = 0; variant < count; variant++) {
    let text = "";
    for (let index = (offset + variant * 7) % posts.length; text.length < length; index = (index + 1) % posts.length) {
      text += (text === "" ? "" : "\n\n") + posts[index];
    }
    let cut = text.lastIndexOf(" ", length);
    if (cut < length - 40) cut = length;
    text = text.slice(0, cut).padEnd(length, ".");
    texts.push(text);
  }
  return texts;
}
