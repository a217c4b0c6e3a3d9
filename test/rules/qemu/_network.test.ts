import { describe, expect, it } from "vitest";
import { isNetworkFacing } from "../../../rules/qemu/_network.js";

describe("isNetworkFacing", () => {
  it.each(["0.0.0.0", "::", "[::]", "192.168.1.10", "fe80::1", "compute1.example.org", "127.example", "::ffff:10.0.0.1"])("%s faces the network", (address) => {
    expect(isNetworkFacing(address)).toBe(true);
  });
  it.each(["127.0.0.1", "127.1.2.3", "::1", "[::1]", "localhost", "LOCALHOST", "localhost.localdomain", "localhost6", "ip6-localhost", ""])("%s does not", (address) => {
    expect(isNetworkFacing(address)).toBe(false);
  });
});
