import { describe, expect, it } from "vitest";
import { toCsv, toCsvCell } from "./csv";

describe("CSV cells", () => {
  it("leaves plain text alone", () => {
    expect(toCsvCell("Ana Silva")).toBe("Ana Silva");
  });

  it.each(["=1+2", "+351 21 123 4567", "-2+3", "@SUM(A1)", "\tx", "\rx"])(
    "defuses a cell a spreadsheet would run: %j",
    (value) => {
      expect(toCsvCell(value).replace(/^"/, "")).toMatch(/^'/);
    },
  );

  it("quotes a comma, a quote and a line break, doubling quotes", () => {
    expect(toCsvCell("Smith, Jones")).toBe('"Smith, Jones"');
    expect(toCsvCell('The "Big" Co')).toBe('"The ""Big"" Co"');
    expect(toCsvCell("line one\nline two")).toBe('"line one\nline two"');
  });

  it("defuses and quotes a formula that also holds a comma", () => {
    expect(toCsvCell('=HYPERLINK("http://x.test","go")')).toBe(
      `"'=HYPERLINK(""http://x.test"",""go"")"`,
    );
  });

  it("writes numbers and booleans as they are, and nothing for null", () => {
    expect(toCsvCell(2)).toBe("2");
    expect(toCsvCell(false)).toBe("false");
    expect(toCsvCell(null)).toBe("");
    expect(toCsvCell(undefined)).toBe("");
  });

  it("does not defuse a sign in the middle of the text", () => {
    expect(toCsvCell("Ana = Silva")).toBe("Ana = Silva");
  });
});

describe("a CSV document", () => {
  it("starts with a byte-order mark and ends every line with CRLF", () => {
    const csv = toCsv(["Name", "City"], [["王芳", "杭州"]]);

    expect(csv).toBe("\uFEFFName,City\r\n王芳,杭州\r\n");
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(
      Buffer.from([0xef, 0xbb, 0xbf]),
    );
  });

  it("keeps one record per row when a cell holds a line break", () => {
    const csv = toCsv(["Notes"], [["a\r\nb"], ["c"]]);

    expect(csv).toBe('\uFEFFNotes\r\n"a\r\nb"\r\nc\r\n');
  });
});
