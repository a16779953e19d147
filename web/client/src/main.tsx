import { createRoot } from 'react-dom/client';
import { CypherEditor } from '@neo4j-cypher/react-codemirror';
createRoot(document.getElementById('root')!).render(<CypherEditor value="MATCH (n) RETURN n" schema={{ labels: [':Paper'] }} />);
