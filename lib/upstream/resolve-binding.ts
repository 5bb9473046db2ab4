import { getCountryName } from "../rsvp/countries";
import type { RsvpInput } from "../rsvp/schema";
import { splitPhone } from "./dial-codes";
import type { Binding, Transform } from "./form-map-schema";

export type BoundValue = string | number | boolean | string[] | undefined;

/**
 * The value a form-map binding takes for one attendee: our field, through
 * its transform, or the binding's default when the field is empty.
 */
export function resolveBinding(binding: Binding, input: RsvpInput) {
  if ("const" in binding) return binding.const;

  const raw = input[binding.field];
  if (raw === undefined || raw === "") return binding.default;
  if (!binding.transform) return raw;

  return Array.isArray(raw)
    ? raw.map((item) => String(applyTransform(binding.transform, item, input)))
    : applyTransform(binding.transform, raw, input);
}

function applyTransform(
  transform: Transform | undefined,
  value: string | number | boolean,
  input: RsvpInput,
): string | number | boolean {
  switch (transform?.type) {
    case undefined:
      return value;
    case "string":
      return String(value);
    case "map":
      return transform.values[String(value)] ?? transform.fallback ?? value;
    case "countryName":
      return (
        transform.overrides[String(value)] ??
        getCountryName(String(value)) ??
        value
      );
    case "dialCode":
      return splitPhone(String(value), input.country).dialCode;
    case "localNumber":
      return splitPhone(String(value), input.country).number;
  }
}
