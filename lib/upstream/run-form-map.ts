import { runSteps, type StepContext } from "./run-steps";
import { changed } from "./upstream-error";

export interface Preview {
  image: Buffer;
  mimeType: "image/webp" | "image/jpeg" | "image/png";
}

/**
 * Fills the third-party form up to, and not including, the final submit,
 * then takes the screenshot the attendee reviews.
 */
export async function fillToPreview(context: StepContext): Promise<Preview> {
  await runSteps(context, context.map.fill);

  return takePreview(context);
}

/**
 * Sends the filled form and reads the confirmation number the site
 * issued. The page must be where fillToPreview left it.
 */
export async function submitFromPreview(
  context: StepContext,
): Promise<{ number: string }> {
  await runSteps(context, context.map.submit);
  const { selector, pattern } = context.map.confirmation;
  const text = await context.page
    .$eval(selector, (element) => element.textContent ?? "")
    .catch(() => null);
  const number = text?.match(new RegExp(pattern))?.[0];
  if (!number) {
    throw changed("read the confirmation number", `no match in ${selector}`);
  }

  return { number };
}

async function takePreview(context: StepContext): Promise<Preview> {
  const { format, quality, selector } = context.map.preview;
  const target = selector ? await context.page.$(selector) : context.page;
  if (!target) throw changed("take the preview", `nothing matches ${selector}`);

  const image = await target.screenshot({
    type: format,
    ...(format === "png" ? {} : { quality }),
    ...(selector ? {} : { fullPage: true }),
  });

  return { image: Buffer.from(image), mimeType: `image/${format}` };
}

/** Fills the form without a screenshot: the replay before a submit. */
export async function fillForm(context: StepContext): Promise<void> {
  await runSteps(context, context.map.fill);
}
