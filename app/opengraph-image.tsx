import { ImageResponse } from "next/og";
import { connection } from "next/server";
import { toEventView, type EventView } from "@/components/event-view";
import { getEvent } from "@/lib/event/load-event";

export const alt = "An invitation to the event, with its dates and venue";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

/**
 * The card a shared invitation link shows in chats and social apps. It is
 * drawn per request: the event is read at run time, not at build time.
 */
export default async function OpenGraphImage() {
  await connection();

  return new ImageResponse(
    <InvitationCard event={toEventView(getEvent())} />,
    size,
  );
}

function InvitationCard({ event }: { event: EventView }) {
  return (
    <div style={card}>
      <div style={{ display: "flex", alignItems: "center", gap: 20 }}>
        <div style={mark} />
        <div style={{ fontSize: 32, letterSpacing: 4, color: "#ff8a99" }}>
          YOU&apos;RE INVITED
        </div>
      </div>
      <div style={{ display: "flex", fontSize: 76, lineHeight: 1.1 }}>
        {event.name}
      </div>
      <div style={facts}>
        <div>{toPlainSpaces(`${event.dates} · ${event.times}`)}</div>
        <div>{event.venue.name}</div>
      </div>
    </div>
  );
}

const card = {
  width: "100%",
  height: "100%",
  display: "flex",
  flexDirection: "column",
  justifyContent: "space-between",
  padding: "72px 80px",
  background: "#1a1d21",
  color: "#ffffff",
  borderBottom: "24px solid #c8102e",
} as const;

const mark = { width: 40, height: 40, borderRadius: 8, background: "#c8102e" };

const facts = {
  display: "flex",
  flexDirection: "column",
  fontSize: 34,
  color: "#d5d9df",
} as const;

/** The image's built-in font has no thin spaces, which date ranges use. */
function toPlainSpaces(text: string): string {
  return text.replace(/[\u2009\u202f]/g, " ");
}
