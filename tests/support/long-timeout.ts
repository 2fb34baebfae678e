// Suites against a real database, server or browser: generous per-test limit (not a speed check).
jest.setTimeout(180_000);
