/** Which Host headers the viewer accepts (DNS rebinding); the real server's 403 is in test/integration/viewer-hardening.test.ts. */
import { describe, expect, it } from "vitest";
import { allowedHostHeaders, hostRefusal, namesOfBoundHost } from "../../viewer/server/host-check.js";

describe("viewer host check", () => {
  it("accepts the loopback names with the port, and nothing else", () => {
    const allowed = allowedHostHeaders("127.0.0.1", 7400);
    expect([...allowed].sort()).toEqual(["127.0.0.1:7400", "[::1]:7400", "localhost:7400"]);
    expect(hostRefusal("localhost:7400", allowed)).toBeNull();
    expect(hostRefusal("LOCALHOST:7400", allowed)).toBeNull();
    expect(hostRefusal("localhost:7401", allowed)).not.toBeNull();
    expect(hostRefusal("attacker.example:7400", allowed)).toBe(
      'entente/viewer: this server answers only requests addressed to localhost:7400, 127.0.0.1:7400, [::1]:7400; this one was addressed to "attacker.example:7400"; open the viewer by one of those names (or add the name with --allowed-host).',
    );
    expect(hostRefusal(undefined, allowed)).toMatch(/addressed to no host \(no Host header\);/);
  });

  it("names an IPv6 loopback in brackets", () => {
    expect(namesOfBoundHost("::1")).toContain("[::1]");
    expect(allowedHostHeaders("::1", 8080).has("[::1]:8080")).toBe(true);
  });

  it("accepts a name without the port on port 80, and the names added with --allowed-host", () => {
    const allowed = allowedHostHeaders("192.168.1.20", 80, ["Viewer.Example.org"]);
    expect(hostRefusal("192.168.1.20", allowed)).toBeNull();
    expect(hostRefusal("viewer.example.org", allowed)).toBeNull();
    expect(hostRefusal("localhost", allowed)).not.toBeNull();
  });

  it("bound to every interface, accepts the machine's own addresses and loopback names", () => {
    const names = namesOfBoundHost("0.0.0.0");
    expect(names).toEqual(expect.arrayContaining(["localhost", "127.0.0.1"]));
    expect(names).not.toContain("0.0.0.0");
  });
});
