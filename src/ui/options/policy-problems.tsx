import type { SourcedPolicyProblem } from "../../shared/protocol";

const SOURCE = { organization: "Organization policy", user: "Your saved settings" } as const;

/** Every value that was ignored, and why; the rest of the policy applies. Shared by options and popup. */
export function PolicyProblems({ problems }: { problems: readonly SourcedPolicyProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <section aria-labelledby="policy-problems-heading" class="problems">
      <h2 id="policy-problems-heading">
        Policy problems ({problems.length}): these values were ignored, the rest applies
      </h2>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.source}:${problem.key}:${problem.message}`}>
            <strong>{SOURCE[problem.source]}</strong>, <code>{problem.key}</code>: {problem.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
