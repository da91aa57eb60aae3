/**
 * Our UI's look, for light and dark pages: opaque surfaces with their own colours, so text stays readable
 * whatever the site paints behind it. `.dark` on the outer element switches palettes. Written compact:
 * it ships inside the content script, which has a 30 kB budget.
 */
export const UI_CSS =
  "*{box-sizing:border-box;font:13px/1.45 system-ui,sans-serif}" +
  ".ui{--b:#fff;--f:#111827;--m:#4b5563;--l:#d1d5db;--k:#f3f4f6;--a:#1d4ed8;--high:#b91c1c;--medium:#b45309;--low:#0369a1;--none:#0f766e;color:var(--f)}" +
  ".dark{--b:#1f2937;--f:#f9fafb;--m:#d1d5db;--l:#4b5563;--k:#374151;--a:#93c5fd;--high:#fca5a5;--medium:#fcd34d;--low:#7dd3fc;--none:#5eead4}" +
  "button{cursor:pointer;border:1px solid var(--l);background:var(--k);color:var(--f);border-radius:6px;padding:4px 10px;font-weight:600}" +
  ":focus-visible{outline:3px solid var(--a);outline-offset:2px}" +
  "button[disabled]{opacity:.55;cursor:not-allowed}" +
  ".primary{background:var(--a);border-color:var(--a);color:var(--b)}" +
  ".badge{position:fixed;border-radius:99px;background:var(--b);border:2px solid;box-shadow:0 1px 4px #0006}" +
  ".badge button{border:0;background:none;color:inherit;border-radius:99px;padding:2px 10px;font-size:12px}" +
  ".high{color:var(--high)}.medium{color:var(--medium)}.low{color:var(--low)}.none{color:var(--none)}.idle{color:var(--m)}" +
  ".panel,.gate{background:var(--b);border:1px solid var(--l);border-radius:10px;padding:12px;box-shadow:0 6px 24px #0008;overflow:auto}" +
  ".panel{position:fixed;width:min(360px,90vw);max-height:60vh}" +
  ".finding{border:0;border-top:1px solid var(--l);margin:0;padding:8px 0;min-width:0}" +
  "p{margin:0 0 6px}.sev{font-weight:700;font-size:11px}.excerpt{color:var(--m)}" +
  ".actions{display:flex;gap:6px;flex-wrap:wrap;justify-content:flex-end}" +
  ".backdrop{position:fixed;inset:0;width:100vw;height:100vh;background:#0007;display:flex;align-items:center;justify-content:center}" +
  ".gate{width:min(480px,92vw);max-height:90vh}h2{font-size:16px;font-weight:700;margin:0 0 8px}" +
  "label{display:block;margin:10px 0;font-weight:600}" +
  "textarea{display:block;width:100%;min-height:56px;background:var(--b);color:var(--f);border:1px solid var(--l);border-radius:6px}" +
  "a{color:var(--a)}";
