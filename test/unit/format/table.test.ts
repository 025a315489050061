import { describe, expect, it } from "vitest";
import { formatTable } from "../../../cli/format/table.js";

const text = (value: string) => ({ text: value, numeric: false });
const num = (value: number) => ({ text: String(value), numeric: true });

describe("formatTable", () => {
  it("aligns columns to the widest cell and right-aligns numbers", () => {
    const table = formatTable(
      ["name", "n"],
      [
        [text("Japan"), num(7)],
        [text("France"), num(1234)],
      ],
    );
    expect(table.split("\n")).toEqual(["name   | n", "-------+-----", "Japan  |    7", "France | 1234", "(2 rows)"]);
  });

  it("says (0 rows) under the header when nothing matched, and (1 row) for one", () => {
    expect(formatTable(["a"], [])).toBe("a\n-\n(0 rows)");
    expect(formatTable(["a"], [[text("x")]]).endsWith("(1 row)")).toBe(true);
  });

  it("leaves the row count out when asked", () => {
    expect(formatTable(["a"], [[text("x")]], { rowCount: false })).toBe("a\n-\nx");
  });

  it("cuts long cells with an ellipsis and shows line breaks as ↵", () => {
    const table = formatTable(["t"], [[text("abcdefghij")], [text("a\nb")]], { maxCellWidth: 5 });
    const lines = table.split("\n");
    expect(lines[2]).toBe("abcd…");
    expect(lines[3]).toBe("a↵b");
  });

  it("counts characters, not UTF-16 units, when padding", () => {
    const lines = formatTable(
      ["ville", "x"],
      [
        [text("Séoul"), text("1")],
        [text("東京"), text("2")],
      ],
    ).split("\n");
    expect(lines[2]).toBe("Séoul | 1");
    expect(lines[3]).toBe("東京    | 2");
  });
});
