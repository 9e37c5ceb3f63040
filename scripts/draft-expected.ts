// Prints what apicompat finds for fixtures/rules/<name> in the expected.json format, as a draft to
// review by hand before it becomes the expectation: `npx tsx scripts/draft-expected.ts <name>`.
import { actualFindings } from '../test/support/fixtures.js';

for (const name of process.argv.slice(2)) {
  console.log(`// ${name}`);
  console.log(JSON.stringify(await actualFindings(name), null, 2));
}
