import { describe, expect, it } from "vitest";
import { getAllowedOrigins, loadFormMap, parseFormMap } from "./load-form-map";

describe("form maps", () => {
  it("accepts the bundled demo map and fills in defaults", () => {
    const map = loadFormMap(undefined);

    expect(map.fill.length).toBeGreaterThan(5);
    expect(map.timeouts.stepMs).toBe(10_000);
    expect(map.preview.format).toBe("webp");
  });

  it("refuses a map with an unknown action, naming where", () => {
    const broken = {
      ...loadFormMap(undefined),
      fill: [{ action: "teleport", selector: "#x" }],
    };

    expect(() => parseFormMap(broken, "test map")).toThrow(
      /test map is not a valid form map:\n {2}fill\.0\.action/,
    );
  });

  it("refuses a binding to a field we do not have", () => {
    const broken = {
      ...loadFormMap(undefined),
      fill: [{ action: "fill", selector: "#x", value: { field: "shoeSize" } }],
    };

    expect(() => parseFormMap(broken, "m")).toThrow(/fill\.0\.value/);
  });

  it("refuses a confirmation pattern that is not a regular expression", () => {
    const broken = {
      ...loadFormMap(undefined),
      confirmation: { selector: "#code", pattern: "([A-Z" },
    };

    expect(() => parseFormMap(broken, "m")).toThrow(
      /confirmation\.pattern: a valid regular expression/,
    );
  });

  it("refuses a checkEach selector without a {value} slot", () => {
    const broken = {
      ...loadFormMap(undefined),
      fill: [
        { action: "checkEach", selector: "#t", value: { field: "sessions" } },
      ],
    };

    expect(() => parseFormMap(broken, "m")).toThrow(
      /a selector with \{value\}/,
    );
  });

  it("refuses a map file that is not JSON", () => {
    expect(() => loadFormMap("/nonexistent/map.json")).toThrow(
      /UPSTREAM_FORM_MAP: cannot read \/nonexistent\/map\.json/,
    );
  });

  it("allows the base URL's origin and the map's extra origins", () => {
    const map = {
      ...loadFormMap(undefined),
      allowedOrigins: ["https://cdn.example.com/x"],
    };

    expect(getAllowedOrigins(map, "https://events.example.com/reg")).toEqual([
      "https://events.example.com",
      "https://cdn.example.com",
    ]);
  });
});
