// The packages' `exports` maps have no `types` condition, so TypeScript cannot see their declarations:
// these are the props and schema fields papergraph uses, copied from their .d.ts files.
declare module '@neo4j-cypher/react-codemirror' {
  import type { ComponentType, CSSProperties } from 'react';
  export interface EditorSupportSchema {
    labels?: string[];
    relationshipTypes?: string[];
    propertyKeys?: string[];
    parameters?: string[];
  }
  export interface CypherEditorApi {
    focus(): void;
    setPosition(position?: number | { line: number; column: number }, scrollIntoView?: boolean): void;
  }
  export interface CypherEditorProps {
    value?: string;
    schema?: EditorSupportSchema;
    autofocus?: boolean;
    autocomplete?: boolean;
    lineWrapping?: boolean;
    lineNumbers?: boolean;
    lint?: boolean;
    tabKey?: boolean;
    theme?: 'light' | 'dark' | 'auto';
    placeholder?: string;
    className?: string;
    style?: CSSProperties;
    onValueChanged?: (value: string, changes?: unknown) => void;
    onEditorCreated?: (editor: CypherEditorApi) => void;
  }
  export const CypherEditor: ComponentType<CypherEditorProps>;
}
