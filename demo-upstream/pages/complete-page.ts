import { eventTitle } from "../event-options";
import { escapeHtml } from "../html";
import type { CompletedRegistration } from "../session-store";
import { stepPaths } from "../steps";
import { renderLayout } from "./layout";

export function renderCompletePage(done: CompletedRegistration): string {
  return renderLayout({
    title: "Registration complete",
    content: `<h1>Registration complete</h1>
<p class="lead">Thank you, ${escapeHtml(done.givenName)}. We have received
your registration for ${eventTitle}.</p>
<div class="confirmation">
<p>Your confirmation code is <strong id="confirmation-code">${escapeHtml(
      done.confirmationNumber,
    )}</strong></p>
</div>
<h2>What happens next</h2>
<p>We will e-mail your confirmation and joining instructions within one
working day. Quote your confirmation code if you contact the summit team.</p>
<p><a href="${stepPaths.personal}">Register another attendee</a></p>`,
  });
}
