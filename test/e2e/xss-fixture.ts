/** A paper whose title, abstract and extracted entity carry markup, written straight into the test database. */
import type { Driver } from 'neo4j-driver';

const title = '<img src=x onerror="window.__xss=1;alert(1)"> Robust <script>window.__xss=2</script> Training';
const abstract =
  'We study <script>window.__xss=3;alert(3)</script> attacks and <img src=x onerror="window.__xss=4;alert(4)"> payloads ' +
  'with XSSNet on ImageNet, and <iframe src="javascript:alert(5)"></iframe> too.';
const methodName = '<svg onload=alert(6)>XSSNet';

export const XSS = { paperKey: 'e2e-xss-paper', methodKey: 'e2exssnet', title, abstract, methodName };

function span(text: string, needle: string): [number, number] {
  const start = text.indexOf(needle);
  return [start, start + needle.length];
}

export async function insertXssPaper(driver: Driver, database: string): Promise<void> {
  const [nameStart, nameEnd] = span(abstract, 'XSSNet');
  const [imgStart, imgEnd] = span(abstract, '<img src=x onerror="window.__xss=4;alert(4)">');
  await driver.executeQuery(
    `MERGE (p:Paper {key: $paperKey})
     SET p.title = $title, p.abstract = $abstract, p.date = '2024-01-01', p.authorsCount = 1, p.upvotes = 0,
         p.url = 'javascript:alert(7)', p.categories = [], p.codeUrls = ['javascript:alert(8)'],
         p.contentHash = 'e2e', p.extractorVersion = 'e2e', p.ingestedAt = '2024-01-01T00:00:00Z'
     MERGE (m:Method:Entity {key: $methodKey})
     SET m.name = $methodName, m.aliases = ['XSSNet', $methodName], m.searchText = 'XSSNet | ' + $methodName,
         m.paperCount = 1, m.firstDate = '2024-01-01', m.lastDate = '2024-01-01'
     MERGE (p)-[r:PROPOSES]->(m)
     SET r.evidenceFields = ['abstract', 'abstract'], r.evidenceStarts = [$nameStart, $imgStart],
         r.evidenceEnds = [$nameEnd, $imgEnd], r.surfaces = ['XSSNet', 'img']`,
    { ...XSS, nameStart, nameEnd, imgStart, imgEnd },
    { database },
  );
}

export async function removeXssPaper(driver: Driver, database: string): Promise<void> {
  await driver.executeQuery('MATCH (n) WHERE (n:Paper AND n.key = $paperKey) OR (n:Method AND n.key = $methodKey) DETACH DELETE n', XSS, {
    database,
  });
}
