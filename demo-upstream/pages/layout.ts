import { eventTitle } from "../event-options";
import { escapeHtml } from "../html";
import { stepIds, stepTitles } from "../steps";
import type { StepId } from "../steps";
import { siteStyles } from "./styles";

export interface LayoutInput {
  /** The page's own title; the event's name is added after it. */
  title: string;
  /** The card's HTML, already escaped. */
  content: string;
  /** Where the attendee is, for the progress bar; none on other pages. */
  progress?: StepId | "review";
}

export function renderLayout(input: LayoutInput): string {
  const progress =
    input.progress === undefined ? "" : renderProgress(input.progress);

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(input.title)} – ${eventTitle} registration</title>
<style>${siteStyles}</style>
</head>
<body>
<header class="site-header">
<div class="wrap">
<div>
<span class="brand">HIKVISION</span>
<span class="brand-event">Partner Summit 2027</span>
</div>
<span class="header-meta">18–19 March 2027 · Hangzhou, China</span>
</div>
</header>
<main class="wrap">
<div class="card">
${progress}${input.content}
</div>
</main>
${renderFooter()}
</body>
</html>
`;
}

function renderProgress(current: StepId | "review"): string {
  const position =
    current === "review" ? stepIds.length : stepIds.indexOf(current);
  const indicator =
    current === "review"
      ? "Final step · Check your answers"
      : `Step ${position + 1} of ${stepIds.length} · ${stepTitles[current]}`;
  const items = stepIds.map((id, index) => {
    const state =
      index < position ? "is-done" : index === position ? "is-current" : "";
    const ariaCurrent = index === position ? ' aria-current="step"' : "";

    return `<li class="${state}"${ariaCurrent}>${stepTitles[id]}</li>`;
  });

  return `<nav class="progress" aria-label="Registration progress">
<p class="step-indicator">${indicator}</p>
<ol class="step-list">${items.join("")}</ol>
</nav>
`;
}

function renderFooter(): string {
  return `<footer class="site-footer">
<div class="wrap">
<p>© 2027 Hikvision Digital Technology Co., Ltd.
· Partner Summit registration</p>
<p>Questions about your registration? Write to the summit team at
partner.summit@example.com.</p>
</div>
</footer>`;
}
