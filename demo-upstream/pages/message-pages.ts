import { escapeHtml } from "../html";
import { stepPaths } from "../steps";
import { renderLayout } from "./layout";

/** A short page that explains a refusal and where to go next. */
export interface MessagePage {
  title: string;
  message: string;
  link?: { href: string; text: string };
}

export const sessionExpiredPage: MessagePage = {
  title: "Your session has expired",
  message: "Your session has expired. Please start again.",
  link: { href: stepPaths.personal, text: "Start again" },
};

export const unavailablePage: MessagePage = {
  title: "Service temporarily unavailable",
  message:
    "Sorry, registration is temporarily unavailable. " +
    "Please try again in a few minutes.",
};

export const notFoundPage: MessagePage = {
  title: "Page not found",
  message: "If you typed the web address, check it is correct.",
  link: { href: "/", text: "Go to the summit home page" },
};

export const methodNotAllowedPage: MessagePage = {
  title: "Method not allowed",
  message: "This page cannot be used in that way.",
  link: { href: "/", text: "Go to the summit home page" },
};

export const tooLargePage: MessagePage = {
  title: "Your answers are too long",
  message: "The form you sent is larger than 32 KiB. Shorten your answers.",
  link: { href: stepPaths.personal, text: "Start again" },
};

export const unsupportedFormPage: MessagePage = {
  title: "Form not understood",
  message: "Forms must be sent as application/x-www-form-urlencoded.",
  link: { href: stepPaths.personal, text: "Start again" },
};

export const serverErrorPage: MessagePage = {
  title: "Sorry, there is a problem with the service",
  message: "Your answers have not been lost. Please try again later.",
  link: { href: stepPaths.personal, text: "Return to your registration" },
};

export function renderMessagePage(page: MessagePage): string {
  const text = page.link === undefined ? "" : escapeHtml(page.link.text);
  const link =
    page.link === undefined
      ? ""
      : `\n<p><a href="${page.link.href}">${text}</a></p>`;

  return renderLayout({
    title: page.title,
    content: `<h1>${escapeHtml(page.title)}</h1>
<p>${escapeHtml(page.message)}</p>${link}`,
  });
}
