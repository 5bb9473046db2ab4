import { redirect, sendHtml } from "../http-io";
import { renderCompletePage } from "../pages/complete-page";
import { renderReviewPage } from "../pages/review-page";
import type { RequestContext } from "../site-state";
import { completePath, stepPaths } from "../steps";
import { checkAnswers, toRegistrationDetails } from "../validation/answers";
import { readFormPost } from "./form-post";
import { findSession } from "./session-access";

const duplicateEmailMessage = "This e-mail address is already registered";

/** Shows every answer, or sends the attendee to the first step missing. */
export function showReview(ctx: RequestContext): void {
  const session = findSession(ctx);
  const check = checkAnswers(session?.steps ?? {});
  if (session === undefined || !check.complete) {
    const step = check.complete ? "personal" : check.firstIncomplete;

    return redirect(ctx.res, stepPaths[step]);
  }

  const page = renderReviewPage({
    csrfToken: session.csrfToken,
    answers: check.answers,
    errors: [],
    naming: ctx.naming,
  });
  sendHtml(ctx.res, 200, page);
}

/**
 * Records the final submission. An e-mail address accepted before is
 * refused with 409 and recorded as refused; the answers stay for editing.
 */
export async function submitRegistration(ctx: RequestContext): Promise<void> {
  const form = await readFormPost(ctx);
  if (form === null) return;

  const { session } = form;
  const check = checkAnswers(session.steps);
  if (!check.complete)
    return redirect(ctx.res, stepPaths[check.firstIncomplete]);

  const entry = ctx.state.registrations.submit(
    toRegistrationDetails(check.answers),
  );
  if (!entry.accepted) {
    const page = renderReviewPage({
      csrfToken: session.csrfToken,
      answers: check.answers,
      errors: [{ field: "attendee_email", message: duplicateEmailMessage }],
      naming: ctx.naming,
    });

    return sendHtml(ctx.res, 409, page);
  }

  session.steps = {};
  session.completed = {
    confirmationNumber: entry.confirmationNumber,
    givenName: check.answers.personal.givenName,
  };
  redirect(ctx.res, completePath);
}

/** The confirmation of the visitor's latest registration. */
export function showComplete(ctx: RequestContext): void {
  const completed = findSession(ctx)?.completed;
  if (completed === undefined || completed === null) {
    return redirect(ctx.res, stepPaths.personal);
  }

  sendHtml(ctx.res, 200, renderCompletePage(completed));
}
