/** The site's whole stylesheet, inlined like many hosted event platforms. */
export const siteStyles = `
*, *::before, *::after { box-sizing: border-box; }
html { font-size: 16px; }
body {
  margin: 0; min-height: 100vh; display: flex; flex-direction: column;
  background: #eef0f3; color: #1d2329; line-height: 1.5;
  font-family: "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans",
    "PingFang SC", "Microsoft YaHei", sans-serif;
}
a { color: #0b5cab; }
a:focus, button:focus, input:focus, select:focus, textarea:focus {
  outline: 3px solid #ffbf47; outline-offset: 1px;
}
.wrap { width: 100%; max-width: 780px; margin: 0 auto; padding: 0 20px; }
.site-header { background: #16191d; border-top: 4px solid #d7000f; }
.site-header .wrap {
  display: flex; align-items: baseline; justify-content: space-between;
  flex-wrap: wrap; gap: 8px; padding-top: 14px; padding-bottom: 14px;
}
.brand { color: #fff; font-weight: 800; letter-spacing: .18em; }
.brand-event { color: #c9ced4; margin-left: 12px; font-size: .95rem; }
.header-meta { color: #9aa3ad; font-size: .85rem; }
.hero { background: #d7000f; color: #fff; padding: 18px 0; }
.hero p { margin: 0; font-size: .95rem; }
main.wrap { flex: 1; padding-top: 28px; padding-bottom: 48px; }
.card {
  background: #fff; border-radius: 6px; padding: 32px 36px;
  box-shadow: 0 1px 3px rgba(16, 24, 40, .12), 0 1px 2px rgba(16, 24, 40, .06);
}
h1 { font-size: 1.75rem; margin: 0 0 16px; line-height: 1.25; }
h2 { font-size: 1.2rem; margin: 28px 0 12px; }
.lead { font-size: 1.1rem; color: #38424c; }
.progress { margin: 0 0 24px; }
.step-indicator {
  margin: 0 0 10px; color: #5b6670; font-size: .9rem; font-weight: 600;
  text-transform: uppercase; letter-spacing: .04em;
}
.step-list { display: flex; gap: 6px; list-style: none; margin: 0; padding: 0; }
.step-list li {
  flex: 1; padding-top: 8px; border-top: 4px solid #d5d9de;
  font-size: .85rem; color: #5b6670;
}
.step-list li.is-done { border-color: #8c1d24; color: #1d2329; }
.step-list li.is-current {
  border-color: #d7000f; color: #1d2329; font-weight: 700;
}
.field { margin: 0 0 22px; }
.field--error { border-left: 4px solid #c0161d; padding-left: 14px; }
label, legend { display: block; font-weight: 600; margin-bottom: 4px; }
.label-row { display: flex; align-items: baseline; gap: 6px; }
.label-row label { margin-bottom: 4px; }
.optional { color: #5b6670; font-size: .9rem; }
.hint { color: #5b6670; font-size: .9rem; margin: 0 0 6px; }
input[type="text"], input[type="email"], input[type="tel"], select, textarea {
  width: 100%; max-width: 480px; padding: 9px 10px; font: inherit;
  border: 1px solid #8a949e; border-radius: 3px; background: #fff;
}
textarea { min-height: 96px; resize: vertical; }
[aria-invalid="true"] { border: 2px solid #c0161d; }
.phone-row { display: flex; gap: 10px; max-width: 480px; }
.phone-row select { flex: 0 0 46%; }
fieldset { border: 0; margin: 0 0 22px; padding: 0; }
.choice { display: flex; align-items: flex-start; gap: 10px; margin: 6px 0; }
.choice input { width: 20px; height: 20px; margin: 2px 0 0; flex: none; }
.choice label { font-weight: 400; margin: 0; }
.field-error { color: #c0161d; font-weight: 600; margin: 6px 0 0; }
.error-summary {
  border: 4px solid #c0161d; padding: 16px 20px; margin: 0 0 24px;
}
.error-summary h2 { margin: 0 0 8px; font-size: 1.15rem; }
.error-summary ul { margin: 0; padding-left: 20px; }
.error-summary a { color: #c0161d; font-weight: 600; }
.actions { display: flex; align-items: center; gap: 20px; margin-top: 28px; }
.button {
  display: inline-block; background: #d7000f; color: #fff; border: 0;
  border-radius: 3px; padding: 11px 26px; font: inherit; font-weight: 600;
  text-decoration: none; cursor: pointer; box-shadow: 0 2px 0 #8c1d24;
}
.button:hover { background: #b3000c; }
.summary { margin: 0; border-top: 1px solid #d5d9de; }
.summary-row {
  display: grid; grid-template-columns: 34% 1fr auto; gap: 12px;
  padding: 10px 0; border-bottom: 1px solid #d5d9de;
}
.summary-row dt { font-weight: 600; }
.summary-row dd { margin: 0; overflow-wrap: anywhere; }
.summary-row ul { margin: 0; padding-left: 18px; }
.visually-hidden {
  position: absolute; width: 1px; height: 1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap;
}
.confirmation {
  background: #f4f6f8; border-left: 6px solid #1f7a3a; padding: 16px 20px;
  font-size: 1.15rem;
}
.confirmation strong { font-family: Consolas, "Courier New", monospace; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 6px 18px; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }
.site-footer { background: #16191d; color: #9aa3ad; font-size: .85rem; }
.site-footer .wrap { padding-top: 18px; padding-bottom: 18px; }
.site-footer p { margin: 4px 0; }
@media (max-width: 600px) {
  .card { padding: 22px 18px; }
  .summary-row { grid-template-columns: 1fr; gap: 2px; }
}
`;
