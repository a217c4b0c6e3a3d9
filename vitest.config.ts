import { defineConfig } from "vitest/config";

/**
 * Two projects, run one after the other by `npm test`: the hostile-input suite starts the real command
 * on inputs of up to 100 MB and checks each child's peak memory, which is only a fair reading when the
 * rest of the suite is not competing for the two cores at the same time.
 */
export default defineConfig({
  test: {
    pool: "threads",
    projects: [
      { extends: true, test: { name: "unit", include: ["test/**/*.test.ts"], exclude: ["test/hostile/**"] } },
      { extends: true, test: { name: "hostile", include: ["test/hostile/**/*.test.ts"], fileParallelism: false } },
    ],
  },
});
