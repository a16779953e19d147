/** Starting points for the console, each runnable as is on a papergraph database. */
export interface CypherExample {
  title: string;
  query: string;
  params?: string;
}

export const CYPHER_EXAMPLES: CypherExample[] = [
  { title: 'Five datasets', query: 'MATCH (d:Dataset) RETURN d LIMIT 5' },
  {
    title: 'Most used methods',
    query: 'MATCH (m:Method)\nRETURN m.name AS method, m.paperCount AS papers\nORDER BY papers DESC\nLIMIT 20',
  },
  {
    title: 'Papers evaluating on a dataset',
    query: 'MATCH (p:Paper)-[r:EVALUATES_ON]->(d:Dataset {key: $dataset})\nRETURN p, r, d\nLIMIT 25',
    params: '{"dataset": "imagenet"}',
  },
  {
    title: 'Strongest co-occurrences',
    query: 'MATCH (a:Entity)-[c:CO_OCCURS]-(b:Entity)\nWHERE elementId(a) < elementId(b)\nRETURN a, c, b\nORDER BY c.weight DESC\nLIMIT 30',
  },
  {
    title: 'Claims with numbers',
    query:
      'MATCH (p:Paper)-[:CLAIMS]->(c:Claim)\nWHERE size(c.numberValues) > 0\nRETURN p.title AS paper, c.text AS claim, c.numberRaws AS numbers\nLIMIT 20',
  },
  {
    title: 'Hardware in use',
    query:
      'MATCH (p:Paper)-[r:RUNS_ON]->(h:Hardware)\nRETURN h.name AS hardware, count(p) AS papers, sum(coalesce(r.count, 0)) AS units\nORDER BY papers DESC',
  },
];
