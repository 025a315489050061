/**
 * The viewer's defence against DNS rebinding: a web page can re-point its own domain to
 * 127.0.0.1 and then call the API from a visitor's browser, but its requests still carry the page's
 * host name in `Host`. So the server answers only requests whose `Host` names it: the address it
 * is bound to, the names of that address (localhost for loopback), and names the user adds.
 */
import { hostname, networkInterfaces } from "node:os";

const LOOPBACK_V4 = "127.0.0.1";
const LOOPBACK_V6 = "[::1]";
const ALL_INTERFACES = new Set(["0.0.0.0", "::", "[::]"]);

/** A host as it appears in a Host header: IPv6 addresses in brackets, lower case. */
function asHostName(host: string): string {
  const lower = host.trim().toLowerCase();
  return lower.includes(":") && !lower.startsWith("[") ? `[${lower}]` : lower;
}

/** The names a client may use for the address the server is bound to. */
export function namesOfBoundHost(boundHost: string): string[] {
  const host = asHostName(boundHost);
  if (host === LOOPBACK_V4 || host === "localhost" || host === LOOPBACK_V6) return ["localhost", LOOPBACK_V4, LOOPBACK_V6];
  if (!ALL_INTERFACES.has(host)) return [host];
  // Bound to every interface: the machine's own name and each of its addresses.
  const addresses = Object.values(networkInterfaces())
    .flat()
    .flatMap((info) => (info ? [asHostName(info.address.replace(/%.*$/, ""))] : []));
  return [...new Set(["localhost", LOOPBACK_V4, LOOPBACK_V6, hostname().toLowerCase(), ...addresses])];
}

/** Every `Host` header value the server accepts: each name with the port, and alone when the port is 80. */
export function allowedHostHeaders(boundHost: string, port: number, extraNames: readonly string[] = []): Set<string> {
  const names = [...namesOfBoundHost(boundHost), ...extraNames.map(asHostName)];
  return new Set(names.flatMap((name) => (port === 80 ? [name, `${name}:80`] : [`${name}:${port}`])));
}

/** The sentence refusing a request with this Host header, or null when the header names this server. */
export function hostRefusal(header: string | undefined, allowed: ReadonlySet<string>): string | null {
  const host = header?.trim().toLowerCase() ?? "";
  if (allowed.has(host)) return null;
  const names = [...allowed].slice(0, 4).join(", ");
  const given = host === "" ? "no host (no Host header)" : JSON.stringify(host);
  return `entente/viewer: this server answers only requests addressed to ${names}; this one was addressed to ${given}; open the viewer by one of those names (or add the name with --allowed-host).`;
}
