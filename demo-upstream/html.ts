const htmlEscapes: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Makes any text safe inside HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => htmlEscapes[char] ?? char);
}

export type AttributeValue = string | number | boolean | undefined;

/**
 * Renders attributes with a leading space each; `true` gives a bare
 * attribute, `false` and `undefined` leave it out.
 */
export function renderAttributes(
  attributes: Record<string, AttributeValue>,
): string {
  return Object.entries(attributes)
    .map(([name, value]) => renderAttribute(name, value))
    .join("");
}

function renderAttribute(name: string, value: AttributeValue): string {
  if (value === undefined || value === false) return "";

  if (value === true) return ` ${name}`;

  return ` ${name}="${escapeHtml(String(value))}"`;
}
