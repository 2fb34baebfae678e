// Issue 5: export and import of 10,000 systems with every attribute (XLSX and CSV), peak RSS.
// The logic is compiled with the API (apps/api/src/portfolio/bench/portfolio-bench.ts).
import { api } from './support/bench-db.mjs';

await api('portfolio/bench/portfolio-bench.js').runPortfolioBench();
process.exit(0);
