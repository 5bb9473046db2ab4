/** What the event offers: its sessions and its catering choices. */
export const eventTitle = "Hikvision Partner Summit 2027";

export interface Choice<T extends string = string> {
  value: T;
  label: string;
}

export type TrackId = "T1" | "T2" | "T3" | "T4" | "T5";

export const tracks: readonly Choice<TrackId>[] = [
  { value: "T1", label: "Opening keynote" },
  { value: "T2", label: "AI video analytics workshop" },
  { value: "T3", label: "Access control & intercom roadmap" },
  { value: "T4", label: "Partner programme briefing" },
  { value: "T5", label: "Networking dinner" },
];

export type MealCode = "std" | "veg" | "vgn" | "hal" | "kos" | "glf" | "oth";

export const meals: readonly Choice<MealCode>[] = [
  { value: "std", label: "No special requirements" },
  { value: "veg", label: "Vegetarian" },
  { value: "vgn", label: "Vegan" },
  { value: "hal", label: "Halal" },
  { value: "kos", label: "Kosher" },
  { value: "glf", label: "Gluten-free" },
  { value: "oth", label: "Other (please specify)" },
];

export const partySizes: readonly Choice<"0" | "1" | "2">[] = [
  { value: "0", label: "None" },
  { value: "1", label: "1 guest" },
  { value: "2", label: "2 guests" },
];

export type RsvpResponse = "yes" | "no";

export const rsvpResponses: readonly Choice<RsvpResponse>[] = [
  { value: "yes", label: "Yes, I will attend" },
  { value: "no", label: "No, I can't make it" },
];

/** The choice with this value, or undefined when the value is not offered. */
export function findChoice<T extends string>(
  choices: readonly Choice<T>[],
  value: string,
): Choice<T> | undefined {
  return choices.find((choice) => choice.value === value);
}
