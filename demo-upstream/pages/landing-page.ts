import { eventTitle } from "../event-options";
import { stepPaths } from "../steps";
import { renderLayout } from "./layout";

export function renderLandingPage(): string {
  return renderLayout({
    title: "Welcome",
    content: `<h1>${eventTitle}</h1>
<p class="lead">Two days of product roadmaps, hands-on workshops and
networking for Hikvision's distribution and integration partners.</p>
<dl class="facts">
<dt>Dates</dt><dd>18–19 March 2027</dd>
<dt>Venue</dt><dd>Hangzhou International Expo Center, Hangzhou, China</dd>
<dt>Who it is for</dt><dd>Authorised partners and their guests</dd>
</dl>
<p>Registration takes about five minutes. Please have your company details
to hand.</p>
<p><a id="start-registration" class="button"
href="${stepPaths.personal}">Register now</a></p>`,
  });
}
