import { syntheticListing } from './test/integration/load/graph-helpers.ts';
syntheticListing('/tmp/syn600.jsonl', 600);
