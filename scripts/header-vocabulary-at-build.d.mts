export declare const HEADER_VOCABULARY_MODULE: RegExp;
export declare function headerVocabularyJson(): Promise<string>;
export declare function headerVocabularyModuleSource(json: string): string;
