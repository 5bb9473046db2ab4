import { z } from "zod";

/**
 * A form map describes a third-party registration form as data: the steps
 * that fill it up to the preview, the steps that send it, where the
 * confirmation number appears and where error messages appear. The README
 * documents the format for operators.
 */
export const rsvpFieldNames = [
  "firstName",
  "lastName",
  "email",
  "phone",
  "company",
  "jobTitle",
  "country",
  "attendance",
  "guests",
  "dietary",
  "dietaryNotes",
  "sessions",
  "consent",
  "marketingOptIn",
] as const;

const fieldName = z.enum(rsvpFieldNames);
const selector = z.string().min(1).max(300);
const scalar = z.union([z.string(), z.number(), z.boolean()]);

export const transformSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("map"),
    values: z.record(z.string(), z.string()),
    fallback: z.string().optional(),
  }),
  z.strictObject({
    type: z.literal("countryName"),
    overrides: z.record(z.string(), z.string()).default({}),
  }),
  z.strictObject({ type: z.literal("dialCode") }),
  z.strictObject({ type: z.literal("localNumber") }),
  z.strictObject({ type: z.literal("string") }),
]);

export const bindingSchema = z.union([
  z.strictObject({
    field: fieldName,
    transform: transformSchema.optional(),
    default: scalar.optional(),
  }),
  z.strictObject({ const: scalar }),
]);

const condition = z.strictObject({
  field: fieldName,
  equals: scalar.optional(),
  notEquals: scalar.optional(),
});

const stepBase = { when: condition.optional(), label: z.string().optional() };

export const stepSchema = z.discriminatedUnion("action", [
  z.strictObject({
    ...stepBase,
    action: z.literal("goto"),
    path: z.string().regex(/^\/(?!\/)/, "a path on the site, starting with /"),
  }),
  z.strictObject({
    ...stepBase,
    action: z.literal("fill"),
    selector,
    value: bindingSchema,
  }),
  z.strictObject({
    ...stepBase,
    action: z.literal("select"),
    selector,
    by: z.enum(["value", "text"]).default("value"),
    value: bindingSchema,
  }),
  z.strictObject({
    ...stepBase,
    action: z.literal("check"),
    selector,
    value: bindingSchema,
  }),
  z.strictObject({
    ...stepBase,
    action: z.literal("checkEach"),
    selector: selector.includes("{value}", "a selector with {value}"),
    value: bindingSchema,
  }),
  z.strictObject({
    ...stepBase,
    action: z.literal("click"),
    selector,
    value: bindingSchema.optional(),
    navigates: z.boolean().default(false),
  }),
  z.strictObject({ ...stepBase, action: z.literal("waitFor"), selector }),
]);

const pattern = z.string().refine(isRegExp, "a valid regular expression");

export const formMapSchema = z.strictObject({
  name: z.string().min(1),
  baseUrl: z.url({ protocol: /^https?$/ }).optional(),
  allowedOrigins: z.array(z.url({ protocol: /^https?$/ })).default([]),
  blockResources: z
    .array(z.enum(["image", "font", "media", "stylesheet"]))
    .default(["image", "font", "media"]),
  timeouts: z
    .strictObject({
      stepMs: z.int().min(100).max(120_000).default(10_000),
      selectorMs: z.int().min(100).max(60_000).default(3_000),
      jobMs: z.int().min(1_000).max(600_000).default(45_000),
    })
    .prefault({}),
  fill: z.array(stepSchema).min(1),
  preview: z
    .strictObject({
      selector: selector.optional(),
      format: z.enum(["webp", "jpeg", "png"]).default("webp"),
      quality: z.int().min(1).max(100).default(70),
    })
    .prefault({}),
  submit: z.array(stepSchema).min(1),
  confirmation: z.strictObject({ selector, pattern }),
  errors: z
    .strictObject({
      summary: selector.optional(),
      fields: z.array(z.strictObject({ selector, field: fieldName })),
    })
    .prefault({ fields: [] }),
});

export type FormMap = z.infer<typeof formMapSchema>;
export type FormStep = z.infer<typeof stepSchema>;
export type Binding = z.infer<typeof bindingSchema>;
export type Transform = z.infer<typeof transformSchema>;
export type RsvpFieldName = (typeof rsvpFieldNames)[number];

function isRegExp(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}
