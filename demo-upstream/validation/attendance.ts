import {
  findChoice,
  meals,
  partySizes,
  rsvpResponses,
  tracks,
} from "../event-options";
import type { MealCode, RsvpResponse, TrackId } from "../event-options";
import { checkedValue } from "../fields";
import type { FieldError } from "../fields";
import { checkText, readText } from "./rules";
import type { Validation } from "./rules";

export interface AttendanceAnswers {
  response: RsvpResponse;
  guests: number;
  tracks: TrackId[];
  meal: MealCode;
  mealNotes: string | null;
  newsOptIn: boolean;
}

export const mealNotesMaxLength = 200;

export function validateAttendance(
  values: URLSearchParams,
): Validation<AttendanceAnswers> {
  const errors: FieldError[] = [];
  const response = checkResponse(values, errors);
  const guests = checkGuests(values, errors, response);
  const chosenTracks = checkTracks(values, errors);
  const meal = checkMeal(values, errors);
  const mealNotes = checkMealNotes(values, errors, meal);
  checkConsent(values, errors);
  const newsOptIn = checkNewsOptIn(values, errors);

  if (errors.length > 0 || response === undefined || meal === undefined) {
    return { ok: false, errors };
  }

  return {
    ok: true,
    value: {
      response,
      guests,
      tracks: chosenTracks,
      meal,
      mealNotes: mealNotes === "" ? null : mealNotes,
      newsOptIn,
    },
  };
}

function checkResponse(
  values: URLSearchParams,
  errors: FieldError[],
): RsvpResponse | undefined {
  const choice = findChoice(rsvpResponses, readText(values, "rsvp_response"));
  if (choice === undefined) {
    errors.push({
      field: "rsvp_response",
      message: "Tell us whether you will attend",
    });
  }

  return choice?.value;
}

function checkGuests(
  values: URLSearchParams,
  errors: FieldError[],
  response: RsvpResponse | undefined,
): number {
  const text = readText(values, "party_size");
  // Someone who is not coming brings no guests, so may leave this out.
  if (text === "" && response !== "yes") return 0;

  const choice = findChoice(partySizes, text);
  if (choice === undefined) {
    errors.push({
      field: "party_size",
      message: "Select how many additional guests you will bring",
    });
  }

  return Number(choice?.value ?? 0);
}

function checkTracks(values: URLSearchParams, errors: FieldError[]): TrackId[] {
  const sent = values.getAll("track");
  const chosen = tracks.filter((track) => sent.includes(track.value));
  if (chosen.length !== sent.length) {
    errors.push({ field: "track", message: "Choose sessions from the list" });
  }

  return chosen.map((track) => track.value);
}

function checkMeal(
  values: URLSearchParams,
  errors: FieldError[],
): MealCode | undefined {
  const choice = findChoice(meals, readText(values, "meal_pref"));
  if (choice === undefined) {
    errors.push({
      field: "meal_pref",
      message: "Select your dietary requirements",
    });
  }

  return choice?.value;
}

function checkMealNotes(
  values: URLSearchParams,
  errors: FieldError[],
  meal: MealCode | undefined,
): string {
  const notes = checkText(values, errors, {
    field: "meal_notes",
    maxLength: mealNotesMaxLength,
    tooLong: `Dietary notes must be ${mealNotesMaxLength} characters or fewer`,
  });
  if (meal === "oth" && notes === "") {
    errors.push({
      field: "meal_notes",
      message: "Describe your dietary requirements",
    });
  }

  return notes;
}

function checkConsent(values: URLSearchParams, errors: FieldError[]): void {
  if (values.get("consent_terms") === checkedValue) return;

  errors.push({
    field: "consent_terms",
    message: "You must agree to the event terms",
  });
}

function checkNewsOptIn(
  values: URLSearchParams,
  errors: FieldError[],
): boolean {
  const sent = values.get("news_opt_in");
  if (sent !== null && sent !== checkedValue) {
    errors.push({
      field: "news_opt_in",
      message: "Tick the box for partner news, or leave it clear",
    });
  }

  return sent === checkedValue;
}
