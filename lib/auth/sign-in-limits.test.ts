import { describe, expect, it } from "vitest";
import { accountKey, addressKey, SIGN_IN_LIMITS, signInBuckets } from "./sign-in-limits";

describe("sign-in limits", () => {
  it("an attempt from a known device counts against that device only", () => {
    const buckets = signInBuckets({ email: "a@x.test", address: "203.0.113.9", device: { userId: "u1", nonce: "n1" } });
    expect(buckets).toEqual([{ limit: SIGN_IN_LIMITS.device, key: "u1:n1" }]);
  });

  it("any other attempt counts against the address (here, then everywhere), then the account", () => {
    const buckets = signInBuckets({ email: "A@X.test ", address: "203.0.113.9", device: null });
    expect(buckets.map((b) => [b.limit.name, b.key])).toEqual([
      ["sign-in-address-here", "203.0.113.9"],
      ["sign-in-address", "203.0.113.9"],
      ["sign-in-account", accountKey("a@x.test")],
    ]);
  });

  it("the limits that protect accounts are counted in the database, so all instances share them", () => {
    const { addressHere, ...shared } = SIGN_IN_LIMITS;
    for (const limit of Object.values(shared)) expect(limit.store).toBe("shared");
    // The in-process gate in front is never looser than the shared count it stands for.
    expect(addressHere).toMatchObject({
      store: "memory",
      points: SIGN_IN_LIMITS.address.points,
      perSeconds: SIGN_IN_LIMITS.address.perSeconds,
    });
  });

  it("account keys are hashes of the normalised email", () => {
    expect(accountKey("Owner@Example.test")).toBe(accountKey("owner@example.test"));
    expect(accountKey("owner@example.test")).toMatch(/^[0-9a-f]{32}$/);
    expect(accountKey("owner@example.test")).not.toBe(accountKey("other@example.test"));
  });

  it.each([
    ["203.0.113.9", "203.0.113.9"],
    ["::ffff:203.0.113.9", "203.0.113.9"],
    ["2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"],
    ["2001:db8:1:2::99", "2001:db8:1:2::/64"],
    ["2001:DB8::1", "2001:db8:0:0::/64"],
    ["::1", "0:0:0:0::/64"],
    ["fe80::1%eth0", "fe80:0:0:0::/64"],
    [null, "unknown"],
  ])("address %s → %s", (address, key) => expect(addressKey(address)).toBe(key));
});
