import type { Policy } from "../../core/policy/schema";

/** What only the organization sets: its own details, custom identifiers and terms, its policy link. */
export function OrganizationSettings({ policy }: { policy: Policy }) {
  const { organization, customIdentifiers, customTerms, policyUrl } = policy;
  const own = [
    ...(organization.names ?? []),
    ...(organization.phones ?? []),
    ...(organization.addresses ?? []),
    ...(organization.domains ?? []),
  ];
  if (own.length === 0 && customIdentifiers.length === 0 && customTerms.length === 0 && !policyUrl) return null;
  return (
    <section aria-labelledby="organization-heading">
      <h2 id="organization-heading">From your organization</h2>
      {policyUrl && (
        <p>
          Social media policy:{" "}
          <a href={policyUrl} target="_blank" rel="noreferrer">
            {policyUrl}
          </a>
        </p>
      )}
      {own.length > 0 && <p>Never flagged as patient information: {own.join(" · ")}</p>}
      {customIdentifiers.length > 0 && (
        <p>
          Identifier formats checked:{" "}
          {customIdentifiers.map((identifier) => `${identifier.label} (${identifier.severity})`).join(", ")}
        </p>
      )}
      {customTerms.length > 0 && <p>Internal terms checked: {customTerms.length}</p>}
    </section>
  );
}
