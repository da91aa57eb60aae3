import { render } from "preact";
import { useState } from "preact/hooks";
import type { CheckResult } from "../../core/types";
import { request } from "../../shared/client";

/** Options page (skeleton): a "try a post" box that shows findings as the composer would. */
function Options() {
  const [result, setResult] = useState<CheckResult | undefined>();
  const onInput = async (text: string) => {
    const answer = await request<"check">({ type: "check", text, site: "other", surface: "post", revision: 0 });
    setResult(answer.result);
  };
  return (
    <main>
      <h1>Safe Harbor</h1>
      <label>
        Try a post
        <textarea rows={4} cols={60} onInput={(event) => void onInput(event.currentTarget.value)} />
      </label>
      {result && (
        <p>
          Verdict: {result.verdict} ({result.findings.length} findings)
        </p>
      )}
    </main>
  );
}

const app = document.getElementById("app");
if (app) render(<Options />, app);
