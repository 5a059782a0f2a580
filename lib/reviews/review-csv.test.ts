import { describe, expect, it } from "vitest";
import { REVIEW_CSV_COLUMNS, reviewCsvLine, type ReviewCsvItem } from "./review-csv";

const item: ReviewCsvItem = {
  position: 3,
  grantId: "g1",
  clientName: "Alpha, CRM",
  environment: "PRODUCTION",
  label: '=HYPERLINK("x")',
  zohoUserEmail: "a@b.test",
  location: "eu",
  scopes: ["ZohoCRM.modules.ALL", "AaaServer.profile.READ"],
  status: "ACTIVE",
  orgWide: false,
  refreshLast4: "1234",
  grantCreatedAt: new Date("2026-01-02T03:04:05Z"),
  lastRefreshAt: null,
  lastUsedAt: null,
  decision: null,
  note: "",
  decidedBy: null,
  decidedAt: null,
  revokeOk: null,
  revokeResult: null,
  revokeAt: null,
};

describe("the review report's CSV line", () => {
  it("has one cell per column, quoted where needed, formulas defused, undecided said in words", () => {
    const line = reviewCsvLine(item);
    expect(line).toBe(
      `3,g1,"Alpha, CRM",production,"'=HYPERLINK(""x"")",a@b.test,eu,ZohoCRM.modules.ALL AaaServer.profile.READ,active,false,1234,2026-01-02T03:04:05.000Z,,,not reviewed,,,,,,`,
    );
    expect(line.split(",").length).toBeGreaterThanOrEqual(REVIEW_CSV_COLUMNS.length);
  });
});
